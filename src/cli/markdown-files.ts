// Several notices exported to Markdown with `-o DIR`: one .md per notice, named after its source
// file. Names come from `source.path`, which a hand-edited JSON file can set to anything, so only
// its last segment is used, stripped of what a file system or a shell would read as a path trick
// (folders, `..`, a leading dot, control and reserved characters, Windows device names), and
// checked to stay inside DIR before anything is written. Each file is written atomically.
import { promises as fs } from "node:fs";
import path from "node:path";
import { KexieError } from "../model/errors.js";
import type { Notice } from "../model/schema.js";
import { isInside, writeAtomic } from "../io.js";

/** `-o` names one Markdown file only when it ends in .md/.markdown and is not an existing folder. */
export async function isMarkdownFolder(output: string): Promise<boolean> {
  if (/[\\/]$/.test(output)) return true;
  const st = await fs.stat(output).catch(() => null);
  if (st?.isDirectory()) return true;
  return !/\.(md|markdown)$/i.test(output);
}

/** bytes a name may take before `~N.md` (NAME_MAX is 255 on the usual file systems) */
const STEM_BYTES = 200;
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
// C0, DEL, C1, bidi controls and the characters Windows refuses in names
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069<>:"|?*]/g;

/** A file stem from a document's source path: its last segment, extension dropped, made safe. */
export function safeStem(source: string | null): string {
  const src = source ?? "";
  let base = src.slice(Math.max(src.lastIndexOf("/"), src.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  if (dot > 0) base = base.slice(0, dot);
  base = [...base.normalize("NFC").replace(UNSAFE, "_")].slice(0, 1000).join("");
  // no hidden file, no "." or "..", nothing Windows would trim
  const trimmed = (c: string | undefined) => c === "." || (c !== undefined && /\s/.test(c));
  let a = 0;
  let b = base.length;
  while (a < b && trimmed(base[a])) a++;
  while (b > a && trimmed(base[b - 1])) b--;
  base = base.slice(a, b);
  if (RESERVED.test(base)) base = `_${base}`;
  while (Buffer.byteLength(base) > STEM_BYTES) base = [...base].slice(0, -1).join("");
  return base || "notice";
}

/** One name per document, in order: `stem.md`, and `stem~2.md` … where stems coincide ignoring case. */
export function markdownFileNames(docs: Array<Pick<Notice, "source">>): string[] {
  const used = new Set<string>();
  return docs.map((d) => {
    const stem = safeStem(d.source.path);
    let name = stem;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem}~${n}`;
    used.add(name.toLowerCase());
    return `${name}.md`;
  });
}

/** Write each document's Markdown into `dir` (created if missing); returns the paths written. */
export async function writeMarkdownFiles(docs: Notice[], dir: string, render: (doc: Notice) => string): Promise<string[]> {
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new KexieError("E_WRITE", code === "EEXIST" || code === "ENOTDIR" ? "is a file — with --to md, -o names a folder (one .md per notice), or one file when the name ends in .md" : `cannot create the folder (${code ?? "error"})`, { file: dir });
  }
  const real = await fs.realpath(dir);
  const written: string[] = [];
  const names = markdownFileNames(docs);
  for (const [k, doc] of docs.entries()) {
    const file = path.join(dir, names[k]!);
    if (!isInside(path.resolve(dir), path.resolve(file)) || path.dirname(path.resolve(file)) !== path.resolve(dir)) {
      throw new KexieError("E_WRITE", "refused: the output name would leave the folder", { file });
    }
    await writeAtomic(file, render(doc), { inside: real });
    written.push(file);
  }
  return written;
}

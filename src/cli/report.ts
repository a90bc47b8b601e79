// kexie report: kexie JSON (a batch output folder, JSON/NDJSON files, or -) → one self-contained
// HTML page. A folder is read the way batch writes it: every .json in the tree (report.json and
// the .kexie state folder aside), and report.json for the files that failed or warned.
import { promises as fs } from "node:fs";
import path from "node:path";
import { EXIT, KexieError } from "../model/errors.js";
import type { Notice } from "../model/schema.js";
import { writeAtomic } from "../io.js";
import { renderReport } from "../report/html.js";
import type { BatchFiles } from "../report/data.js";
import type { Lang } from "../report/labels.js";
import { fail, loadDocuments } from "./json-input.js";

export interface ReportCliOptions {
  output?: string;
  lang: Lang;
  today?: string;
}


async function jsonFilesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    const entries = (await fs.readdir(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith(".")) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && e.name.endsWith(".json") && !(d === dir && e.name === "report.json")) out.push(p);
    }
  };
  await walk(dir);
  return out;
}

const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

export async function runReport(sources: string[], opts: ReportCliOptions): Promise<number> {
  if (sources.length === 0) return fail(new KexieError("E_USAGE", "no input — give a batch output folder, kexie JSON files, or - for standard input"));
  if (opts.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.today)) {
    return fail(new KexieError("E_USAGE", `--today wants a date as yyyy-mm-dd, got ${JSON.stringify(opts.today)}`));
  }
  const docs: Notice[] = [];
  let batch: BatchFiles | null = null;
  let exit: number = EXIT.ok;
  for (const src of sources) {
    try {
      const stat = src === "-" ? null : await fs.stat(src).catch(() => null);
      if (src !== "-" && !stat) throw new KexieError("E_NOT_FOUND", "no such file or folder", { file: src });
      if (stat?.isDirectory()) {
        const rep = await fs.readFile(path.join(src, "report.json"), "utf8").catch(() => null);
        if (rep) {
          try {
            batch = JSON.parse(rep) as BatchFiles;
          } catch {
            throw new KexieError("E_DECODE", "report.json is not JSON", { file: path.join(src, "report.json") });
          }
        }
        for (const f of await jsonFilesUnder(src)) {
          try {
            docs.push(...(await loadDocuments(f)));
          } catch (err) {
            exit = Math.max(exit, fail(err));
          }
        }
      } else {
        docs.push(...(await loadDocuments(src)));
      }
    } catch (err) {
      exit = Math.max(exit, fail(err));
    }
  }
  if (docs.length === 0 && exit !== EXIT.ok) return exit;
  const html = renderReport(docs, { lang: opts.lang, today: opts.today ?? localToday(), batch });
  try {
    if (opts.output) await writeAtomic(opts.output, html);
    else await new Promise<void>((resolve, reject) => process.stdout.write(html, (e) => (e ? reject(e) : resolve())));
  } catch (err) {
    exit = Math.max(exit, fail(err));
  }
  return exit;
}

// Walk an archive: sorted, hidden entries skipped, symlink loops broken, --include/--exclude
// globs matched against the path relative to the root. A directory named like a document
// (x.txt) is reported, not descended into: someone meant a file there.
import { promises as fs } from "node:fs";
import path from "node:path";
import picomatch from "picomatch";

export interface WalkEntry {
  abs: string;
  /** path relative to the root, with / separators */
  rel: string;
  /** set when the entry cannot be a notice file, e.g. a directory named x.txt */
  problem?: "directory";
}

export interface WalkOptions {
  include?: string[];
  exclude?: string[];
}

const DOCUMENT_EXT = /\.(txt|text|md|markdown|html?|shtml|docx?|wps|pdf|ofd)$/i;

export async function walk(root: string, opts: WalkOptions = {}): Promise<WalkEntry[]> {
  // by default only files named like notices; --include widens or narrows that
  const include = opts.include?.length ? picomatch(opts.include, { dot: false }) : (rel: string) => DOCUMENT_EXT.test(rel);
  const exclude = opts.exclude?.length ? picomatch(opts.exclude, { dot: false }) : () => false;
  const out: WalkEntry[] = [];
  const seen = new Set<string>();
  const visit = async (dir: string, relDir: string): Promise<void> => {
    const real = await fs.realpath(dir);
    if (seen.has(real)) return; // a symlink loop, or the same folder linked twice
    seen.add(real);
    const names = (await fs.readdir(dir)).filter((n) => !n.startsWith(".")).sort();
    for (const name of names) {
      const abs = path.join(dir, name);
      const rel = relDir ? `${relDir}/${name}` : name;
      let st;
      try {
        st = await fs.stat(abs);
      } catch {
        continue; // a dangling symlink
      }
      if (st.isDirectory()) {
        if (exclude(rel) || exclude(`${rel}/`)) continue;
        if (DOCUMENT_EXT.test(name) && include(rel)) out.push({ abs, rel, problem: "directory" });
        else await visit(abs, rel);
      } else if (st.isFile() && include(rel) && !exclude(rel)) {
        out.push({ abs, rel });
      }
    }
  };
  await visit(root, "");
  return out;
}

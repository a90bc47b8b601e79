// Walk an archive: sorted, hidden entries (dot-files: .git, .DS_Store — not ..x.txt) skipped,
// symlink loops broken, --include/--exclude globs matched against the path relative to the root.
// A symbolic link that leads out of the root is not followed (unless followSymlinks): it is
// returned as a skipped entry with the reason. What cannot be walked (a directory named like a
// document, an unreadable folder, a broken link) is returned as a failed entry in its place, so
// one bad corner is reported and never stops the batch.
import { promises as fs } from "node:fs";
import path from "node:path";
import picomatch from "picomatch";
import { KexieError } from "../model/errors.js";
import { isInside } from "../io.js";

export interface WalkEntry {
  abs: string;
  /** path relative to the root, with / separators */
  rel: string;
  /** set when the entry cannot be converted: why, with the error code to report */
  failure?: { code: "E_IS_DIRECTORY" | "E_READ"; reason: string };
  /** set when the entry is deliberately not converted (a link out of the root): why */
  skipped?: { reason: string };
}

export interface WalkOptions {
  include?: string[];
  exclude?: string[];
  /** real paths of folders never entered (the output folder when it lies inside the source) */
  skip?: string[];
  /** follow symbolic links that lead out of the root (default: report them as skipped) */
  followSymlinks?: boolean;
}

const DOCUMENT_EXT = /\.(txt|text|md|markdown|html?|shtml|docx?|wps|pdf|ofd)$/i;

const errno = (e: unknown) => (e as NodeJS.ErrnoException)?.code ?? "error";

/** A dot-file or dot-folder (.git, .DS_Store, .hidden.txt); a name like ..x.txt is not hidden. */
export const isHidden = (name: string): boolean => name.startsWith(".") && !name.startsWith("..");

export async function walk(root: string, opts: WalkOptions = {}): Promise<WalkEntry[]> {
  // by default only files named like notices; --include widens or narrows that. As in .gitignore,
  // a glob without a slash matches the name at any depth (*.txt), one with a slash the path from SRC
  const include = opts.include?.length ? globs(opts.include) : (rel: string) => DOCUMENT_EXT.test(rel);
  const exclude = opts.exclude?.length ? globs(opts.exclude) : () => false;
  const within = mayHoldIncluded(opts.include ?? []);
  const skip = new Set(opts.skip ?? []);
  const out: WalkEntry[] = [];
  const seen = new Set<string>();
  let realRoot: string;
  try {
    realRoot = await fs.realpath(root);
  } catch (e) {
    throw new KexieError("E_READ", `cannot read the folder (${errno(e)})`, { file: root });
  }
  const visit = async (dir: string, relDir: string): Promise<void> => {
    let names: string[];
    try {
      const real = await fs.realpath(dir);
      if (seen.has(real) || skip.has(real)) return; // a symlink loop, the same folder linked twice, or OUT
      seen.add(real);
      names = (await fs.readdir(dir)).filter((n) => !isHidden(n)).sort();
    } catch (e) {
      if (!relDir) throw new KexieError("E_READ", `cannot read the folder (${errno(e)})`, { file: root });
      out.push({ abs: dir, rel: relDir, failure: { code: "E_READ", reason: `cannot read the folder (${errno(e)})` } });
      return;
    }
    for (const name of names) {
      const abs = path.join(dir, name);
      const rel = relDir ? `${relDir}/${name}` : name;
      let st;
      try {
        st = await fs.stat(abs);
      } catch (e) {
        // a broken link, or an entry removed or locked since readdir: report it when it could have
        // been a notice or a folder (no extension); a broken link to photo.jpg is nothing we lose
        if (!exclude(rel) && (include(rel) || (!/\.[^.]+$/.test(name) && within(rel)))) {
          out.push({ abs, rel, failure: { code: "E_READ", reason: `cannot read: broken link or no access (${errno(e)})` } });
        }
        continue;
      }
      // a link (or a link in a linked folder) that leads out of the tree the user named
      if (!opts.followSymlinks && (st.isDirectory() || st.isFile()) && (await leavesRoot(abs, realRoot))) {
        if (!exclude(rel) && (st.isDirectory() || include(rel))) {
          const target = await fs.realpath(abs).catch(() => abs);
          out.push({ abs, rel, skipped: { reason: `symbolic link to ${target}, outside the source folder — pass --follow-symlinks to convert it` } });
        }
        continue;
      }
      if (st.isDirectory()) {
        // a folder no --include glob can reach is not entered, so its trouble is not the run's
        if (exclude(rel) || exclude(`${rel}/`) || !within(rel)) continue;
        // someone meant a file there
        if (DOCUMENT_EXT.test(name) && include(rel)) out.push({ abs, rel, failure: { code: "E_IS_DIRECTORY", reason: "is a directory named like a document" } });
        else await visit(abs, rel);
      } else if (st.isFile() && include(rel) && !exclude(rel)) {
        out.push({ abs, rel });
      }
    }
  };
  await visit(root, "");
  return out;
}

/**
 * One matcher for several globs; picomatch's `basename` option would also apply to globs with a
 * slash. dot: true, because hidden entries are already left out here and ..x.txt must still match *.txt
 */
function globs(patterns: string[]): (rel: string) => boolean {
  const matchers = patterns.map((g) => picomatch(g, { dot: true, basename: !g.includes("/") }));
  return (rel) => matchers.some((m) => m(rel));
}

/**
 * Whether the folder `rel` may hold files the --include globs match: a glob without a slash matches
 * at any depth; one with a slash only below its literal base (seeds/** → seeds, or its parents).
 */
function mayHoldIncluded(globs: string[]): (rel: string) => boolean {
  if (globs.length === 0) return () => true;
  const bases = globs.map((g) => (g.includes("/") ? picomatch.scan(g).base : ""));
  return (rel) => bases.some((b) => b === "" || rel === b || rel.startsWith(`${b}/`) || b.startsWith(`${rel}/`));
}

/** Whether `abs` (inside the walked tree by name) is a link whose real path is outside `realRoot`. */
async function leavesRoot(abs: string, realRoot: string): Promise<boolean> {
  const lst = await fs.lstat(abs).catch(() => null);
  // a plain entry in a folder already proved inside needs no realpath
  if (lst && !lst.isSymbolicLink()) return false;
  const real = await fs.realpath(abs).catch(() => null);
  return real === null || !isInside(realRoot, real);
}

// File input and atomic output for the CLI.
import { randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, promises as fs, readSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { KexieError } from "./model/errors.js";
import { formatSize, LIMITS } from "./model/limits.js";

/** Whether absolute path `p` is `root` or lies inside it (no `..` step out, no other drive). */
export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

export interface ReadInputOptions {
  /** refuse an input larger than this (E_TOO_LARGE); default LIMITS.maxBytes (--max-bytes) */
  maxBytes?: number;
}

const tooLarge = (file: string, size: number | null, max: number) =>
  new KexieError("E_TOO_LARGE", `${size === null ? "is larger than" : `is ${formatSize(size)}, over`} the ${formatSize(max)} limit — pass --max-bytes to read larger files`, { file });

/**
 * A file's bytes (or standard input's, for "-"), never more than maxBytes: a larger regular file
 * is refused before it is read, and a pipe, a device or a file still growing is refused as soon
 * as it passes the limit.
 */
export async function readInput(file: string, opts: ReadInputOptions = {}): Promise<Uint8Array> {
  const max = opts.maxBytes ?? LIMITS.maxBytes;
  if (file === "-") {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of process.stdin) {
      size += (c as Buffer).length;
      if (size > max) throw tooLarge("<stdin>", null, max);
      chunks.push(c as Buffer);
    }
    return Buffer.concat(chunks);
  }
  // a regular file is read with blocking calls: in a batch worker each await on the thread pool
  // left the thread idle between files, and one read is all the CLI waits for anyway
  let st;
  try {
    st = statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new KexieError("E_NOT_FOUND", "no such file — check the path", { file });
    throw new KexieError("E_READ", `cannot read the file (${code ?? "error"})`, { file });
  }
  if (st.isDirectory()) {
    throw new KexieError("E_IS_DIRECTORY", "is a directory — pass files, or use `kexie batch DIR -o OUT`", { file });
  }
  if (st.size > max) throw tooLarge(file, st.size, max);
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (e) {
    throw new KexieError("E_READ", `cannot read the file (${(e as NodeJS.ErrnoException).code ?? "error"})`, { file });
  }
  try {
    // read at most max + 1 bytes: /dev/zero or a FIFO has no size to check beforehand
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(Math.max(st.size - size + 1, 1 << 16), max - size + 1, 1 << 24));
      const bytesRead = readSync(fd, buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      size += bytesRead;
      if (size > max) throw tooLarge(file, null, max);
      chunks.push(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
  } catch (e) {
    if (e instanceof KexieError) throw e;
    throw new KexieError("E_READ", `cannot read the file (${(e as NodeJS.ErrnoException).code ?? "error"})`, { file });
  } finally {
    closeSync(fd);
  }
}

/**
 * File names from LIST (- for standard input), one per line, read a chunk at a time and handed
 * out as they are consumed: a list of any length is never held in memory, and the caller's pace
 * holds the reading back. Lines are trimmed; a blank line is yielded as "" (callers skip it).
 */
export async function* streamNames(list: string): AsyncGenerator<string> {
  const { createReadStream } = await import("node:fs");
  const { StringDecoder } = await import("node:string_decoder");
  let input: AsyncIterable<Buffer>;
  if (list === "-") input = process.stdin;
  else {
    const st = await fs.stat(list).catch(() => null);
    if (!st) throw new KexieError("E_NOT_FOUND", "no such file — check the path of --files-from", { file: list });
    if (st.isDirectory()) throw new KexieError("E_IS_DIRECTORY", "is a directory — --files-from takes a file of names", { file: list });
    input = createReadStream(list);
  }
  const decoder = new StringDecoder("utf8");
  let rest = "";
  try {
    for await (const chunk of input) {
      const lines = (rest + decoder.write(chunk)).split("\n");
      rest = lines.pop()!;
      for (const line of lines) yield line.trim();
      // a name is at most PATH_MAX (4096 bytes); a "line" this long is not a list of names
      if (rest.length > 1 << 20) throw new KexieError("E_USAGE", "a line over 1 MB — --files-from takes file names, one per line", { file: list === "-" ? "<stdin>" : list });
    }
  } catch (e) {
    if (e instanceof KexieError) throw e;
    throw new KexieError("E_READ", `cannot read the list (${(e as NodeJS.ErrnoException).code ?? "error"})`, { file: list === "-" ? "<stdin>" : list });
  }
  rest += decoder.end();
  if (rest.trim() !== "") yield rest.trim();
}

/** File names, one per line (find … | kexie parse --files-from -); blank lines ignored. */
export async function readNames(list: string): Promise<string[]> {
  const bytes = await readInput(list);
  return Buffer.from(bytes)
    .toString("utf8")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
}

export interface WriteAtomicOptions {
  /** where the temp file goes (same file system as `file`); default: beside `file` */
  tmpDir?: string;
  /** create missing parent folders (batch output trees); off for `-o`, where a typo should fail */
  parents?: boolean;
  /** real path of a folder the file must stay inside, links included (batch: OUT) */
  inside?: string;
}

/**
 * Write via a temp file and rename, so a killed run never leaves a half-written file. `data` may
 * be an (async) iterable of chunks, streamed so a large file never sits in memory whole.
 * A file-system failure is an E_WRITE naming `file`.
 */
export async function writeAtomic(
  file: string,
  data: Parameters<typeof fs.writeFile>[1],
  opts: WriteAtomicOptions = {},
): Promise<void> {
  const dir = opts.tmpDir ?? path.dirname(path.resolve(file));
  // a name kept short: `file` itself may already be as long as the file system allows
  const tmp = path.join(dir, `.${[...path.basename(file)].slice(0, 40).join("")}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    // blocking calls for the folder, the rename and a string or buffer (a batch worker writes
    // thousands of small files: each await on the thread pool left it idle); a stream is awaited
    if (opts.parents) mkdirSync(path.dirname(file), { recursive: true });
    // a folder under OUT replaced by a link elsewhere must not carry the write out of OUT
    if (opts.inside && !isInside(opts.inside, realpathSync(path.dirname(file)))) {
      throw new KexieError("E_WRITE", "cannot write the output: its folder is a link out of the output folder", { file });
    }
    if (typeof data === "string" || data instanceof Uint8Array) writeFileSync(tmp, data);
    else await fs.writeFile(tmp, data);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    if (e instanceof KexieError) throw e;
    // only system errors are about writing; anything thrown while producing `data` is not
    if (typeof (e as NodeJS.ErrnoException).syscall !== "string") throw e;
    throw new KexieError("E_WRITE", `cannot write the output (${(e as NodeJS.ErrnoException).code})`, { file });
  }
}

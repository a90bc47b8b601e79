// File input and atomic output for the CLI.
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { KexieError } from "./model/errors.js";

export async function readInput(file: string): Promise<Uint8Array> {
  if (file === "-") {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  }
  let st;
  try {
    st = await fs.stat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new KexieError("E_NOT_FOUND", "no such file — check the path", { file });
    throw new KexieError("E_READ", `cannot read the file (${code ?? "error"})`, { file });
  }
  if (st.isDirectory()) {
    throw new KexieError("E_IS_DIRECTORY", "is a directory — pass files, or use `kexie batch DIR -o OUT`", { file });
  }
  try {
    return await fs.readFile(file);
  } catch (e) {
    throw new KexieError("E_READ", `cannot read the file (${(e as NodeJS.ErrnoException).code ?? "error"})`, { file });
  }
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
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    if (opts.parents) await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    // only system errors are about writing; anything thrown while producing `data` is not
    if (typeof (e as NodeJS.ErrnoException).syscall !== "string") throw e;
    throw new KexieError("E_WRITE", `cannot write the output (${(e as NodeJS.ErrnoException).code})`, { file });
  }
}

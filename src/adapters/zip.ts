// Reading the parts of a ZIP package (.docx, .ofd) with limits checked while inflating. fflate's
// streaming Unzip walks the archive's entries from the front, counting them; each wanted entry is
// inflated by Node's zlib with maxOutputLength set to what is left of the budget, so inflation
// stops as soon as the running total passes the cap: a zip bomb (a few MB that expand to GBs) is
// refused after at most `maxBytes` of output, never inflated whole first. (zlib instead of
// fflate's own Inflate: the same check, about six times faster.)
import { Unzip, type UnzipDecoder } from "fflate";
import { inflateRawSync } from "node:zlib";
import { KexieError } from "../model/errors.js";
import { formatSize, LIMITS } from "../model/limits.js";

export interface ZipLimits {
  /** total bytes the wanted parts may inflate to */
  maxBytes: number;
  /** entries the archive may hold, wanted or not */
  maxEntries: number;
}

/** the archive is handed to Unzip in slices, so the entry count is checked as it goes */
const CHUNK = 64 * 1024;

/**
 * The parts of a ZIP archive whose names pass `wanted`, inflated. Throws E_ZIP_LIMIT (a
 * KexieError) past a limit, a plain Error when the bytes are not a readable ZIP.
 */
export function unzipParts(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: ZipLimits = { maxBytes: LIMITS.unzippedBytes, maxEntries: LIMITS.zipEntries },
): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  let total = 0;
  let entries = 0;
  let failure: Error | null = null;
  const tooBig = (name: string) =>
    new KexieError("E_ZIP_LIMIT", `the package expands to more than ${formatSize(limits.maxBytes)} (at ${name}) — refused as a possible zip bomb; raise --max-bytes if it is genuine`);

  /** DEFLATE entries: the compressed bytes (never more than the file) inflated with the budget left */
  class BudgetInflate implements UnzipDecoder {
    static readonly compression = 8;
    ondata: UnzipDecoder["ondata"] = () => {};
    private readonly chunks: Uint8Array[] = [];
    constructor(private readonly name: string) {}
    push(chunk: Uint8Array, final: boolean): void {
      this.chunks.push(chunk);
      if (!final) return;
      let data: Buffer;
      try {
        data = inflateRawSync(Buffer.concat(this.chunks), { maxOutputLength: Math.max(1, limits.maxBytes - total + 1) });
      } catch (e) {
        // the entry never completes: the loop below stops at `failure`
        const tooLarge = (e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE";
        failure ??= tooLarge ? tooBig(this.name) : new Error(`invalid zip data: ${(e as Error).message}`);
        return;
      }
      this.ondata(null, data as Uint8Array<ArrayBuffer>, true);
    }
  }

  const unzip = new Unzip((file) => {
    if (failure) return;
    if (++entries > limits.maxEntries) {
      failure = new KexieError("E_ZIP_LIMIT", `the package holds more than ${limits.maxEntries} entries — refused as a possible zip bomb`);
      return;
    }
    if (!wanted(file.name)) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (err, data, final) => {
      if (failure) return;
      if (err) {
        failure = err;
        return;
      }
      size += data.length;
      total += data.length;
      if (total > limits.maxBytes) {
        failure = tooBig(file.name);
        return;
      }
      chunks.push(data);
      if (final) out[file.name] = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
    };
    file.start();
  });
  unzip.register(BudgetInflate);
  for (let i = 0; i < bytes.length && !failure; i += CHUNK) {
    unzip.push(bytes.subarray(i, Math.min(i + CHUNK, bytes.length)), i + CHUNK >= bytes.length);
  }
  if (failure) throw failure;
  if (entries === 0) throw new Error("invalid zip data: no entries");
  return out;
}

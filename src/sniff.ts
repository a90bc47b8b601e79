// Which adapter a file needs: content first (magic bytes), extension second. Formats without an
// adapter yet get a clear error instead of garbage.
import { KexieError } from "./errors.js";

const UNSUPPORTED_EXT: Record<string, string> = {
  ".pdf": "PDF", ".doc": "Word 97-2003 (.doc)", ".docx": "Word (.docx)", ".wps": "WPS", ".ofd": "OFD",
  ".png": "image", ".jpg": "image", ".jpeg": "image", ".gif": "image", ".tif": "image", ".tiff": "image",
  ".bmp": "image", ".xls": "Excel", ".xlsx": "Excel", ".zip": "ZIP archive", ".rar": "RAR archive",
};

function magic(buf: Uint8Array): string | null {
  const head = Buffer.from(buf.subarray(0, 8));
  if (head.subarray(0, 4).toString("latin1") === "%PDF") return "PDF";
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return "Word 97-2003 (.doc)";
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return "ZIP-based (.docx/.ofd/.xlsx)";
  if (head[0] === 0x89 && head.subarray(1, 4).toString("latin1") === "PNG") return "image";
  if (head[0] === 0xff && head[1] === 0xd8) return "image";
  return null;
}

export function assertSupported(buf: Uint8Array, path: string | null): void {
  const kind = magic(buf) ?? (path ? UNSUPPORTED_EXT[(/\.[^./\\]+$/.exec(path)?.[0] ?? "").toLowerCase()] : undefined);
  if (kind) {
    throw new KexieError("E_UNSUPPORTED", `unsupported format: ${kind} — convert it to .docx or .txt first`, {
      file: path,
    });
  }
}

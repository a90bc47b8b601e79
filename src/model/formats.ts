// Which adapter reads a file: content first (magic bytes, markup), extension second, --from
// overrides. Formats without an adapter get a clear error with their own exit code.
import { KexieError } from "./errors.js";

export const FORMATS = ["text", "markdown", "html", "docx", "doc", "pdf", "ofd"] as const;
export type Format = (typeof FORMATS)[number];

const UNSUPPORTED_EXT: Record<string, string> = {
  ".wps": "WPS", ".png": "image", ".jpg": "image",
  ".jpeg": "image", ".gif": "image", ".tif": "image", ".tiff": "image", ".bmp": "image", ".xls": "Excel",
  ".xlsx": "Excel", ".ppt": "PowerPoint", ".pptx": "PowerPoint", ".zip": "ZIP archive", ".rar": "RAR archive",
  ".7z": "7z archive", ".caj": "CAJ",
};

const EXT_FORMAT: Record<string, Format> = {
  ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".shtml": "html", ".xhtml": "html",
  ".docx": "docx", ".doc": "doc", ".pdf": "pdf", ".ofd": "ofd", ".txt": "text", ".text": "text",
};

function ext(path: string | null): string {
  return path ? (/\.[^./\\]+$/.exec(path)?.[0] ?? "").toLowerCase() : "";
}

function contains(buf: Uint8Array, needle: string): boolean {
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).includes(needle, 0, "latin1");
}

/** Binary containers recognised by their first bytes. */
function sniffBinary(buf: Uint8Array): Format | string | null {
  const head = Buffer.from(buf.subarray(0, 8));
  if (head.subarray(0, 4).toString("latin1") === "%PDF") return "pdf";
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    // an OLE compound file: its directory names its streams (UTF-16)
    const has = (name: string) => Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).includes(Buffer.from(name, "utf16le"));
    if (has("WordDocument")) return "doc"; // Word 97-2003, and WPS files saved in that format
    if (has("Workbook")) return "Excel";
    if (has("PowerPoint Document")) return "PowerPoint";
    return "doc"; // the .doc reader tells a damaged file (E_DECODE) from another OLE format (E_UNSUPPORTED)
  }
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    if (contains(buf, "word/document.xml")) return "docx";
    if (contains(buf, "OFD.xml")) return "ofd";
    if (contains(buf, "xl/workbook")) return "Excel";
    return "ZIP archive";
  }
  if (head.subarray(0, 5).toString("latin1") === "{\\rtf") return "RTF";
  if (head[0] === 0x89 && head.subarray(1, 4).toString("latin1") === "PNG") return "image";
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return "image";
  if (head.subarray(0, 3).toString("latin1") === "GIF") return "image";
  return null;
}

function looksLikeHtml(buf: Uint8Array): boolean {
  // no < in the bytes read below (UTF-8 or UTF-16, either order): no tag, and no copy and lowering of them
  if (buf.subarray(0, 4096).indexOf(0x3c) < 0) return false;
  let head = Buffer.from(buf.subarray(0, 2048)).toString("latin1").toLowerCase();
  if (head.startsWith("\xff\xfe") || head.startsWith("\xfe\xff")) head = Buffer.from(buf.subarray(2, 4096)).toString("utf16le").toLowerCase();
  head = head.replace(/^\xef\xbb\xbf/, "").trimStart();
  return /^<!doctype html|^<html[\s>]|^<\?xml[^>]*>\s*<html/.test(head) || (/<html[\s>]/.test(head) && /<(head|body|meta)[\s>]/.test(head));
}

export function detectFormat(buf: Uint8Array, path: string | null, forced?: Format | null): Format {
  const bin = sniffBinary(buf);
  const readable = (b: string | null): b is Format => b === "docx" || b === "doc" || b === "pdf" || b === "ofd";
  if (forced) {
    if (bin && !readable(bin)) {
      throw new KexieError("E_UNSUPPORTED", `unsupported format: ${bin} — convert it to .docx or .txt first`, { file: path });
    }
    return forced;
  }
  if (readable(bin)) return bin;
  // a .docx/.ofd that is a ZIP without its main part was damaged (cut short, badly repaired)
  if (bin === "ZIP archive" && (ext(path) === ".docx" || ext(path) === ".ofd")) {
    const what = ext(path) === ".docx" ? "Word file: a ZIP package without word/document.xml — re-save it from Word or WPS" : "OFD file: a ZIP package without OFD.xml — export it again";
    throw new KexieError("E_DECODE", `damaged ${what}`, { file: path });
  }
  if (bin) throw new KexieError("E_UNSUPPORTED", `unsupported format: ${bin} — convert it to .docx or .txt first`, { file: path });
  const e = ext(path);
  if (UNSUPPORTED_EXT[e]) {
    throw new KexieError("E_UNSUPPORTED", `unsupported format: ${UNSUPPORTED_EXT[e]} — convert it to .docx or .txt first`, { file: path });
  }
  if (looksLikeHtml(buf)) return "html";
  if (e === ".docx") throw new KexieError("E_DECODE", "not a Word .docx file (no word/document.xml inside) — re-save it from Word", { file: path });
  if (e === ".doc") throw new KexieError("E_DECODE", "not a Word 97-2003 .doc file (no OLE compound file signature) — re-save it from Word", { file: path });
  if (e === ".pdf" || e === ".ofd") throw new KexieError("E_DECODE", `not a readable ${e.slice(1).toUpperCase()} file — re-export it or convert it to .docx or .txt`, { file: path });
  return EXT_FORMAT[e] ?? "text";
}

/** The first byte after a UTF-8 BOM and whitespace opens a JSON object or array. */
export function startsLikeJson(buf: Uint8Array): boolean {
  let i = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  while (i < buf.length && (buf[i] === 0x20 || buf[i] === 0x09 || buf[i] === 0x0a || buf[i] === 0x0d)) i++;
  return buf[i] === 0x7b || buf[i] === 0x5b;
}

/**
 * JSON is not a notice. kexie's own output given back to `parse` is a usage slip (exit 2, pointing
 * at export/validate); any other JSON is an unsupported format. Only text that parses as JSON (one
 * value, or NDJSON's first line) counts, so a notice that merely starts with a bracket still parses.
 */
export function refuseJson(text: string, path: string | null): void {
  const t = text.replace(/^\ufeff/, "").trimStart();
  if (t[0] !== "{" && t[0] !== "[") return;
  let value: unknown;
  try {
    value = JSON.parse(t);
  } catch {
    try {
      value = JSON.parse(t.slice(0, t.indexOf("\n") >>> 0));
    } catch {
      return;
    }
  }
  const first = Array.isArray(value) ? value[0] : value;
  if (first && typeof first === "object" && "schemaVersion" in first && "header" in first) {
    throw new KexieError("E_USAGE", "this is kexie output (JSON), not a notice — use `kexie export` or `kexie validate` on it", { file: path });
  }
  throw new KexieError("E_UNSUPPORTED", "unsupported format: JSON — kexie parses notices (text, Markdown, HTML, Word, PDF, OFD)", { file: path });
}

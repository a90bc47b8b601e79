// Limits on hostile or broken input, each refused with its own error code (model/errors) and
// listed in the README's "Security and limits" section. The CLI's --max-bytes and --timeout
// change the first and the last.

const MB = 1024 * 1024;

export const LIMITS = {
  /** bytes of one input file (--max-bytes) */
  maxBytes: 50 * MB,
  /** bytes the XML parts of a .docx/.ofd may inflate to, in all */
  unzippedBytes: 100 * MB,
  /** entries in a .docx/.ofd package */
  zipEntries: 10_000,
  /** nesting depth of HTML elements, Markdown containers (block quotes, lists) and XML elements of a .docx/.ofd part */
  nestingDepth: 256,
  /** bytes of one kexie JSON input of export/validate (about the longest string V8 holds) */
  jsonBytes: 512 * MB,
  /** milliseconds one file may take in kexie batch (--timeout) */
  timeoutMs: 30_000,
} as const;

/** 52428800 → "50 MB", 1536 → "1.5 KB": sizes in messages. */
export function formatSize(n: number): string {
  const units = ["bytes", "KB", "MB", "GB"];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${u === 0 ? v : Number(v.toFixed(1))} ${units[u]}`;
}

/** "50MB", "50 M", "512k", "1.5GB", "1000000" → bytes (1024-based); null when unreadable. */
export function parseSize(s: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(s);
  if (!m) return null;
  const unit = (m[2] ?? "b").toLowerCase()[0]!;
  const n = Math.round(Number(m[1]) * ({ b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 } as Record<string, number>)[unit]!);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** What the XML of a package may inflate to for a given --max-bytes: 2× it (100 MB by default). */
export function unzippedCap(maxBytes: number): number {
  return 2 * maxBytes;
}

// The linter's public face: lint one file's bytes (any format the parser reads), and fix plain
// text and Markdown in place — in the file's own encoding, line ends and byte-order mark, and only
// when every byte of the file survives a decode/encode round trip, so nothing a rule did not name
// ever changes. Fixing repeats until no fix is left (at most 10 passes), so fixing twice is a no-op.
import type { Format } from "../model/formats.js";
import { KexieError } from "../model/errors.js";
import { applyFixes, runRules, type LintOptions } from "./linter.js";
import { loadSource, type Loaded } from "./source.js";
import type { LintMessage, SourceFile } from "./types.js";

export type { LintOptions } from "./linter.js";
export type { LintMessage, Rule, Severity, Lang } from "./types.js";
export { RULES, RULE_IDS } from "./rules/index.js";

export interface LintFileOptions extends LintOptions {
  path?: string | null;
  from?: Format | null;
  encoding?: string | null;
  fix?: boolean;
}

export interface LintResult {
  path: string | null;
  format: Format;
  encoding: string;
  /** the source lines the messages point into (after fixing, when fixed) */
  lines: string[];
  messages: LintMessage[];
  /** with fix: the new bytes when anything changed */
  output?: Uint8Array;
  /** with fix: fixes applied */
  fixed: number;
  /** with fix: why the file was not fixed (a format kexie does not write, or bytes that would not survive) */
  notFixed?: string;
}

async function encodeText(text: string, encoding: string, bom: boolean): Promise<Buffer> {
  const enc = encoding.replace(/-bom$/, "");
  if (enc === "utf-8" || enc === "utf8") return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, "utf8")]);
  const iconv = (await import("iconv-lite")).default;
  if (!iconv.encodingExists(enc)) throw new KexieError("E_ENCODING", `cannot write back in ${encoding}`);
  return iconv.encode(text, enc, { addBOM: bom });
}

const lintOf = (loaded: Loaded, opts: LintOptions): LintMessage[] => runRules(loaded, opts);

export async function lintBytes(bytes: Uint8Array, opts: LintFileOptions = {}): Promise<LintResult> {
  const path = opts.path ?? null;
  let loaded = await loadSource(bytes, { path, from: opts.from, encoding: opts.encoding });
  let messages = lintOf(loaded, opts);
  const result = (source: SourceFile, msgs: LintMessage[], extra: Partial<LintResult> = {}): LintResult => ({
    path, format: source.format, encoding: source.encoding, lines: source.lines, messages: msgs, fixed: 0, ...extra,
  });
  const { source, bom } = loaded;
  if (opts.fix && !source.fixable && messages.length) {
    return result(source, messages, { notFixed: `${source.format} files are linted but never fixed — fix the source document, or lint a .txt/.md copy with --fix` });
  }
  if (!opts.fix || !messages.some((m) => m.fix)) return result(source, messages);
  if (loaded.lossy) return result(source, messages, { notFixed: `some bytes are not valid ${source.encoding} — not fixed, so that nothing else changes` });
  // write back only if the file's bytes are exactly what its decoded text encodes to
  const same = await encodeText(source.text, source.encoding, bom).catch(() => null);
  if (!same || Buffer.compare(same, Buffer.from(bytes)) !== 0) {
    return result(source, messages, { notFixed: `the file does not round-trip through ${source.encoding} — not fixed, so that nothing else changes` });
  }
  let text = source.text;
  let fixed = 0;
  for (let pass = 0; pass < 10; pass++) {
    const { text: next, applied } = applyFixes(text, messages);
    if (applied === 0) break;
    fixed += applied;
    text = next;
    loaded = await loadSource(Buffer.from(text, "utf8"), { path, from: source.format, encoding: "utf-8" });
    messages = lintOf(loaded, opts);
    if (!messages.some((m) => m.fix)) break;
  }
  const output = fixed ? await encodeText(text, source.encoding, bom) : undefined;
  return {
    path, format: source.format, encoding: source.encoding, lines: loaded.source.lines,
    messages, fixed, ...(output ? { output } : {}),
  };
}

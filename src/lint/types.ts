// The linter's vocabulary: a rule is a plain object (id, clause, severity, messages, examples,
// check); a check reports messages through its context; a fix is data (a range of the decoded
// text and the text to put there), applied by the linter, never by the rule.
import type { Notice } from "../model/schema.js";
import type { Format } from "../model/formats.js";

export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];
export type Lang = "zh" | "en";

/** Replace text[range[0], range[1]) of the decoded source with `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface LintMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  /** 1-based line and column (UTF-16 code units) in the source */
  line: number;
  column: number;
  /** exclusive end column on the same line; the caret spans [column, endColumn) */
  endColumn: number;
  fix?: Fix;
  /** formats other than text: the paragraph the message points into (the file has no plain lines to show) */
  excerpt?: string;
}

/** One message of a rule's catalogue: the Chinese text ("此处…，应为…") and its English twin; {name} placeholders. */
export interface MessageText {
  zh: string;
  en: string;
}

export interface Example {
  /** a whole (small) notice */
  text: string;
  /** what the example shows */
  note: string;
}

/** The source of one file as rules see it. */
export interface SourceFile {
  path: string | null;
  format: Format;
  encoding: string;
  /** the decoded text (for text formats the file itself; for others the adapter's paragraphs, one per line) */
  text: string;
  /** lines without their line ends; lines[i] is line i + 1 */
  lines: string[];
  /** offset in `text` where each line starts */
  lineStarts: number[];
  /** fixes can be written back (plain text and Markdown only) */
  fixable: boolean;
  /** other formats: lines[i] is one paragraph (or table row) of the adapter, at source line lineMap[i] */
  lineMap: number[] | null;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  line: number;
  column: number;
  /** length of the flagged text in UTF-16 code units (default 1) */
  length?: number;
  /** a message may be milder than its rule (抄报 is only info); a level set in .kexierc.json wins */
  severity?: Severity;
  fix?: { line: number; column: number; length: number; text: string };
}

export interface RuleOptions {
  /** `--date-style chinese`: 成文日期 written 二〇一九年五月四日 is expected */
  dateStyle: "arabic" | "chinese";
}

export interface RuleContext {
  source: SourceFile;
  notice: Notice;
  options: RuleOptions;
  report(r: Report): void;
}

export interface Rule {
  id: string;
  /** the clause of GB/T 9704-2012 the rule enforces, e.g. "7.2.4" */
  clause: string;
  /** the element the clause names, e.g. 发文字号 */
  element: string;
  severity: Severity;
  fixable: boolean;
  description: MessageText;
  messages: Record<string, MessageText>;
  /** examples that double as tests: every good one is clean for this rule, every bad one is not */
  examples: { good: Example[]; bad: Example[] };
  check(ctx: RuleContext): void;
}

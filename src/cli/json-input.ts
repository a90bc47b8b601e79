// Reading kexie's own JSON back: one document, an array of documents, or NDJSON (one per line),
// from a file or standard input (-). A syntax error is one line, `file:line:column: not JSON: …`;
// JSON.parse's messages carry no reliable position, so jsonc-parser (VS Code's JSON scanner) finds it.
import { parse as scan, printParseErrorCode, type ParseError } from "jsonc-parser";
import { KexieError } from "../model/errors.js";
import { NoticeSchema, type Notice } from "../model/schema.js";
import { formatPath, issueMessage } from "../validate.js";
import { readInput } from "../io.js";
import { LIMITS } from "../model/limits.js";

const WHY: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "malformed number",
  PropertyNameExpected: "a property name in double quotes expected",
  ValueExpected: "a value expected",
  ColonExpected: "':' expected",
  CommaExpected: "',' expected",
  CloseBraceExpected: "'}' expected",
  CloseBracketExpected: "']' expected",
  EndOfFileExpected: "text after the end of the JSON value",
  InvalidCommentToken: "comments are not JSON",
  UnexpectedEndOfComment: "comments are not JSON",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "malformed number",
  InvalidUnicode: "bad \\u escape",
  InvalidEscapeCharacter: "bad escape in a string",
  InvalidCharacter: "control character inside a string",
};

/** Where and why `text` is not JSON: the first error the scanner finds (1-based line and column). */
function locate(text: string, fallback: string): { line: number; column: number; why: string } {
  const errors: ParseError[] = [];
  scan(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return { line: 1, column: 1, why: fallback };
  const before = text.slice(0, first.offset);
  const line = before.split("\n").length;
  const column = first.offset - (before.lastIndexOf("\n") + 1) + 1;
  const code = printParseErrorCode(first.error);
  return { line, column, why: WHY[code] ?? code };
}

function notJson(file: string, text: string, lineOffset: number, err: unknown): KexieError {
  const at = locate(text, (err as Error).message);
  return new KexieError("E_JSON", `not JSON: ${at.why} — expected kexie JSON (the output of kexie parse)`, {
    file,
    line: at.line + lineOffset,
    column: at.column,
  });
}

/** The JSON values a file holds: an array's items, or each NDJSON line, or the one value. */
export async function readJsonValues(file: string): Promise<unknown[]> {
  // kexie's own output of a whole archive can be far larger than one notice
  const bytes = await readInput(file, { maxBytes: LIMITS.jsonBytes });
  const text = Buffer.from(bytes).toString("utf8").replace(/^\ufeff/, "");
  const name = file === "-" ? "<stdin>" : file;
  if (text.trim() === "") throw new KexieError("E_EMPTY", "file is empty — expected kexie JSON", { file: name });
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v : [v];
  } catch (whole) {
    // not one JSON value: NDJSON (one value per non-blank line) if its first line is JSON, else the
    // error is in the one document and is reported where the whole text breaks
    const lines = text.split("\n");
    const first = lines.findIndex((l) => l.trim() !== "");
    try {
      JSON.parse(lines[first]!);
    } catch {
      throw notJson(name, text, 0, whole);
    }
    const values: unknown[] = [];
    for (let i = first; i < lines.length; i++) {
      if (lines[i]!.trim() === "") continue;
      try {
        values.push(JSON.parse(lines[i]!));
      } catch (err) {
        throw notJson(name, lines[i]!, i, err);
      }
    }
    return values;
  }
}

/** kexie documents from a JSON file (or -), each checked against the schema: the first problem is one E_DECODE line. */
export async function loadDocuments(file: string): Promise<Notice[]> {
  const values = await readJsonValues(file);
  return values.map((v, k) => {
    const r = NoticeSchema.safeParse(v);
    if (r.success) return r.data;
    const issue = r.error.issues[0]!;
    const where = [values.length > 1 ? `[${k}]` : "", formatPath(issue.path)].filter(Boolean).join(".") || "(root)";
    throw new KexieError("E_DECODE", `not a kexie document: ${where}: ${issueMessage(issue)} — kexie validate lists every problem`, { file });
  });
}

/** A KexieError as its one line on standard error, giving its exit code; anything else is a bug and is rethrown. */
export function fail(err: unknown): number {
  if (err instanceof KexieError) {
    process.stderr.write(err.format() + "\n");
    return err.exitCode;
  }
  throw err;
}

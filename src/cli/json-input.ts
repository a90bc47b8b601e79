// Reading kexie's own JSON back: one document, an array of documents, or NDJSON (one per line),
// from a file or standard input (-). Errors are one line naming the file.
import { KexieError } from "../model/errors.js";
import { readInput } from "../io.js";
import { LIMITS } from "../model/limits.js";

/** The JSON values a file holds: an array's items, or each NDJSON line, or the one value. */
export async function readJsonValues(file: string): Promise<unknown[]> {
  // kexie's own output of a whole archive can be far larger than one notice
  const bytes = await readInput(file, { maxBytes: LIMITS.jsonBytes });
  const text = Buffer.from(bytes).toString("utf8").replace(/^\ufeff/, "");
  if (text.trim() === "") throw new KexieError("E_EMPTY", "file is empty — expected kexie JSON", { file });
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v : [v];
  } catch (whole) {
    // not one JSON value: NDJSON, one value per non-blank line
    const lines = text.split(/\r?\n/);
    const values: unknown[] = [];
    for (let i = 0; i < lines.length; i++) {
      if (lines[i]!.trim() === "") continue;
      try {
        values.push(JSON.parse(lines[i]!));
      } catch {
        // a single-line file gets JSON.parse's own complaint; NDJSON the line that failed
        const why = i === 0 ? (whole as Error).message : `line ${i + 1} is not JSON`;
        throw new KexieError("E_DECODE", `not JSON (${why}) — expected the output of kexie parse`, { file, line: null });
      }
    }
    return values;
  }
}

// kexie validate: check kexie JSON files against the schema and the rules it cannot express.
// Exit 0 when every document is valid (warnings allowed), 1 when any has an error, 2 when a file
// cannot be read or is not JSON (or no file was given).
import { KexieError } from "../model/errors.js";
import { escapeTerminal } from "../model/terminal.js";
import { validateNotice, type Problem } from "../validate.js";
import { readJsonValues } from "./json-input.js";

export interface ValidateOptions {
  format: "text" | "json";
}

const EXIT_VALID = 0;
const EXIT_INVALID = 1;
const EXIT_UNREADABLE = 2;

interface Reported extends Problem {
  file: string;
  /** position of the document in an array or NDJSON file, null for a file holding one */
  document: number | null;
}

function textLine(p: Reported): string {
  const where = p.document === null ? p.path : `[${p.document}]${p.path ? `.${p.path}` : ""}`;
  // text is for reading on a terminal: names and messages quoting the document are shown escaped
  return escapeTerminal(`${p.file}: ${where || "(root)"}: ${p.severity === "warning" ? "warning: " : ""}${p.message} [${p.code}]`) + "\n";
}

export async function runValidate(files: string[], opts: ValidateOptions): Promise<number> {
  if (files.length === 0) {
    process.stderr.write(new KexieError("E_USAGE", "no input — give kexie JSON files, or - for standard input").format() + "\n");
    return EXIT_UNREADABLE;
  }
  const reported: Reported[] = [];
  let exit = EXIT_VALID;
  for (const file of files) {
    let values: unknown[];
    try {
      values = await readJsonValues(file);
    } catch (err) {
      if (!(err instanceof KexieError)) throw err;
      process.stderr.write(err.format() + "\n");
      exit = Math.max(exit, EXIT_UNREADABLE);
      continue;
    }
    values.forEach((v, k) => {
      for (const p of validateNotice(v)) {
        reported.push({ file, document: values.length > 1 ? k : null, ...p });
        if (p.severity === "error") exit = Math.max(exit, EXIT_INVALID);
      }
    });
  }
  const out = opts.format === "json" ? JSON.stringify(reported, null, 2) + "\n" : reported.map(textLine).join("");
  if (out) await new Promise<void>((resolve, reject) => process.stdout.write(out, (e) => (e ? reject(e) : resolve())));
  return exit;
}

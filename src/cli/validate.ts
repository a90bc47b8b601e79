// kexie validate: check kexie JSON files against the schema and the rules it cannot express.
// Exit 0 when every document is valid (warnings allowed), 1 when any has an error; a file that
// cannot be read or is not JSON gets the exit code of every command (3, 4), no input is 2.
import { EXIT, KexieError } from "../model/errors.js";
import { escapeTerminal } from "../model/terminal.js";
import { validateNotice, type Problem } from "../validate.js";
import { readJsonValues } from "./json-input.js";

export interface ValidateOptions {
  format: "text" | "json";
}


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
    const e = new KexieError("E_USAGE", "no input — give kexie JSON files, or - for standard input");
    process.stderr.write(e.format() + "\n");
    return e.exitCode;
  }
  const reported: Reported[] = [];
  let exit: number = EXIT.ok;
  for (const file of files) {
    let values: unknown[];
    try {
      values = await readJsonValues(file);
    } catch (err) {
      if (!(err instanceof KexieError)) throw err;
      process.stderr.write(err.format() + "\n");
      exit = Math.max(exit, err.exitCode);
      continue;
    }
    values.forEach((v, k) => {
      for (const p of validateNotice(v)) {
        reported.push({ file, document: values.length > 1 ? k : null, ...p });
        if (p.severity === "error") exit = Math.max(exit, EXIT.problems);
      }
    });
  }
  const out = opts.format === "json" ? JSON.stringify(reported, null, 2) + "\n" : reported.map(textLine).join("");
  if (out) await new Promise<void>((resolve, reject) => process.stdout.write(out, (e) => (e ? reject(e) : resolve())));
  return exit;
}

// User errors carry a stable code and the exit code the CLI returns; they never print a stack
// trace unless --debug. Internal bugs stay plain Errors (exit 70, sysexits' EX_SOFTWARE).
import { escapeTerminal } from "./terminal.js";

/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  problems: 1, // the run found problems: some batch files failed, a document is invalid
  internal: 70, // a bug in kexie (sysexits EX_SOFTWARE)
  usage: 2,
  io: 3, // missing file, directory, unreadable path, cannot write output
  input: 4, // empty, binary or undecodable content
  unsupported: 5, // a format kexie has no adapter for yet
  tooLarge: 6, // an input over --max-bytes
  zipLimit: 7, // a .docx/.ofd package that expands too far or holds too many entries
  tooDeep: 8, // HTML, Markdown or a .docx/.ofd's XML nested deeper than the cap
  timeout: 9, // a file over its time budget (kexie batch --timeout)
  interrupted: 130, // Ctrl-C (128 + SIGINT, as shells report it)
} as const;

export type Command = "parse" | "batch" | "export" | "validate" | "lint" | "schema" | "completion";

/**
 * The one table of exit codes: what each code means, and which commands can return it. The
 * README's table and each command's --help are written from this (a test checks both).
 */
export const EXIT_CODES: ReadonlyArray<{ code: number; meaning: string; commands: Partial<Record<Command, string>> }> = [
  { code: EXIT.ok, meaning: "success", commands: { parse: "", batch: "every file converted, warnings allowed", export: "", validate: "every document valid, warnings allowed", lint: "no errors, warnings allowed", schema: "", completion: "" } },
  { code: EXIT.problems, meaning: "problems found", commands: { batch: "some files failed, all others converted", validate: "a document is invalid", lint: "errors found" } },
  { code: EXIT.usage, meaning: "usage error (unknown option, no input, unknown --encoding, kexie JSON given to parse, a bad .kexierc.json)", commands: { parse: "", batch: "", export: "", validate: "", lint: "", completion: "" } },
  { code: EXIT.io, meaning: "file problem: missing, a directory, unreadable, output cannot be written", commands: { parse: "", batch: "SRC missing or unreadable, OUT a file or impossible to create", export: "", validate: "", lint: "" } },
  { code: EXIT.input, meaning: "content problem: empty, binary or undecodable file, not JSON or not kexie JSON", commands: { parse: "", export: "", validate: "", lint: "" } },
  { code: EXIT.unsupported, meaning: "unsupported format (.wps, RTF, Word 6.0/95 or encrypted .doc, a scanned PDF/OFD without text, images, archives, JSON)", commands: { parse: "", lint: "" } },
  { code: EXIT.tooLarge, meaning: "input larger than `--max-bytes` (`E_TOO_LARGE`)", commands: { parse: "", export: "", validate: "", lint: "" } },
  { code: EXIT.zipLimit, meaning: "a .docx/.ofd package that expands past its cap or holds too many entries — a zip bomb (`E_ZIP_LIMIT`)", commands: { parse: "", lint: "" } },
  { code: EXIT.tooDeep, meaning: "HTML, Markdown or the XML of a .docx/.ofd nested deeper than the cap (`E_TOO_DEEP`)", commands: { parse: "", lint: "" } },
  { code: EXIT.timeout, meaning: "a file over its time budget in `kexie batch --timeout` (`E_TIMEOUT`)", commands: { batch: "a file over `--timeout`, in report.json only (`E_TIMEOUT`; the run exits 1)" } },
  { code: EXIT.internal, meaning: "internal error: a bug in kexie (sysexits' EX_SOFTWARE) — please report it with the input file", commands: { parse: "", batch: "", export: "", validate: "", lint: "", schema: "" } },
  { code: EXIT.interrupted, meaning: "interrupted (Ctrl-C)", commands: { batch: "stopped after the files in progress; run again to finish" } },
];

/** The "Exit codes:" block of one command's --help. */
export function exitCodesHelp(command: Command): string {
  const rows = EXIT_CODES.filter((e) => command in e.commands).map((e) => {
    const own = e.commands[command];
    return `  ${String(e.code).padEnd(4)}${(own || e.meaning).replace(/`/g, "")}`;
  });
  return `\nExit codes:\n${rows.join("\n")}`;
}

export type ErrorCode =
  | "E_USAGE"
  | "E_NOT_FOUND"
  | "E_IS_DIRECTORY"
  | "E_READ"
  | "E_WRITE"
  | "E_EMPTY"
  | "E_BINARY"
  | "E_DECODE"
  | "E_JSON"
  | "E_ENCODING"
  | "E_UNSUPPORTED"
  | "E_TOO_LARGE"
  | "E_ZIP_LIMIT"
  | "E_TOO_DEEP"
  | "E_TIMEOUT";

const EXIT_BY_CODE: Record<ErrorCode, number> = {
  E_USAGE: EXIT.usage,
  E_NOT_FOUND: EXIT.io,
  E_IS_DIRECTORY: EXIT.io,
  E_READ: EXIT.io,
  E_WRITE: EXIT.io,
  E_EMPTY: EXIT.input,
  E_BINARY: EXIT.input,
  E_DECODE: EXIT.input,
  E_JSON: EXIT.input,
  E_ENCODING: EXIT.usage,
  E_UNSUPPORTED: EXIT.unsupported,
  E_TOO_LARGE: EXIT.tooLarge,
  E_ZIP_LIMIT: EXIT.zipLimit,
  E_TOO_DEEP: EXIT.tooDeep,
  E_TIMEOUT: EXIT.timeout,
};

export class KexieError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: number;
  readonly file: string | null;
  readonly line: number | null;
  readonly column: number | null;

  constructor(code: ErrorCode, message: string, opts: { file?: string | null; line?: number | null; column?: number | null } = {}) {
    super(message);
    this.name = "KexieError";
    this.code = code;
    this.exitCode = EXIT_BY_CODE[code];
    this.file = opts.file ?? null;
    this.line = opts.line ?? null;
    this.column = opts.column ?? null;
  }

  /** One line, compiler style: `file:line:column: message [code]`, control characters shown escaped. */
  format(): string {
    const pos = this.line ? `:${this.line}${this.column ? `:${this.column}` : ""}` : "";
    const where = this.file ? `${this.file}${pos}: ` : "";
    return escapeTerminal(`kexie: ${where}${this.message} [${this.code}]`);
  }
}

// User errors carry a stable code and the exit code the CLI returns; they never print a stack
// trace unless --debug. Internal bugs stay plain Errors (exit 70, sysexits' EX_SOFTWARE).

/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  problems: 1, // the run found problems: some batch files failed, a document is invalid
  internal: 70, // a bug in kexie (sysexits EX_SOFTWARE)
  usage: 2,
  io: 3, // missing file, directory, unreadable path, cannot write output
  input: 4, // empty, binary or undecodable content
  unsupported: 5, // a format kexie has no adapter for yet
  interrupted: 130, // Ctrl-C (128 + SIGINT, as shells report it)
} as const;

export type Command = "parse" | "batch" | "export" | "validate" | "schema" | "completion";

/**
 * The one table of exit codes: what each code means, and which commands can return it. The
 * README's table and each command's --help are written from this (a test checks both).
 */
export const EXIT_CODES: ReadonlyArray<{ code: number; meaning: string; commands: Partial<Record<Command, string>> }> = [
  { code: EXIT.ok, meaning: "success", commands: { parse: "", batch: "every file converted, warnings allowed", export: "", validate: "every document valid, warnings allowed", schema: "", completion: "" } },
  { code: EXIT.problems, meaning: "problems found", commands: { batch: "some files failed, all others converted", validate: "a document is invalid" } },
  { code: EXIT.usage, meaning: "usage error (unknown option, no input, unknown --encoding, kexie JSON given to parse)", commands: { parse: "", batch: "", export: "", validate: "", completion: "" } },
  { code: EXIT.io, meaning: "file problem: missing, a directory, unreadable, output cannot be written", commands: { parse: "", batch: "SRC missing or unreadable, OUT a file or impossible to create", export: "", validate: "" } },
  { code: EXIT.input, meaning: "content problem: empty, binary or undecodable file, not JSON or not kexie JSON", commands: { parse: "", export: "", validate: "" } },
  { code: EXIT.unsupported, meaning: "unsupported format (.wps, RTF, Word 6.0/95 or encrypted .doc, a scanned PDF/OFD without text, images, archives, JSON)", commands: { parse: "" } },
  { code: EXIT.internal, meaning: "internal error: a bug in kexie (sysexits' EX_SOFTWARE) — please report it with the input file", commands: { parse: "", batch: "", export: "", validate: "", schema: "" } },
  { code: EXIT.interrupted, meaning: "interrupted (Ctrl-C)", commands: { batch: "stopped after the files in progress; run again to finish" } },
];

/** The "Exit codes:" block of one command's --help. */
export function exitCodesHelp(command: Command): string {
  const rows = EXIT_CODES.filter((e) => command in e.commands).map((e) => {
    const own = e.commands[command];
    return `  ${String(e.code).padEnd(4)}${own || e.meaning}`;
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
  | "E_UNSUPPORTED";

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

  /** One line, compiler style: `file:line:column: message [code]`. */
  format(): string {
    const pos = this.line ? `:${this.line}${this.column ? `:${this.column}` : ""}` : "";
    const where = this.file ? `${this.file}${pos}: ` : "";
    return `kexie: ${where}${this.message} [${this.code}]`;
  }
}

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
  tooDeep: 8, // HTML or Markdown nested deeper than the cap
  timeout: 9, // a file over its time budget (kexie batch --timeout)
} as const;

export type ErrorCode =
  | "E_USAGE"
  | "E_NOT_FOUND"
  | "E_IS_DIRECTORY"
  | "E_READ"
  | "E_WRITE"
  | "E_EMPTY"
  | "E_BINARY"
  | "E_DECODE"
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

  constructor(code: ErrorCode, message: string, opts: { file?: string | null; line?: number | null } = {}) {
    super(message);
    this.name = "KexieError";
    this.code = code;
    this.exitCode = EXIT_BY_CODE[code];
    this.file = opts.file ?? null;
    this.line = opts.line ?? null;
  }

  /** One line, compiler style: `file:line: message [code]`, control characters shown escaped. */
  format(): string {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ""}: ` : "";
    return escapeTerminal(`kexie: ${where}${this.message} [${this.code}]`);
  }
}

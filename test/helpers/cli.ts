// Run the built CLI (bin/kexie.js) as a user would and collect what it prints.
import { execFile, type ExecFileOptions } from "node:child_process";
import path from "node:path";
import { FIXTURES } from "./load.js";

export const BIN = path.resolve(FIXTURES, "../bin/kexie.js");

export interface CliResult {
  code: number;
  signal: string | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { input?: string | Buffer; bin?: string; node?: string[] } & ExecFileOptions = {}): Promise<CliResult> {
  const { input, bin = BIN, node = [], ...exec } = opts;
  return new Promise((resolve) => {
    const child = execFile("node", [...node, bin, ...args], { encoding: "utf8", maxBuffer: 256 << 20, ...exec }, (err, stdout, stderr) => {
      const e = err as { code?: number; signal?: string } | null;
      resolve({ code: e ? (typeof e.code === "number" ? e.code : 1) : 0, signal: e?.signal ?? null, stdout: String(stdout), stderr: String(stderr) });
    });
    child.stdin?.on("error", () => {}); // the CLI may stop reading early (a limit): not the test's failure
    child.stdin?.end(input);
  });
}

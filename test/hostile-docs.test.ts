// The README's "Security and limits" section, --help and the code agree: every limit with its
// default, error code and exit code; every new option in both places.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT, KexieError } from "../src/model/errors.js";
import { LIMITS, unzippedCap } from "../src/model/limits.js";
import { runCli } from "./helpers/cli.js";
import { FIXTURES } from "./helpers/load.js";

const README = readFileSync(path.resolve(FIXTURES, "../README.md"), "utf8");
const SECTION = README.slice(README.indexOf("## Security and limits"), README.indexOf("## The output"));

const CODES = [
  ["E_TOO_LARGE", EXIT.tooLarge],
  ["E_ZIP_LIMIT", EXIT.zipLimit],
  ["E_TOO_DEEP", EXIT.tooDeep],
  ["E_TIMEOUT", EXIT.timeout],
] as const;

describe("Security and limits, documented", () => {
  it("lists every limit's code with its exit code, in the README and in --help", async () => {
    expect(SECTION.length).toBeGreaterThan(500);
    const help = (await runCli(["--help"])).stdout;
    for (const [code, exit] of CODES) {
      expect(new KexieError(code, "x").exitCode).toBe(exit);
      expect(SECTION).toMatch(new RegExp(`\`${code}\` \\| ${exit} \\|`));
      expect(README).toMatch(new RegExp(`\\| ${exit} \\| .*\`${code}\``)); // the exit code table
      expect(help).toMatch(new RegExp(`\\n  ${exit}  .*\\(${code}\\)`));
    }
  });

  it("states the defaults the code uses", () => {
    const MB = 1024 * 1024;
    expect(SECTION).toContain(`| ${LIMITS.maxBytes / MB} MB | \`E_TOO_LARGE\``);
    expect(SECTION).toContain(`${unzippedCap(LIMITS.maxBytes) / MB} MB | \`E_ZIP_LIMIT\``);
    expect(SECTION).toContain(`| ${LIMITS.zipEntries.toLocaleString("en")} | \`E_ZIP_LIMIT\``);
    expect(SECTION).toContain(`| ${LIMITS.nestingDepth} | \`E_TOO_DEEP\``);
    expect(SECTION).toContain(`| ${LIMITS.timeoutMs / 1000} s | \`E_TIMEOUT\``);
    expect(SECTION).toContain(`| ${LIMITS.jsonBytes / MB} MB | \`E_TOO_LARGE\``);
  });

  it("documents the new options in the README and in each command's --help", async () => {
    const help = async (cmd: string) => (await runCli([cmd, "--help"])).stdout;
    const [parse, batch, exp] = await Promise.all([help("parse"), help("batch"), help("export")]);
    for (const [text, opts] of [[parse, ["--csv-raw", "--max-bytes <size>"]], [batch, ["--csv-raw", "--max-bytes <size>", "--timeout <seconds>", "--follow-symlinks"]], [exp, ["--csv-raw"]]] as const) {
      for (const o of opts) {
        expect(text, o).toContain(o);
        expect(README, o).toContain(`\`${o}\``);
      }
    }
    expect(batch).toContain(`default ${LIMITS.timeoutMs / 1000}`);
    expect(batch).toContain(`default ${LIMITS.maxBytes / 1024 / 1024}MB`);
  });
});

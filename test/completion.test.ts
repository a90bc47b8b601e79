// kexie completion bash|zsh|fish: scripts written from the commander program, so what they offer is
// what --help lists. The bash one is run as bash runs it (COMP_WORDS → COMPREPLY).
import { execFile, execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "./helpers/load.js";

const BIN = path.resolve(FIXTURES, "../bin/kexie.js");

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile("node", [BIN, ...args], { encoding: "utf8" }, (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }));
  });
}

/** What bash completes for the words typed so far (the last one being completed). */
function complete(script: string, words: string[]): string[] {
  const arr = words.map((w) => `'${w}'`).join(" ");
  const out = execFileSync("bash", ["-c", `${script}\nCOMP_WORDS=(${arr}); COMP_CWORD=${words.length - 1}; _kexie; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: "utf8" });
  return out.split("\n").filter(Boolean);
}

const has = (bin: string) => {
  try {
    execFileSync("sh", ["-c", `command -v ${bin}`], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
};

describe("kexie completion", () => {
  it("bash: commands, options, their choices, and files for arguments", { timeout: 60_000 }, async () => {
    const { code, stdout: script } = await run(["completion", "bash"]);
    expect(code).toBe(0);
    expect(complete(script, ["kexie", ""])).toEqual(expect.arrayContaining(["parse", "batch", "export", "validate", "schema", "completion"]));
    expect(complete(script, ["kexie", "ex"])).toEqual(["export"]);
    expect(complete(script, ["kexie", "parse", "--to", ""])).toEqual(["csv", "xlsx", "md"]);
    expect(complete(script, ["kexie", "export", "-t", "x"])).toEqual(["xlsx"]);
    expect(complete(script, ["kexie", "batch", "--la"])).toEqual(["--lang"]);
    expect(complete(script, ["kexie", "--no-color", "validate", "--f"])).toEqual(["--format"]);
    expect(complete(script, ["kexie", "completion", "f"])).toEqual(["fish"]);
  });

  it("zsh: the bash completion through bashcompinit", { timeout: 60_000 }, async () => {
    const { stdout } = await run(["completion", "zsh"]);
    expect(stdout).toContain("bashcompinit");
    expect(stdout).toContain("complete -o filenames -o bashdefault -F _kexie kexie");
    if (has("zsh")) execFileSync("zsh", ["-n", "-c", stdout]);
  });

  it("fish: each command and its options", { timeout: 60_000 }, async () => {
    const { stdout } = await run(["completion", "fish"]);
    expect(stdout).toContain("complete -c kexie -n __fish_use_subcommand -a batch");
    expect(stdout).toContain("complete -c kexie -n '__fish_seen_subcommand_from export' -l to -s t -x -a 'csv xlsx md ndjson json parquet'");
    if (has("fish")) execFileSync("fish", ["-n", "-c", stdout]);
  });

  it("refuses another shell as a usage error (exit 2)", { timeout: 60_000 }, async () => {
    expect((await run(["completion", "tcsh"])).code).toBe(2);
  });
});

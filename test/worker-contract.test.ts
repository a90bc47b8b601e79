// The unit a distributed engine calls: `kexie parse --files-from - --ndjson` writes one line per
// input line, in input order; a file that fails leaves {"file","error":{"code","message"}} on its
// line; exit 0 when every line was written; memory flat however long the list.
import { spawn } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { BIN, runCli } from "./helpers/cli.js";
import { FIXTURES } from "./helpers/load.js";
import { tempDir } from "./helpers/tmp.js";

const texts = readdirSync(FIXTURES).filter((f) => f.endsWith(".txt")).sort().map((f) => path.join(FIXTURES, f));

interface Line {
  file?: string;
  error?: { code: string; message: string };
  source?: { path: string };
}

describe("kexie parse --files-from - --ndjson (the worker contract)", () => {
  it("writes one line per input line, in input order, failures inline, and exits 0", async () => {
    const names = [texts[0]!, "no/such/file.txt", texts[1]!, FIXTURES, texts[2]!, "no/such/other.txt"];
    // a blank line names no file and gets no line
    const r = await runCli(["parse", "--files-from", "-", "--ndjson", "-q"], { input: names.slice(0, 4).join("\n") + "\n\n" + names.slice(4).join("\n") + "\n" });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as Line);
    expect(lines).toHaveLength(names.length);
    lines.forEach((l, i) => {
      if (l.error) expect(l.file).toBe(names[i]);
      else expect(l.source?.path).toBe(names[i]);
    });
    expect(lines.map((l) => l.error?.code ?? "ok")).toEqual(["ok", "E_NOT_FOUND", "ok", "E_IS_DIRECTORY", "ok", "E_NOT_FOUND"]);
    expect(lines[1]!.error!.message).toMatch(/no such file/);
    // -q: the failures are in the lines only
    expect(r.stderr).toBe("");
  });

  it("also reports inline failures on standard error without -q, still exiting 0", async () => {
    const r = await runCli(["parse", "--files-from", "-", "--ndjson"], { input: `${texts[0]}\nmissing.txt\n` });
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(2);
    expect(r.stderr).toMatch(/missing\.txt: no such file .*\[E_NOT_FOUND\]/);
  });

  it("--no-errors-inline: a failure is a gap with its exit code, as for a person at a terminal", async () => {
    const r = await runCli(["parse", "--files-from", "-", "--ndjson", "--no-errors-inline", "-q"], { input: `${texts[0]}\nmissing.txt\n${texts[1]}\n` });
    expect(r.code).toBe(3);
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as Line);
    expect(lines.map((l) => l.source?.path)).toEqual([texts[0], texts[1]]);
  });

  it("--errors-inline works with file arguments and --tasks, and needs --ndjson", async () => {
    const r = await runCli(["parse", "--ndjson", "--errors-inline", "--tasks", texts[0]!, "missing.txt"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { file: string; tasks?: unknown[]; error?: unknown });
    expect(lines[0]!.file).toBe(texts[0]);
    expect(Array.isArray(lines[0]!.tasks)).toBe(true);
    expect(lines[1]).toEqual({ file: "missing.txt", error: { code: "E_NOT_FOUND", message: expect.any(String) } });
    const bad = await runCli(["parse", "--errors-inline", texts[0]!]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--errors-inline .*--ndjson/);
  });

  it("a --files-from list that does not exist is one error line and exit 3", async () => {
    const r = await runCli(["parse", "--files-from", "no/such/list.txt", "--ndjson"]);
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/no\/such\/list\.txt/);
  });

  /**
   * Stream n names (long ones, so holding the list would show) and return the peak resident
   * memory of the kexie process, checking order and one line per name as the output arrives.
   */
  async function streamNames(n: number, wrapper: string): Promise<number> {
    const pad = "x".repeat(400);
    const nameAt = (i: number) => (i % 10_000 === 5 ? texts[(i / 10_000) | 0]! : `no/such/${pad}/${i}.txt`);
    const child = spawn("node", [wrapper, "parse", "--files-from", "-", "--ndjson", "-q"], { stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    Readable.from((function* () {
      for (let i = 0; i < n; i++) yield nameAt(i) + "\n";
    })()).pipe(child.stdin);
    let seen = 0;
    let rest = "";
    const mismatches: string[] = [];
    for await (const chunk of child.stdout.setEncoding("utf8")) {
      const lines = (rest + chunk).split("\n");
      rest = lines.pop()!;
      for (const l of lines) {
        const v = JSON.parse(l) as Line;
        const got = v.error ? v.file : v.source?.path;
        if (got !== nameAt(seen) && mismatches.length < 3) mismatches.push(`line ${seen}: ${got?.slice(-30)}`);
        seen++;
      }
    }
    const code = await new Promise<number | null>((r) => (child.exitCode !== null ? r(child.exitCode) : child.on("close", r)));
    expect(mismatches).toEqual([]);
    expect(rest).toBe("");
    expect(seen).toBe(n);
    expect(code).toBe(0);
    const m = /PEAK_RSS_KB (\d+)/.exec(stderr);
    expect(m, stderr).not.toBeNull();
    return Number(m![1]) / 1024;
  }

  it("streams 100,000 names with flat memory: the peak is no higher than for 10,000", async () => {
    // kexie run in-process, reporting its own peak resident set size when it exits
    const dir = tempDir();
    const wrapper = path.join(dir, "peak.mjs");
    writeFileSync(
      wrapper,
      `import { main } from ${JSON.stringify(path.resolve(BIN, "../../dist/cli/main.js"))};\n` +
        `process.on("exit", () => process.stderr.write("PEAK_RSS_KB " + process.resourceUsage().maxRSS + "\\n"));\n` +
        `await main(process.argv);\n`,
    );
    const small = await streamNames(10_000, wrapper);
    const large = await streamNames(100_000, wrapper);
    // the 100,000-name list is 40 MB more than the 10,000-name one: holding it (bytes, string and
    // split lines) would add two or three times that; streamed, the peak grows only by the
    // collector's warm-up (about 20 MB), less than the list itself
    expect(large - small).toBeLessThan(40);
  }, 600_000);
});

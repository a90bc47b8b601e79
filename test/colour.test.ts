// Colour and progress on standard error: decided from stderr itself, NO_COLOR / FORCE_COLOR /
// --no-color honoured; the time left shown only once it means something, and steady.
import { execFile, execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createEta, ETA_AFTER_FILES, formatEta } from "../src/batch/eta.js";
import { FIXTURES } from "./helpers/load.js";

const BIN = path.resolve(FIXTURES, "../bin/kexie.js");
const ESC = "\u001b[";

// supports-color gives no colour under CI=… or without a known TERM, even on a terminal: the
// children get a plain terminal's environment, and each test says what it adds
const BASE: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries({ ...process.env, TERM: "xterm-256color" }).filter(([k]) => !["CI", "NO_COLOR", "FORCE_COLOR", "COLORTERM"].includes(k)),
);

let src: string;
beforeAll(() => {
  src = mkdtempSync(path.join(tmpdir(), "kexie-colour-"));
  mkdirSync(path.join(src, "in"));
  for (const n of ["seed-chuzhou-2017-task-table.txt", "seed-lianyungang-2018-speech-report.txt"]) cpSync(path.join(FIXTURES, n), path.join(src, "in", n));
});

function batch(extraArgs: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const out = mkdtempSync(path.join(tmpdir(), "kexie-colour-out-"));
  return new Promise((resolve) => {
    execFile("node", [BIN, "batch", path.join(src, "in"), "-o", out, "-j", "1", ...extraArgs], { env, encoding: "utf8" }, (_err, _stdout, stderr) => resolve(stderr));
  });
}

const hasScript = (() => {
  try {
    execFileSync("sh", ["-c", "command -v script"], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
})();

/** Run `cmd` with a pseudo-terminal as stdout (util-linux `script`), for what a user at a terminal sees. */
function onTerminal(cmd: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve) => {
    execFile("script", ["-qec", cmd, "/dev/null"], { env, encoding: "utf8", cwd: src }, (_err, stdout) => resolve(stdout));
  });
}

describe("colour of the batch summary", () => {
  it("FORCE_COLOR=1 colours it even into a pipe", { timeout: 60_000 }, async () => {
    expect(await batch([], { ...BASE, FORCE_COLOR: "1" })).toContain(ESC);
  });

  it("--no-color wins over FORCE_COLOR", { timeout: 60_000 }, async () => {
    expect(await batch(["--no-color"], { ...BASE, FORCE_COLOR: "1" })).not.toContain(ESC);
  });

  it("a pipe gets no colour", { timeout: 60_000 }, async () => {
    expect(await batch([], BASE)).not.toContain(ESC);
  });

  it.skipIf(!hasScript)("on a terminal: coloured, but not with NO_COLOR=1", { timeout: 60_000 }, async () => {
    const cmd = `node ${BIN} batch in -o out-$RANDOM -j 1`;
    expect(await onTerminal(cmd, BASE)).toContain(`${ESC}32m`);
    expect(await onTerminal(cmd, { ...BASE, NO_COLOR: "1" })).not.toContain(`${ESC}32m`);
  });

  it.skipIf(!hasScript)("stdout on a terminal, stderr into a log: no escape codes in the log", { timeout: 60_000 }, async () => {
    await onTerminal(`node ${BIN} batch in -o out-log -j 1 2>err.log`, BASE);
    const log = readFileSync(path.join(src, "err.log"), "utf8");
    expect(log).toMatch(/kexie batch: 2 files: /);
    expect(log).not.toContain(ESC);
  });
});

describe("the time left", () => {
  it(`is not shown before ${ETA_AFTER_FILES} files are done`, () => {
    const eta = createEta();
    for (let done = 1; done < ETA_AFTER_FILES; done++) expect(eta.update(done, 640, 10_000 + done * 50)).toBeNull();
    expect(eta.update(ETA_AFTER_FILES, 640, 10_000 + ETA_AFTER_FILES * 50)).not.toBeNull();
  });

  it("ignores the start-up time before the first file and stays steady at a steady rate", () => {
    // workers take 10 s to start, then a file every 50 ms: 635 files left take about 32 s
    const eta = createEta();
    const shown: number[] = [];
    for (let done = 1; done <= 100; done++) {
      const left = eta.update(done, 640, 10_000 + (done - 1) * 50);
      if (left !== null) shown.push(left);
    }
    expect(shown[0]!).toBeGreaterThan(25);
    expect(shown[0]!).toBeLessThan(40);
    for (let k = 1; k < shown.length; k++) expect(Math.abs(shown[k]! - shown[k - 1]!)).toBeLessThan(2);
  });

  it("moves only part of the way after one slow file", () => {
    const eta = createEta();
    let t = 0;
    let before = 0;
    for (let done = 1; done <= 50; done++) before = eta.update(done, 1000, (t += 100))!;
    const after = eta.update(51, 1000, (t += 5_000))!; // one file took 5 s
    const naive = (1000 - 51) / (50 / ((t - 100) / 1000));
    expect(after).toBeGreaterThan(before);
    expect(after - before).toBeLessThan((naive - before) / 2);
  });

  it("reads as minutes and seconds", () => {
    expect([formatEta(null), formatEta(7), formatEta(75), formatEta(3725)]).toEqual(["…", "7s", "1m15s", "1h02m"]);
  });
});

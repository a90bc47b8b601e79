// The layers of src/ (README, Development): each folder imports only the folders it builds on.
// A lower layer importing a higher one, or two folders importing each other, fails here.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DIAGNOSTIC_CODES } from "../src/model/diagnostics.js";

const SRC = path.resolve(__dirname, "../src");

/** What each unit (a folder, or a top-level module) may import besides itself. */
const ALLOWED: Record<string, string[]> = {
  model: [],
  lexicon: ["model"],
  adapters: ["model", "lexicon"],
  stages: ["model", "lexicon"],
  "parse.ts": ["model", "lexicon", "adapters", "stages"],
  "io.ts": ["model"],
  export: ["model", "lexicon"],
  "validate.ts": ["model", "lexicon"],
  lint: ["model", "lexicon", "adapters", "parse.ts"],
  batch: ["model", "lexicon", "parse.ts", "io.ts", "export", "lint"],
  report: ["model", "lexicon", "export"],
  cli: ["model", "lexicon", "parse.ts", "io.ts", "export", "validate.ts", "batch", "lint", "report"],
  types: [],
  "index.ts": ["model", "lexicon", "adapters", "stages", "parse.ts", "io.ts", "export", "validate.ts", "batch", "lint", "report", "cli"],
};

const walk = (d: string): string[] =>
  readdirSync(d).flatMap((f) => (statSync(path.join(d, f)).isDirectory() ? walk(path.join(d, f)) : [path.join(d, f)]));
const unitOf = (file: string) => path.relative(SRC, file).split(path.sep)[0]!;

/** [from unit, to unit, file, specifier] for every relative import, static or dynamic, type-only included. */
export function edges(): Array<[string, string, string, string]> {
  const out: Array<[string, string, string, string]> = [];
  for (const file of walk(SRC).filter((f) => f.endsWith(".ts"))) {
    const src = readFileSync(file, "utf8");
    for (const m of src.matchAll(/(?:from\s*|import\s*\(\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = path.resolve(path.dirname(file), m[1]!);
      out.push([unitOf(file), unitOf(target.replace(/\.js$/, ".ts")), path.relative(SRC, file), m[1]!]);
    }
  }
  return out;
}

describe("layers", () => {
  const all = edges();

  it("finds the imports it checks", () => {
    expect(all.length).toBeGreaterThan(100);
    expect(all).toContainEqual(["stages", "lexicon", "stages/header.ts", "../lexicon/markers.js"]);
  });

  it("every unit of src/ has a place in the layer table", () => {
    for (const [from, to] of all) {
      expect(ALLOWED, from).toHaveProperty([from]);
      expect(ALLOWED, to).toHaveProperty([to]);
    }
  });

  it("no import runs from a lower layer to a higher one", () => {
    const wrong = all.filter(([from, to]) => from !== to && !ALLOWED[from]!.includes(to)).map(([, to, file, spec]) => `${file} → ${spec} (${to})`);
    expect(wrong).toEqual([]);
  });

  it("no two folders import each other", () => {
    const pairs = new Set(all.filter(([a, b]) => a !== b).map(([a, b]) => `${a}→${b}`));
    const loops = [...pairs].filter((p) => pairs.has(p.split("→").reverse().join("→")));
    expect(loops).toEqual([]);
  });
});

describe("diagnostic codes", () => {
  it("every code is documented in the README", () => {
    const readme = readFileSync(path.resolve(SRC, "../README.md"), "utf8");
    const missing = DIAGNOSTIC_CODES.filter((c) => !readme.includes(`\`${c}\``));
    expect(missing).toEqual([]);
  });

  it("no stage names a code outside the enum", () => {
    const used = walk(SRC).flatMap((f) => [...readFileSync(f, "utf8").matchAll(/code: "([a-z-]+)"/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((c) => !(DIAGNOSTIC_CODES as string[]).includes(c))).toEqual([]);
  });
});

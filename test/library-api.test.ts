// The README's "Library API" table and src/index.ts name the same things: every documented name is
// exported (a value at run time, or a type in the entry's export list) and every export documented.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as lib from "../src/index.js";
import { FIXTURES } from "./helpers/load.js";

const ROOT = path.resolve(FIXTURES, "..");
const README = readFileSync(path.join(ROOT, "README.md"), "utf8");
const INDEX = readFileSync(path.join(ROOT, "src/index.ts"), "utf8");

function documented(): string[] {
  const section = README.slice(README.indexOf("### Library API"), README.indexOf("## Exit codes"));
  const names = new Set<string>();
  for (const row of section.split("\n").filter((l) => l.startsWith("| `"))) {
    const first = row.split(" | ")[0]!;
    for (const m of first.matchAll(/`([A-Za-z]\w*)/g)) names.add(m[1]!);
  }
  return [...names].sort();
}

/** Type-only exports of the entry: `export type { A, B }` lists and `type X` inside export lists. */
function typeExports(): string[] {
  const names = new Set<string>();
  for (const m of INDEX.matchAll(/export type \{([^}]*)\}/g)) for (const n of m[1]!.split(",")) names.add(n.trim());
  for (const m of INDEX.matchAll(/export \{([^}]*)\}/g)) for (const n of m[1]!.split(",")) if (n.trim().startsWith("type ")) names.add(n.trim().slice(5));
  return [...names].filter(Boolean).sort();
}

describe("the library API", () => {
  const names = documented();

  it("documents a dozen names or more", () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
  });

  it("exports every documented name", () => {
    const exported = new Set([...Object.keys(lib), ...typeExports()]);
    expect(names.filter((n) => !exported.has(n))).toEqual([]);
  });

  it("documents every export", () => {
    expect([...Object.keys(lib), ...typeExports()].filter((n) => !names.includes(n)).sort()).toEqual([]);
  });

  it("behaves as documented: parseNotice, the CSV and xlsx writers, validateNotice, KexieError and EXIT", async () => {
    const doc = await lib.parseNotice(readFileSync(path.join(FIXTURES, "seed-chuzhou-2017-task-table.txt")), { path: "notice.txt" });
    expect(doc.tasks).toHaveLength(10);
    expect(lib.tasksCsv([doc], { lang: "zh" }).startsWith("\ufeff文件,")).toBe(true);
    expect((await lib.toXlsx([doc])).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(lib.validateNotice(JSON.parse(JSON.stringify(doc))).filter((p) => p.severity === "error")).toEqual([]);
    await expect(lib.parseNotice("   ")).rejects.toBeInstanceOf(lib.KexieError);
    expect(lib.EXIT.interrupted).toBe(130);
    expect(lib.parseText("关于开展调研的通知\n\n一、目的\n\n了解情况。").sections).toHaveLength(1);
  });
});

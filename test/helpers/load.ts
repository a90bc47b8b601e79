import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseNotice } from "../../src/parse.js";
import type { Notice } from "../../src/model/schema.js";

export const FIXTURES = path.resolve(__dirname, "../../fixtures");

/** Every notice fixture (text and Markdown), README excluded. */
export function fixtureNames(exts = /\.(txt|md)$/): string[] {
  return readdirSync(FIXTURES)
    .filter((n) => exts.test(n) && n !== "README.md")
    .sort();
}

export async function parseFixture(name: string): Promise<Notice> {
  return parseNotice(readFileSync(path.join(FIXTURES, name)), { path: `fixtures/${name}` });
}

export function readFixture(name: string): Buffer {
  return readFileSync(path.join(FIXTURES, name));
}

// Every fixture against its reviewed expected JSON, and against the hand-written facts beside it.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { factsOf, normalizeFacts, type Facts } from "./helpers/facts.js";
import { FIXTURES, fixtureNames, parseFixture } from "./helpers/load.js";

const base = (n: string) => n.replace(/\.(txt|md|html?|docx)$/, "");

describe("fixtures match their reviewed expected JSON", () => {
  const names = fixtureNames().filter((n) => existsSync(path.join(FIXTURES, `${base(n)}.expected.json`)));
  it("every text fixture has an expected file", () => {
    expect(names.length).toBe(fixtureNames().length);
    expect(names.length).toBeGreaterThanOrEqual(11);
  });
  for (const name of names) {
    it(name, async () => {
      const want = JSON.parse(readFileSync(path.join(FIXTURES, `${base(name)}.expected.json`), "utf8"));
      const got = JSON.parse(JSON.stringify(await parseFixture(name)));
      expect(got).toEqual(want);
    });
  }
});

describe("fixtures agree with their hand-written facts", () => {
  // web pages have facts too (no expected JSON: their markup is not the notice's text)
  for (const name of fixtureNames(/\.(txt|md|html)$/).filter((n) => existsSync(path.join(FIXTURES, `${base(n)}.facts.json`)))) {
    it(name, async () => {
      const facts = normalizeFacts(JSON.parse(readFileSync(path.join(FIXTURES, `${base(name)}.facts.json`), "utf8")) as Facts);
      const doc = await parseFixture(name);
      expect(factsOf(doc, facts)).toEqual(facts);
    });
  }
});

// The published JSON Schema: generated from zod, never stale, and every output validates
// against it with an independent validator (ajv).
import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { noticeJsonSchema, NoticeSchema } from "../src/model/schema.js";
import { FIXTURES, fixtureNames, parseFixture } from "./helpers/load.js";

const file = path.resolve(FIXTURES, "../schemas/notice.schema.json");

describe("schemas/notice.schema.json", () => {
  it("is up to date with the zod schema (run npm run schema)", () => {
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(JSON.parse(JSON.stringify(noticeJsonSchema())));
  });

  const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(file, "utf8")));
  for (const name of fixtureNames()) {
    it(`validates ${name} (ajv and zod); the document is plain JSON data, equal to itself read back`, async () => {
      const parsed = await parseFixture(name);
      const doc = JSON.parse(JSON.stringify(parsed));
      // batch renders tasks.csv rows from the document, not from its JSON read back: no undefined
      // values, no Dates, nothing JSON would drop or change
      expect(parsed).toStrictEqual(doc);
      const ok = validate(doc);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
      expect(NoticeSchema.safeParse(doc).success).toBe(true);
    });
  }

  // each mutation makes exactly one field wrong in an otherwise valid document: both validators
  // must reject it, and ajv must point at that field and nothing else
  describe("rejects exactly the one wrong field", async () => {
    const good = JSON.parse(JSON.stringify(await parseFixture("r2-jingxian-2021-county-work-points.txt")));
    const cases: Array<[string, (d: any) => void, string]> = [
      ["a section ordinal as text", (d) => (d.sections[0].ordinal = "二"), "/sections/0/ordinal"],
      ["a line number of 0", (d) => (d.sections[0].line = 0), "/sections/0/line"],
      ["an unknown source format", (d) => (d.source.format = "rtf"), "/source/format"],
      ["a non-ISO signature date", (d) => (d.signature.date = "2019年2月1日"), "/signature/date"],
      ["recipients as one string", (d) => (d.header.recipients = "各单位"), "/header/recipients"],
      ["a task's lead as a string", (d) => (d.tasks[0].lead = "市科协"), "/tasks/0/lead"],
      ["an unknown diagnostic code", (d) => (d.diagnostics = [{ severity: "warning", code: "no-such-code", message: "m", line: 1, column: 1 }]), "/diagnostics/0/code"],
      ["a missing title field", (d) => delete d.header.title, "/header"],
    ];
    for (const [what, mutate, at] of cases) {
      it(what, () => {
        expect(validate(good)).toBe(true);
        const bad = structuredClone(good);
        mutate(bad);
        expect(validate(bad)).toBe(false);
        // a nullable object also reports its anyOf at the parent: every path is the field or above it
        const paths = [...new Set((validate.errors ?? []).map((e) => e.instancePath))];
        expect(paths).toContain(at);
        for (const p of paths) expect(at === p || at.startsWith(p + "/")).toBe(true);
        expect(NoticeSchema.safeParse(bad).success).toBe(false);
      });
    }
  });
});

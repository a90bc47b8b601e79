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
    it(`validates ${name} (ajv and zod)`, async () => {
      const doc = JSON.parse(JSON.stringify(await parseFixture(name)));
      const ok = validate(doc);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
      expect(NoticeSchema.safeParse(doc).success).toBe(true);
    });
  }

  it("rejects a document with a wrong field type", () => {
    const bad = { schemaVersion: "1", sections: [{ ordinal: "二" }] };
    expect(validate(bad)).toBe(false);
  });
});

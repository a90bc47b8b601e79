// .kexierc.json: rules turned off or re-levelled, the date style and the language, validated with
// zod (loaded only when a configuration file is found). The nearest file from the linted file's
// folder upwards applies, or the one named by --config.
import { promises as fs } from "node:fs";
import path from "node:path";
import { KexieError } from "../model/errors.js";
import { RULE_IDS } from "./rules/index.js";
import type { LintOptions } from "./linter.js";

export const CONFIG_NAME = ".kexierc.json";
/** zod's issue kind for a refinement */
const CUSTOM = "custom" as const;

async function schema() {
  const { z } = await import("zod");
  const level = z.enum(["off", "error", "warning", "info"]);
  return z
    .object({
      $schema: z.string().optional(),
      rules: z
        .record(z.string(), level)
        .superRefine((rules, ctx) => {
          for (const id of Object.keys(rules)) {
            if (!RULE_IDS.includes(id)) ctx.addIssue({ code: CUSTOM, path: [id], message: `unknown rule (rules: ${RULE_IDS.join(", ")})` });
          }
        })
        .optional(),
      dateStyle: z.enum(["arabic", "chinese"]).optional(),
      lang: z.enum(["zh", "en"]).optional(),
    })
    .strict();
}

/** Read and validate a configuration file; a bad one is a usage error naming the file and the field. */
export async function readConfig(file: string): Promise<LintOptions> {
  let raw: string;
  try {
    raw = await fs.readFile(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new KexieError(code === "ENOENT" ? "E_NOT_FOUND" : "E_READ", `cannot read the configuration (${code ?? "error"})`, { file });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\ufeff/, ""));
  } catch (e) {
    throw new KexieError("E_USAGE", `not valid JSON: ${(e as Error).message}`, { file });
  }
  const parsed = (await schema()).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
    throw new KexieError("E_USAGE", `invalid configuration: ${where}${issue.message}`, { file });
  }
  return parsed.data as LintOptions;
}

const found = new Map<string, string | null>();

/** The nearest .kexierc.json from `dir` upwards, or null. */
export async function findConfig(dir: string): Promise<string | null> {
  const start = path.resolve(dir);
  const seen: string[] = [];
  let d = start;
  for (;;) {
    const known = found.get(d);
    if (known !== undefined) {
      for (const s of seen) found.set(s, known);
      return known;
    }
    seen.push(d);
    const candidate = path.join(d, CONFIG_NAME);
    try {
      if ((await fs.stat(candidate)).isFile()) {
        for (const s of seen) found.set(s, candidate);
        return candidate;
      }
    } catch {
      // not here: look further up
    }
    const up = path.dirname(d);
    if (up === d) {
      for (const s of seen) found.set(s, null);
      return null;
    }
    d = up;
  }
}

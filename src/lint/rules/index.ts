// Every rule, in the order the README lists them. A rule is one module; adding one means adding
// it here, to the README's rule table and to its examples (test/lint-rules.test.ts runs them).
import type { Rule } from "../types.js";
import { docNumber } from "./doc-number.js";
import { numberingSequence } from "./numbering-sequence.js";
import { date } from "./date.js";
import { title } from "./title.js";
import { recipients } from "./recipients.js";
import { attachment } from "./attachment.js";
import { cc } from "./cc.js";
import { punctuation } from "./punctuation.js";

export const RULES: readonly Rule[] = [docNumber, numberingSequence, date, title, recipients, attachment, cc, punctuation];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

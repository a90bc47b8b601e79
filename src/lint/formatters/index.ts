// One formatter per output format; the CLI picks one by name.
export { stylish, summary, caret, NO_PAINT, type Paint } from "./stylish.js";
export { json } from "./json.js";
export { github } from "./github.js";
export { sarif } from "./sarif.js";

export const LINT_FORMATS = ["stylish", "json", "github", "sarif"] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

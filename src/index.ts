export { parseNotice, parseText, type ParseOptions } from "./parse.js";
export { KexieError, EXIT } from "./model/errors.js";
export type { Notice, Section, Part, Table, Task, Diagnostic, DocNumber, Attachment } from "./model/schema.js";
export { tasksCsv, sectionsCsv, documentsCsv } from "./export/csv.js";
export { toMarkdown } from "./export/markdown.js";
export { renderReport, type ReportOptions } from "./report/html.js";
export { findTargets, type Target } from "./lexicon/targets.js";
export { validateNotice } from "./validate.js";

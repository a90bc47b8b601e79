// The library: every name here is documented in the README's "Library API" section (a test checks
// both ways). Heavy writers (exceljs) load only when called.
import type { Notice } from "./model/schema.js";
import type { XlsxOptions } from "./export/xlsx.js";

export { parseNotice, parseText, type ParseOptions } from "./parse.js";
export { KexieError, EXIT, type ErrorCode } from "./model/errors.js";
export type { Notice, Section, Part, Table, Task, Diagnostic, DocNumber, Attachment } from "./model/schema.js";
export { tasksCsv, sectionsCsv, documentsCsv, type CsvOptions } from "./export/csv.js";
export { toMarkdown } from "./export/markdown.js";
export { validateNotice, type Problem } from "./validate.js";
export type { XlsxOptions } from "./export/xlsx.js";

/** An Excel workbook (sheets of tasks, documents, sections) of parsed notices, as bytes. */
export async function toXlsx(docs: Notice[], opts: XlsxOptions = {}): Promise<Buffer> {
  return (await import("./export/xlsx.js")).toXlsx(docs, opts);
}
export { renderReport, type ReportOptions } from "./report/html.js";
export { findTargets, type Target } from "./lexicon/targets.js";

// Checks a kexie JSON document: the zod schema first, then the rules a schema cannot express
// (numbering, calendar dates, cross references). Every problem names its JSON path, e.g.
// `sections[2].children[0].ordinal`. Rules run only on a document that passed the schema, since
// they rely on its shape.
import { NoticeSchema, type DocNumber, type Notice, type Section } from "./model/schema.js";
import { findSection } from "./model/section-path.js";
import { matchMarker } from "./lexicon/markers.js";
import { isRealDate } from "./lexicon/dates.js";
import { toHalfWidth } from "./lexicon/numerals.js";
import { issueNumber } from "./lexicon/docnumber.js";

export interface Problem {
  path: string;
  message: string;
  code: string;
  /** warnings (a numbering gap the source itself may have) do not make a document invalid */
  severity: "error" | "warning";
}

/** ["sections", 2, "ordinal"] → sections[2].ordinal */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((s, k) => (typeof k === "number" ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), "");
}

/** zod's message without its "Invalid input: " preamble: the path already says where. */
export function issueMessage(issue: { message: string }): string {
  return issue.message.replace(/^Invalid (input|option|string): /, "");
}

export function validateNotice(value: unknown): Problem[] {
  const parsed = NoticeSchema.safeParse(value);
  if (!parsed.success) {
    return parsed.error.issues.map((i) => ({
      path: formatPath(i.path),
      message: issueMessage(i),
      code: i.code,
      severity: "error",
    }));
  }
  const doc = parsed.data;
  const out: Problem[] = [];
  const add = (path: string, code: string, message: string, severity: Problem["severity"] = "error") =>
    out.push({ path, message, code, severity });

  checkSections(doc.sections, "sections", add);
  doc.parts.forEach((p, k) => checkSections(p.sections, `parts[${k}].sections`, add));

  const dates: Array<[string, string | null | undefined]> = [
    ["signature.date", doc.signature?.date],
    ["printedBy.date", doc.printedBy?.date],
    ...doc.parts.flatMap((p, k): Array<[string, string | null | undefined]> => [
      [`parts[${k}].date`, p.date],
      [`parts[${k}].signature.date`, p.signature?.date],
    ]),
  ];
  for (const [path, iso] of dates) {
    if (!iso) continue;
    const [y, m, d] = iso.split("-").map(Number);
    if (!isRealDate(y!, m!, d!)) add(path, "date-invalid", `${iso} is not a real calendar date`);
  }

  checkDocNumber(doc.header.docNumber, "header.docNumber", add);
  doc.parts.forEach((p, k) => checkDocNumber(p.docNumber, `parts[${k}].docNumber`, add));
  checkTaskSources(doc, add);
  return out;
}

type Add = (path: string, code: string, message: string, severity?: Problem["severity"]) => void;

function checkSections(list: Section[], base: string, add: Add, depth = 1): void {
  const last = new Map<string, number>();
  list.forEach((s, k) => {
    const at = `${base}[${k}]`;
    if (s.level !== depth) add(`${at}.level`, "level", `level ${s.level} at depth ${depth} of the tree`);
    if (s.marker === null) {
      if (s.ordinal !== null || s.style !== null) add(`${at}.ordinal`, "group-numbered", "a group node (marker null) has no style or ordinal");
    } else {
      // a bare marker is not a section to matchMarker, so give it something to number
      const m = matchMarker(`${s.marker}x`);
      if (m && (m.ordinal !== s.ordinal || m.style !== s.style)) {
        add(`${at}.ordinal`, "ordinal-marker", `marker "${s.marker}" reads as ${m.style} ${m.ordinal}, not ${s.style} ${s.ordinal}`);
      }
    }
    if (s.style !== null && s.ordinal !== null) {
      // continuous within one list of siblings; a list may start where the previous parent's ended
      const p = last.get(s.style);
      if (p !== undefined && s.ordinal !== p + 1) {
        add(`${at}.ordinal`, "ordinal-gap", s.ordinal === p ? `number ${p} repeats ("${s.marker}")` : `numbering jumps from ${p} to ${s.ordinal} ("${s.marker}")`, "warning");
      }
      last.set(s.style, s.ordinal);
    }
    checkSections(s.children, `${at}.children`, add, depth + 1);
  });
}

function checkDocNumber(dn: DocNumber | null, path: string, add: Add): void {
  if (!dn) return;
  const raw = toHalfWidth(dn.raw);
  if (dn.prefix !== null && !raw.includes(dn.prefix)) add(`${path}.prefix`, "doc-number", `prefix "${dn.prefix}" does not appear in "${dn.raw}"`);
  // (a bulletin's issue written in Chinese numerals, 二〇二四年第十六期: its year and serial as the parser reads them)
  const issue = issueNumber(dn.raw);
  if (issue) {
    if (dn.year !== issue.year) add(`${path}.year`, "doc-number", `year ${dn.year} does not appear in "${dn.raw}"`);
    if (dn.serial !== issue.serial) add(`${path}.serial`, "doc-number", `serial ${dn.serial} does not appear in "${dn.raw}"`);
    return;
  }
  // (a letter O or 〇 typed for a zero reads as one, as the parser reads it: 国函[20O0]31号)
  const digits = raw.replace(/[OoＯ〇○]/g, "0");
  let rest = digits;
  if (dn.year !== null) {
    if (!digits.includes(String(dn.year))) add(`${path}.year`, "doc-number", `year ${dn.year} does not appear in "${dn.raw}"`);
    else rest = digits.replace(String(dn.year), "");
  }
  if (dn.serial !== null && !new RegExp(`(?<![0-9])0*${dn.serial}(?![0-9])`).test(rest)) {
    add(`${path}.serial`, "doc-number", `serial ${dn.serial} does not appear in "${dn.raw}"`);
  }
}

function checkTaskSources(doc: Notice, add: Add): void {
  doc.tasks.forEach((t, k) => {
    const at = `tasks[${k}].source`;
    const src = t.source;
    if ("table" in src) {
      const table = doc.tables[src.table];
      if (!table) add(`${at}.table`, "task-source", `table ${src.table} does not exist (${doc.tables.length} tables)`);
      else if (!table.rows[src.row]) add(`${at}.row`, "task-source", `table ${src.table} has no row ${src.row} (${table.rows.length} rows)`);
      return;
    }
    const part = src.part === null ? null : doc.parts[src.part];
    if (src.part !== null && !part) {
      add(`${at}.part`, "task-source", `part ${src.part} does not exist (${doc.parts.length} parts)`);
      return;
    }
    // ("" is the text before the first numbered item: a note there, 由X牵头…在9月底前完成…, belongs to no item)
    if (src.section !== "" && !findSection(part ? part.sections : doc.sections, src.section)) {
      add(`${at}.section`, "task-source", `no section "${src.section}" in ${part ? `parts[${src.part}]` : "the covering notice"}`);
    }
  });
}

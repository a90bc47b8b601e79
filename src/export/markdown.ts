// A clean, normalized Markdown rendering of a parsed notice that kexie reads back: parsing the
// body (below the YAML front matter) with parseText gives the same header, section outline and
// tasks. So every block is written the way the text reader recognises it: one paragraph per
// block with a blank line between, a section as `marker + heading + 。 + text`, parts introduced
// by their label line and title, 附件说明/署名/日期/版记 lines as GB/T 9704 writes them.
// Inline Markdown is not escaped: the reader takes text literally (it only drops ** and * pairs).
// Targets (量化指标) are written in bold where they stand, which is why those pairs are safe to add.
import type { Notice, Part, Section, Table } from "../model/schema.js";
import { matchMarker } from "../lexicon/markers.js";
import { splitHeading } from "../lexicon/headings.js";
import { dateOnly, OCCASION } from "../lexicon/dates.js";
import { isOrganLine } from "../lexicon/organs.js";
import { frontMatter } from "./front-matter.js";
import { SENTENCE_END } from "../lexicon/layout.js";

/** 、 between organs, unless an organ itself holds 、 (各县、市、区科协): then ， so it reads back whole. */
function joinOrgans(items: readonly string[]): string {
  return items.join(items.some((x) => x.includes("、")) ? "，" : "、");
}

export { stripFrontMatter } from "./front-matter.js";

const isoToText = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
};

/** A written date: as the source wrote it, else from the ISO date. */
const dateText = (d: { date: string | null; dateText: string | null }) => d.dateText ?? (d.date ? isoToText(d.date) : null);

/** The note as written; a note built by hand gets the usual 牵头部门/配合部门 form. */
function noteText(r: NonNullable<Section["responsibility"]>): string {
  if (r.raw.trim()) return r.raw.trim();
  const parts = [`牵头部门：${joinOrgans(r.lead)}`];
  if (r.support.length) parts.push(`配合部门：${joinOrgans(r.support)}`);
  return `（${parts.join("，")}）`;
}

/**
 * A note in brackets ends its paragraph; a bare one (牵头部门：…) needs a paragraph of its own; a
 * note the text or the heading still holds (a sentence's opening 由X牵头，…, an organ opening its duty
 * line, an item that opens with its duty: （一）由X负责，Y配合，…) is there already.
 */
function withNote(paras: string[], note: string | null, heading = ""): string[] {
  if (!note) return paras;
  // (a bracketed note was cut out, even when the same words stand in an earlier paragraph)
  if (/^[（(]/.test(note) && paras.length) return [...paras.slice(0, -1), paras[paras.length - 1]! + note];
  if (heading.includes(note) || paras.some((p) => p.includes(note))) return paras;
  return [...paras, note];
}

/**
 * Targets (量化指标) are shown where they are written, in bold: 组织院士与企业对接活动**不少于2次**.
 * Both readers drop ** pairs (even where CommonMark leaves them literal), so the text read back,
 * and the targets found in it, are the same. Spans that touch or overlap make one bold run.
 */
function bold(text: string, spans: ReadonlyArray<readonly [number, number]>): string {
  const runs = spans
    .filter(([a, b]) => a >= 0 && b <= text.length && a < b)
    .sort((x, y) => x[0] - y[0])
    .reduce<Array<[number, number]>>((acc, [a, b]) => {
      const last = acc[acc.length - 1];
      if (last && a <= last[1]) last[1] = Math.max(last[1], b);
      else acc.push([a, b]);
      return acc;
    }, []);
  let out = "";
  let at = 0;
  for (const [a, b] of runs) {
    out += `${text.slice(at, a)}**${text.slice(a, b)}**`;
    at = b;
  }
  return out + text.slice(at);
}

/**
 * The paragraphs before the first item with the targets of the tasks they hold in bold (a note there,
 * 由X牵头…在9月底前完成…60.58亩…, gives a task whose text is a clause of a paragraph: its spans index the clause).
 */
function boldPreamble(preamble: string[], tasks: Notice["tasks"], part: number | null): string[] {
  const spans = preamble.map(() => [] as Array<readonly [number, number]>);
  for (const t of tasks) {
    if (!t.targets?.length || !t.source || "table" in t.source || t.source.section !== "" || t.source.part !== part) continue;
    const k = preamble.findIndex((p) => p.includes(t.task));
    if (k < 0) continue;
    const at = preamble[k]!.indexOf(t.task);
    spans[k]!.push(...t.targets.map((x) => [x.span[0] + at, x.span[1] + at] as const));
  }
  return preamble.map((p, k) => (spans[k]!.length ? bold(p, spans[k]!) : p));
}

/** A section's heading and text paragraphs with its targets in bold (spans index heading + "\n" + text). */
function boldSection(s: Section): { heading: string; paras: string[] } {
  const spans = (s.targets ?? []).map((t) => t.span);
  const heading = bold(s.heading, spans.filter(([, b]) => b <= s.heading.length));
  const paras: string[] = [];
  if (s.text) {
    let at = s.heading.length + 1;
    for (const line of s.text.split("\n")) {
      if (line.trim() !== "") paras.push(bold(line, spans.filter(([a, b]) => a >= at && b <= at + line.length).map(([a, b]) => [a - at, b - at] as const)));
      at += line.length + 1;
    }
  }
  return { heading, paras };
}

/** Endings after which the reader never continues a paragraph into the next one. */

/**
 * A section line that stands alone is written as a Markdown heading one level below its document's
 * title (the notice's # title: ##, ###…; an attachment's ## title: ###…; at most ######) so renderers and outline views show the structure; the reader drops the
 * #s again. Run-in sections (一、heading。text) stay paragraphs: a heading line holds no body.
 */
function asHeading(s: Section, line: string, base: number): string {
  return `${"#".repeat(Math.min(6, s.level + base))} ${line}`;
}

function renderSection(s: Section, out: string[], base: number): void {
  const head = (s.marker ?? "") + s.heading;
  const text = s.text ? s.text.split("\n").filter((p) => p.trim() !== "") : [];
  // the note goes back at the end of the text, where the reader cuts it off again
  const paras = withNote(text, s.responsibility ? noteText(s.responsibility) : null, s.heading);
  // what is written: the same, targets in bold (decisions below are made on the plain text)
  const shown = boldSection(s);
  const bHead = (s.marker ?? "") + shown.heading;
  const bParas = withNote(shown.paras, s.responsibility ? noteText(s.responsibility) : null, s.heading);
  const first = s.children[0];
  if (s.marker !== null && paras.length === 0 && /[：:]$/.test(head) && first?.marker && matchMarker(`${first.marker}x`)?.runIn) {
    // 二、要求：第一，… — a line ending in ： alone would read as 主送机关; keep the item run in
    const children: string[] = [];
    renderSection(first, children, base);
    out.push(bHead + children[0], ...children.slice(1));
    for (const c of s.children.slice(1)) renderSection(c, out, base);
    return;
  }
  if (s.marker === null || paras.length === 0) {
    // A group heading stands alone on its line; that is how the reader recognises it. A bare
    // marker is no section to the reader, and a heading that reads as an organ name (三、工作组)
    // would be taken for the signature, so those keep a full stop.
    const stop = s.marker !== null && (s.heading === "" || isOrganLine(head));
    out.push(asHeading(s, stop ? `${bHead}。` : bHead, base), ...bParas);
  } else {
    // Run the heading into the first paragraph when the reader splits it back the same way and
    // the longer paragraph cannot be joined to the next (the reader joins an unfinished sentence
    // to what follows). Otherwise the heading stands alone above its text, as in the source.
    const p0 = paras[0]!;
    const inline = `${s.heading}。${p0}`;
    const back = splitHeading(inline);
    const closed = SENTENCE_END.test(p0) || (paras.length === 1 && s.children.length > 0);
    // text that starts like a marker or reads as a signature (an organ name, a date), and an
    // empty heading, cannot stand on a line of their own
    const mustRunIn = s.heading === "" || matchMarker(p0) !== null || isOrganLine(p0) || dateOnly(p0) !== null;
    // a short label heading (会议时间：2021年3月5日上午9:00) goes back on one line with its
    // value: a marker line without 。/； is never joined to the next paragraph by the reader
    const labelled = `${s.heading}：${p0}`;
    const backLabel = splitHeading(labelled);
    if ((closed || mustRunIn) && back.heading === s.heading && back.text === p0) out.push(`${s.marker}${shown.heading}。${bParas[0]}`, ...bParas.slice(1));
    else if (!closed && !/[。；;]/.test(labelled) && backLabel.heading === s.heading && backLabel.text === p0) out.push(`${s.marker}${shown.heading}：${bParas[0]}`, ...bParas.slice(1));
    else out.push(asHeading(s, bHead, base), ...bParas);
  }
  for (const c of s.children) renderSection(c, out, base);
}

const cell = (s: string) => s.replace(/\r?\n/g, " ").replace(/\|/g, "\\|").trim();

/** Per table, per row: the task's cell with its targets in bold (a table row's task is one of its cells). */
type TableTargets = Map<Table, Map<number, string[]>>;

function tableTargets(doc: Notice): TableTargets {
  const out: TableTargets = new Map();
  for (const t of doc.tasks) {
    if (!t.targets?.length || !t.source || !("table" in t.source)) continue;
    const table = doc.tables[t.source.table];
    const cells = table?.rows[t.source.row];
    // (the task is the cell, or the cell's text before the note it carried: …发展。(责任单位:市建设局))
    let k = cells?.indexOf(t.task) ?? -1;
    if (k < 0 && cells) k = cells.findIndex((c) => c.startsWith(t.task));
    if (!table || !cells || k < 0) continue;
    const rows = out.get(table) ?? new Map<number, string[]>();
    const shown = [...(rows.get(t.source.row) ?? cells)];
    shown[k] = bold(cells[k]!, t.targets.map((x) => x.span));
    rows.set(t.source.row, shown);
    out.set(table, rows);
  }
  return out;
}

function renderTable(t: Table, withCaption: boolean, targets: TableTargets): string[] {
  const row = (cells: string[]) => `| ${cells.map(cell).join(" | ")} |`;
  const shown = targets.get(t);
  const lines = [row(t.columns), `| ${t.columns.map(() => "---").join(" | ")} |`, ...t.rows.map((r, j) => row(shown?.get(j) ?? r))];
  // a heading line right above a table is what the reader takes as its caption
  return [...(withCaption && t.caption ? [`### ${t.caption}`] : []), lines.join("\n")];
}

interface Body {
  title: string | null;
  preamble: string[];
  sections: Section[];
  tables: Table[];
  glossary: Notice["glossary"];
  /** heading depth of the document's title: 1 for the notice, 2 for a part */
  depth: number;
  targets: TableTargets;
}

/** Preamble, sections and tables of one document; tables go where their source line put them. */
function renderBody(b: Body, out: string[]): void {
  out.push(...b.preamble);
  const tables = [...b.tables].sort((x, y) => x.line - y.line);
  let flowed = b.preamble.length > 0;
  const emitTablesBefore = (line: number) => {
    while (tables.length && tables[0]!.line < line) {
      const t = tables.shift()!;
      // the reader names a table that opens a document after the document's title
      out.push(...renderTable(t, flowed || t.caption !== b.title, b.targets));
    }
  };
  for (const s of b.sections) {
    emitTablesBefore(s.line);
    renderSection(s, out, b.depth);
    flowed = true;
  }
  emitTablesBefore(Infinity);
  if (b.glossary.length) {
    out.push("名词解释");
    b.glossary.forEach((g, k) => {
      const end = k === b.glossary.length - 1 ? "。" : "；";
      out.push(`${k + 1}. ${g.term}：${g.definition}${end}`);
    });
  }
}

/** 附件2 → [附件, 2]; 附 → [附, ""] */
function splitLabel(label: string): [string, string] {
  const m = /^(.*?)(\d*)$/.exec(label)!;
  return [m[1] || "附件", m[2]!];
}

function renderAttachments(doc: Notice, out: string[]): void {
  doc.attachments.forEach((a, k) => {
    const [base, num] = splitLabel(a.label);
    const prev = k > 0 ? splitLabel(doc.attachments[k - 1]!.label) : null;
    // 附件：1.… then 2.… on lines of their own, the way a 附件说明 lists several
    // (a note on how it is sent, （另发）, follows its title as written)
    const title = a.note ? `${a.title}${a.note}` : a.title;
    if (num && prev && prev[0] === base && prev[1]) out.push(`${num}.${title}`);
    else out.push(`${base}：${num ? `${num}.` : ""}${title}`);
  });
}

/** The dated line under a speech's title: （2018年2月8日）, brackets written once. */
const bracketed = (d: string) => (/^[（(].*[)）]$/.test(d) ? d : `（${d}）`);

function renderSignature(sig: Notice["signature"], out: string[]): void {
  if (!sig) return;
  if (sig.issuer) out.push(sig.issuer);
  const d = dateText(sig);
  if (d) out.push(d);
}

function renderPart(p: Part, body: Body, out: string[]): void {
  // 附 alone reads as prose; 附： is the label form the reader never joins to a paragraph
  if (p.label) out.push(p.label === "附" ? "附：" : p.label);
  if (p.title) out.push(`## ${p.title}`);
  if (p.subtitle) out.push(`——${p.subtitle}`);
  const d = dateText(p);
  if (d) out.push(bracketed(d));
  if (p.author) out.push(p.author);
  if (p.docNumber) out.push(p.docNumber.raw);
  if (p.recipients.length) out.push(`${joinOrgans(p.recipients)}：`);
  renderBody(body, out);
  renderSignature(p.signature, out);
}

/** Which part a source line belongs to (null: the covering notice); parts are in line order. */
function partOfLine(doc: Notice, line: number): number | null {
  let at: number | null = null;
  doc.parts.forEach((p, k) => {
    if (p.line <= line) at = k;
  });
  return at;
}

export function toMarkdown(doc: Notice): string {
  const h = doc.header;
  const out: string[] = [];
  // 版头
  if (h.copyNumber) out.push(/^\d{6}$/.test(h.copyNumber) ? h.copyNumber : `份号：${h.copyNumber}`);
  if (h.secrecy) out.push(h.secrecy + (h.secrecyPeriod ? `★${h.secrecyPeriod}` : ""));
  if (h.urgency) out.push(h.urgency);
  if (h.masthead) out.push(h.masthead);
  // (a number kexie cannot read as one — a page's 文号 督察通报第十七期 — stays in the front matter only:
  // above the title it would read back as the title's first line)
  if (h.docNumber && h.docNumber.prefix !== null) out.push(h.docNumber.raw);
  if (h.signer.length) out.push(`签发人：${h.signer.join("、")}`);
  if (h.title) out.push(`# ${h.title}`);
  if (h.subtitle) out.push(`——${h.subtitle}`);
  // a standalone speech: its date stands under the title, then the speaker
  const sig = doc.signature;
  // (or its occasion line, 2021年12月15日在…会议上, written as it stands)
  const occasion = !!sig && !sig.issuer && OCCASION.test(sig.dateText ?? "");
  const speech = occasion || (!!sig && !sig.issuer && /^[（(]/.test(sig.dateText ?? ""));
  if (speech) out.push(occasion ? sig!.dateText! : bracketed(dateText(sig!)!));
  if (h.author) out.push(h.author);
  if (h.recipients.length) out.push(`${joinOrgans(h.recipients)}：`);
  // 主体
  const glossaryOf = (k: number | null) => doc.glossary.filter((g) => partOfLine(doc, g.line) === k);
  const targets = tableTargets(doc);
  renderBody(
    { title: h.title, preamble: boldPreamble(doc.preamble, doc.tasks, null), sections: doc.sections, tables: doc.tables.filter((t) => t.part === null), glossary: glossaryOf(null), depth: 1, targets },
    out,
  );
  renderAttachments(doc, out);
  if (!speech) renderSignature(doc.signature, out);
  if (doc.annotation) out.push(doc.annotation);
  doc.parts.forEach((p, k) =>
    renderPart(p, { title: p.title, preamble: boldPreamble(p.preamble, doc.tasks, k), sections: p.sections, tables: doc.tables.filter((t) => t.part === k), glossary: glossaryOf(k), depth: 2, targets }, out),
  );
  // 版记 closes the whole document, after the attachments
  if (doc.ccUp.length) out.push(`抄报：${joinOrgans(doc.ccUp)}。`);
  if (doc.cc.length) out.push(`抄送：${joinOrgans(doc.cc)}。`);
  if (doc.printedBy) out.push(`${doc.printedBy.organ}　　${dateText(doc.printedBy) ?? ""}印发`);
  return `${frontMatter(doc)}\n\n${out.join("\n\n")}\n`;
}

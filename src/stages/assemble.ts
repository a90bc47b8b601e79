// The assembler: runs the structure stages over an adapter's blocks — invisible → resegment → repair → header → parts →
// closing → glossary → sections → tables → tasks — and puts their results together into one
// Notice. Each stage gets its input and returns its result; nothing here edits a finished result.
import { createHash } from "node:crypto";
import type { Block, InvisibleRemoval, ParagraphBlock } from "../model/blocks.js";
import type { Diagnostic, DocNumber, Notice, Part, Section, Table } from "../model/schema.js";

type Signature = NonNullable<Notice["signature"]>;
import { SCHEMA_VERSION } from "../model/version.js";
import { diagnostic } from "../model/diagnostics.js";
import type { Format } from "../model/formats.js";
import { findDate } from "../lexicon/dates.js";
import { LABEL_WITH_COLON } from "../lexicon/attachments.js";
import { findDocNumber, issueNumber, seriesNumber } from "../lexicon/docnumber.js";
import { repairParagraphs } from "./repair.js";
import { metadataTableRows } from "./page-metadata.js";
import { removeInvisible, reportInvisible } from "./invisible.js";
import { resegment } from "./resegment.js";
import { firstOfJoint, firstOfList, isOrganLine, leadingOrgan, splitOrgans, squeezeCjkSpaces } from "../lexicon/organs.js";
import { extractClosing } from "./closing.js";
import { extractGlossary } from "./glossary.js";
import { cleanTitle, extractHeader } from "./header.js";
import { buildSections } from "./sections.js";
import { findParts, issuedInSentences, issuedTitles, quotedTitles } from "./parts.js";
import { buildTable } from "./tables.js";
import { extractTasks, type PartNote } from "./tasks.js";
import { notNotice } from "./notice-check.js";
import { truncatedEnd, withoutCutItem, withoutCutOrgan } from "./truncation.js";
import { contentsAsTable } from "./contents.js";
import { sectionsWithTargets, tasksWithTargets } from "./targets.js";
import { asWritten, hasTraditional, withTraditional } from "../lexicon/traditional.js";



function paras(blocks: Block[]): ParagraphBlock[] {
  return blocks.filter((b): b is ParagraphBlock => b.kind === "para");
}

export interface Meta {
  path?: string | null;
  format?: Format;
  encoding?: string;
  bytes?: number;
  sha256?: string;
  replacedLines?: number[];
  /** invisible characters the adapter removed from source lines, to report */
  invisible?: InvisibleRemoval[];
  /** label → value pairs of a government info-disclosure page (索引号, 发文字号 …) */
  metadata?: Record<string, string>;
  /** the source's last line has no line break after it: an excerpt may have been cut inside it */
  lastLineOpen?: boolean;
}

/** The structure stages, on the blocks of any format adapter, in order; each hands its result on. */
export function assemble(adapted: Block[], meta: Meta = {}): Notice {
  // the lexicon's patterns are tried on Traditional text folded to Simplified: only when there is any
  const traditional = adapted.some((b) => (b.kind === "para" ? hasTraditional(b.text) : b.rows.some((r) => r.some(hasTraditional))));
  return withTraditional(traditional, () => assembleBlocks(adapted, meta));
}

function assembleBlocks(adapted: Block[], meta: Meta): Notice {
  const diagnostics: Diagnostic[] = [];
  for (const line of meta.replacedLines ?? []) {
    diagnostics.push({
      severity: "warning", code: "decode-replaced",
      message: `invalid ${meta.encoding ?? ""} bytes replaced by U+FFFD on this line — check the source or pass --encoding`,
      line, column: 1,
    });
  }
  reportInvisible(meta.invisible ?? [], diagnostics);
  const pageMeta: Record<string, string> = {};
  const blocks = metadataTableRows(contentsAsTable(repairParagraphs(resegment(removeInvisible(adapted, diagnostics), diagnostics), diagnostics, pageMeta), diagnostics));

  // 版头 and 标题 of the covering notice: only paragraphs can form a header
  const firstTable = blocks.findIndex((b) => b.kind === "table");
  const headBlocks = paras(firstTable < 0 ? blocks : blocks.slice(0, firstTable));
  const header = extractHeader(headBlocks, diagnostics);
  const consumed = header.next === 0 ? 0 : blocks.indexOf(headBlocks[header.next - 1]!) + 1;
  const body = blocks.slice(consumed);

  const known = [
    ...quotedTitles(body),
    // (…and the names a sentence says were issued, unquoted, as a news report introduces what it reprints)
    ...issuedInSentences(body),
    ...(header.title ? [...quotedTitles([{ ...headBlocks[0]!, text: header.title }]), ...issuedTitles(header.title)] : []),
  ];
  // 附件说明 titles name the parts too
  const attachTitles = body
    .filter((b): b is ParagraphBlock => b.kind === "para")
    .map((b) => /^附件?\s*[0-9]*\s*[：:]\s*(?:[0-9]+[.．、]\s*)?(.+)$/.exec(b.text)?.[1] ?? "")
    .filter(Boolean);
  const segments = findParts(body, [...known, ...attachTitles]);

  const tables: Table[] = [];
  const sectionsByPart: Section[][] = [];
  const glossary: Notice["glossary"] = [];

  // covering notice
  const cover = segments[0]!;
  const coverClosing = extractClosing(body.slice(cover.start, cover.end), diagnostics, header.masthead);
  const coverGloss = extractGlossary(coverClosing.body);
  glossary.push(...coverGloss.glossary);
  const coverSections = buildSections(coverGloss.body, diagnostics, { title: header.title });
  const notes: PartNote[] = coverSections.notes.map((n) => ({ ...n, part: null }));
  for (const t of coverSections.tables) tables.push(buildTable(t.block as never, t.caption, null, diagnostics));

  const parts: Part[] = [];
  const listedBeforeSignature = coverClosing.attachments.length > 0;
  segments.slice(1).forEach((seg, k) => {
    const segBlocks = body.slice(seg.start, seg.end);
    // 附：清单标题 — the label line holds the title: it is both a 附件说明 entry and the part's title
    const inline = seg.inlineTitle ?? null;
    if (inline) coverClosing.attachments.push({ label: seg.label ?? "附", title: squeezeCjkSpaces(inline), line: segBlocks[0]!.line });
    // 附件: with its colon alone on its line after the 成文日期, the title on the line below (二○○九年二月十六日 /
    // 附件: / …名单): the 附件说明 a page printed after the date, when none stands before the signature
    const labelLine = segBlocks[0]!;
    const titled = seg.titleAt !== null && seg.titleAt > seg.start ? body[seg.titleAt] : undefined;
    if (!inline && !listedBeforeSignature && titled?.kind === "para" && labelLine.kind === "para" && LABEL_WITH_COLON.test(labelLine.text.trim())) {
      coverClosing.attachments.push({ label: seg.label ?? "附件", title: squeezeCjkSpaces(titled.text.trim()), line: titled.line });
    }
    const offset = (seg.titleAt !== null ? seg.titleAt - seg.start : 0) + (inline ? 1 : 0);
    const segParas = paras(segBlocks.slice(offset));
    const firstTableInSeg = segBlocks.slice(offset).findIndex((b) => b.kind === "table");
    const headParas = firstTableInSeg < 0 ? segParas : paras(segBlocks.slice(offset, offset + firstTableInSeg));
    // a title the covering notice quotes, broken over two lines (厦门市聚焦企业关切进一步落实 / 优化营商环境政策的
    // 若干措施): the header reads it as one line, a new block that stands for both
    // (both lines in the segment: a part that opens on the second line leaves this one a single line)
    // (…or three, the last its years: …品牌 / 加快建设…三年行动计划 / (2018—2020年))
    const lines = seg.titleLines ?? 1;
    const joinedTitle = !inline && lines >= 2 && headParas.length >= lines && headParas.slice(0, lines).every((p, n) => p === segBlocks[offset + n])
      ? { ...headParas[0]!, text: headParas.slice(0, lines).map((p) => p.text.trim()).join("") }
      : null;
    const heads = joinedTitle ? [joinedTitle, ...headParas.slice(lines)] : headParas;
    const h = inline
      ? { ...extractHeader([], diagnostics), title: squeezeCjkSpaces(inline), docType: null }
      : extractHeader(heads, diagnostics, { allowUntitled: true, part: true });
    const usedUpTo = h.next === 0 ? offset : heads[h.next - 1] === joinedTitle ? offset + lines : segBlocks.indexOf(heads[h.next - 1]!) + 1;
    const closing = extractClosing(segBlocks.slice(usedUpTo), diagnostics, h.masthead, { printedBy: coverClosing.printedBy !== null });
    const gl = extractGlossary(closing.body);
    glossary.push(...gl.glossary);
    const built = buildSections(gl.body, diagnostics, { title: h.title });
    notes.push(...built.notes.map((n) => ({ ...n, part: k })));
    for (const t of built.tables) tables.push(buildTable(t.block as never, t.caption, k, diagnostics));
    const first = segBlocks[0]!;
    parts.push({
      label: seg.label,
      title: h.title,
      subtitle: h.subtitle,
      author: h.author,
      date: h.date,
      dateText: h.dateText,
      docNumber: h.docNumber,
      recipients: union(h.recipients, closing.recipients),
      preamble: built.preamble,
      sections: built.sections,
      signature: closing.signature,
      line: first.line,
    });
    sectionsByPart[k] = built.sections;
    // 版记 lines, 附注 and 附件说明 in an attachment belong to the whole document (a part has no
    // field of its own for them): nothing a part's closing read is left behind
    coverClosing.cc.push(...closing.cc.filter((x) => !coverClosing.cc.includes(x)));
    coverClosing.ccUp.push(...closing.ccUp.filter((x) => !coverClosing.ccUp.includes(x)));
    coverClosing.keywords.push(...closing.keywords.filter((x) => !coverClosing.keywords.includes(x)));
    coverClosing.attachments.push(...closing.attachments);
    if (closing.annotation) coverClosing.annotation = coverClosing.annotation ? `${coverClosing.annotation}\n${closing.annotation}` : closing.annotation;
    if (!coverClosing.printedBy && closing.printedBy) coverClosing.printedBy = closing.printedBy;
  });

  // 发文机关: masthead, then a title that begins with the organ, then the signature
  let issuer = header.masthead;
  // a letterhead (an organ's name above the number, no 文件: 国家电网有限公司 / 营销计量函〔2020〕27号) over
  // a title that opens with another organ (国网营销部关于…): the title's organ issues, as the
  // department that writes under its company's letterhead — not the same organ abbreviated
  // (国家电网有限公司办公室 / 国网办公室关于…, 江蘇省人民政府 / 省政府關于…: the letterhead spells it out)
  // (…or the title's own name, the letterhead adding its province before it as a law site prints the
  // organ: 浙江省衢州市人民政府办公室 over 衢州市人民政府办公室关于…)
  // a masthead that lost its place (行政公署文件 over 兴安盟行政公署关于…): the title's organ ends with it, and names it whole
  const titleOrgan = issuer && header.title ? leadingOrgan(header.titleRaw ?? header.title) : null;
  if (issuer && titleOrgan && titleOrgan !== issuer && !titleOrgan.includes("、") && isOrganLine(titleOrgan)) {
    if (header.letterhead ? titleOrgan.slice(-2) !== issuer.slice(-2) || issuer.endsWith(titleOrgan) : titleOrgan.endsWith(issuer)) issuer = titleOrgan;
  }
  // minutes (纪要) issued by the office of the organ whose meeting they record (上高县人民政府办公室 over 上高县人民政府第32次
  // 常务会议纪要): the meeting's organ
  const officeOf = issuer && header.docType === "纪要" ? issuer.replace(/办公[室厅]$/, "") : "";
  if (officeOf && officeOf !== issuer && header.title?.startsWith(officeOf) && isOrganLine(officeOf)) issuer = officeOf;
  if (!issuer && header.title) {
    issuer = leadingOrgan(header.titleRaw ?? header.title);
    // a joint title (文化部、国家文物局关于…): the first organ issues, as with a joint signature
    if (issuer?.includes("、")) {
      const organs = splitOrgans(issuer);
      if (organs.length > 1 && organs.every((o) => isOrganLine(o))) issuer = organs[0]!;
    }
    // the title often abbreviates (江苏省科协); the signature spells it out (江苏省科学技术协会)
    const signed = coverClosing.signature?.issuer;
    // …unless the signature is a joint one (中共山东省委山东省人民政府): then the title's first organ stands
    if (issuer && signed && !signed.includes("、") && signed.length > issuer.length && (signed.slice(0, 2) === issuer.slice(0, 2) || signed.endsWith(issuer)) && !firstOfJoint(signed)) issuer = signed;
    // a title that names its organ only by kind (学院关于…, 公司关于…): the signature names it
    else if (issuer && signed && GENERIC_ORGAN.test(issuer) && !signed.includes("、")) issuer = signed;
  }
  // a title glossed with pinyin (國(guó)務(wù)院關(guān)于…): its organ as the page writes it, as its title and number are
  if (issuer && !header.masthead && header.title?.includes("(")) issuer = asWritten(header.titleRaw ?? header.title, issuer) ?? issuer;
  if (!issuer && coverClosing.signature?.issuer) {
    // a joint signature (南通市教育局、南通市财政局): the first organ issues
    issuer = coverClosing.signature.issuer.split("、")[0]!;
    // a signature that drops the place (省乡村振兴局, 高新区…办公室) under a title that opens with the
    // full name and no 关于 (山东省乡村振兴局征求…意见的函, 西安高新区…办公室工作联系函): the title's
    // name — what stands before it a place, not a verb (转发, 印发, 批转)
    const at = header.title ? header.title.indexOf(issuer) : -1;
    const place = at >= 2 && at <= 4 ? header.title!.slice(0, at) : "";
    if (place && /^[\u4e00-\u9fa5]+$/.test(place) && (/^[省市县区州]/.test(issuer) || !/[发转批于关印]/.test(place))) issuer = header.title!.slice(0, at + issuer.length);
  }
  // a law database's organ line, last: the title and the signature name the organ as the notice does
  if (!issuer && header.pageOrgan) issuer = header.pageOrgan;
  if (!issuer) {
    diagnostics.push({ severity: "warning", code: "issuer-missing", message: "no 发文机关 found (no masthead, organ in the title or signature)", line: 1, column: 1 });
  }
  // a date under the title stands for the notice's only when no signature dates it: else its
  // line would vanish, so it is quoted
  const signed = coverClosing.signature;
  if (signed && header.dateText && header.dateAt && !header.dateText.includes(signed.dateText ?? "\u0000")) {
    diagnostics.push({
      severity: "warning", code: "header-text-unread",
      message: `the date under the title "${header.dateText}" is not kept: the notice is dated by its signature${signed.dateText ? ` (${signed.dateText})` : ""}`,
      ...header.dateAt,
    });
  }
  if (!header.title) {
    diagnostics.push({ severity: "warning", code: "title-missing", message: "no title (标题) found at the top of the notice", line: blocks[0]?.line ?? 1, column: 1 });
  }

  // what the body says, then what an info-disclosure metadata table adds where the body is silent
  const own: Own = {
    issuer: issuer ? squeezeCjkSpaces(issuer) : null,
    docNumber: header.docNumber,
    title: header.title ? cleanTitle(header.title) : null,
    // a standalone speech or report is dated under its title: that is its 成文日期
    signature: coverClosing.signature ?? (header.date ? { issuer: null, date: header.date, dateText: header.dateText } : null),
  };
  const metadata = { ...header.metadata, ...pageMeta, ...meta.metadata };
  const filled = Object.keys(metadata).length ? withMetadata(own, metadata, diagnostics, blocks) : null;
  const fields = filled ?? own;
  const withoutTasks: Notice = {
    schemaVersion: SCHEMA_VERSION,
    source: {
      path: meta.path ?? null,
      format: meta.format ?? "text",
      encoding: meta.encoding ?? "utf-8",
      bytes: meta.bytes ?? 0,
      sha256: meta.sha256 ?? createHash("sha256").digest("hex"),
    },
    header: {
      copyNumber: header.copyNumber,
      secrecy: header.secrecy,
      secrecyPeriod: header.secrecyPeriod,
      urgency: header.urgency,
      masthead: header.mastheadText,
      issuer: fields.issuer,
      docNumber: fields.docNumber,
      signer: header.signer,
      title: fields.title,
      docType: header.docType,
      // a 主送 in the 版记 as well as above the body: both are the notice's
      recipients: union(header.recipients, coverClosing.recipients),
      author: header.author,
      ...(header.subtitle ? { subtitle: header.subtitle } : {}),
      ...(filled ? { indexNumber: filled.indexNumber, publishedDate: filled.publishedDate, subject: filled.subject } : {}),
    },
    preamble: coverSections.preamble,
    sections: coverSections.sections,
    attachments: coverClosing.attachments,
    signature: fields.signature,
    annotation: coverClosing.annotation,
    cc: coverClosing.cc,
    ccUp: coverClosing.ccUp,
    keywords: coverClosing.keywords,
    printedBy: coverClosing.printedBy,
    parts,
    glossary,
    tables,
    tasks: [],
    diagnostics: [],
  };
  // a text cut off inside its last item (the covering notice's, or the last part's)
  const lastPart = parts[parts.length - 1];
  const cut = truncatedEnd(blocks, lastPart ? lastPart.sections : coverSections.sections);
  // …inside its last item's heading: that item is left out of the outline, the warning quotes it whole
  const left = withoutCutItem(blocks, lastPart ? lastPart.sections : coverSections.sections, cut, diagnostics, meta.lastLineOpen === true);
  if (cut) diagnostics.push(left ? { ...cut, message: `the text stops inside its last item's heading, "${left.item.marker ?? ""}${left.item.heading}", and no signature follows — a web excerpt or a truncated file? The item is left out of the outline` } : cut);
  if (left && lastPart) withoutTasks.parts = [...parts.slice(0, -1), { ...lastPart, sections: left.sections }];
  else if (left) withoutTasks.sections = left.sections;
  // …inside a note's last organ: the note keeps its whole organs, the warning names the cut one
  const cutOrgan = withoutCutOrgan(notes, blocks, cut);
  const cutSaid = cut ? diagnostics.findIndex((d) => d.code === cut.code && d.line === cut.line && d.column === cut.column) : -1;
  if (cutOrgan && cutSaid >= 0) {
    diagnostics[cutSaid] = { ...diagnostics[cutSaid]!, message: `${diagnostics[cutSaid]!.message}; the note it stops in is cut inside an organ's name, "${cutOrgan.organ}", which is left out of the task's organs` };
  } else if (cutOrgan) {
    diagnostics.push(diagnostic("warning", "text-truncated", `the text stops inside a note, its bracket never closed: the organ's name it cuts, "${cutOrgan.organ}", is left out of the task's organs`, cutOrgan.note.line, cutOrgan.note.column));
  }
  const tasks = extractTasks(withoutTasks, cutOrgan ? cutOrgan.notes : notes, diagnostics);
  const stray = notNotice({ ...withoutTasks, tasks });
  // one warning says it all: no title and no issuer are what "not a notice" means
  const said = stray ? [...diagnostics.filter((d) => d.code !== "issuer-missing" && d.code !== "title-missing"), stray] : diagnostics;
  return {
    ...withoutTasks,
    sections: sectionsWithTargets(withoutTasks.sections),
    parts: withoutTasks.parts.map((p) => ({ ...p, sections: sectionsWithTargets(p.sections) })),
    tasks: tasksWithTargets(tasks),
    diagnostics: said.sort((a, b) => a.line - b.line || a.column - b.column),
  };
}

/** a's items, then b's not already there */
function union(a: string[], b: string[]): string[] {
  return [...a, ...b.filter((x) => !a.includes(x))];
}

interface Own {
  issuer: string | null;
  docNumber: DocNumber | null;
  title: string | null;
  signature: Signature | null;
}

/** An organ named by its kind alone, as its own staff write it in a title (学院关于…, 本局关于…) */
const GENERIC_ORGAN = /^(?:学院|学校|大学|公司|集团|本局|本院|本委|本部|我院|我校|我局|我委|我司)$/;

/** What a metadata table prints in a field it has no value for */
const PLACEHOLDER = /^(?:[-—－–/／\\]+|无)$/;

/**
 * Government info-disclosure pages state 发文机关, 发文字号, 成文日期 in a table above the
 * article; they fill what the body itself lacks, and 索引号/发布日期 are kept.
 */
function withMetadata(own: Own, meta: Record<string, string>, diagnostics: Diagnostic[], blocks: readonly Block[]) {
  const get = (...keys: string[]) => {
    for (const k of keys) {
      const v = Object.entries(meta).find(([label]) => label.replace(/[\s：:]/g, "") === k)?.[1]?.trim();
      // (a dash or 无 is a page's placeholder for an empty field: 文 号: -)
      if (v && !PLACEHOLDER.test(v)) return v;
    }
    return null;
  };
  const isoOf = (s: string) => findDate(s.replace(/(\d{4})-(\d{1,2})-(\d{1,2})/, "$1年$2月$3日"));
  const published = get("发布日期", "公开日期", "发布时间");
  const organs = get("发文机关", "发布机构", "发文单位", "发布单位", "发布部门", "制定机关");
  // a joint issue (中国人民银行 国家外汇管理局, 文化部、国家文物局): the first organ issues
  const issuer = organs ? firstOfList(organs) : null;
  const number = get("发文字号", "文号", "发布文号", "文件编号");
  const numbered = number ? findDocNumber(number)?.value ?? seriesNumber(number) ?? issueNumber(number) : null;
  const written = get("成文日期", "印发日期");
  let signature = own.signature;
  if (written) {
    const d = isoOf(written);
    if (d && !signature?.date) signature = { issuer: signature?.issuer ?? null, date: d.iso, dateText: written };
    else if (d && signature?.date && d.iso && d.iso !== signature.date) {
      diagnostics.push({ severity: "warning", code: "metadata-date-mismatch", message: `成文日期 in the page metadata (${written}) differs from the signature date ${signature.date}`, line: 1, column: 1 });
    }
  }
  const title = get("标题", "名称", "文件名称");
  // (a number line the page damaged, 怀政办〔202215, gives way to the metadata's whole one of the
  // same 代字; its line is quoted, as the header's other unread lines are)
  const damaged = own.docNumber && own.docNumber.serial === null && numbered?.serial != null && numbered.prefix === own.docNumber.prefix ? own.docNumber : null;
  if (damaged) {
    const b = blocks.find((x) => x.kind === "para" && x.text.includes(damaged.raw));
    diagnostics.push({
      severity: "warning", code: "header-text-unread",
      message: `the number line "${damaged.raw}" reads as no whole 发文字号; the page's metadata writes it whole (${numbered!.raw}), which is kept`,
      line: b?.line ?? 1, column: b?.column ?? 1,
    });
  }
  return {
    // a title's organ without its place (县人民政府办公室关于…) is spelled out by the metadata
    // (发文单位: 嘉鱼县人民政府办公室), as by a signature
    issuer: own.issuer && issuer && issuer.length > own.issuer.length && issuer.endsWith(own.issuer) && /^[省市县区州盟旗镇乡]/.test(own.issuer) ? issuer : own.issuer || issuer || own.issuer,
    // (a value that reads as no number and holds no Chinese — 200808_PF001030601200808003, a site's
    // own record id under its 文号 label — is none)
    docNumber: damaged
      ? numbered
      : own.docNumber ?? (number ? (numbered ?? (/[\u4e00-\u9fff]/.test(number) ? { raw: number, prefix: null, year: null, serial: null } : null)) : null),
    title: own.title || title || own.title,
    signature,
    indexNumber: get("索引号"),
    publishedDate: published ? (isoOf(published)?.iso ?? null) : null,
    subject: get("主题分类", "主题词", "分类"),
  };
}

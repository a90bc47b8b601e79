// The end matter of a notice: 附件说明, 发文机关署名, 成文日期, 附注, and the 版记 (抄送, 抄报,
// 主送 placed below the body, 印发机关和印发日期). These lines leave the body so they are not
// mistaken for sections or preamble.
import { sliceParagraph, type Block, type ParagraphBlock } from "../model/blocks.js";
import type { Attachment, Diagnostic } from "../model/schema.js";
import { DATE_SOURCE, dateOnly, findDate } from "../lexicon/dates.js";
import { bracketsBalanced, gluedSignature, isRecipientList, splitOrgans, squeezeCjkSpaces, WRAPPED_ORGAN_HEAD } from "../lexicon/organs.js";
import { matchMarker } from "../lexicon/markers.js";
import { isOrganLine, ORGAN_SUFFIX } from "../lexicon/patterns.js";
import { toHalfWidth } from "../lexicon/numerals.js";
import { ATTACHMENT_LINE as ATTACH_RE, attachmentLabel, CC_LINE, CC_UP_LINE, DOWNLOAD_COPY, DOWNLOAD_NOTE, FILE_LABEL_OPENING, FILE_NAME, LONE_ITEM_NUMBER, SEALED_ON_BEHALF, TITLE_NOTE } from "../lexicon/attachments.js";
import { charsAtMost } from "../lexicon/length.js";

export interface Closing {
  attachments: Attachment[];
  signature: { issuer: string | null; date: string | null; dateText: string | null } | null;
  annotation: string | null;
  cc: string[];
  ccUp: string[];
  /** 主题词 of older notices */
  keywords: string[];
  recipients: string[];
  printedBy: { organ: string; date: string | null; dateText: string | null } | null;
  /** the blocks that remain: the body */
  body: Block[];
}

/** The whole line is one bracketed aside: its opening bracket closes only at the end. */
function enclosed(t: string): boolean {
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    if ("（(".includes(t[i]!)) depth++;
    else if ("）)".includes(t[i]!) && --depth === 0 && i < t.length - 1) return false;
  }
  return depth === 0;
}

// (…or 印 alone after the date, …办公室2009年5月14日印, as a flattened 版记 may keep it)
const PRINTED_RE = new RegExp(`^(.+?)\\s*(${DATE_SOURCE})\\s*印\\s*[发發]?$`);
const PRINTED_END = /印\s*[发發]$|[日号號]\s*印$/;
/** Offices that print a 印发 line beyond the organ suffixes: 综合组, 秘书组, a ministry's 综合司 */
const PRINTING_OFFICE = /(?:(?:综合|秘书|文秘|办文)组|司)$/;
/** organ and date on one line, compiled once rather than per line */
const ORGAN_DATE_RE = new RegExp(`^(.+?)\\s*(${DATE_SOURCE})$`);

/** 附件1 / 附件 2： inside a 附件说明 line that lists several attachments on one line */
const NUMBERED_ATTACHMENT = /附件\s*([0-9０-９]{1,2})\s*[：:.．、]?\s*/g;

/**
 * A 附件说明 whose numbered titles run together on one line (1.办理途径2.申报表3.明细表, 1，… as OCR
 * reads 1.): the titles in order, when the numbers go 1, 2, 3 … from the start; else none.
 */
/** A form's disclosure field on a line of its own (政府信息公开选项:依申请公开) */
const DISCLOSURE_LINE = /^(?:政府)?信息公开(?:选项|方式|属性)[：:]\s*(?:依申请公开|主动公开|不予公开|不公开|免予公开)$/;

function inlineItems(s: string): Array<[number, string]> {
  const t = s.trim();
  const cuts: Array<{ at: number; n: number; len: number }> = [];
  // (numbers without a mark after them, 1电力生产企业数据核查表2电力行业统计数据核查表: only from 1 at the start)
  for (const m of t.matchAll(/^1(?=[\u4e00-\u9fff《])/.test(t) && !INLINE_ITEM_AT_START.test(t) ? INLINE_BARE_ITEM : INLINE_ITEM)) {
    const n = Number(m[1]);
    if (n !== cuts.length + 1 || (cuts.length === 0 && m.index !== 0) || /[0-9]/.test(t[m.index - 1] ?? "")) continue;
    // a title of a few characters at least before the next number
    if (cuts.length && m.index - (cuts[cuts.length - 1]!.at + cuts[cuts.length - 1]!.len) < 4) continue;
    cuts.push({ at: m.index, n, len: m[0].length });
  }
  return cuts.map((c, k) => [c.n, t.slice(c.at + c.len, cuts[k + 1]?.at ?? t.length).replace(/[。.；;]$/, "").trim()] as [number, string]).filter(([, x]) => x !== "");
}
/** An item number inside a 附件说明 line, before a title's first Chinese character or its year (2.2021年度…名单) */
const INLINE_ITEM = /([1-9][0-9]?)[.．、，,](?=\s*(?:[\u4e00-\u9fff《]|(?:19|20)\d{2}年))/g;
const INLINE_ITEM_AT_START = /^1[.．、，,]/;
/** …and one written without a mark, right before a title's first Chinese character (1电力…2电力…) */
const INLINE_BARE_ITEM = /([1-9])(?=[\u4e00-\u9fff《])/g;

/**
 * An attachment's title as the 附件说明 lists it, without the 《》 it may be quoted in and without
 * the notes after it (TITLE_NOTE: （另发）, a download hint, .docx), which are kept as its note.
 */
function attachmentTitle(raw: string): { title: string; note?: string } {
  let title = squeezeCjkSpaces(raw);
  let note = "";
  // (a page writes two at most: 《…》.docx（请点击下载）)
  for (let k = 0, m = TITLE_NOTE.exec(title); m && k < 2; k++, m = TITLE_NOTE.exec(title)) {
    note = m[0].trim() + note;
    title = title.slice(0, m.index);
  }
  // (a downloaded copy's number before the file's extension, …分配表(1).xlsx, is the download's: a note too)
  const copy = note.startsWith(".") ? DOWNLOAD_COPY.exec(title) : null;
  if (copy) {
    note = copy[0] + note;
    title = title.slice(0, copy.index);
  }
  // (a file named with its own label, 1.附件1 2021年…分配表.xlsx: the label is the list's, not the title's)
  return { title: title.replace(FILE_LABEL_OPENING, "").replace(/^《(.*)》$/, "$1"), ...(note ? { note } : {}) };
}

/**
 * What a page adds to its 附件说明 that names no attachment — a remark in the label (附件(请点击下载查看):,
 * 附件下载:) or a download address after it (附件:(下载地址为http://…) — said, not silently dropped.
 */
function skippedInLabel(label: string, first: string, b: Block, diagnostics: Diagnostic[]): void {
  const bare = label.replace(/[ \u3000]+/g, "");
  const skipped = [bare !== attachmentLabel(label) ? bare.slice(attachmentLabel(label).length) : "", DOWNLOAD_NOTE.test(first.trim()) ? first.trim() : ""].filter(Boolean);
  if (!skipped.length || b.kind !== "para") return;
  diagnostics.push({ severity: "info", code: "web-chrome-skipped", message: `skipped a page's download hint in the 附件说明: "${skipped.join("\", \"")}"`, line: b.line, column: b.column });
}

function attachmentItems(label: string, first: string, rest: ParagraphBlock[], line: number): Attachment[] {
  const items: Attachment[] = [];
  const add = (text: string, at: number) => {
    // (a decimal outline number, 1.3编制依据, is part of the title, not the attachment's number)
    const found = matchMarker(text);
    const m = found && !found.style.startsWith("decimal") ? found : null;
    const title = (m ? text.slice(m.length) : text).replace(/[。.；;]$/, "").trim();
    if (!title) return;
    items.push({ label: m ? `${label}${m.ordinal}` : label, ...attachmentTitle(title), line: at });
  };
  // 附件：附件1  汇总表附件2  调整计划… — the list written on one line, each title after its own label
  const labelled = [...first.matchAll(NUMBERED_ATTACHMENT)];
  if (labelled.length && labelled[0]!.index === first.search(/\S/)) {
    labelled.forEach((m, k) => {
      const title = first.slice(m.index + m[0].length, labelled[k + 1]?.index ?? first.length).replace(/[。.；;]$/, "").trim();
      if (title) items.push({ label: `附件${Number(toHalfWidth(m[1]!))}`, ...attachmentTitle(title), line });
    });
  } else if (inlineItems(first).length >= 2) {
    for (const [n, title] of inlineItems(first)) items.push({ label: `${label}${n}`, ...attachmentTitle(title), line });
  } else if (first.trim() && !DOWNLOAD_NOTE.test(first.trim())) add(first.trim(), line);
  for (const b of rest) add(b.text, b.line);
  // a single unnumbered one keeps the bare label; numbered ones carry their number
  return items;
}

/** 南通市教育局　　　南通市财政局: joint signatures side by side are listed with 、 (a single space between them
 *  too, 苍南县财政局 苍南县卫生健康局, when each side is an organ's name). */
function signers(line: string): string {
  const organs = line.trim().split(/\s{2,}|\u3000+/).map((x) => squeezeCjkSpaces(x)).filter(Boolean);
  if (organs.length > 1 && organs.every(isOrganLine)) return organs.join("、");
  const spaced = line.trim().split(/\s+/);
  return spaced.length > 1 && spaced.every((x) => isOrganLine(x) && !charsAtMost(x, 2)) ? spaced.join("、") : squeezeCjkSpaces(line);
}

/**
 * `taken`: fields an earlier closing (the covering notice's) already filled, whose lines here
 * stay in the body instead of replacing them.
 */
/** A numbered file's name on a line of its own (1.高等学校…方案(更新版).docx): group 1 the number, 2 the name */
const NUMBERED_FILE = /^([0-9]{1,2})[.．、]\s*(\S.{1,80})$/;

/**
 * `t` without the stray mark that ends it and the spaces before it — a run of ? (a character the
 * page could not encode), a run of | (a layout table's border) or one 。 — as
 * `t.replace(/\s*(?:[?？]+|\|+|。)$/, "")` would give: read back from the end, since most lines
 * end in 。 and the pattern would be tried at every position of each.
 */
export function withoutStrayMarkEnd(t: string): string {
  let k = t.length - 1;
  const last = t[k];
  if (last === "。") k--;
  else if (last === "?" || last === "？") while (k >= 0 && (t[k] === "?" || t[k] === "？")) k--;
  else if (last === "|") while (k >= 0 && t[k] === "|") k--;
  else return t;
  while (k >= 0 && WHITE_SPACE.test(t[k]!)) k--;
  return t.slice(0, k + 1);
}
const WHITE_SPACE = /^\s$/;

/** A 抄送 or 抄报 value that is a list: its brackets closed, no piece longer than an organ's name can be, none a phrase with 的 in it. */
function ccList(value: string): boolean {
  const v = value.trim().replace(/[。；;]$/, "");
  if (!bracketsBalanced(v, "（(〔【［[", "）)〕】］]")) return false;
  return splitOrgans(v).every((p) => charsAtMost(p, 30) && !p.includes("的"));
}

/** A date set off by spaces after the last sentence's stop, ending the paragraph (group 1 the date) */
const DATE_AFTER_STOP = new RegExp(`[。！？!?][ \\u3000]+(${DATE_SOURCE})$`);

/** The blocks with a signature run on at the end of the text's last paragraph set on lines of its own, when no date line follows it. */
function signatureApart(blocks: Block[]): Block[] {
  for (let k = blocks.length - 1; k >= 0 && k >= blocks.length - 4; k--) {
    const b = blocks[k]!;
    if (b.kind !== "para") return blocks;
    const t = b.text.trimEnd();
    if (dateOnly(t.trim())) return blocks;
    // (only a paragraph that holds a sentence and ends in a date is asked)
    if (!/[0-9〇○零一二三四五六七八九十]日$/.test(t) || !/[。！？!?]/.test(t)) continue;
    const g = gluedSignature(t);
    if (!g) {
      // …or its date alone, set off from the last sentence by a space (…作出更大贡献。 二○○五年二月七日): a
      // page that printed the signature's date on the paragraph's line
      const d = DATE_AFTER_STOP.exec(t);
      if (!d || !dateOnly(d[1]!)) return blocks;
      const at = t.length - d[1]!.length;
      return [...blocks.slice(0, k), sliceParagraph(b, 0, t.length - d[0].length + 1), sliceParagraph(b, at, t.length), ...blocks.slice(k + 1)];
    }
    const pieces = [sliceParagraph(b, 0, g.textEnd), sliceParagraph(b, g.organAt, g.organEnd), sliceParagraph(b, g.dateAt, t.length)];
    return [...blocks.slice(0, k), ...pieces, ...blocks.slice(k + 1)];
  }
  return blocks;
}

export function extractClosing(input: Block[], diagnostics: Diagnostic[], issuerHint: string | null, taken: { printedBy?: boolean } = {}): Closing {
  const blocks = signatureApart(input);
  const c: Closing = {
    attachments: [], signature: null, annotation: null, cc: [], ccUp: [], keywords: [], recipients: [], printedBy: null, body: [],
  };
  const body: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== "para") {
      body.push(b);
      continue;
    }
    const t = b.text.trim();
    let m: RegExpExecArray | null;
    // (a list of organs: a value that holds a sentence, a line joined to the 抄送 label, is no list — its
    // words would be cut into organs and 等 dropped)
    if ((m = CC_LINE.exec(t)) && (m[1]!.replace(/\s+/g, "").length > 1 || m[2]!.trim()) && ccList(m[2]!)) {
      c.cc.push(...splitOrgans(m[2]!));
      // (a list that goes on on the line below, no label of its own: 抄送:县发展和改革局,…县税务局。 /
      // 永靖镇、养龙司镇、…青山苗族乡。 — organs only, two or more)
      const next = blocks[i + 1];
      if (next?.kind === "para") {
        const nt = next.text.trim();
        const more = /[、，,]/.test(nt) && !/[：:]/.test(nt) && ccList(nt) ? splitOrgans(nt) : [];
        // (towns stand for their governments in a county's 抄送: 永靖镇, 青山苗族乡)
        if (more.length >= 2 && more.every((o) => isOrganLine(o) || /^[\u4e00-\u9fa5]{2,8}(?:镇|乡|街道)$/.test(o))) {
          c.cc.push(...more);
          i++;
        }
      }
      continue;
    }
    if ((m = CC_UP_LINE.exec(t)) && (m[1]!.replace(/\s+/g, "").length > 1 || m[2]!.trim()) && ccList(m[2]!)) {
      c.ccUp.push(...splitOrgans(m[2]!));
      continue;
    }
    if ((m = /^主\s*送\s*[：:]\s*(.*)$/.exec(t)) && isRecipientList(m[1]!)) {
      c.recipients.push(...splitOrgans(m[1]!));
      continue;
    }
    // the lazy pattern runs only on lines that end in 印发 (it was tried on every closing line)
    // one 印发 line: a second stays in the body rather than replace the first
    // (and the 印发机关 ends in an organ word: in 办公室　一2019年5月4日印发 the line is damaged, and
    // stays whole in the body rather than be cut inside a word)
    if (!c.printedBy && !taken.printedBy && PRINTED_END.test(t) && (m = PRINTED_RE.exec(t)) && (ORGAN_SUFFIX.test(m[1]!.trim()) || (PRINTING_OFFICE.test(m[1]!.trim()) && !/[。；，,]/.test(m[1]!)))) {
      const d = findDate(m[2]!);
      // dateText as written: all the pattern took as the date (一2022年3月16日 reads as 2022年3月16日)
      c.printedBy = { organ: squeezeCjkSpaces(m[1]!).replace(/^[─━—\-_=＝]+/, ""), date: d?.iso ?? null, dateText: d ? m[2]!.trim() : null };
      continue;
    }
    const nextText = blocks[i + 1]?.kind === "para" ? (blocks[i + 1] as ParagraphBlock).text.trim() : "";
    if ((m = ATTACH_RE.exec(t)) && m[2]!.trim() === "" && !matchMarker(nextText) && !LONE_ITEM_NUMBER.test(nextText) && nextText && charsAtMost(nextText, 60) && !/[。；：:]/.test(nextText) && !dateOnly(nextText) && !isOrganLine(nextText) && !CC_LINE.test(nextText)) {
      // 附件： alone, its title on the line below
      skippedInLabel(m[1]!, "", b, diagnostics);
      c.attachments.push(...attachmentItems(attachmentLabel(m[1]!), nextText, [], blocks[i + 1]!.line));
      i++;
      continue;
    }
    if ((m = ATTACH_RE.exec(t)) && (m[2]!.trim() !== "" || matchMarker(nextText) || LONE_ITEM_NUMBER.test(nextText))) {
      const rest: ParagraphBlock[] = [];
      let j = i + 1;
      while (j < blocks.length) {
        const nb = blocks[j]!;
        if (nb.kind !== "para") break;
        // (a number alone on its line, its title on the next — a page's list of download links: 1. / 报名表.docx)
        const below = LONE_ITEM_NUMBER.test(nb.text.trim()) ? blocks[j + 1] : undefined;
        if (below?.kind === "para" && !matchMarker(below.text) && charsAtMost(below.text, 80) && !/[。；：:]/.test(below.text) && !dateOnly(below.text)) {
          rest.push({ ...nb, text: nb.text.trim() + below.text.trim() });
          j += 2;
          continue;
        }
        const mm = matchMarker(nb.text);
        // (a page's download links, one file a line without numbers, under a first one: 附件:东卫函〔2016〕94号.pdf /
        // 粤卫通〔2016〕4号.pdf)
        // (not another 附件2: line, nor the first file's name again — a page prints its link twice)
        if (!mm && FILE_NAME.test(m[2]!.trim()) && FILE_NAME.test(nb.text.trim()) && charsAtMost(nb.text, 80) && !ATTACH_RE.test(nb.text.trim()) && nb.text.trim() !== m[2]!.trim() && !rest.some((x) => x.text.trim() === nb.text.trim())) {
          rest.push(nb);
          j++;
          continue;
        }
        // (a title may run long: …可行性研究报告的评审意见（陕电经研规划〔2021〕214号）)
        if (!mm || /[。；]$/.test(nb.text) || !charsAtMost(nb.text, 150)) break;
        rest.push(nb);
        j++;
      }
      // (a file's name under the signature, the notice's 附件说明 read above it — 附件:農漁發〔2018〕32號.CEB —
      // is the page's link to the notice itself, no attachment of it)
      if (c.signature && c.attachments.length > 0 && rest.length === 0 && FILE_NAME.test(m[2]!.trim())) {
        diagnostics.push({ severity: "info", code: "web-chrome-skipped", message: `skipped web page text "${t}"`, line: b.line, column: b.column });
        continue;
      }
      // (a page's 附件下载: link names the attachment as 附件 does)
      skippedInLabel(m[1]!, m[2]!, b, diagnostics);
      c.attachments.push(...attachmentItems(attachmentLabel(m[1]!), m[2]!, rest, b.line));
      i = j - 1;
      continue;
    }
    // (…and a form's disclosure field, 政府信息公开选项:依申请公开, which says the same as （此件依申请公开）)
    if ((/^[（(](此件|本件|此文|联系人|联系电话|来源|信息来源|本文来源)/.test(t) && /[）)]$/.test(t) && enclosed(t)) || SEALED_ON_BEHALF.test(t) || DISCLOSURE_LINE.test(t)) {
      c.annotation = c.annotation ? `${c.annotation}\n${t}` : t;
      continue;
    }
    if ((m = /^主\s*题\s*词\s*[：:]\s*(.*)$/.exec(t))) {
      c.keywords.push(...m[1]!.split(/[\s\u3000、，,；;]+/).filter(Boolean));
      continue;
    }
    // a page's numbered list of its files below the signature (1.高等学校…方案(更新版).docx / 2.…): the attachments
    // the notice's 附件说明 would name, the page having printed them as its download links
    const file = c.signature && FILE_NAME.test(t) ? NUMBERED_FILE.exec(t) : null;
    if (file) {
      const named = attachmentTitle(file[2]!);
      // (…repeating the 附件说明 above it: the page's links, said and skipped)
      if (c.attachments.some((a) => a.title === named.title)) diagnostics.push({ severity: "info", code: "web-chrome-skipped", message: `skipped web page text "${t}"`, line: b.line, column: b.column });
      else c.attachments.push({ label: `附件${Number(file[1])}`, ...named, line: b.line });
      continue;
    }
    // (a page may leave a stray ? where a character was lost after the date: 二○○八年八月二十六日 ?, or its
    // layout table's border: 二○一○年十二月二日 |)
    // (…or a full stop typed after it: 2020年6月3日。)
    const d = /^[（(]/.test(t) ? null : dateOnly(withoutStrayMarkEnd(t));
    // the 成文日期 printed twice (legal databases repeat it): the repeat says nothing new
    if (d && c.signature && c.signature.dateText === d.text) continue;
    // (a date above all the text, no organ over it — a page's 2021-07-30 under the title — signs nothing:
    // it stays where it stands, and a signature below may still date the notice)
    const above = d && !c.signature && !body.some((x) => x.kind === "para" && x.text.includes("。")) && !(body.length && body[body.length - 1]!.kind === "para" && isOrganLine((body[body.length - 1] as ParagraphBlock).text));
    if (above && blocks.slice(i + 1).some((x) => x.kind === "para" && x.text.includes("。"))) {
      body.push(b);
      continue;
    }
    // one 成文日期: any other date line after it stays in the body (with the organ line above it)
    if (d && !c.signature) {
      // a line saying another office sealed on the issuer's behalf（代章）may stand between them
      let sealedAt = body.length - 1;
      const sealed = body[sealedAt];
      if (sealed && sealed.kind === "para" && SEALED_ON_BEHALF.test(sealed.text.trim())) sealedAt--;
      const prev = body[sealedAt];
      let issuer: string | null = null;
      const organAt = (k: number) => k >= 0 && body[k]!.kind === "para" && isOrganLine((body[k] as ParagraphBlock).text) && isOrganLine(signers((body[k] as ParagraphBlock).text).split("、")[0]!);
      // a joint signature stacks its organs on lines of their own (中共岳阳市委办公室 / 岳阳市人民政府办公室),
      // up to four; a longer column of organ lines above the date is a list the text gives (the
      // signers of a forwarded document, one per line), not this notice's signature
      // (…and many organs signing jointly are set two or more to a line, 生态环境部 发展改革委 / 工业和信息化部 公安部 /
      // …: a grid of such lines is the signature however many rows it has)
      // (…unless the 附件说明 stands right above the column, where GB/T 9704 sets a signature: 附件:… /
      // 环境保护部 / 北京市人民政府 / … seven organs … / 2017年8月28日 — no list the text gives stands there)
      const listed = c.attachments[c.attachments.length - 1];
      const underAttachments = (top: number) => !!listed && body[top]!.line > listed.line && (top === 0 || body[top - 1]!.line < listed.line);
      const gridAt = (k: number) => k >= 0 && body[k]!.kind === "para" && signers((body[k] as ParagraphBlock).text).split("、").length > 1 && signers((body[k] as ParagraphBlock).text).split("、").every(isOrganLine);
      /** the top of a column of five to twelve organ lines ending at `k` that stands right under the 附件说明, or null */
      const columnUnder = (k: number): number | null => {
        let top = k;
        while (k - top < 11 && organAt(top - 1)) top--;
        return k - top >= 4 && underAttachments(top) ? top : null;
      };
      if (prev && prev.kind === "para" && gridAt(sealedAt)) {
        let top = sealedAt;
        while (sealedAt - top < 11 && (gridAt(top - 1) || organAt(top - 1))) top--;
        issuer = body.slice(top, sealedAt + 1).map((b) => signers((b as ParagraphBlock).text)).join("、");
        const note = sealedAt < body.length - 1 ? (body[body.length - 1] as ParagraphBlock).text.trim() : null;
        body.splice(top, body.length - top);
        if (note) c.annotation = c.annotation ? `${c.annotation}\n${note}` : note;
      } else if (prev && prev.kind === "para" && isOrganLine(prev.text) && (!(organAt(sealedAt - 1) && organAt(sealedAt - 2) && organAt(sealedAt - 3) && organAt(sealedAt - 4)) || columnUnder(sealedAt) !== null)) {
        let top = columnUnder(sealedAt) ?? sealedAt;
        // (an organ named under an item's bare heading is the item's content, not a co-signer:
        // 2、职能单位末位排名 / 交通局 / … / 舟曲县…领导小组办公室 / 2020年4月10日)
        const underItem = (k: number) => k > 0 && body[k - 1]!.kind === "para" && !!matchMarker((body[k - 1] as ParagraphBlock).text) && !/[。；;]$/.test((body[k - 1] as ParagraphBlock).text.trim());
        while (sealedAt - top < 3 && organAt(top - 1) && !underItem(top - 1)) top--;
        issuer = body.slice(top, sealedAt + 1).map((b) => signers((b as ParagraphBlock).text)).join("、");
        // one organ whose long name the layout wrapped (莞城街道新型冠状病毒肺炎 / 疫情防控指挥部办公室): the
        // line above, a place and words but no organ of its own and no sentence, is the name's first half
        const head = top === sealedAt && top > 0 && body[top - 1]!.kind === "para" ? (body[top - 1] as ParagraphBlock).text.trim() : "";
        if (head && WRAPPED_ORGAN_HEAD.test(head) && !isOrganLine(head) && !/^特此/.test(head) && isOrganLine(head + issuer)) {
          issuer = head + issuer;
          top--;
        }
        const note = sealedAt < body.length - 1 ? (body[body.length - 1] as ParagraphBlock).text.trim() : null;
        body.splice(top, body.length - top);
        if (note) c.annotation = c.annotation ? `${c.annotation}\n${note}` : note;
      }
      c.signature = { issuer, date: d.iso, dateText: d.text };
      if (!d.iso) {
        diagnostics.push({
          severity: "warning", code: "date-unreadable",
          message: d.ambiguous
            ? `成文日期 "${d.text}" has lost its 年月日 and can be read as more than one date — left unread`
            : `成文日期 "${d.text}" is not a real calendar date`,
          line: b.line, column: b.column,
        });
      }
      continue;
    }
    // organ and date on one line: "滁州市科学技术协会 2017年5月4日" (or glued: 东莞市卫生和计划生育局2016年4月20日)
    // (asked of a short line ending in the date's last character: the lazy pattern is quadratic on a long run of spaces)
    const same = t.length <= 80 && /[日号號]$/.test(t) ? ORGAN_DATE_RE.exec(t) : null;
    if (same && isOrganLine(same[1]!) && !c.signature) {
      const sd = findDate(same[2]!);
      c.signature = { issuer: squeezeCjkSpaces(same[1]!), date: sd?.iso ?? null, dateText: sd?.text ?? null };
      continue;
    }
    body.push(b);
  }
  // 署名 without a date (seed 003): the last organ-name line of the body, matching the issuer
  if (!c.signature) {
    for (let k = body.length - 1; k >= Math.max(0, body.length - 3); k--) {
      const b = body[k]!;
      if (b.kind !== "para") continue;
      const name = squeezeCjkSpaces(b.text);
      if (isOrganLine(name) && (k === body.length - 1 || name === issuerHint) && charsAtMost(name, 30)) {
        // (organs signing jointly stack their names, no date below them — 马关县工信商务局 / 马关县市场监督管理局 /
        // 马关县城乡管理综合执法局 — up to four, as above a date; a longer column is a list the text gives)
        let top = k;
        const organLine = (j: number) => j >= 0 && body[j]!.kind === "para" && isOrganLine(squeezeCjkSpaces((body[j] as ParagraphBlock).text)) && charsAtMost((body[j] as ParagraphBlock).text.trim(), 30);
        if (k === body.length - 1) while (k - top < 3 && organLine(top - 1)) top--;
        // (…below the text's last sentence or 特此通告: under a list's label, 二等奖(4名), the names are the list's)
        const above = top > 0 && body[top - 1]!.kind === "para" ? (body[top - 1] as ParagraphBlock).text.trim() : "";
        if (organLine(top - 1) || (top > 0 && !/[。！!]$|^特此/.test(above))) top = k;
        const names = [...new Set(body.slice(top, k + 1).map((x) => squeezeCjkSpaces((x as ParagraphBlock).text)))];
        c.signature = { issuer: names.join("、"), date: null, dateText: null };
        body.splice(top, k - top + 1);
        break;
      }
    }
  }
  c.body = body;
  return c;
}

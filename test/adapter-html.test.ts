import { readFileSync } from "node:fs";
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { htmlDeclaredCharset, htmlMetadata, htmlToBlocks } from "../src/adapters/html.js";
import { hanCount } from "../src/adapters/html-dom.js";
import { normalize } from "../src/adapters/html-walk.js";
import { isWideSpace, WIDE_SPACE } from "../src/lexicon/layout.js";
import type { Block, ParagraphBlock, TableBlock } from "../src/model/blocks.js";

const bytes = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
const paras = (blocks: Block[]) => blocks.filter((b): b is ParagraphBlock => b.kind === "para");
const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.kind === "table");
const allText = (blocks: Block[]) => blocks.map((b) => (b.kind === "para" ? b.text : b.rows.flat().join("\n"))).join("\n");
const squeeze = (s: string) => s.replace(/\s/g, "");
const page = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;
const CHROME = ["当前位置", "首页", "打印本页", "关闭窗口", "版权所有", "分享到", "相关链接", "浏览次数", "科协概况", "请输入关键字", "ICP备"];

describe("htmlToBlocks: fixture html-yangzhou-2019-work-points.html", () => {
  const html = bytes("html-yangzhou-2019-work-points.html").toString("utf8");
  const blocks = htmlToBlocks(html);
  const text = allText(blocks);

  it("drops navigation, breadcrumb, tools and footer", () => {
    for (const w of CHROME) expect(text, w).not.toContain(w);
  });

  it("starts at the article: masthead, number, title (an <h2>)", () => {
    expect(paras(blocks).slice(0, 3).map((b) => [b.text, b.heading])).toEqual([
      ["扬州市科学技术协会", 0],
      ["扬科协字〔2019〕30号", 0],
      ["关于印发《2019年扬州市科协工作要点》的通知", 2],
    ]);
  });

  it("splits a <p> at <br> into lines that do not follow a blank", () => {
    const i = paras(blocks).findIndex((b) => b.text.startsWith("各市级学会"));
    const [a, b] = paras(blocks).slice(i, i + 2);
    expect([a!.text, a!.blankBefore, a!.softBreakAfter]).toEqual(["各市级学会（协会、研究会）、高校科协，各县（市、区）科协，", true, true]);
    expect([b!.text, b!.blankBefore, b!.line, b!.softBreakAfter]).toEqual(["化工园区科协：", false, a!.line + 1, false]);
  });

  it("turns <strong> into plain text", () => {
    expect(paras(blocks).some((b) => b.text.startsWith("二是加强宣传激励。与市委宣传部及媒体合作"))).toBe(true);
  });

  it("reads the metadata table and keeps it out of the body", () => {
    expect(htmlMetadata(html)).toMatchObject({
      索引号: "014000397/2019-00012",
      发文机关: "扬州市科学技术协会",
      发文字号: "扬科协字〔2019〕30号",
      成文日期: "2019-03-04",
      发布日期: "2019-03-08",
      主题分类: "科技、教育",
    });
    expect(text).not.toContain("索引号");
    expect(text).not.toContain("014000397");
  });

  it("turns the 重点项目计划 table into a TableBlock with the 分管领导 rowspans expanded", () => {
    const [t] = tables(blocks);
    expect(t!.layout).toBe("html");
    expect(t!.rows).toHaveLength(27);
    expect(t!.rows[0]).toEqual(["序号", "重 点 项 目", "计划完成时间", "牵头部门", "分管领导"]);
    // rows 8–10 share one 分管领导 cell (rowspan=3)
    expect(t!.rows.slice(8, 11).map((r) => [r[0], r[4]])).toEqual([["8", "葛明顺"], ["9", "葛明顺"], ["10", "葛明顺"]]);
    expect(t!.rows.every((r) => r.length === 5)).toBe(true);
    expect(t!.rowLines).toHaveLength(27);
    expect([...t!.rowLines].sort((a, b) => a - b)).toEqual(t!.rowLines);
  });

  it("loses no text of the seed notice", () => {
    const seed = bytes("seed-yangzhou-2019-work-points.txt").toString("utf8");
    const body = squeeze(text);
    for (const line of seed.split("\n")) {
      for (const piece of line.replace(/\*\*|^#+ /g, "").split("\t")) {
        if (piece.trim()) expect(body, piece).toContain(squeeze(piece));
      }
    }
  });

  it("points paragraphs at the HTML source line and column of their first character", () => {
    const lines = html.split("\n");
    for (const b of paras(blocks)) expect(lines[b.line - 1]!.slice(b.column - 1).startsWith(b.text.slice(0, 4)), b.text).toBe(true);
  });
});

describe("htmlToBlocks: fixture html-chuzhou-2017-gbk.html (GBK)", () => {
  const raw = bytes("html-chuzhou-2017-gbk.html");

  it("is really GBK and declares it", () => {
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(raw)).toThrow();
    expect(htmlDeclaredCharset(raw)).toBe("gbk");
  });

  const html = iconv.decode(raw, htmlDeclaredCharset(raw)!);
  const blocks = htmlToBlocks(html);
  const text = allText(blocks);

  it("finds the article in an old table layout and drops the chrome", () => {
    expect(paras(blocks)[0]!.text).toBe("滁科协〔2017〕2号");
    for (const w of [...CHROME, "您现在的位置", "点击数", "附件下载"]) expect(text, w).not.toContain(w);
  });

  it("splits the title at its <br>", () => {
    expect(paras(blocks).slice(1, 3).map((b) => b.text)).toEqual(["关于印发《滁州市科协2017年工作要点》", "的通知"]);
  });

  it("reads the <li><b>label：</b>value metadata and keeps it out of the body", () => {
    expect(htmlMetadata(html)).toMatchObject({ 索引号: "003240137/201705-00004", 发布机构: "滁州市科学技术协会", 文号: "滁科协〔2017〕2号", 发布日期: "2017-05-08" });
    expect(text).not.toContain("003240137");
  });

  it("expands rowspans: 彭国华/学会部/柳  军 in rows 2–4, 全  年 in rows 5–10", () => {
    const [t] = tables(blocks);
    expect(t!.rows[0]).toEqual(["序号", "重点工作内容", "责任人", "责任部室", "分管领导", "完成时间", "备注"]);
    expect(t!.rows.slice(2, 5).map((r) => r.slice(2, 5))).toEqual(Array(3).fill(["彭国华", "学会部", "柳  军"]));
    expect(t!.rows.slice(5, 11).map((r) => r[5])).toEqual(Array(6).fill("全  年"));
    expect(t!.rows).toHaveLength(11);
  });
});

describe("htmlToBlocks: behaviour", () => {
  it("copies a rowspan cell into every row it spans and a colspan cell into every column", () => {
    const blocks = htmlToBlocks(page(`<div class="content"><p>附件：重点任务分解表</p><table>
      <tr><th>序号</th><th>任务</th><th>牵头部门</th><th>完成时限</th></tr>
      <tr><td colspan="4">一、党建工作</td></tr>
      <tr><td>1</td><td>强化政治引领</td><td rowspan="3">办公室</td><td>6月底</td></tr>
      <tr><td>2</td><td>加强作风建设</td><td rowspan="2" colspan="1">全年</td></tr>
      <tr><td>3</td><td>完善制度</td></tr>
      <tr><td>4</td><td colspan="2">合并的单元格</td><td>年底</td></tr>
    </table></div>`));
    expect(tables(blocks)[0]!.rows).toEqual([
      ["序号", "任务", "牵头部门", "完成时限"],
      ["一、党建工作"],
      ["1", "强化政治引领", "办公室", "6月底"],
      ["2", "加强作风建设", "办公室", "全年"],
      ["3", "完善制度", "办公室", "全年"],
      ["4", "合并的单元格", "合并的单元格", "年底"],
    ]);
  });

  it("makes a title merged into the table's first row a paragraph, and skips hidden rows", () => {
    const blocks = htmlToBlocks(page(`<div class="content"><table>
      <tr><td colspan="3">2017年重点工作任务表</td></tr>
      <tr><td>序号</td><td>任务</td><td>责任人</td></tr>
      <tr style="display:none"><td>x</td><td>隐藏行</td><td>x</td></tr>
      <tr><td>1</td><td>草拟改革方案</td><td>柏春艳</td></tr>
    </table></div>`));
    expect(blocks.map((b) => (b.kind === "para" ? b.text : b.rows))).toEqual([
      "2017年重点工作任务表",
      [["序号", "任务", "责任人"], ["1", "草拟改革方案", "柏春艳"]],
    ]);
  });

  it("walks one-column and nested layout tables as ordinary text", () => {
    const blocks = htmlToBlocks(page(`<div id="zoom"><table><tr><td><p>第一段正文内容。</p><p>第二段正文内容。</p></td></tr></table></div>`));
    expect(blocks.map((b) => b.kind)).toEqual(["para", "para"]);
  });

  it("excludes a metadata table that sits inside the article container", () => {
    const html = page(`<div class="article"><table>
      <tr><td>索引号：</td><td>11320000014000000X/2021-00031</td><td>主题分类：</td><td>其他</td></tr>
      <tr><td>发文机关：</td><td>临江市人民政府</td><td>成文日期：</td><td>2021年06月01日</td></tr>
      <tr><td>发文字号</td><td>临政发〔2021〕36号</td><td>发布日期</td><td>2021年06月02日</td></tr>
    </table><p>各镇人民政府，各街道办事处：</p><p>现将有关事项通知如下。</p></div>`);
    expect(paras(htmlToBlocks(html)).map((b) => b.text)).toEqual(["各镇人民政府，各街道办事处：", "现将有关事项通知如下。"]);
    expect(tables(htmlToBlocks(html))).toEqual([]);
    expect(htmlMetadata(html)).toEqual({
      索引号: "11320000014000000X/2021-00031", 主题分类: "其他", 发文机关: "临江市人民政府",
      成文日期: "2021年06月01日", 发文字号: "临政发〔2021〕36号", 发布日期: "2021年06月02日",
    });
  });

  it("splits at <br>; an empty line from <br><br> counts as blank", () => {
    const blocks = paras(htmlToBlocks(page(`<div class="TRS_Editor">一、总体要求<br>（一）指导思想。<br><br>（二）基本原则。</div>`)));
    expect(blocks.map((b) => [b.text, b.blankBefore])).toEqual([
      ["一、总体要求", true],
      ["（一）指导思想。", false],
      ["（二）基本原则。", true],
    ]);
  });

  it("marks a long <br>-ended line in a <p> as soft-wrapped unless the next line is indented", () => {
    const blocks = paras(htmlToBlocks(page(`<div class="content">
      <p align="center">扬州市科学技术协会<br>扬科协字〔2019〕30号</p>
      <p>抄送：省科协、市委巡察工作领导小组、市纪委监委第十五派驻<br>纪检监察组。</p>
      <p>\u3000\u3000一、总体要求。全面贯彻落实党的十九大精神，推动工作。<br>\u3000\u3000二、主要任务。</p>
      <div>各县（市、区）科协、市级学会（协会、研究会）<br>化工园区科协：</div></div>`)));
    expect(blocks.map((b) => [b.text.slice(0, 4), b.softBreakAfter])).toEqual([
      ["扬州市科", false], // short: a masthead, not a wrap
      ["扬科协字", false],
      ["抄送：省", true],
      ["纪检监察", false],
      ["一、总体", false], // the next line is indented: a new paragraph
      ["二、主要", false],
      ["各县（市", false], // <br> in a <div> is a line break of a text dump, not a wrap
      ["化工园区", false],
    ]);
  });

  it("turns &nbsp; and U+3000 into trimmed spaces and glues CJK lines Word wrapped in the source", () => {
    const blocks = paras(htmlToBlocks(page(`<div class="content"><p>&nbsp;&nbsp;\u3000\u3000现将《滁州市科协
2017年工作要点》印发给你们，请认真
抓好落实。</p><p>责任人：柳&nbsp;&nbsp;军</p><p>Science and
Technology</p></div>`)));
    expect(blocks.map((b) => b.text)).toEqual(["现将《滁州市科协 2017年工作要点》印发给你们，请认真抓好落实。", "责任人：柳  军", "Science and Technology"]);
    expect(blocks[0]!.spans.map((s) => s.line)).toEqual([1, 2, 3]);
  });

  it("gives headings their depth and list items one block each", () => {
    const blocks = paras(htmlToBlocks(page(`<div class="detail"><h1>关于开展科普活动的通知</h1><h3>一、活动时间</h3><ul><li>九月第三周</li><li>全国科普日</li></ul></div>`)));
    expect(blocks.map((b) => [b.text, b.heading])).toEqual([
      ["关于开展科普活动的通知", 1],
      ["一、活动时间", 3],
      ["九月第三周", 0],
      ["全国科普日", 0],
    ]);
  });

  it("falls back to the element with the most Chinese text in <p> when no container is named", () => {
    const blocks = paras(htmlToBlocks(page(`<div class="l"><p>网站地图</p></div><div class="r"><p>各县区科协：</p><p>为做好全国科普日活动，现将有关事项通知如下。</p></div><div class="x"><p>联系我们</p></div>`)));
    expect(blocks.map((b) => b.text)).toEqual(["各县区科协：", "为做好全国科普日活动，现将有关事项通知如下。"]);
  });

  it("adds the page title when the article body leaves it out", () => {
    const blocks = paras(htmlToBlocks(page(`<div class="main"><h1 class="title">关于开展2021年全国科普日活动的通知</h1><span>发布时间：2021-08-01</span>
      <div class="TRS_Editor"><p>各县（市、区）科协：</p><p>${"为深入贯彻落实全民科学素质行动规划纲要，定于九月举办全国科普日活动。".repeat(4)}</p></div></div>`)));
    // the body holds over 80% of the wrapper's text, so the container is the TRS_Editor div
    expect(blocks.map((b) => [b.text.slice(0, 6), b.heading])).toEqual([["关于开展20", 1], ["各县（市、区", 0], ["为深入贯彻落", 0]]);
  });

  it("keeps an article wrapped in a page-wide <form> (ASP.NET) and drops hidden elements", () => {
    const blocks = paras(htmlToBlocks(page(`<form id="form1"><div class="nav">首页 | 通知公告</div><div id="content"><p>各有关单位：</p><p style="display:none">隐藏的文字</p><p>现将《实施方案》印发给你们，请认真贯彻执行。</p></div></form>`)));
    expect(blocks.map((b) => b.text)).toEqual(["各有关单位：", "现将《实施方案》印发给你们，请认真贯彻执行。"]);
  });
});

describe("htmlDeclaredCharset", () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it("reads <meta charset> and the http-equiv form", () => {
    expect(htmlDeclaredCharset(enc(`<html><head><meta charset="UTF-8"></head>`))).toBe("utf-8");
    expect(htmlDeclaredCharset(enc(`<meta http-equiv="Content-Type" content="text/html; charset=gbk">`))).toBe("gbk");
    expect(htmlDeclaredCharset(enc(`<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=GB2312'>`))).toBe("gb2312");
  });
  it("ignores declarations past the first 2 KiB, in comments, or absent", () => {
    expect(htmlDeclaredCharset(enc(`<html>${" ".repeat(2100)}<meta charset="gbk">`))).toBeNull();
    expect(htmlDeclaredCharset(enc(`<!-- <meta charset="big5"> --><p>x</p>`))).toBeNull();
    expect(htmlDeclaredCharset(enc(`<p>没有声明</p>`))).toBeNull();
  });
});

describe("hanCount: how much of the notice an element holds", () => {
  const HAN = /\p{Script=Han}/gu;
  const byPattern = (s: string) => s.match(HAN)?.length ?? 0;
  it("agrees with \\p{Script=Han} on every code point (the table of BMP ranges and the pattern beyond it)", () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      if (hanCount(`a${ch}b`) !== byPattern(ch)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
  it("counts as the pattern does in any string, lone surrogates included", () => {
    const pieces = fc.constantFrom("通知", "𠀀", "\ud840", "\udc00", "〇", "々", "a", " ", "，", "⺀", "\ud83d\ude00");
    fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: "binary" })), { maxLength: 20 }), (parts) => {
      const s = parts.join("");
      expect(hanCount(s)).toBe(byPattern(s));
    }), { numRuns: 2000 });
  });
});

describe("normalize: HTML whitespace of a paragraph's text, with the offset map", () => {
  // the rules written one character at a time, as the walker first did
  const reference = (raw: string) => {
    const WS = /[ \t\n\r\f]/;
    const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2010-\u206f]/u;
    const ENTITY = /^&(?:nbsp|ensp|emsp|thinsp|#160|#12288|#x3000|#xa0);/i;
    const map = new Int32Array(raw.length + 1);
    let out = "";
    let i = 0;
    while (i < raw.length) {
      const ch = raw[i]!;
      if (WS.test(ch)) {
        let j = i;
        let newline = false;
        for (; j < raw.length && WS.test(raw[j]!); j++) if (raw[j] === "\n") newline = true;
        const glue = newline && CJK.test(out.slice(-1)) && j < raw.length && CJK.test(raw[j]!);
        for (let k = i; k < j; k++) map[k] = out.length;
        if (!glue) out += " ";
        i = j;
        continue;
      }
      const entity = ch === "&" ? ENTITY.exec(raw.slice(i, i + 10)) : null;
      if (entity) {
        for (let k = i; k < i + entity[0].length; k++) map[k] = out.length;
        out += " ";
        i += entity[0].length;
        continue;
      }
      map[i] = out.length;
      out += /[\u00a0\u2002-\u200a\u3000]/.test(ch) ? " " : ch;
      i++;
    }
    map[raw.length] = out.length;
    return { text: out, map: [...map] };
  };
  it("isWideSpace is WIDE_SPACE on every UTF-16 unit", () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isWideSpace(c) !== new RegExp(WIDE_SPACE.source).test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
  it("gives the text and the map the rules give, on any text", () => {
    const pieces = fc.constantFrom("通知", "a", " ", "\n", "\r\n", "\t", "\f", "&", "&nbsp;", "&NBSP;", "&#12288;", "&amp;", "&nbsp", "\u00a0", "\u3000", "\u2002", "\u200a", "\u200b", "，", "𠀀", "\ud840", "Ａ");
    fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: "binary", maxLength: 4 })), { maxLength: 30 }), (parts) => {
      const raw = parts.join("");
      const got = normalize(raw);
      expect({ text: got.text, map: [...got.map] }).toEqual(reference(raw));
    }), { numRuns: 3000 });
  });
});

describe("a page's source saved as a text file (a law database's <p>…</p> under its metadata lines)", async () => {
  const { parseNotice } = await import("../src/parse.js");
  const text = "发文机关:山西省人民政府\n文号 :晋政发〔2018〕13号\n<p>各市、县人民政府,省人民政府各委、办、厅、局:</p><p> 现将《增收实施方案》印发给你们,请认真组织实施。</p><p style=\"text-align: right;\"> 山西省人民政府</p><p style=\"text-align: right;\"> 2018年3月27日</p><p><br/></p><p style=\"text-align: center;\"><strong>增收实施方案</strong></p><p><strong> 一、指导思想</strong></p><p> 以习近平新时代中国特色社会主义思想为指导,制定本方案。</p><p><strong> 二、总体目标</strong></p><p> 到2020年,居民收入稳步增长。</p>\n";
  const doc = await parseNotice(Buffer.from(text), { path: "law.txt" });
  it("reads the markup's paragraphs as the text's lines: no tag in any heading or text", () => {
    expect(doc.parts.map((p) => [p.title, p.sections.map((s) => s.heading)])).toEqual([["增收实施方案", ["指导思想", "总体目标"]]]);
    expect(doc.signature?.date).toBe("2018-03-27");
    expect(JSON.stringify(doc)).not.toMatch(/<\/?(?:p|strong|br)\b/);
  });
  it("keeps the lines around the markup where they are (positions of the file)", () => {
    expect(doc.header.docNumber?.raw).toBe("晋政发〔2018〕13号");
    expect(doc.parts[0]!.sections[0]!.line).toBe(3);
  });
});

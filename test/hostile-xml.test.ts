// The XML inside .docx and .ofd packages (issue 14): read with saxes, a streaming XML parser.
// Entities a document declares are never expanded (billion laughs, XXE), nesting past the cap is
// refused while parsing (E_TOO_DEEP, exit 8), broken structure is a damaged file with its line
// and column, and namespaces are resolved whatever prefix a writer chose.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { docxToBlocks } from "../src/adapters/docx.js";
import { ofdToBlocks } from "../src/adapters/ofd.js";
import { parseXml, usualPrefixes, type XmlEl } from "../src/adapters/ooxml.js";
import { readdirSync, readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import { EXIT, KexieError } from "../src/model/errors.js";
import { LIMITS } from "../src/model/limits.js";
import { parseNotice } from "../src/parse.js";
import { docxEntities, docxNested, docxWithBody, ofdNested, zipArchive } from "../scripts/make-hostile.mjs";
import { runCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/tmp.js";

const texts = (blocks: ReturnType<typeof docxToBlocks>) => blocks.map((b) => (b.kind === "para" ? b.text : b.rows.flat().join("|")));

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
}

describe("entities", () => {
  it("billion laughs and XXE: declared entities stay as written, nothing is expanded or read", () => {
    const lines = texts(docxToBlocks(docxEntities()));
    expect(lines).toContain("笑&lol9;声");
    expect(lines).toContain("密&xxe;码");
    expect(lines.join("")).not.toMatch(/lollol|root:/);
    expect(lines[0]).toMatch(/^第1段/);
  });

  it("the five predefined entities and character references are decoded", () => {
    const lines = texts(docxToBlocks(docxWithBody('<w:p><w:r><w:t>A&amp;B &lt;C&gt; &quot;D&apos; &#x4E00;&#20108;</w:t></w:r></w:p>')));
    expect(lines).toEqual([`A&B <C> "D' 一二`]);
  });
});

describe("nesting depth", () => {
  const dir = tempDir("kexie-xml-");

  it(`a .docx nested ${LIMITS.nestingDepth - 1} deep is read; ${LIMITS.nestingDepth + 1} deep is refused with E_TOO_DEEP`, () => {
    // w:document and w:body (2 levels), two per content control, then w:p, w:r, w:t (3 levels)
    const depthOf = (k: number) => 2 * k + 5;
    const under = (LIMITS.nestingDepth - 6) / 2;
    expect(depthOf(under)).toBe(LIMITS.nestingDepth - 1);
    expect(texts(docxToBlocks(docxNested(under)))[0]).toMatch(/^第1段/);
    expect(depthOf(under + 1)).toBe(LIMITS.nestingDepth + 1);
    const e = thrown(() => docxToBlocks(docxNested(under + 1)));
    expect(e).toBeInstanceOf(KexieError);
    expect((e as KexieError).code).toBe("E_TOO_DEEP");
    expect((e as KexieError).message).toMatch(/word\/document\.xml nests XML elements more than 256 levels deep/);
  });

  it("100,000 nested elements: one error line, exit 8, for .docx and .ofd, in a small heap", async () => {
    for (const [name, bytes] of [["deep.docx", docxNested(100_000)], ["deep.ofd", ofdNested(100_000)]] as const) {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      const r = await runCli(["parse", file], { node: ["--max-old-space-size=128", "--stack-size=200"] });
      expect(r.code).toBe(EXIT.tooDeep);
      const lines = r.stderr.trimEnd().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(file);
      expect(lines[0]).toMatch(/nests XML elements more than 256 levels deep.*\[E_TOO_DEEP\]$/);
    }
  }, 60_000);

  it("an .ofd nested within the cap is read", () => {
    const blocks = ofdToBlocks(ofdNested(10));
    expect(texts(blocks).join("")).toContain("各部门要认真抓好落实。");
  });
});

describe("broken XML", () => {
  it("a close tag that matches nothing: a damaged Word file, with the part, line and column", async () => {
    const bytes = docxWithBody("<w:p><w:r><w:t>正文</w:t></w:r></w:p>\n</w:tbl>");
    const e = await parseNotice(bytes, { path: "broken.docx" }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(KexieError);
    expect((e as KexieError).code).toBe("E_DECODE");
    expect((e as KexieError).message).toMatch(/^damaged Word file: word\/document\.xml is not well-formed XML \(line 2, column \d+: .*\) — re-save it/);
  });

  it("a part cut short is refused too; an .ofd says so as an OFD file", () => {
    const cut = docxWithBody("<w:p><w:r><w:t>正文").subarray(0);
    expect(() => docxToBlocks(cut)).toThrow(/not well-formed XML/);
    const ofd = zipArchive([{ name: "OFD.xml", data: Buffer.from('<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody>') }]);
    expect(() => ofdToBlocks(ofd)).toThrow(/^damaged OFD file: OFD\.xml is not well-formed XML/);
  });
});

describe("namespaces", () => {
  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  it("WordprocessingML under another prefix, or as the default namespace, reads as w:", () => {
    for (const xml of [
      `<x:document xmlns:x="${W}"><x:body><x:p><x:r><x:t xml:space="preserve"> 甲 </x:t></x:r></x:p></x:body></x:document>`,
      `<document xmlns="${W}"><body><p><r><t xml:space="preserve"> 甲 </t></r></p></body></document>`,
    ]) {
      const doc = parseXml(xml).children[0] as { name: string };
      expect(doc.name).toBe("w:document");
      const t = parseXml(xml);
      const found: string[] = [];
      const walk = (el: typeof t) => { for (const c of el.children) if (typeof c === "string") found.push(c); else walk(c); };
      walk(t);
      expect(found).toEqual([" 甲 "]);
    }
  });

  it("parts that use the usual prefixes are read without namespace processing, to the same tree", () => {
    // every XML part of the .docx fixtures and of a generated one: the same part with
    // one more declaration of W (under a spare prefix) forces namespace processing; the trees must
    // match but for that declaration
    const dir = path.join(import.meta.dirname, "../fixtures");
    const packages = [...readdirSync(dir).filter((n) => n.endsWith(".docx")).map((n) => readFileSync(path.join(dir, n))), docxWithBody("<w:p><w:r><w:t>甲</w:t></w:r></w:p>")];
    let parts = 0;
    for (const pkg of packages) {
      for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(pkg)))) {
        if (!/\.(xml|rels)$/.test(name)) continue;
        const xml = new TextDecoder().decode(bytes);
        if (!usualPrefixes(xml)) continue;
        const forced = xml.replace(/<([A-Za-z][\w:.-]*)(?=[\s/>])(?![^>]*\?>)/, `<$1 xmlns:kexiespare="${W}"`);
        expect(usualPrefixes(forced), name).toBe(false);
        const strip = (el: XmlEl): unknown => ({ name: el.name, attrs: Object.fromEntries(Object.entries(el.attrs).filter(([k]) => k !== "xmlns:kexiespare")), children: el.children.map((c) => (typeof c === "string" ? c : strip(c))) });
        expect(strip(parseXml(xml)), name).toEqual(strip(parseXml(forced)));
        parts++;
      }
    }
    expect(parts).toBeGreaterThan(5);
  });

  it("\"xmlns\" in a text or a comment does not hide a declaration under another prefix", () => {
    // the text 见代码 xmlns=" once ran on into the next paragraph's declaration of W as q:
    const body = `<w:p><w:r><w:t>见代码 xmlns="</w:t></w:r></w:p><w:p xmlns:q="${W}"><q:r><q:t>第二段</q:t></q:r></w:p>`;
    expect(texts(docxToBlocks(docxWithBody(body)))).toEqual(['见代码 xmlns="', "第二段"]);
    const commented = `<!-- xmlns=" --><q:document xmlns:q="${W}"><q:body/></q:document>`;
    expect((parseXml(commented).children[0] as XmlEl).name).toBe("w:document");
    expect(usualPrefixes(commented)).toBe(false);
  });

  it("a known namespace under another prefix, or hidden behind an entity, is resolved", () => {
    expect(usualPrefixes(`<w:document xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"/>`)).toBe(true);
    expect(usualPrefixes(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>`)).toBe(true);
    expect(usualPrefixes(`<x:document xmlns:x="${W}"/>`)).toBe(false);
    expect(usualPrefixes(`<document xmlns = '${W}'/>`)).toBe(false);
    expect(usualPrefixes(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/m&#97;in"/>`)).toBe(false);
    expect(usualPrefixes(`<w:document xmlns:w="urn:other"/>`)).toBe(true);
  });

  it("a prefixed attribute is renamed with its element, an unprefixed one is left alone", () => {
    const root = parseXml(`<x:p xmlns:x="${W}" x:rsidR="1" val="2"/>`);
    const p = root.children[0] as { name: string; attrs: Record<string, string> };
    expect(p.name).toBe("w:p");
    expect(p.attrs["w:rsidR"]).toBe("1");
    expect(p.attrs["val"]).toBe("2");
  });
});

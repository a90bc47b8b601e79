// The batch corpus of issue #13: N notices in a folder tree, mixed formats and encodings, made
// from the seed notices with a varied line per file so no two files (hashes) are equal. Formats
// in turn: UTF-8 text, GBK text, UTF-16LE text, HTML, Markdown, .docx (about 15 KB a notice).
// Each seed's .docx is packed once with the `docx` package; per file only the varied line in
// word/document.xml is rewritten (fflate), so making 10,000 files takes seconds, not minutes.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { unzipSync, zipSync } from "fflate";
import { Document, Packer, Paragraph, TextRun } from "docx";

const fixtures = new URL("../fixtures/", import.meta.url);
export const seeds = () =>
  readdirSync(fixtures)
    .filter((n) => /^seed-.*\.txt$/.test(n))
    .map((n) => ({ name: n.replace(/\.txt$/, ""), text: readFileSync(new URL(n, fixtures), "utf8").replace(/^\uFEFF/, "") }));

const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const MARK = "（第MARK份）";
const html = (t) => `<!doctype html><html><head><meta charset="utf-8"><title>通知</title></head><body><div class="article">\n${t.split("\n").map((l) => `<p>${escapeHtml(l)}</p>`).join("\n")}\n</div></body></html>\n`;
const KINDS = [
  { ext: "txt", make: (t) => Buffer.from(t, "utf8") },
  { ext: "txt", make: (t) => iconv.encode(t, "gbk") },
  { ext: "txt", make: (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(t, "utf-16le")]) },
  { ext: "html", make: (t) => Buffer.from(html(t)) },
  { ext: "md", make: (t) => Buffer.from(t.split("\n").join("\n\n"), "utf8") },
  { ext: "docx", make: null },
];

/** Write n notices under dir (100 to a sub-folder); returns the total bytes. */
export async function makeArchive(dir, n) {
  const ss = seeds();
  const docx = [];
  for (const s of ss) {
    const text = s.text.replace(/\n/, `\n${MARK}\n`);
    const doc = new Document({ sections: [{ children: text.split("\n").map((l) => new Paragraph({ children: [new TextRun(l)] })) }] });
    docx.push(unzipSync(new Uint8Array(await Packer.toBuffer(doc))));
  }
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const s = i % ss.length;
    const kind = KINDS[Math.floor(i / ss.length) % KINDS.length];
    const line = `（第${i + 1}份）`;
    let buf;
    if (kind.make) buf = kind.make(ss[s].text.replace(/\n/, `\n${line}\n`));
    else {
      const files = { ...docx[s] };
      files["word/document.xml"] = Buffer.from(Buffer.from(files["word/document.xml"]).toString("utf8").replace(MARK, line));
      buf = Buffer.from(zipSync(files));
    }
    const sub = path.join(dir, `d${String(Math.floor(i / 100)).padStart(3, "0")}`);
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `${ss[s].name}-${i}.${kind.ext}`), buf);
    bytes += buf.length;
  }
  return bytes;
}

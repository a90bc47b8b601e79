// The floor of a batch (npm run bench): the least any converter does with an archive, in one
// process — walk, read, decode (.docx: unzip word/document.xml), one anchored regex per line,
// write a small JSON per file. Prints {"seconds", "peakRssMB"} as kexie's report.json does.
// usage: node bench/batch-floor.js SRC OUT
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";

const [src, out] = process.argv.slice(2);
const t0 = performance.now();
const LINE = /^[一二三四五六七八九十]+、/;
const utf8 = new TextDecoder("utf-8", { fatal: true });
const gbk = new TextDecoder("gbk");
const utf16 = new TextDecoder("utf-16le");
function decode(bytes) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16.decode(bytes);
  try {
    return utf8.decode(bytes);
  } catch {
    return gbk.decode(bytes);
  }
}
let files = 0;
for (const dir of readdirSync(src, { withFileTypes: true })) {
  if (!dir.isDirectory()) continue;
  mkdirSync(path.join(out, dir.name), { recursive: true });
  for (const name of readdirSync(path.join(src, dir.name)).sort()) {
    let bytes = readFileSync(path.join(src, dir.name, name));
    if (name.endsWith(".docx")) bytes = unzipSync(bytes, { filter: (e) => e.name === "word/document.xml" })["word/document.xml"];
    let hits = 0;
    for (const line of decode(bytes).split(/\r?\n|<\/w:p>|<\/p>/)) if (LINE.test(line)) hits++;
    writeFileSync(path.join(out, dir.name, name.replace(/\.[^.]+$/, ".json")), JSON.stringify({ file: name, hits }, null, 2) + "\n");
    files++;
  }
}
console.log(JSON.stringify({ files, seconds: (performance.now() - t0) / 1000, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));

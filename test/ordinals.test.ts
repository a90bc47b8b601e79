// Structure markers have no ordinal cap: a roster or task list numbered into the thousands keeps
// every item (markers above 199 used to be refused, and everything after item 199 was lost).
import { describe, expect, it } from "vitest";
import { parseText } from "../src/parse.js";
import { matchMarker } from "../src/lexicon/markers.js";

describe("ordinals above 199", () => {
  it("reads 1762、 （1762） and 1762. as markers", () => {
    expect(matchMarker("1762、完成任务")?.ordinal).toBe(1762);
    expect(matchMarker("（1762）完成任务")?.ordinal).toBe(1762);
    expect(matchMarker("1762. 完成任务")?.ordinal).toBe(1762);
    expect(matchMarker("二百、完成任务")?.ordinal).toBe(200);
  });

  it("keeps every item of a list numbered 1、…1762、", async () => {
    const n = 1762;
    const lines = ["关于做好有关工作的通知", "各单位：", "现将有关事项通知如下。", "一、工作任务"];
    for (let i = 1; i <= n; i++) lines.push(`${i}、完成第${i}项工作任务，按期报送。`);
    lines.push("某某市人民政府", "2024年3月1日");
    const notice = await parseText(lines.join("\n"));
    const items = notice.sections[0]!.children;
    expect(items).toHaveLength(n);
    expect(items.map((s) => s.ordinal)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(items[n - 1]!.heading).toBe(`完成第${n}项工作任务，按期报送`);
  });
});

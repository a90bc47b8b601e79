// The header reader never ends at a line it does not know: page chrome, metadata and blank lines
// inserted anywhere above the title of any fixture leave its title, 发文字号 and 主送 unchanged.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseText } from "../src/parse.js";
import { decodeBytes } from "../src/adapters/decode.js";
import { splitLines } from "../src/adapters/text.js";
import { fixtureNames, readFixture } from "./helpers/load.js";

// what government pages and database exports print above a notice
const NOISE = [
  "", "", "无障碍", "长者模式", "• 设为首页|", "当前位置：首页 > 政务公开 > 通知公告", "您现在所在的位置: 网站首页> 政务公开",
  "索引号：113417000032454254/202010-00167", "索 引 号: | 000014349/2023-91150 | 信息分类: | |", "主题分类：综合政务 / 通知",
  "有效性：有效", "字体：[ 大 中 小 ]", "浏览次数：1234", "【打印】 【关闭】", "热点新闻", "分享到：", "扫一扫在手机打开当前页",
  "https://www.example.gov.cn/art/2020/10/21/art_1234_567.html", "【法宝引证码】CLI.1.304262", "【时效性】现行有效",
];

const key = (doc: ReturnType<typeof parseText>) => ({
  title: doc.header.title,
  docNumber: doc.header.docNumber?.raw ?? null,
  recipients: doc.header.recipients,
});

describe("the header survives chrome and metadata above the title", async () => {
  const cases: Array<{ name: string; lines: string[]; titleAt: number; want: ReturnType<typeof key> }> = [];
  for (const name of fixtureNames(/\.txt$/)) {
    const { text } = await decodeBytes(readFixture(name));
    const doc = parseText(text);
    const line = doc.header.title ? (doc.diagnostics.length, findTitleLine(text, doc.header.title)) : -1;
    if (line < 0) continue;
    cases.push({ name, lines: splitLines(text), titleAt: line, want: key(doc) });
  }

  it("has fixtures to try", () => expect(cases.length).toBeGreaterThan(40));

  for (const c of cases) {
    it(c.name, () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat({ max: c.titleAt }), fc.constantFrom(...NOISE)), { minLength: 1, maxLength: 6 }),
          (inserts) => {
            const lines = [...c.lines];
            // insert from the bottom up so earlier positions stay put
            for (const [at, noise] of [...inserts].sort((a, b) => b[0] - a[0])) lines.splice(at, 0, noise);
            expect(key(parseText(lines.join("\n")))).toEqual(c.want);
          },
        ),
        { numRuns: 8, seed: 20261205 },
      );
    });
  }
});

/** The 0-based line where the title starts: the first line whose text opens the title. */
function findTitleLine(text: string, title: string): number {
  const lines = splitLines(text).map((l) => l.replace(/[\s\u3000#*]/g, ""));
  return lines.findIndex((l) => l.length >= 2 && title.replace(/\s/g, "").startsWith(l.slice(0, Math.min(l.length, 6))));
}

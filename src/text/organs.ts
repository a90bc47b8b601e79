// Lists of organs (主送机关, 抄送, 牵头部门 …): split on the list separators, never inside
// brackets, so 各县（市、区）科协 stays one item.

const OPEN = "（(《〈「『“【［[";
const CLOSE = "）)》〉」』”】］]";

export function splitBalanced(s: string, seps: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of s) {
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && seps.includes(ch)) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out.map((x) => x.trim()).filter((x) => x !== "");
}

/** Names padded with spaces in short fields: 柳  军 → 柳军; keeps spaces between Latin words. */
export function squeezeCjkSpaces(s: string): string {
  return s
    .replace(/[\u3000\u00a0]/g, " ")
    .replace(/(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])/g, "")
    .replace(/(?<=[^\x00-\x7f])\s+(?=[0-9])/g, "")
    .replace(/(?<=[0-9])\s+(?=[^\x00-\x7f])/g, "")
    .trim();
}

/** 主送/抄送 lists: split on 、，,；; trailing 。 and 等 removed. */
export function splitOrgans(s: string, opts: { conjunctions?: boolean } = {}): string[] {
  const body = s.replace(/[。.；;：:\s]+$/, "");
  let items = splitBalanced(body, "、，,；;");
  if (opts.conjunctions) items = items.flatMap((x) => splitBalanced(x.replace(/(?<=.{2})(和|及|以及)(?=.{2})/g, "\u0000"), "\u0000"));
  return items
    .map((x) => squeezeCjkSpaces(x).replace(/等$/, "").replace(/^[和及]/, "").trim())
    .filter((x) => x !== "");
}

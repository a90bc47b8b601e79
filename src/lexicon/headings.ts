// Where a numbered item's heading ends and its text begins (标题 vs 正文 of a 层次).

/**
 * Split a section's first paragraph into run-in heading and body: a short label before a colon
 * (会议时间：…), else up to the first 。；！？ outside 《》“”（）, else the whole paragraph.
 */
export function splitHeading(content: string): { heading: string; text: string } {
  const label = /^([^，。；：:,]{1,10})[：:](?!\s*$)/.exec(content);
  if (label && !/[。；]/.test(label[1]!)) {
    return { heading: label[1]!.trim(), text: content.slice(label[0].length).trim() };
  }
  let depth = 0;
  for (let i = 0; i < content.length; i++) {
    const ch = content[i]!;
    if ("《“（(".includes(ch)) depth++;
    else if ("》”）)".includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && "。；;！？".includes(ch)) {
      return { heading: content.slice(0, i).trim(), text: content.slice(i + 1).trim() };
    }
  }
  return { heading: content.trim(), text: "" };
}

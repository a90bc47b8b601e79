// A notice cut off (a web excerpt cut at a length, a truncated file): its last numbered item stops
// mid-sentence and nothing of a closing (signature, 版记) follows. The reader is told once, at
// the place where the text stops, that the last item is incomplete.
import { positionAt, type Block, type ParagraphBlock } from "../model/blocks.js";
import type { Diagnostic, Section } from "../model/schema.js";
import { diagnostic } from "../model/diagnostics.js";
import { COMPLETE_END, LABEL_LINE } from "../lexicon/layout.js";
import { dateOnly } from "../lexicon/dates.js";
import { gluedSignature, isOrganLine } from "../lexicon/organs.js";
import { isOpeningChrome, isWebChrome } from "../lexicon/chrome.js";
import { namesOrgan } from "../lexicon/notes.js";
import { charsAtMost } from "../lexicon/length.js";
import { roleOf } from "../lexicon/columns.js";
import { bracketsBalanced, splitOrgans } from "../lexicon/organs.js";
import type { PartNote } from "./tasks.js";

/** A value that stops on a comma, an enumeration mark or an opening bracket goes on (部门分工：X牵头，). */
const OPEN_END = /[，,、（(“‘《—-]$/;

function lastItem(sections: Section[]): Section | null {
  const s = sections[sections.length - 1];
  if (!s) return null;
  return lastItem(s.children) ?? s;
}

/**
 * The diagnostic for a notice whose last item is incomplete, or null. `sections` are those of the
 * document the text ends in (the covering notice, or its last part). A closing after the item
 * (signature, date, 抄送, 印发) is itself the text's last paragraph, so only a text that ends
 * inside the item is reported — also when a signature stands above the items (an appended plan
 * that is not a part).
 */
export function truncatedEnd(blocks: Block[], sections: Section[]): Diagnostic | null {
  const item = lastItem(sections);
  const end = blocks[blocks.length - 1];
  if (!item || !end || end.kind !== "para") return null;
  const last = end as ParagraphBlock;
  // the text ends inside the last item, not in an attachment list or a table below it
  if (last.line < item.line) return null;
  // page furniture after the item (相关文章, 编辑丨…): the page went on past the notice
  for (let i = blocks.length - 1; i >= 0 && blocks[i]!.line >= item.line; i--) {
    const b = blocks[i]!;
    if (b.kind === "para" && (isOpeningChrome(b.text) || isWebChrome(b.text))) return null;
  }
  const text = last.text.trimEnd();
  if (!text || COMPLETE_END.test(text)) return null;
  // a closing the closing reader did not take (an organ, a date, …印发) or a labelled field
  // (联系电话：…, 附件：…) is complete as it stands
  // (…and so is a signature run on at the paragraph's end: …敬請諒解。 特此通告 汕尾市…支隊 2023年1月20日)
  if (isOrganLine(text) || dateOnly(text) || /印发$/.test(text) || (/日$/.test(text) && gluedSignature(text))) return null;
  // (…but not a role label's organs that the text's end cuts inside a name: 责任单位:市发改委、市协)
  // (…nor a label whose value holds the last item, run in after it: 重点检查:一是各地区组织各类)
  const itemInValue = item.line === last.line && item.column > last.column;
  if (LABEL_LINE.test(text) && !OPEN_END.test(text) && !cutRoleValue(text) && !itemInValue) return null;
  const at = positionAt(last, text.length - 1);
  const tail = [...text].slice(-12).join("");
  const label = `${item.marker ?? ""}${[...item.heading].slice(0, 16).join("")}`;
  return diagnostic(
    "warning", "text-truncated",
    `the notice stops mid-item: the last item (${label}) ends "…${tail}" without a sentence end and no signature follows — a web excerpt or a truncated file?`,
    at.line, at.column,
  );
}

/** How a place's or a body's name may end though it reads as no organ (开发区, 示范园, 城投公司's 公司 aside) */
const NAME_END = /[区县市镇乡村局委办院所队站厅部会社司处科室中心园场馆校团组]$/;

/**
 * A name a cut shortened: an aside left open (各区人民政府〈含开发区), or no organ's whole name that
 * stops where no name ends (县农业农, 市协) or is one character (市).
 */
function cutName(x: string): boolean {
  const t = x.replace(/[、，,；;\s]+$/, "");
  return unbalanced(t) || (!namesOrgan(t) && (charsAtMost(t, 1) || !NAME_END.test(t)));
}

/** A role label's line (责任单位:…) whose last organ reads as no organ's whole name: the text's end cut it */
function cutRoleValue(text: string): boolean {
  const m = /^([^：:]{2,10})[：:](.+)$/.exec(text);
  // (organ roles only: a leader's or a person's name, 牵头领导:靳国, is no organ to read)
  const role = m ? roleOf(m[1]!.trim()) : null;
  if (!m || (role !== "lead" && role !== "support")) return false;
  const last = splitOrgans(m[2]!.trim()).pop();
  return last !== undefined && cutName(last);
}

/** A heading short enough to stand alone on its line, with no pause, no open bracket or quotation mark */
const STANDALONE_HEADING = /^[^，,、；;：:（(“‘《\s]{1,15}$/;

/**
 * The outline without its last item when the text stops inside that item's heading (…(二)主要經營財務指標應處
 * and nothing after it): a heading the text does not hold whole is no heading. Only the deepest last item, with
 * no text and no children of its own, and only where the text was found cut (`cut`); the diagnostic that says
 * so quotes it whole. Returns null when nothing is left out.
 */
export function withoutCutItem(blocks: Block[], sections: Section[], cut: Diagnostic | null, said: Diagnostic[], lineOpen = false): { sections: Section[]; item: Section } | null {
  if (!cut) return null;
  // (a line removed below it, a stray page number 1 that began the next item, says its heading's line ended)
  if (said.some((d) => d.line > cut.line && d.code === "page-number-removed")) return null;
  // (a text that lost its line breaks cannot say where a heading's line ended: 二、指导思想 may have stood alone)
  if (said.some((d) => d.code === "text-resegmented" && d.line <= cut.line)) return null;
  const item = lastItem(sections);
  const end = blocks[blocks.length - 1];
  // (a heading the markup marks as one, ## 四、…, is whole as marked)
  // (…nor one that holds a note: a note names a task, and its words live in the item's responsibility)
  if (!item || !end || end.kind !== "para" || end.heading > 0 || item.text !== "" || item.children.length > 0 || item.responsibility || item.line !== cut.line) return null;
  // (the text ends in the heading itself, not in a note or a field after it: 区政 of a cut 责任单位 leaves the heading whole)
  const squeezed = (s: string) => s.replace(/[\s\u3000]+/g, "");
  if (!squeezed(end.text).endsWith(squeezed(item.heading))) return null;
  // (a short heading alone on its line, no pause in it, reads whole: 二、重点任务 — an article, 第七条 起草, is a sentence —
  // where its line ended: a source whose last line has no line break after it was cut inside that line,
  // an excerpt's (三)深入推进法治政, as likely as not at any of its characters)
  if (!lineOpen && STANDALONE_HEADING.test(item.heading) && !/^第.{1,8}[条條]/.test(item.marker ?? "") && squeezed(end.text).startsWith(squeezed(item.marker ?? ""))) return null;
  const drop = (list: Section[]): Section[] => {
    const last = list[list.length - 1]!;
    return last === item ? list.slice(0, -1) : [...list.slice(0, -1), { ...last, children: drop(last.children) }];
  };
  return { sections: drop(sections), item };
}

/** A bracket an organ's name leaves open says the name was cut (各区人民政府〈含开发区) */
const unbalanced = (s: string) => !bracketsBalanced(s, "（(〈【", "）)〉】");

/**
 * A note the text's end cuts inside its last organ's name ((责任单位:县发改局(粮食局)、县农业农, 牵头单位：市): that
 * name is no organ — the note's other organs stand, the cut one is left out of it (and the warning
 * quotes it). Only where the text was found cut (`cut`), the note runs to the text's end, and the last
 * name reads as no organ (no organ's ending, or a bracket left open). Returns the notes with that one
 * copied without it, and the name; null when nothing is cut. (A note whose bracket the text's end
 * never closes is cut though the text was not found so: a Markdown export puts the item's heading
 * on its own line.)
 */
export function withoutCutOrgan(notes: PartNote[], blocks: Block[], cut: Diagnostic | null): { notes: PartNote[]; organ: string; note: PartNote } | null {
  const n = notes[notes.length - 1];
  const end = blocks[blocks.length - 1];
  if (!n || !end || end.kind !== "para") return null;
  // (a separator the cut left after the last name: …各区人民政府〈含开发区、)
  const squeezed = (x: string) => x.replace(/[\s\u3000]+/g, "").replace(/[、，,；;]+$/, "");
  const text = squeezed(end.text);
  const raw = squeezed(n.raw);
  // (the note is the text's last words — its last line, when it runs over lines — not closed by its bracket or a stop)
  if (!raw || !text.endsWith(squeezed(n.raw.slice(n.raw.lastIndexOf("\n") + 1))) || /[）)】。；;]$/.test(raw)) return null;
  // (where the text was not found cut, a bracket the note opened and the text's end never closed says it was)
  if (!cut && !(/^[（(]/.test(raw) && unbalanced(raw))) return null;
  const field = (["support", "lead"] as const).find((f) => {
    const last = n.note[f][n.note[f].length - 1];
    return last !== undefined && raw.endsWith(squeezed(last));
  });
  if (!field) return null;
  const organ = n.note[field][n.note[field].length - 1]!;
  if (!cutName(organ)) return null;
  // what of it is whole stays: the names before a separator the list kept inside it (省發(fā)展改革委、住),
  // or the name before an aside the cut left open (各区人民政府〈含开发区)
  const bare = organ.replace(/[、，,；;\s]+$/, "");
  const sep = Math.max(bare.lastIndexOf("、"), bare.lastIndexOf("，"), bare.lastIndexOf(","));
  const open = bare.search(/[（(〈【][^）)〉】]*$/);
  const whole = sep > 0 ? bare.slice(0, sep).trim() : unbalanced(bare) && open > 0 ? bare.slice(0, open).trim() : "";
  const kept = whole && !cutName(whole) ? [whole] : [];
  const cutPart = whole ? organ.slice(whole.length).replace(/^[、，,\s]+/, "") : organ;
  // (a cut name is short: a long run that reads as no organ is something else the page glued on)
  if (!charsAtMost(cutPart, 12)) return null;
  const note: PartNote = { ...n, note: { ...n.note, [field]: [...n.note[field].slice(0, -1), ...kept] } };
  return { notes: [...notes.slice(0, -1), note], organ: kept.length ? cutPart : organ, note };
}

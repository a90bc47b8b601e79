// Column headers of responsibility tables and labels of inline notes → task fields. Two tables:
// COLUMN_SYNONYMS for the fields named by a fixed word (序号, 重点任务, 完成时限, 备注) and ROLE_WORDS,
// the one role → field map (lead / support / leader / owner) that every role label is built from
// (牵头单位, 协同责任单位, 牵头负责领导, 責任單位 …). Adding a wording is one line in one of them.

import { toSimplified } from "./traditional.js";
import { charsAtMost } from "./length.js";

export type Field = "seq" | "task" | "deadline" | "lead" | "support" | "leader" | "owner" | "notes";

export const COLUMN_SYNONYMS: Record<"seq" | "task" | "deadline" | "notes", string[]> = {
  seq: ["序号", "编号", "序"],
  task: [
    "具体工作任务", "重点工作内容", "重点工作任务", "重点任务", "重点项目", "重点工作", "工作任务", "工作内容", "任务内容", "具体任务",
    "主要任务", "工作事项", "项目名称", "工作措施", "具体措施", "具体要求", "细化分工", "目标与任务", "目标任务", "指标名称",
    // a county's 民生实事 list names its tasks by that word (民生实事, 十大实事项目)
    "民生实事", "实事项目",
    // a department's share of a 重点工作任务分解 names each row's task its 考核指标 (责任单位 | 考核指标 | 分月序时进度 …);
    // beside a 重点任务 column, which comes first, it is that column's extra text
    "考核指标",
    "任务", "项目", "事项", "内容",
  ],
  deadline: [
    "计划完成时间", "完成时间", "完成时限", "完成期限", "时间节点", "截止时间", "进度安排", "时间安排", "时限要求", "时限", "时间",
  ],
  notes: ["备注", "说明", "備註"],
};

/**
 * Role words (责任分工 roles), Simplified and Traditional: the morpheme a role label or a
 * responsibility clause is built from, and the field it fills. 牵头 outranks the others in a
 * label (牵头责任单位 is the lead); a support word outranks 责任 (协同责任单位 supports).
 */
export const ROLE_WORDS: ReadonlyArray<readonly [string, "lead" | "support"]> = [
  ["牵头", "lead"], ["牽頭", "lead"],
  ["主责", "lead"], ["主責", "lead"],
  ["责任", "lead"], ["責任", "lead"],
  ["负责", "lead"], ["負責", "lead"],
  ["主办", "lead"], ["主辦", "lead"],
  ["承办", "lead"], ["承辦", "lead"],
  ["督办", "lead"], ["督辦", "lead"],
  ["考核", "lead"],
  // 实施单位, 实施主体: who carries the item out (a label only: 实施 ends too many sentences to be a role verb)
  ["实施", "lead"], ["實施", "lead"],
  ["配合", "support"],
  ["协同", "support"], ["協同", "support"],
  ["协办", "support"], ["協辦", "support"],
  ["协作", "support"], ["協作", "support"],
  ["协助", "support"], ["協助", "support"],
  ["参与", "support"], ["參與", "support"],
];

const ROLE_ALT = ROLE_WORDS.map(([w]) => w).join("|");
/** What a role label names: the unit (单位, 部门, 科室, 股室, 学校 …), a leader (领导) or a person (人). */
const HOLDER = "单位|單位|部门|部門|科室|处室|處室|股室|司局|部室|学校|學校|医院|醫院|处|處|科|局|主体|主體|领导|領導|人";
/** 分管领导, 联系领导, 经办人: leader and owner labels that carry no role word (and 分管市长, 分管副县长: the post in charge, a leader). */
const PERSON_LABEL = /^(分管|联系|聯繫|经办|經辦|具体|具體).{0,4}(领导|領導|负责人|負責人|人|[省市县縣区區州镇鎮乡鄉]长|[省市县縣区區州镇鎮乡鄉]長)$/;

/**
 * A role label: role word(s) with at most a few characters of qualifier around them and a
 * holder word at the end (牵头责任部门, 主要协作单位, 分管省领导, 牵头负责司局), or a role
 * word alone (牵头, 配合).
 */
export const ROLE_LABEL = new RegExp(
  `^(?:[\\u4e00-\\u9fff]{0,4}(?:${ROLE_ALT})[\\u4e00-\\u9fff]{0,4}?(?:${HOLDER})|${ROLE_ALT}|(?:分管|联系|聯繫)[\\u4e00-\\u9fff]{0,3}(?:领导|領導))$`,
);

/**
 * 参加单位 / 参加部门: those who take part. A support label only beside a lead label in the same
 * note (牵头单位:能源局 参加单位:发展改革委、国资委); alone it lists a meeting's participants.
 */
export const PARTICIPANT_LABEL = /^(?:参加|參加)(?:单位|單位|部门|部門)$/;

/** A header naming two roles joined by 与/和/及 (责任主体与协同单位) */
const JOINED_ROLES = /^([\u4e00-\u9fff]{2,8})[与和及與、]([\u4e00-\u9fff]{2,8})$/;

/** The field of a role label (牵头单位 → lead, 协同责任单位 → support, 牵头负责领导 → leader), or null. */
export function roleOf(label: string): "lead" | "support" | "leader" | "owner" | null {
  const h = label.replace(/\s+/g, "");
  if (PERSON_LABEL.test(h)) return /(领导|領導)$|^分管/.test(h) ? "leader" : "owner";
  // two roles in one header (责任主体与协同单位, 牵头单位及配合单位): read as one label, 牵头 first
  const pair = JOINED_ROLES.exec(h);
  if (!ROLE_LABEL.test(h) && !(pair && ROLE_LABEL.test(pair[1]!) && ROLE_LABEL.test(pair[2]!))) return null;
  if (/(领导|領導)$/.test(h)) return "leader";
  if (/人$/.test(h)) return "owner";
  if (/牵头|牽頭/.test(h)) return "lead";
  for (const [w, f] of ROLE_WORDS) if (f === "support" && h.includes(w)) return "support";
  return "lead";
}

/** Header cell → field; null when not recognised (kept in `extra`). */
export function fieldOf(header: string): Field | null {
  // a Traditional header (項目名稱, 完成時限, 責任單位) is read folded to Simplified
  const h = toSimplified(header.replace(/\s+/g, "").replace(/[（(][^）)]*[）)]$/, "").replace(/[：:]$/, ""));
  if (!h) return null;
  const role = roleOf(h);
  if (role) return role;
  let best: { field: Field; len: number } | null = null;
  for (const [field, names] of Object.entries(COLUMN_SYNONYMS) as Array<[Field, string[]]>) {
    for (const n of names) {
      if ((h === n || h.startsWith(n)) && (!best || n.length > best.len)) best = { field, len: n.length };
    }
  }
  // a short header that ends like one (主要工作任务, 年度重点任务, 2022年预期目标; 计划完成时限): its
  // kind — the year a header opens with says which year, not which column
  const core = h.replace(YEAR_OPENING, "");
  if (!best && charsAtMost(core, 8)) return TASK_END.test(core) ? "task" : DEADLINE_END.test(core) ? "deadline" : null;
  return best?.field ?? null;
}

/** A whole column name: a role label or a synonym as it stands (not one it merely opens with). */
const wholeName = (h: string): boolean => roleOf(h) !== null || Object.values(COLUMN_SYNONYMS).some((names) => names.includes(h));

/**
 * A header whose narrow columns wrapped, copied one cell per line (责任 / 领导, 攻坚目标 / 任务,
 * 第二季度 / 完成情况), joined back to `width` cells — the width the table's rows show. Two short
 * neighbours (a wrapped column's pieces are at most four characters each) join when one is a
 * fragment and the join a whole column name (责任+领导 → 责任领导, 完成+时限 → 完成时限), when
 * neither has a kind of its own, or when both and their join are of one kind; the best
 * join first, the leftmost among equals. Null when the header cannot be joined down to `width`
 * that way: it is then read as written.
 */
export function joinWrappedHeader(cells: readonly string[], width: number): Array<{ text: string; from: number }> | null {
  const head = cells.map((text, from) => ({ text, from }));
  const score = (a: string, b: string): number => {
    if (!charsAtMost(a, 4) || !charsAtMost(b, 4)) return 0;
    const fa = fieldOf(a);
    const fb = fieldOf(b);
    if (fa === "seq" || fb === "seq") return 0;
    if ((fa === null || fb === null) && wholeName(a + b)) return 3;
    if (fa === null && fb === null) return 2;
    return fa !== null && fa === fb && fieldOf(a + b) === fa ? 1 : 0;
  };
  while (head.length > width) {
    let best = -1;
    let bestScore = 0;
    for (let i = 0; i + 1 < head.length; i++) {
      const s = score(head[i]!.text, head[i + 1]!.text);
      if (s > bestScore) [best, bestScore] = [i, s];
    }
    if (best < 0) return null;
    head.splice(best, 2, { text: head[best]!.text + head[best + 1]!.text, from: head[best]!.from });
  }
  return head;
}

/** Ends of a task column's header beyond the synonyms (主要工作任务, 年度重点任务, 具体工作措施, 预期目标; 民生事项名称, 任务名称; a whitelist's 活动名称). */
const TASK_END = /(任务|措施|事项|目标|事项名称|任务名称|活动名称|工作名称)$/;
/** A year opening a header (2022年预期目标, 2023年度重点任务) */
const YEAR_OPENING = /^(?:19|20)\d{2}年度?/;
/** Ends of a deadline column's header (计划完成时限, 办结时间). */
const DEADLINE_END = /(时限|期限|完成时间|办结时间)$/;

/** Labels of the lead column that name the lead itself (a 责任单位 column beside one of these supports). */
export const LEAD_LABEL = /^(牵头|牽頭|主办|主辦|承办|承辦|主责|主責)/;

/**
 * Labels of a column naming who carries an item out (实施部门, 实施单位): the lead when no other column names
 * one, the units working under it beside a 责任单位 column (责任单位 区民政局 | … | 实施部门 低保中心)
 */
export const IMPLEMENTER_LABEL = /^(?:实施|實施)/;

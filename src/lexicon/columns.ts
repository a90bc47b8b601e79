// The one synonym table for responsibility-table headers and inline notes. Extend it here.

export type Field = "seq" | "task" | "deadline" | "lead" | "support" | "leader" | "owner" | "notes";

export const COLUMN_SYNONYMS: Record<Field, string[]> = {
  seq: ["序号", "编号", "序"],
  task: [
    "重点工作内容", "重点工作任务", "重点任务", "重点项目", "重点工作", "工作任务", "工作内容", "任务内容", "具体任务",
    "主要任务", "工作事项", "项目名称", "工作措施", "具体措施", "任务", "项目", "事项", "内容",
  ],
  deadline: ["计划完成时间", "完成时间", "完成时限", "完成期限", "时间节点", "截止时间", "进度安排", "时间安排", "时限", "时间"],
  lead: [
    "牵头责任部门", "牵头部门", "牵头单位", "牵头处室", "牵头科室", "责任单位", "责任部室", "责任部门", "责任处室",
    "责任科室", "主办单位", "承办单位", "主办", "牵头",
  ],
  support: ["配合部门", "配合单位", "配合处室", "协办单位", "参与单位", "协同单位", "协办", "配合"],
  leader: ["分管领导", "分管负责人", "责任领导", "牵头领导", "分管市领导", "联系领导"],
  owner: ["具体负责人", "责任人", "联系人", "经办人", "负责人"],
  notes: ["备注", "说明"],
};

/** Header cell → field; null when not recognised (kept in `extra`). */
export function fieldOf(header: string): Field | null {
  const h = header.replace(/\s+/g, "").replace(/[（(][^）)]*[）)]$/, "");
  if (!h) return null;
  let best: { field: Field; len: number } | null = null;
  for (const [field, names] of Object.entries(COLUMN_SYNONYMS) as Array<[Field, string[]]>) {
    for (const n of names) {
      if ((h === n || h.startsWith(n)) && (!best || n.length > best.len)) best = { field, len: n.length };
    }
  }
  return best?.field ?? null;
}

/** Keys of inline responsibility notes: （牵头责任部门：组织部，配合部门：各部室；完成时限：6月底） */
export const NOTE_KEY_RE = new RegExp(
  `(${[...COLUMN_SYNONYMS.lead, ...COLUMN_SYNONYMS.support, ...COLUMN_SYNONYMS.deadline]
    .filter((k) => k.length >= 3 || k === "主办" || k === "时限")
    .sort((a, b) => b.length - a.length)
    .join("|")})[：:]`,
  "g",
);

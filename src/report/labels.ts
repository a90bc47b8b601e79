// The page's words: Chinese by default (the readers are 督查 offices and 科协 staff), English with --lang en.
export type Lang = "zh" | "en";

const ZH = {
  title: "任务总览", generated: "生成于", today: "今天",
  notices: "文件数", tasks: "任务数", organs: "牵头单位数", withDeadline: "有时限的任务", withTargets: "有量化指标的任务",
  failed: "失败的文件", warned: "有警告的文件",
  byLead: "各牵头单位的任务数（点击条形筛选）", byMonth: "各月到期任务", overdue: "已逾期", due: "到期", noYear: "无年份的时限",
  taskTable: "任务清单", search: "搜索（任意文字）", allLeads: "全部牵头单位", allLeaders: "全部分管领导", allNotices: "全部文件", allYears: "全部年份",
  reset: "清除筛选", exportCsv: "导出筛选结果 CSV", shown: "显示", of: "/", rowsCapped: "（只列出前 {n} 行，请筛选）",
  cTask: "任务", cLead: "牵头单位", cSupport: "配合单位", cLeader: "分管领导", cDeadline: "时限", cTargets: "量化指标", cNotice: "文件", cDocNumber: "发文字号",
  perNotice: "各文件", header: "版头", outline: "层次结构", issuer: "发文机关", date: "成文日期", source: "来源", none: "无",
  chartNote: "图表在生成时绘制为 SVG，页面不联网。",
};
const EN: typeof ZH = {
  title: "Task overview", generated: "Generated", today: "Today",
  notices: "Notices", tasks: "Tasks", organs: "Lead organs", withDeadline: "Tasks with a deadline", withTargets: "Tasks with targets",
  failed: "Failed files", warned: "Files with warnings",
  byLead: "Tasks per lead department (click a bar to filter)", byMonth: "Tasks falling due per month", overdue: "Overdue", due: "Due", noYear: "Deadlines without a year",
  taskTable: "Tasks", search: "Search (any text)", allLeads: "All departments", allLeaders: "All leaders", allNotices: "All notices", allYears: "All years",
  reset: "Clear filters", exportCsv: "Export filtered rows as CSV", shown: "Showing", of: "of", rowsCapped: " (first {n} rows listed — filter to narrow)",
  cTask: "Task", cLead: "Lead", cSupport: "Support", cLeader: "Leader", cDeadline: "Deadline", cTargets: "Targets", cNotice: "Notice", cDocNumber: "Doc number",
  perNotice: "Notices", header: "Header", outline: "Outline", issuer: "Issuer", date: "Date", source: "Source", none: "none",
  chartNote: "Charts are drawn as SVG when the page is generated; the page makes no network requests.",
};

export type Labels = typeof ZH;
export const labelsFor = (lang: Lang): Labels => (lang === "en" ? EN : ZH);

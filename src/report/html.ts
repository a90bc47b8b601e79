// kexie report: one self-contained HTML page for an archive's tasks — totals, tasks per lead
// department, tasks falling due per month, a filterable task table and each notice's outline.
// All style and script inline and a Content-Security-Policy that forbids any fetch, so it opens
// from file:// and makes no network request. Document text is escaped (escape.ts) or set as
// textContent by the page script; it is never markup.
import type { Notice } from "../model/schema.js";
import { buildData, type BatchFiles } from "./data.js";
import { pack } from "./pack.js";
import { labelsFor, type Lang } from "./labels.js";
import { escapeHtml as h, fileHref, jsonForScript } from "./escape.js";
import { leadBars, monthBars } from "./svg.js";
import { CLIENT_JS } from "./client.js";

export interface ReportOptions {
  lang?: Lang;
  /** yyyy-mm-dd: tasks due in a month before this one are overdue */
  today: string;
  /** the batch's report.json, for failed and warned files */
  batch?: BatchFiles | null;
  /** table rows the page lists at once (filters narrow the rest); default 2000 */
  cap?: number;
}

const CSS = `
:root{--fg:#1d2330;--mut:#5b6475;--line:#d8dde6;--acc:#2f6fb7;--bad:#c0392b;font-family:system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif}
body{margin:0 auto;max-width:1200px;padding:16px 20px;color:var(--fg);font-size:14px;line-height:1.5}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:24px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
.meta{color:var(--mut)}
.totals{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:8px;margin:12px 0}
.totals div{border:1px solid var(--line);border-radius:6px;padding:8px 10px}.totals b{display:block;font-size:22px}
.chart{max-width:100%;height:auto;font-size:12px}.chart rect{fill:var(--acc)}.chart rect.overdue{fill:var(--bad)}
.chart .bar{cursor:pointer}.chart .bar:hover rect,.chart .bar:focus rect{fill:#1b4f8a}.chart .n,.chart .m{fill:var(--mut)}
.legend span{display:inline-block;width:10px;height:10px;margin:0 4px 0 12px;background:var(--acc)}.legend span.o{background:var(--bad)}
.filters{display:flex;flex-wrap:wrap;gap:6px;margin:8px 0}.filters select,.filters input{font:inherit;padding:3px 6px;max-width:260px}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
th{cursor:pointer;background:#f3f5f8;position:sticky;top:0}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
tr.overdue td:nth-child(5){color:var(--bad);font-weight:600}
details{margin:4px 0}summary{cursor:pointer}dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:6px 0}dt{color:var(--mut)}
ul.outline{margin:4px 0;padding-left:20px}.problems li{color:var(--bad)}
@media print{.filters,button{display:none}th{position:static}details{display:block}details>*{display:block}body{max-width:none}}
`;

export function renderReport(docs: Notice[], opts: ReportOptions): string {
  const lang = opts.lang ?? "zh";
  const L = labelsFor(lang);
  const data = buildData(docs, opts.batch ?? null, opts.today);
  const t = data.totals;
  const total = (id: string, label: string, n: number) => `<div id="total-${id}"><b>${n}</b>${h(label)}</div>`;
  const problems = data.problems.length
    ? `<ul class="problems">${data.problems.map((p) => `<li><a href="${h(fileHref(p.file))}">${h(p.file)}</a> — ${h(p.status)}: ${h(p.message)}</li>`).join("")}</ul>`
    : "";
  const perNotice = new Array<number>(data.notices.length).fill(0);
  for (const r of data.rows) perNotice[r.n]!++;
  // each notice's summary is in the HTML (readable without script, found by the browser's find);
  // its header fields and outline are built from the data by the page script when it is opened
  // (or printed), so the page does not carry every outline twice
  const noticesHtml = data.notices
    .map((n, i) => `<details class="notice" id="notice-${i}"><summary>${h(n.docNumber ? `${n.docNumber} ` : "")}${h(n.title || n.path)} (${perNotice[i]!})</summary></details>`)
    .join("");
  // the page script reads this block; hrefs are made safe here, once (pack.ts)
  const payload = { labels: L, today: opts.today, cap: opts.cap ?? 2000, ...pack(data) };
  const th = [L.cTask, L.cLead, L.cSupport, L.cLeader, L.cDeadline, L.cTargets, L.cNotice, L.cDocNumber].map((c) => `<th scope="col">${h(c)}</th>`).join("");
  return `<!DOCTYPE html>
<html lang="${lang === "en" ? "en" : "zh-CN"}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(L.title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${h(L.title)}</h1>
<p class="meta">${h(L.today)} ${h(opts.today)} · ${h(L.chartNote)}</p>
<section class="totals" id="totals">
${total("notices", L.notices, t.notices)}${total("tasks", L.tasks, t.tasks)}${total("organs", L.organs, t.organs)}${total("deadline", L.withDeadline, t.withDeadline)}${total("targets", L.withTargets, t.withTargets)}${total("failed", L.failed, t.failed)}${total("warned", L.warned, t.warned)}
</section>
${problems}
<h2>${h(L.byLead)}</h2>
${leadBars(data.byLead)}
<h2>${h(L.byMonth)}</h2>
<p class="legend"><span></span>${h(L.due)}<span class="o"></span>${h(L.overdue)}${data.noYear ? ` · ${h(L.noYear)}: ${data.noYear}` : ""}</p>
${monthBars(data.byMonth, { due: h(L.due), overdue: h(L.overdue) })}
<h2>${h(L.taskTable)}</h2>
<div class="filters">
<input id="q" type="search" placeholder="${h(L.search)}" aria-label="${h(L.search)}">
<select id="f-lead" aria-label="${h(L.cLead)}"></select><select id="f-leader" aria-label="${h(L.cLeader)}"></select>
<select id="f-notice" aria-label="${h(L.cNotice)}"></select><select id="f-year" aria-label="${h(L.allYears)}"></select>
<button id="reset" type="button">${h(L.reset)}</button><button id="export" type="button">${h(L.exportCsv)}</button>
</div>
<p id="shown" class="meta"></p>
<table id="tasks"><thead><tr>${th}</tr></thead><tbody id="task-rows"></tbody></table>
<h2>${h(L.perNotice)}</h2>
${noticesHtml}
<script type="application/json" id="kexie-data">${jsonForScript(payload)}</script>
<script>${CLIENT_JS}</script>
</body>
</html>
`;
}

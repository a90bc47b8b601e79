// The page's own script, inlined as text: filters, search, sort and CSV export of the task table.
// It builds every cell with textContent, never innerHTML, so document text stays text. Plain
// ES2017 for any current Chromium or Firefox; no network, no storage.
export const CLIENT_JS = String.raw`(function () {
"use strict";
var D = JSON.parse(document.getElementById("kexie-data").textContent);
var L = D.labels, S = D.s, CAP = D.cap;
var $ = function (id) { return document.getElementById(id); };
// unpack the columns (pack.ts): strings are indexes into S; rows follow their notice, k[i] each
var N = D.notices, R = D.rows, str = function (j) { return S[j]; };
var notices = N.title.map(function (t, i) {
  return { title: S[t], docNumber: S[N.docNumber[i]], issuer: S[N.issuer[i]], date: S[N.date[i]], year: S[N.year[i]],
    path: S[N.path[i]], href: S[N.href[i] || N.path[i]], outline: N.outline[i] };
});
var rows = [];
for (var ni = 0, ri = 0; ni < N.k.length; ni++) {
  for (var c = 0; c < N.k[ni]; c++, ri++) {
    rows.push({ task: S[R.task[ri]], lead: R.lead[ri].map(str), support: R.support[ri].map(str), leader: S[R.leader[ri]],
      deadline: S[R.deadline[ri]], month: S[R.month[ri]], targets: S[R.targets[ri]], n: ni, line: R.line[ri] });
  }
}
var state = { lead: "", leader: "", notice: "", year: "", q: "", sort: -1, dir: 1 };
var COLS = [
  function (r) { return r.task; }, function (r) { return r.lead.join("、"); }, function (r) { return r.support.join("、"); },
  function (r) { return r.leader; }, function (r) { return r.deadline; }, function (r) { return r.targets; },
  function (r) { return notices[r.n].title; }, function (r) { return notices[r.n].docNumber; }
];
function fill(sel, values, all) {
  var o = document.createElement("option"); o.value = ""; o.textContent = all; sel.appendChild(o);
  values.forEach(function (v) { var e = document.createElement("option"); e.value = v[0]; e.textContent = v[1]; sel.appendChild(e); });
}
function uniq(xs) { return Array.from(new Set(xs.filter(Boolean))).sort(); }
fill($("f-lead"), uniq([].concat.apply([], rows.map(function (r) { return r.lead; }))).map(function (v) { return [v, v]; }), L.allLeads);
fill($("f-leader"), uniq(rows.map(function (r) { return r.leader; })).map(function (v) { return [v, v]; }), L.allLeaders);
fill($("f-notice"), notices.map(function (n, i) { return [String(i), (n.docNumber ? n.docNumber + " " : "") + (n.title || n.path)]; }), L.allNotices);
fill($("f-year"), uniq(notices.map(function (n) { return n.year; })).map(function (v) { return [v, v]; }), L.allYears);
// the text a search looks in: every column, so a Chinese phrase is found as a plain substring
var hay = rows.map(function (r) { return COLS.map(function (f) { return f(r); }).join("\n").toLowerCase(); });
function current() {
  var q = state.q.trim().toLowerCase(), out = [];
  for (var i = 0; i < rows.length; i++) {
    var r = rows[i];
    if (state.lead && r.lead.indexOf(state.lead) < 0) continue;
    if (state.leader && r.leader !== state.leader) continue;
    if (state.notice && String(r.n) !== state.notice) continue;
    if (state.year && notices[r.n].year !== state.year) continue;
    if (q && hay[i].indexOf(q) < 0) continue;
    out.push(r);
  }
  if (state.sort >= 0) {
    var f = COLS[state.sort], d = state.dir;
    out = out.map(function (r, i) { return [r, i]; }).sort(function (a, b) {
      var x = f(a[0]), y = f(b[0]);
      return (x < y ? -1 : x > y ? 1 : a[1] - b[1]) * (x === y ? 1 : d);
    }).map(function (p) { return p[0]; });
  }
  return out;
}
function cell(tr, text) { var td = document.createElement("td"); td.textContent = text; tr.appendChild(td); return td; }
function render() {
  var list = current(), body = $("task-rows"), frag = document.createDocumentFragment();
  list.slice(0, CAP).forEach(function (r) {
    var tr = document.createElement("tr"), n = notices[r.n];
    cell(tr, r.task); cell(tr, r.lead.join("、")); cell(tr, r.support.join("、")); cell(tr, r.leader);
    var dl = cell(tr, r.deadline);
    if (r.month && r.month < D.today.slice(0, 7)) { tr.className = "overdue"; dl.title = L.overdue; }
    cell(tr, r.targets);
    var td = cell(tr, "");
    var a = document.createElement("a"); a.textContent = n.title || n.path; a.setAttribute("href", n.href + "#L" + r.line);
    a.title = n.path + ":" + r.line; td.appendChild(a);
    cell(tr, n.docNumber);
    frag.appendChild(tr);
  });
  body.textContent = "";
  body.appendChild(frag);
  $("shown").textContent = L.shown + " " + list.length + " " + L.of + " " + rows.length + (list.length > CAP ? L.rowsCapped.replace("{n}", CAP) : "");
  $("shown").setAttribute("data-count", String(list.length));
}
function bind(id, key) { $(id).addEventListener("input", function (e) { state[key] = e.target.value; render(); }); }
bind("f-lead", "lead"); bind("f-leader", "leader"); bind("f-notice", "notice"); bind("f-year", "year"); bind("q", "q");
$("reset").addEventListener("click", function () {
  ["f-lead", "f-leader", "f-notice", "f-year", "q"].forEach(function (id) { $(id).value = ""; });
  state.lead = state.leader = state.notice = state.year = state.q = ""; render();
});
Array.prototype.forEach.call(document.querySelectorAll("#tasks th"), function (th, i) {
  th.addEventListener("click", function () {
    state.dir = state.sort === i ? -state.dir : 1; state.sort = i;
    Array.prototype.forEach.call(document.querySelectorAll("#tasks th"), function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", state.dir > 0 ? "ascending" : "descending");
    render();
  });
});
Array.prototype.forEach.call(document.querySelectorAll("#chart-lead .bar"), function (g) {
  var pick = function () { $("f-lead").value = g.getAttribute("data-lead"); state.lead = $("f-lead").value; render(); $("tasks").scrollIntoView(); };
  g.addEventListener("click", pick);
  g.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") pick(); });
});
// CSV of what the table shows (all filtered rows, not just those listed), with a BOM for Excel;
// cells a spreadsheet would run as a formula get a leading ' as in kexie's own tasks.csv
function csvCell(v) {
  v = String(v == null ? "" : v);
  if (/^[=+\-@\t\r]/.test(v)) v = "'" + v;
  return /[",\r\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
}
$("export").addEventListener("click", function () {
  var head = [L.cTask, L.cLead, L.cSupport, L.cLeader, L.cDeadline, L.cTargets, L.cNotice, L.cDocNumber, L.source];
  var lines = [head.map(csvCell).join(",")].concat(current().map(function (r) {
    return COLS.map(function (f) { return csvCell(f(r)); }).concat([csvCell(notices[r.n].path + ":" + r.line)]).join(",");
  }));
  var blob = new Blob(["\ufeff" + lines.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" });
  var a = document.createElement("a"); a.href = URL.createObjectURL(blob); a.download = "tasks-filtered.csv";
  document.body.appendChild(a); a.click(); a.remove();
});
// a notice's header fields and outline, built when it is first opened (or before printing)
function el(tag, text) { var e = document.createElement(tag); if (text != null) e.textContent = text; return e; }
function fillNotice(d) {
  if (d.getAttribute("data-filled")) return;
  d.setAttribute("data-filled", "1");
  var n = notices[Number(d.id.slice(7))], dl = el("dl");
  [[L.issuer, n.issuer], [L.cDocNumber, n.docNumber], [L.date, n.date], [L.source, n.path]].forEach(function (f) {
    dl.appendChild(el("dt", f[0]));
    var dd = el("dd");
    if (f[0] === L.source && f[1]) { var a = el("a", f[1]); a.setAttribute("href", n.href); dd.appendChild(a); } else dd.textContent = f[1] || L.none;
    dl.appendChild(dd);
  });
  d.appendChild(dl);
  var o = el("details"), stack = [], flat = n.outline;
  o.appendChild(el("summary", L.outline));
  // [depth, marker, heading] triples, depth-first: a list per depth, each nested in the last item above
  for (var i = 0; i < flat.length; i += 3) {
    var depth = flat[i];
    stack.length = Math.min(stack.length, depth + 1);
    if (stack.length <= depth) {
      var ul = el("ul"); ul.className = "outline";
      (depth === 0 ? o : stack[depth - 1].li).appendChild(ul);
      stack[depth] = { ul: ul, li: null };
    }
    var li = el("li", S[flat[i + 1]] + S[flat[i + 2]]);
    stack[depth].ul.appendChild(li); stack[depth].li = li;
  }
  d.appendChild(o);
}
document.addEventListener("toggle", function (e) { if (e.target.classList && e.target.classList.contains("notice")) fillNotice(e.target); }, true);
window.addEventListener("beforeprint", function () { Array.prototype.forEach.call(document.querySelectorAll("details.notice"), fillNotice); });
render();
})();`;

import { readFileSync } from "node:fs";
import { parseNotice } from "./dist/index.js";
for (const f of process.argv.slice(2)) {
  const n = await parseNotice(readFileSync(f), { path: f });
  const brief = (s) => s.map((x) => `${x.marker ?? "-"} ${x.heading.slice(0, 14)}` + (x.children?.length ? ` [${x.children.length}]` : ""));
  console.log("==", f, n.source.format, n.source.encoding);
  console.log(JSON.stringify({ header: n.header, signature: n.signature, cc: n.cc, ccUp: n.ccUp, attachments: n.attachments }, null, 0));
  console.log("sections", brief(n.sections));
  for (const p of n.parts) console.log("part", p.title, brief(p.sections));
  console.log("tables", n.tables.map((t) => [t.caption, t.columns.join("|"), t.rows.length]));
  console.log("tasks", n.tasks.length, JSON.stringify(n.tasks.slice(1, 3)));
  console.log("diag", n.diagnostics.map((d) => d.code).join(","));
}

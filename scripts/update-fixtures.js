// Rewrites fixtures/*.expected.json from the current parser (npm run fixtures:update).
// Review every diff by eye before committing: the expected files are the reviewed truth.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { parseNotice } from "../dist/index.js";

const dir = new URL("../fixtures/", import.meta.url);
const only = process.argv.slice(2);
for (const name of readdirSync(dir).sort()) {
  if (!/\.(txt|md)$/.test(name) || name === "README.md") continue;
  if (only.length && !only.some((o) => name.includes(o))) continue;
  const doc = await parseNotice(readFileSync(new URL(name, dir)), { path: `fixtures/${name}` });
  const target = new URL(name.replace(/\.(txt|md)$/, ".expected.json"), dir);
  writeFileSync(target, JSON.stringify(doc, null, 2) + "\n");
  console.log(`${name}: ${doc.diagnostics.length} diagnostics`);
}

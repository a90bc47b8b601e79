// YAML front matter of an exported Markdown notice: the header fields a static-site generator or
// a note tool indexes. Values are written as JSON, which YAML 1.2 reads as the same scalars.
import type { Notice } from "../model/schema.js";

/** YAML 1.2 double-quoted scalars are a superset of JSON strings, so JSON quoting is safe. */
function yamlValue(v: string | number | null | readonly string[]): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return `[${v.map((x) => JSON.stringify(x)).join(", ")}]`;
  return typeof v === "number" ? String(v) : JSON.stringify(v);
}

export function frontMatter(doc: Notice): string {
  const h = doc.header;
  const fields: Array<[string, string | number | null | readonly string[]]> = [
    ["title", h.title],
    ["issuer", h.issuer],
    ["docNumber", h.docNumber?.raw ?? null],
    ["docType", h.docType],
    ["date", doc.signature?.date ?? null],
    ["recipients", h.recipients],
  ];
  if (h.secrecy) fields.push(["secrecy", h.secrecy]);
  if (h.urgency) fields.push(["urgency", h.urgency]);
  if (h.signer.length) fields.push(["signer", h.signer]);
  if (doc.cc.length) fields.push(["cc", doc.cc]);
  if (doc.ccUp.length) fields.push(["ccUp", doc.ccUp]);
  if (doc.attachments.length) fields.push(["attachments", doc.attachments.map((a) => a.title)]);
  // (the page's own metadata the header carries — 索引号, 发布日期, 主题分类 — read back by the Markdown reader under these names)
  if (h.indexNumber) fields.push(["indexNumber", h.indexNumber]);
  if (h.publishedDate) fields.push(["publishedDate", h.publishedDate]);
  if (h.subject) fields.push(["subject", h.subject]);
  if (doc.source.path) fields.push(["source", doc.source.path]);
  return ["---", ...fields.map(([k, v]) => `${k}: ${yamlValue(v)}`), "---"].join("\n");
}

/** The body of an exported Markdown file: what follows the front matter. */
export function stripFrontMatter(md: string): string {
  const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(md);
  return m ? md.slice(m[0].length) : md;
}

// 名词解释: a list of terms at the end of a report. Entries leave the body so they are not
// numbered sections of the report itself.
import type { Block } from "../model/blocks.js";
import { matchMarker } from "../lexicon/markers.js";

export interface GlossaryEntry {
  term: string;
  definition: string;
  line: number;
}

const GLOSSARY_HEAD = /^(附[：:]\s*)?(名词解释|名词术语解释|术语解释|注释)[：:]?$/;

export function extractGlossary(blocks: Block[]): { glossary: GlossaryEntry[]; body: Block[] } {
  const glossary: GlossaryEntry[] = [];
  const body: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== "para" || !GLOSSARY_HEAD.test(b.text.trim())) {
      body.push(b);
      continue;
    }
    let j = i + 1;
    for (; j < blocks.length; j++) {
      const e = blocks[j]!;
      if (e.kind !== "para") break;
      const m = matchMarker(e.text);
      if (!m) break;
      const content = e.text.slice(m.length);
      const colon = /[：:]/.exec(content);
      const term = (colon ? content.slice(0, colon.index) : content).trim();
      const definition = (colon ? content.slice(colon.index + 1) : "").trim().replace(/[；;。.]$/, "");
      glossary.push({ term, definition, line: e.line });
    }
    i = j - 1;
  }
  return { glossary, body };
}

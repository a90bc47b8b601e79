// Flat records for row-oriented exports (CSV, NDJSON, JSON lists): each one carries the file it
// comes from, since a row stands on its own; sections carry their path instead of children.
import type { Notice, Section, Task } from "../model/schema.js";
import { pathStep } from "../model/section-path.js";

export type TaskRecord = { file: string | null } & Task;
export type SectionRecord = { file: string | null; part: number | null; path: string } & Omit<Section, "children">;

export function taskRecords(docs: Notice[]): TaskRecord[] {
  return docs.flatMap((d) => d.tasks.map((t) => ({ file: d.source.path, ...t })));
}

/** Sections in document order (covering notice, then each part), with paths like 二/（三）/2. */
export function sectionRecords(docs: Notice[]): SectionRecord[] {
  const out: SectionRecord[] = [];
  for (const d of docs) {
    const walk = (list: Section[], part: number | null, path: string[]) => {
      for (const s of list) {
        const { children, ...own } = s;
        const p = [...path, pathStep(s)];
        out.push({ file: d.source.path, part, path: p.join("/"), ...own });
        walk(children, part, p);
      }
    };
    walk(d.sections, null, []);
    d.parts.forEach((p, k) => walk(p.sections, k, []));
  }
  return out;
}

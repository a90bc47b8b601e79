// Targets (量化指标): the last stage reads the finished sections and tasks and returns copies that
// carry their quantitative targets. It adds a field and changes nothing the other stages found.
import type { Section, Task } from "../model/schema.js";
import { findTargets } from "../lexicon/targets.js";

/** The text a section's targets are searched in, and their spans index: heading, newline, own text. */
export const sectionTargetText = (s: Pick<Section, "heading" | "text">): string => (s.text ? `${s.heading}\n${s.text}` : s.heading);

export function sectionsWithTargets(sections: Section[]): Section[] {
  return sections.map((s) => {
    const targets = findTargets(sectionTargetText(s));
    // a copy with the same keys in the same order, targets (only when there are any, so the
    // JSON stays lean) before children; copied key by key, as a rest pattern is slow here
    const out: Record<string, unknown> = {};
    for (const k in s) if (k !== "children") out[k] = s[k as keyof Section];
    if (targets.length) out.targets = targets;
    out.children = sectionsWithTargets(s.children);
    return out as Section;
  });
}

export function tasksWithTargets(tasks: Task[]): Task[] {
  return tasks.map((t) => ({ ...t, targets: findTargets(t.task) }));
}

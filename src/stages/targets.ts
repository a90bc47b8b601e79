// Targets (量化指标): the last stage reads the finished sections and tasks and returns copies that
// carry their quantitative targets. It adds a field and changes nothing the other stages found.
import type { Section, Task } from "../model/schema.js";
import { findTargets } from "../lexicon/targets.js";

/** The text a section's targets are searched in, and their spans index: heading, newline, own text. */
export const sectionTargetText = (s: Pick<Section, "heading" | "text">): string => (s.text ? `${s.heading}\n${s.text}` : s.heading);

export function sectionsWithTargets(sections: Section[]): Section[] {
  return sections.map((s) => {
    const targets = findTargets(sectionTargetText(s));
    const children = sectionsWithTargets(s.children);
    // a section without targets keeps its shape, so the JSON stays lean
    const { children: _, ...own } = s;
    return targets.length ? { ...own, targets, children } : { ...own, children };
  });
}

export function tasksWithTargets(tasks: Task[]): Task[] {
  return tasks.map((t) => ({ ...t, targets: findTargets(t.task) }));
}

// Section paths as task sources write them: 二/（三）/2 — each marker without its trailing 、.，：
// punctuation, a group node (marker null) by its heading. Mirrors the path structure/tasks.ts
// builds, so exporters and the validator agree with the parser.
import type { Section } from "./schema.js";

export function pathStep(s: Section): string {
  return s.marker === null ? s.heading : s.marker.replace(/[、．.，,：:\s]+$/, "");
}

/** The section a path names, or null. Matched step by step, so a heading holding "/" still resolves. */
export function findSection(sections: Section[], path: string): Section | null {
  for (const s of sections) {
    const step = pathStep(s);
    if (path === step) return s;
    if (path.startsWith(`${step}/`)) {
      const found = findSection(s.children, path.slice(step.length + 1));
      if (found) return found;
    }
  }
  return null;
}

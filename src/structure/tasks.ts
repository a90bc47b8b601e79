import type { Diagnostic, Notice, Task } from "../schema.js";

export function extractTasks(_notice: Notice, _diagnostics: Diagnostic[]): Task[] {
  return [];
}

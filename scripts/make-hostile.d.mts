// Types of scripts/make-hostile.mjs, for the tests that import it.
export function csvInjectionNotice(): string;
export const CSV_INJECTION_CELLS: string[];
export const ESC_SEQUENCES: string;
export function escapeMetadataPage(): string;
export function plainNotice(title?: string): string;
export function symlinkTree(root: string): { src: string; outside: string };
export function writeAll(dir: string): void;

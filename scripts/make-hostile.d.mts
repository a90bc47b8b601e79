// Types of scripts/make-hostile.mjs, for the tests that import it.
export function csvInjectionNotice(): string;
export const CSV_INJECTION_CELLS: string[];
export const ESC_SEQUENCES: string;
export function escapeMetadataPage(): string;
export function plainNotice(title?: string): string;
export function symlinkTree(root: string): { src: string; outside: string };
export const PATHOLOGICAL: Record<string, (n: number) => { text: string; ext: string }>;
export function repeatedNotice(bytes: number): string;
export function writeAll(dir: string): void;
export function zipArchive(entries: Array<{ name: string; data?: Uint8Array; deflated?: Uint8Array; size?: number }>): Buffer;
export function repeatedDeflate(head: string, piece: string, times: number, tail: string): { deflated: Buffer; size: number };
export function docxBomb(expandTo?: number, varied?: boolean): Buffer;
export function ofdBomb(expandTo?: number): Buffer;
export function docxManyEntries(count?: number): Buffer;
export function docxOf(bytes: number): Buffer;

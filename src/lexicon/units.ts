// Lookup tables over UTF-16 code units, for the per-character tests on hot paths (brackets,
// sentence boundaries, a marker's first character, whitespace, invisible and Traditional
// characters): one byte read per character instead of a regex or a string search. Every
// character these tables hold is in the Basic Multilingual Plane, so one code unit is one character.

/** A class number, the characters that have it, and inclusive code-unit ranges that have it too. */
export type UnitGroup = readonly [value: number, chars: Iterable<string>, ranges?: ReadonlyArray<readonly [number, number]>];

/** A table from code unit to class number (0 for every unit no group names). */
export function unitTable(...groups: UnitGroup[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const [value, chars, ranges = []] of groups) {
    for (const c of chars) table[c.charCodeAt(0)] = value;
    for (const [a, b] of ranges) table.fill(value, a, b + 1);
  }
  return table;
}

// Length tests in characters (code points) that do not spread a long string into an array: a
// paragraph of a million characters is compared in O(1) instead of allocating a million strings.
import { unitTable } from "./units.js";

/** Whether `s` has at most `max` characters (code points). */
export function charsAtMost(s: string, max: number): boolean {
  if (s.length <= max) return true; // code points ≤ UTF-16 units
  if (s.length > 2 * max) return false; // each code point is at most two units
  let n = 0;
  for (const _ of s) if (++n > max) return false;
  return true;
}

/** Code units JavaScript's \s matches (spaces, line ends, U+3000, NBSP, U+FEFF …). */
const SPACE = unitTable([1, "", [[0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]]]);

/** Whether a UTF-16 code unit is whitespace as \s sees it. */
export function isSpaceUnit(c: number): boolean {
  return SPACE[c] === 1;
}

/** Whether `s` has more than `max` UTF-16 units that are not whitespace (\s), counted only as far as needed. */
export function moreThanNonSpace(s: string, max: number): boolean {
  if (s.length <= max) return false;
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!SPACE[s.charCodeAt(i)] && ++n > max) return true;
  return false;
}

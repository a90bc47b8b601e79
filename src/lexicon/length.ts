// Length tests in characters (code points) that do not spread a long string into an array: a
// paragraph of a million characters is compared in O(1) instead of allocating a million strings.

/** Whether `s` has at most `max` characters (code points). */
export function charsAtMost(s: string, max: number): boolean {
  if (s.length <= max) return true; // code points ≤ UTF-16 units
  if (s.length > 2 * max) return false; // each code point is at most two units
  let n = 0;
  for (const _ of s) if (++n > max) return false;
  return true;
}

// Per-document answers to the lexicon's questions about one line (is it chrome? a date alone?
// which marker opens it?). The stages ask them again and again of the same lines — repair about
// each neighbouring pair, the header about its candidates, the sections and closing stages about
// the body — so each answer is kept until the document is done: the stages share one reading of a
// line instead of re-testing it. Kept per document (forgotten when the next one begins or the
// Traditional-folding mode changes), never across documents: a batch's memory stays flat and a
// small input is not made to look cheaper than a large one.

const caches: Array<Map<string, unknown>> = [];

/**
 * `fn` answering each distinct text once per document. Only for functions of the text alone
 * (and the document's folding mode), whose answers no caller changes: a memoised answer is shared.
 */
export function perDocument<R>(fn: (s: string) => R): (s: string) => R {
  const cache = new Map<string, R>();
  caches.push(cache as Map<string, unknown>);
  return (s: string): R => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as R;
    // frozen, so a stage that would change a shared answer fails at once instead of changing
    // what the next stage reads
    const r = frozen(fn(s));
    cache.set(s, r);
    return r;
  };
}

/** Forget every kept answer: a new document, or a new folding mode, begins. */
export function forgetAnswers(): void {
  // (Map#clear allocates a fresh table even for an empty map: most caches are empty by now, as the
  // last document's end cleared them, and a small document would pay for every one)
  for (const c of caches) if (c.size > 0) c.clear();
}

/** An answer made read-only, arrays and objects within it too (they are small: pairs, a marker, a date). */
function frozen<R>(r: R): R {
  if (r !== null && typeof r === "object" && !Object.isFrozen(r)) {
    Object.freeze(r);
    for (const v of Object.values(r as object)) frozen(v);
  }
  return r;
}

// Nesting depth of an HTML page, measured before any tree is built (see depth.ts for why): the
// page goes through htmlparser2's streaming parser, counting only. Its own module, so only HTML
// input loads htmlparser2.
import { Parser } from "htmlparser2";
import { LIMITS } from "../model/limits.js";
import { tooDeep } from "./depth.js";

/** thrown out of the parser's callback to stop it once the cap is passed */
const STOP = Symbol("deeper than the cap");

/**
 * The deepest element nesting of an HTML page, counting stops once it passes `cap`. The page goes
 * through htmlparser2's streaming Parser — the tokenizer and tree rules (implied closes, void and
 * raw-text elements) of the very parser the adapter then builds the tree with — with no tree built:
 * only a counter, so the measure is the depth the tree would have, found in one linear pass.
 */
export function htmlDepth(html: string, cap: number = LIMITS.nestingDepth): number {
  let depth = 0;
  let max = 0;
  const parser = new Parser({
    onopentagname() {
      depth++;
      if (depth > max) max = depth;
      // the parser's open-element stack grows at its front: stop while it is short
      if (max > cap) throw STOP;
    },
    onclosetag() {
      depth--;
    },
  });
  try {
    parser.write(html);
    parser.end();
  } catch (e) {
    if (e !== STOP) throw e;
  }
  return max;
}

/** Throw E_TOO_DEEP when the page nests deeper than the cap. */
export function checkHtmlDepth(html: string, file: string | null, what = "the page", advice?: string): void {
  const d = htmlDepth(html);
  if (d > LIMITS.nestingDepth) throw tooDeep(what, file, advice);
}

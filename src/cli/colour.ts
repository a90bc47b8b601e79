// Colour for what kexie writes to standard error (the batch summary). Decided from stderr itself
// (chalkStderr), not stdout, so `2>err.log` on a terminal writes no escape codes into the log.
// Order: --no-color, then FORCE_COLOR (supports-color reads it, also to force colour into a pipe),
// then NO_COLOR (no-color.org: set and not empty; chalk's supports-color does not read it).
import { Chalk, chalkStderr, type ChalkInstance } from "chalk";

export function stderrColours(opts: { color?: boolean }, env: NodeJS.ProcessEnv = process.env): ChalkInstance {
  if (opts.color === false) return new Chalk({ level: 0 });
  if ("FORCE_COLOR" in env) return chalkStderr;
  if (env.NO_COLOR) return new Chalk({ level: 0 });
  return chalkStderr;
}

// Progress on stderr: a bar (cli-progress) on a terminal, a plain line every few seconds in a
// log, nothing with --quiet. The time left is kexie's own smoothed estimate (eta.ts), not
// cli-progress's, which is computed from the start and jumps while the workers start up.
import cliProgress from "cli-progress";
import { createEta, formatEta } from "./eta.js";

export interface Progress {
  tick(failed: boolean): void;
  stop(): void;
}

export function createProgress(total: number, quiet: boolean): Progress {
  if (quiet || total === 0) return { tick() {}, stop() {} };
  let done = 0;
  let failed = 0;
  const t0 = Date.now();
  const eta = createEta();
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: "kexie batch [{bar}] {value}/{total} files | {rate} files/s | ETA {left} | failed {failed}",
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { rate: "0", failed: 0, left: formatEta(null) });
    return {
      tick(f) {
        done++;
        if (f) failed++;
        const now = Date.now();
        const left = formatEta(eta.update(done, total, now));
        bar.update(done, { rate: (done / Math.max((now - t0) / 1000, 0.001)).toFixed(0), failed, left });
      },
      stop() {
        bar.stop();
      },
    };
  }
  let last = t0;
  return {
    tick(f) {
      done++;
      if (f) failed++;
      const now = Date.now();
      const left = eta.update(done, total, now);
      if (now - last >= 2000 || done === total) {
        last = now;
        const rate = done / Math.max((now - t0) / 1000, 0.001);
        const etaText = done < total && left !== null ? `, about ${formatEta(left)} left` : "";
        process.stderr.write(`kexie batch: ${done}/${total} files, ${rate.toFixed(0)} files/s, ${failed} failed${etaText}\n`);
      }
    },
    stop() {},
  };
}

// Progress on stderr: a bar (cli-progress) on a terminal, a plain line every few seconds in a
// log, nothing with --quiet.
import cliProgress from "cli-progress";

export interface Progress {
  tick(failed: boolean): void;
  stop(): void;
}

export function createProgress(total: number, quiet: boolean): Progress {
  if (quiet || total === 0) return { tick() {}, stop() {} };
  let done = 0;
  let failed = 0;
  const t0 = Date.now();
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: "kexie batch [{bar}] {value}/{total} files | {rate} files/s | ETA {eta_formatted} | failed {failed}",
        hideCursor: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { rate: "0", failed: 0 });
    return {
      tick(f) {
        done++;
        if (f) failed++;
        bar.update(done, { rate: (done / Math.max((Date.now() - t0) / 1000, 0.001)).toFixed(0), failed });
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
      if (now - last >= 2000 || done === total) {
        last = now;
        const rate = done / Math.max((now - t0) / 1000, 0.001);
        process.stderr.write(`kexie batch: ${done}/${total} files, ${rate.toFixed(0)} files/s, ${failed} failed\n`);
      }
    },
    stop() {},
  };
}

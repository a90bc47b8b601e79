// Time left in a batch, steady enough to read. The first files finish in the time it takes worker
// threads to start and load the parser, so a rate measured from the start promises minutes for
// seconds of work (2m35s at 1/640 files). So: no estimate until a few files are done; the rate is
// measured from the first finished file, not from the start; and each new estimate moves the shown
// one only part of the way (an exponential moving average), so one slow file does not make it jump.

/** Files done before any estimate is shown. */
export const ETA_AFTER_FILES = 5;
const SMOOTHING = 0.2;

export interface Eta {
  /** Seconds left after `done` of `total` files at time `now` (ms), or null while too early to say. */
  update(done: number, total: number, now: number): number | null;
}

export function createEta(): Eta {
  let first: { done: number; at: number } | null = null;
  let shown: number | null = null;
  return {
    update(done, total, now) {
      if (done <= 0) return null;
      if (!first) first = { done, at: now };
      if (done >= total) return (shown = 0);
      const elapsed = (now - first.at) / 1000;
      if (done < Math.min(ETA_AFTER_FILES, total) || done === first.done || elapsed <= 0) return null;
      const estimate = (total - done) / ((done - first.done) / elapsed);
      shown = shown === null ? estimate : shown + SMOOTHING * (estimate - shown);
      return shown;
    },
  };
}

/** 75 → 1m15s, 3725 → 1h02m, for a progress line. */
export function formatEta(seconds: number | null): string {
  if (seconds === null) return "…";
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

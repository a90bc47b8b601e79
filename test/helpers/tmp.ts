// Temporary folders for tests, removed when the test file ends (test/setup.ts), so runs leave
// nothing behind in the temp dir.
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const made: string[] = [];

/** A fresh folder under the system temp dir, removed after the test file. */
export function tempDir(prefix = "kexie-test-"): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Give back permissions a test took away (chmod 000) so the folder can be removed. */
function unlock(dir: string): void {
  try {
    const st = statSync(dir);
    if (!st.isDirectory()) return;
    chmodSync(dir, 0o700);
    for (const n of readdirSync(dir)) {
      const p = path.join(dir, n);
      try {
        if (statSync(p).isDirectory()) unlock(p);
      } catch {
        // a dangling link: nothing to unlock
      }
    }
  } catch {
    // gone already
  }
}

export function cleanupTempDirs(): void {
  for (const dir of made.splice(0)) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      unlock(dir);
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

// Property tests parse hundreds of notices; on a loaded CI machine that can take far longer than
// vitest's 5 s default. Tests never assert on time, so a generous limit only guards against hangs.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

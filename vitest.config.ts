// Property tests parse hundreds of notices; on a loaded CI machine that can take far longer than
// vitest's 5 s default. Tests never assert on time, so a generous limit only guards against hangs.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
    setupFiles: ["./test/setup.ts"],
    // test/hostile-time.test.ts compares run times at n and 4n: a young generation large enough
    // for those inputs keeps the garbage collector's promotions from posing as superlinear time
    // (a quadratic algorithm still shows 16×); --expose-gc lets it collect before each timing
    execArgv: ["--expose-gc", "--max-semi-space-size=64"],
  },
});

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    setupFiles: ["./test/setup.ts"],
    // test/hostile-time.test.ts compares run times at n and 4n: a young generation large enough
    // for those inputs keeps the garbage collector's promotions from posing as superlinear time
    // (a quadratic algorithm still shows 16×); --expose-gc lets it collect before each timing
    execArgv: ["--expose-gc", "--max-semi-space-size=64"],
  },
});

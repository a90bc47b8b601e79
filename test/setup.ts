// Run before every test file (vitest.config.ts): temp folders made with tempDir() go at the end.
import { afterAll } from "vitest";
import { cleanupTempDirs } from "./helpers/tmp.js";

afterAll(() => cleanupTempDirs());

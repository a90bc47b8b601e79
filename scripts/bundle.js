// Bundle the command line with esbuild (npm run build, after tsc): Node then loads one small
// entry file instead of ~60 modules for `kexie parse x.txt` (and ~300 for a Markdown file), which
// is most of kexie's start-up. Code splitting keeps the lazy loading of src/cli/main.ts: what a
// command or format needs (the parser, htmlparser2, remark, the batch runner) is its own chunk,
// loaded only by the dynamic import() that asks for it. The library entry (dist/index.js) and its
// types stay tsc's output; only bin/kexie.js uses the bundle.
import { build } from "esbuild";
import { rmSync } from "node:fs";

const outdir = new URL("../dist/bundle/", import.meta.url).pathname;

// commander requires node:child_process when it loads, for subcommands run as separate
// executables, which kexie never uses; loading that built-in is about 8 % of Node's own start-up.
// Commander gets a stand-in that requires it on first use.
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: "child_process", namespace: "kexie-lazy" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "kexie-lazy" }, () => ({
      contents: 'let cp; module.exports = new Proxy({}, { get: (_, key) => (cp ??= require("node:child_process"))[key] });',
      loader: "js",
    }));
  },
};
rmSync(outdir, { recursive: true, force: true });
await build({
  // worker.js sits beside the chunk that holds pool.ts, which spawns new URL("./worker.js", import.meta.url)
  entryPoints: { main: "dist/cli/main.js", worker: "dist/batch/worker.js" },
  outdir,
  entryNames: "[name]",
  chunkNames: "chunk-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // loaded from node_modules as they are: a native addon; two large packages that find their own
  // files at run time; and chardet, a CommonJS package read through import() for a named export,
  // which a split chunk would expose only as its default export; and jsonc-parser, whose "main" is
  // a UMD build that requires its own files at run time
  external: ["@duckdb/node-api", "unpdf", "exceljs", "chardet", "jsonc-parser"],
  // CommonJS packages inside an ES module bundle still call require() for Node's built-ins
  banner: { js: 'import { createRequire as __kexieCreateRequire } from "node:module"; const require = __kexieCreateRequire(import.meta.url);' },
  plugins: [lazyChildProcess],
  legalComments: "none",
  logLevel: "warning",
});

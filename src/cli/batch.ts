// kexie batch SRC -o OUT: the CLI face of src/batch/run.ts — options, Ctrl-C, the summary.
import os from "node:os";
import { EXIT, KexieError } from "../model/errors.js";
import { escapeTerminal } from "../model/terminal.js";

export interface BatchCliOptions {
  output?: string;
  jobs?: string;
  include?: string[];
  exclude?: string[];
  to?: string[];
  force?: boolean;
  ndjson?: boolean;
  quiet?: boolean;
  encoding?: string;
  lang?: "en" | "zh";
  /** false with --no-color */
  color?: boolean;
  csvRaw?: boolean;
  followSymlinks?: boolean;
  maxBytes?: string;
  timeout?: string;
  /** also write OUT/report.html (kexie report of OUT) */
  report?: boolean;
  /** lint each file: OUT/lint.csv and counts in report.json */
  lint?: boolean;
  /** where --lang came from: "cli" when given (it then sets the lint messages' language too) */
  langSource?: string;
}

/** --lint's options: the .kexierc.json nearest to SRC (upwards), the language of the messages. */
async function lintOptions(src: string, o: BatchCliOptions): Promise<import("../lint/index.js").LintOptions> {
  const cfg = await import("../lint/config.js");
  const file = await cfg.findConfig(src);
  const config = file ? await cfg.readConfig(file) : {};
  return { ...config, lang: o.langSource === "cli" && o.lang ? o.lang : (config.lang ?? "zh") };
}

/**
 * Worker threads when --jobs is not given: one core is left to the main thread (which writes the
 * outputs and aggregates) and to the garbage collector. On 2 cores a second worker bought nothing
 * on 1,000 notices (0.98–1.03× as fast) and 1.22× on 10,000, for 57 % more memory (298 MB, over
 * the 250 MB bar that one worker keeps, at 190 MB): so 1 is the default there, 2 a choice.
 */
export function defaultJobs(cores: number): number {
  return Math.max(1, cores - 1);
}

export async function runBatchCli(src: string, o: BatchCliOptions): Promise<number> {
  if (!o.output && !o.ndjson) throw new KexieError("E_USAGE", "give an output folder with -o OUT (or --ndjson to stream documents to standard output)");
  const jobs = o.jobs === undefined ? defaultJobs(os.availableParallelism()) : Number(o.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new KexieError("E_USAGE", `--jobs must be a whole number from 1 to 256, got "${o.jobs}"`);
  const formats = (o.to ?? []).flatMap((t) => t.split(","));
  for (const t of formats) if (t !== "md" && t !== "csv" && t !== "xlsx" && t !== "parquet") throw new KexieError("E_USAGE", `--to takes md, csv, xlsx or parquet, got "${t}"`);
  // md and csv go beside each JSON; parquet is three archive-wide tables in OUT
  const to = formats.filter((t) => t !== "parquet");
  const parquet = formats.includes("parquet");
  if (parquet && o.ndjson) throw new KexieError("E_USAGE", "--to parquet writes files into OUT — use -o OUT instead of --ndjson");
  // checked once here: otherwise every file would fail on its own with the same message
  if (o.encoding !== undefined && !(await import("iconv-lite")).default.encodingExists(o.encoding)) {
    throw new KexieError("E_ENCODING", `unknown encoding "${o.encoding}" — use e.g. utf-8, gbk, gb18030, big5, utf-16le`);
  }
  const { sizeArg } = await import("./main.js");
  const maxBytes = o.maxBytes === undefined ? undefined : sizeArg(o.maxBytes);
  const timeout = o.timeout === undefined ? undefined : Number(o.timeout);
  if (timeout !== undefined && !(Number.isFinite(timeout) && timeout >= 0 && timeout <= 86_400)) {
    throw new KexieError("E_USAGE", `--timeout takes seconds (0 for no limit), got "${o.timeout}"`);
  }
  if (o.lint && o.ndjson) throw new KexieError("E_USAGE", "--lint writes OUT/lint.csv and counts in OUT/report.json — use -o OUT instead of --ndjson");
  const lint = o.lint ? await lintOptions(src, o) : null;
  const { runBatch } = await import("../batch/run.js");
  const chalk = (await import("./colour.js")).stderrColours(o);
  const controller = new AbortController();
  let stops = 0;
  const onSigint = () => {
    stops++;
    if (stops > 1) process.exit(EXIT.interrupted);
    process.stderr.write("\nkexie batch: stopping after the files in progress (Ctrl-C again to quit now)\n");
    controller.abort();
  };
  process.on("SIGINT", onSigint);
  try {
    const report = await runBatch(src, {
      out: o.ndjson ? null : o.output!,
      jobs,
      include: o.include ?? [],
      exclude: o.exclude ?? [],
      to: to as Array<"md" | "csv" | "xlsx">,
      lang: o.lang ?? "en",
      parquet,
      force: !!o.force,
      ndjson: !!o.ndjson,
      quiet: !!o.quiet,
      encoding: o.encoding ?? null,
      csvRaw: !!o.csvRaw,
      followSymlinks: !!o.followSymlinks,
      maxBytes,
      timeoutMs: timeout === undefined ? undefined : Math.round(timeout * 1000),
      lint,
      signal: controller.signal,
      write: (line) => new Promise((resolve, reject) => process.stdout.write(line, (e) => (e ? reject(e) : resolve()))),
    });
    const t = report.totals;
    if (!o.quiet) {
      for (const f of report.files.filter((x) => x.status === "failed")) {
        process.stderr.write(escapeTerminal(`kexie: ${f.file}: ${f.reason} [${f.code}]`) + "\n");
      }
      // skipped on purpose (a link out of SRC), as opposed to unchanged since the last run
      const excluded = report.files.filter((x) => x.status === "skipped" && x.reason);
      for (const f of excluded) process.stderr.write(escapeTerminal(`kexie: ${f.file}: skipped: ${f.reason}`) + "\n");
      const parts = [
        chalk.green(`${t.ok} converted`),
        t.warnings ? chalk.yellow(`${t.warnings} with warnings`) : null,
        t.notNotice ? chalk.yellow(`${t.notNotice} not notices`) : null,
        report.reused ? chalk.cyan(`${report.reused} unchanged since the last run`) : null,
        excluded.length ? chalk.cyan(`${excluded.length} links out of the folder, skipped`) : null,
        t.failed ? chalk.red(`${t.failed} failed`) : null,
        t.lint ? chalk.cyan(`lint: ${t.lint.errors} errors, ${t.lint.warnings} warnings, ${t.lint.info} info in ${t.lint.filesWithFindings} files`) : null,
      ].filter(Boolean);
      process.stderr.write(`kexie batch: ${t.files} files: ${parts.join(", ")}${report.interrupted ? chalk.red(" — interrupted, run again to finish") : ""}${o.output && !o.ndjson ? ` → ${escapeTerminal(o.output)}/report.json` : ""}\n`);
    }
    if (report.interrupted) return EXIT.interrupted;
    if (o.report && o.output && !o.ndjson) {
      const { runReport } = await import("./report.js");
      const path = await import("node:path");
      const r = await runReport([o.output], { output: path.join(o.output, "report.html"), lang: "zh" });
      if (r !== EXIT.ok) return r;
    }
    return t.failed > 0 ? EXIT.problems : EXIT.ok;
  } finally {
    process.off("SIGINT", onSigint);
  }
}

// kexie lint: check notices against GB/T 9704-2012 before they go out. Reads every format the
// parser reads; prints stylish (default), json, github or sarif; --fix writes safe fixes back to
// plain-text and Markdown files in their own encoding. Exit 0: clean or only warnings; 1: errors.
import path from "node:path";
import { EXIT, KexieError } from "../model/errors.js";
import type { Format } from "../model/formats.js";
import type { LintFormat } from "../lint/formatters/index.js";
import type { Lang, LintOptions, LintResult } from "../lint/index.js";

export interface LintCliOptions {
  format: LintFormat;
  fix?: boolean;
  lang?: Lang;
  dateStyle?: "arabic" | "chinese";
  from?: Format;
  encoding?: string;
  config?: string;
  quiet?: boolean;
  output?: string;
  debug?: boolean;
}

function fileError(err: unknown, file: string, debug?: boolean): number {
  if (err instanceof KexieError) {
    process.stderr.write(err.format() + "\n");
    if (debug && err.stack) process.stderr.write(err.stack + "\n");
    return err.exitCode;
  }
  const e = err as Error;
  process.stderr.write(`kexie: ${file === "-" ? "<stdin>" : file}: internal error: ${e?.message ?? String(err)} — please report it with the input file\n`);
  if (debug && e?.stack) process.stderr.write(e.stack + "\n");
  return EXIT.internal;
}

export async function runLint(files: string[], opts: LintCliOptions): Promise<number> {
  if (files.length === 0) throw new KexieError("E_USAGE", "no input — give one or more files, or - for standard input");
  const [{ readInput, writeAtomic }, lint, cfg, fmt] = await Promise.all([
    import("../io.js"), import("../lint/index.js"), import("../lint/config.js"), import("../lint/formatters/index.js"),
  ]);
  const fixed = opts.config ? await cfg.readConfig(opts.config) : null;
  const results: LintResult[] = [];
  let exit: number = EXIT.ok;
  let lang: Lang = opts.lang ?? "zh";
  for (const file of files) {
    try {
      const configFile = fixed ? null : file === "-" ? await cfg.findConfig(process.cwd()) : await cfg.findConfig(path.dirname(path.resolve(file)));
      const config: LintOptions = fixed ?? (configFile ? await cfg.readConfig(configFile) : {});
      lang = opts.lang ?? config.lang ?? "zh";
      const bytes = await readInput(file);
      const result = await lint.lintBytes(bytes, {
        ...config,
        lang,
        dateStyle: opts.dateStyle ?? config.dateStyle,
        path: file === "-" ? null : file,
        from: opts.from ?? null,
        encoding: opts.encoding ?? null,
        fix: opts.fix && file !== "-",
      });
      if (opts.fix && file === "-" && result.messages.some((m) => m.fix)) {
        process.stderr.write(`kexie: <stdin>: standard input is linted but not fixed — run --fix on the file\n`);
      }
      if (result.output) await writeAtomic(file, result.output);
      if (result.notFixed) process.stderr.write(`kexie: ${file}: ${result.notFixed}\n`);
      if (opts.quiet) result.messages = result.messages.filter((m) => m.severity === "error");
      results.push(result);
      if (result.messages.some((m) => m.severity === "error")) exit = Math.max(exit, EXIT.problems);
    } catch (err) {
      exit = Math.max(exit, fileError(err, file, opts.debug));
    }
  }
  let text: string;
  if (opts.format === "json") text = fmt.json(results);
  else if (opts.format === "github") text = fmt.github(results);
  else if (opts.format === "sarif") text = fmt.sarif(results, { lang });
  else {
    const paint = !opts.output && process.stdout.isTTY ? (await import("chalk")).default : undefined;
    text = fmt.stylish(results, { lang, paint });
  }
  if (opts.output) await writeAtomic(opts.output, text);
  else if (text) await new Promise<void>((resolve, reject) => process.stdout.write(text, (e) => (e ? reject(e) : resolve())));
  return exit;
}

// The kexie command line. Heavy modules (the parser, zod) are imported inside the actions so
// that `kexie --help` starts fast.
import { Argument, Command, Option } from "commander";
import { EXIT, EXIT_CODES, KexieError, exitCodesHelp } from "../model/errors.js";
import { FORMATS, type Format } from "../model/formats.js";
import { escapeTerminal, escapeTerminalLines } from "../model/terminal.js";
import { LIMITS, parseSize } from "../model/limits.js";
import type { Notice } from "../model/schema.js";

import { VERSION } from "../model/version.js";

interface GlobalOpts {
  debug?: boolean;
  quiet?: boolean;
}

function report(err: unknown, opts: GlobalOpts, file?: string): number {
  if (err instanceof KexieError) {
    process.stderr.write(err.format() + "\n");
    if (opts.debug && err.stack) process.stderr.write(escapeTerminalLines(err.stack) + "\n");
    return err.exitCode;
  }
  const e = err as Error;
  const where = file ? `${file === "-" ? "<stdin>" : file}: ` : "";
  process.stderr.write(escapeTerminal(`kexie: ${where}internal error: ${e?.message ?? String(err)} — please report it with the input file`) + "\n");
  if (opts.debug && e?.stack) process.stderr.write(escapeTerminalLines(e.stack) + "\n");
  return EXIT.internal;
}

/**
 * A command action whose result is the exit code; any error it throws becomes one reported
 * line and its documented exit code (stack only with --debug).
 */
function guarded<A extends unknown[]>(run: (...args: A) => Promise<number>) {
  return async (...args: A): Promise<void> => {
    const cmd = args[args.length - 1] as Command;
    try {
      process.exitCode = await run(...args);
    } catch (err) {
      process.exitCode = report(err, cmd.optsWithGlobals() as GlobalOpts);
    }
  };
}

/** `kexie parse a.txt | kexie export` — with no file arguments, a piped standard input is read. */
function stdinIfNone(files: string[]): string[] {
  return files.length === 0 && !process.stdin.isTTY ? ["-"] : files;
}

async function emit(text: string | Buffer, output: string | undefined): Promise<void> {
  if (output) {
    const { writeAtomic } = await import("../io.js");
    await writeAtomic(output, text);
  } else {
    await new Promise<void>((resolve, reject) => process.stdout.write(text, (e) => (e ? reject(e) : resolve())));
  }
}

interface ExportCliOpts extends GlobalOpts {
  to: "csv" | "xlsx" | "md" | "ndjson" | "json" | "parquet";
  what?: "tasks" | "sections" | "documents";
  bom: boolean;
  lang: "en" | "zh";
  csvRaw?: boolean;
  output?: string;
}

interface ParseCliOpts extends GlobalOpts {
  pretty?: boolean;
  ndjson?: boolean;
  output?: string;
  encoding?: string;
  strict?: boolean;
  from?: Format;
  tasks?: boolean;
  filesFrom?: string;
  to?: "csv" | "xlsx" | "md";
  what?: "tasks" | "sections" | "documents";
  bom?: boolean;
  lang?: "en" | "zh";
  csvRaw?: boolean;
  maxBytes?: number;
  errorsInline?: boolean;
}

/** --max-bytes 50MB / 512k / 1000000 → bytes; a usage error otherwise. */
export function sizeArg(value: string): number {
  const n = parseSize(value);
  if (n === null) throw new KexieError("E_USAGE", `--max-bytes takes a size such as 50MB, 512k or 1000000, got "${value}"`);
  return n;
}

/** What a failed file leaves on its line in --errors-inline mode, so an engine can count and retry. */
function errorLine(file: string, err: unknown): string {
  const error = err instanceof KexieError
    ? { code: err.code, message: err.message }
    : { code: "E_INTERNAL", message: `internal error: ${(err as Error)?.message ?? String(err)} — please report it with the input file` };
  return JSON.stringify({ file, error }) + "\n";
}

async function runParse(args: string[], opts: ParseCliOpts): Promise<number> {
  const [{ readInput, readNames, streamNames }, { parseNotice }] = await Promise.all([import("../io.js"), import("../parse.js")]);
  if (opts.to) (await import("./export.js")).checkBinaryOutput(opts.to, opts.output);
  // NDJSON to a pipe streams one line per document, so memory stays flat over any number of files
  const stream = !!opts.ndjson && !opts.output && !opts.to;
  if (opts.errorsInline && !stream) throw new KexieError("E_USAGE", "--errors-inline writes error lines into NDJSON on standard output — add --ndjson (without -o or --to)");
  // the worker contract: under an engine (stdout a pipe) a failure is a line of its own, not a gap
  const inline = stream && (opts.errorsInline ?? (!!opts.filesFrom && !process.stdout.isTTY));
  let files: string[] | AsyncIterable<string>;
  let multi: boolean;
  let implicit = false;
  if (opts.filesFrom && stream) {
    // names are read as they are needed: a list of a million names is never held in memory
    const list = opts.filesFrom;
    files = (async function* () {
      yield* args;
      yield* streamNames(list);
    })();
    multi = true;
  } else {
    const names = opts.filesFrom ? [...args, ...(await readNames(opts.filesFrom))] : args;
    implicit = names.length === 0 && !opts.filesFrom && !process.stdin.isTTY;
    if (implicit) names.push("-");
    if (names.length === 0) {
      throw new KexieError("E_USAGE", "no input — give one or more files, - for standard input, or --files-from LIST");
    }
    files = names;
    multi = names.length > 1;
  }
  const docs: unknown[] = [];
  let exit: number = EXIT.ok;
  for await (const file of files) {
    if (file === "") continue; // a blank line names no file: nothing to answer for
    try {
      const bytes = await readInput(file, { maxBytes: opts.maxBytes });
      if (implicit && bytes.length === 0) {
        throw new KexieError("E_USAGE", "no input — give one or more files, - for standard input, or --files-from LIST");
      }
      const path = file === "-" ? null : file;
      const doc = await parseNotice(bytes, { path, encoding: opts.encoding ?? null, strict: opts.strict, from: opts.from ?? null, maxBytes: opts.maxBytes });
      // several files: each task list says which file it came from
      const tasks = multi ? { file: path, tasks: doc.tasks } : doc.tasks;
      if (stream) await emit(JSON.stringify(opts.tasks ? tasks : doc) + "\n", undefined);
      else docs.push(opts.tasks && !opts.to ? tasks : doc);
      if (!opts.quiet) {
        const warnings = doc.diagnostics.filter((d) => d.severity !== "info");
        for (const d of warnings) process.stderr.write(escapeTerminal(`${file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.code}]`) + "\n");
      }
    } catch (err) {
      if (inline) {
        // the line is written, so the run did its job: exit 0 stays, the engine reads the code
        await emit(errorLine(file, err), undefined);
        if (!opts.quiet) report(err, opts, file);
      } else {
        exit = Math.max(exit, report(err, opts, file));
      }
    }
  }
  if (docs.length > 0 && opts.to) {
    // parse and export in one step: kexie parse --to csv notice.txt
    const { render } = await import("./export.js");
    const what = opts.what ?? (opts.to === "csv" ? "tasks" : "documents");
    const md = await import("./markdown-files.js");
    if (opts.to === "md" && opts.output && (await md.isMarkdownFolder(opts.output))) {
      const { toMarkdown } = await import("../export/markdown.js");
      await md.writeMarkdownFiles(docs as Notice[], opts.output, toMarkdown);
      return exit;
    }
    await emit(await render(docs as Notice[], { to: opts.to, what, bom: opts.bom !== false, lang: opts.lang, csvRaw: !!opts.csvRaw }), opts.output);
  } else if (docs.length > 0) {
    const indent = opts.pretty ? 2 : undefined;
    let out: string;
    if (opts.ndjson) out = docs.map((d) => JSON.stringify(d)).join("\n") + "\n";
    else out = JSON.stringify(!multi ? docs[0] : docs, null, indent) + "\n";
    await emit(out, opts.output);
  }
  return exit;
}

/** `kexie --help`: every exit code; each command's --help lists only its own. */
function allExitCodesHelp(): string {
  return "\nExit codes (each command's --help lists its own):\n" + EXIT_CODES.map((e) => `  ${String(e.code).padEnd(4)}${e.meaning.replace(/`/g, "")}`).join("\n");
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name("kexie")
    .description("Turn Chinese official notices (公文) into structured, validated JSON.")
    .version(VERSION, "-V, --version")
    .option("--debug", "show stack traces for errors")
    .option("--no-color", "no colour on standard error (also NO_COLOR=1; FORCE_COLOR=1 forces it)")
    .showHelpAfterError("(run kexie --help for usage)")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(escapeTerminalLines(s)) })
    .addHelpText("after", allExitCodesHelp());

  program
    .command("parse")
    .description("parse notices into JSON (one document; several files give an array)")
    .argument("[files...]", "notice files, or - for standard input")
    .option("--pretty", "indent the JSON")
    .option("--ndjson", "one compact JSON document per line")
    .option("--tasks", "print only the task list (who does what, by when)")
    .addOption(new Option("--to <format>", "export instead of JSON, as kexie export does").choices(["csv", "xlsx", "md"]))
    .addOption(new Option("--what <rows>", "with --to csv: one row per task (default), section or document").choices(["tasks", "sections", "documents"]))
    .option("--no-bom", "with --to csv: no UTF-8 byte order mark")
    .addOption(new Option("--lang <lang>", "with --to csv/xlsx: column headers in English (column keys) or Chinese").choices(["en", "zh"]).default("en"))
    .option("--csv-raw", "with --to csv: write cells beginning with = + - @ as they are (default: prefixed with ' so spreadsheets do not run them)")
    .option("--files-from <list>", "also parse the files named in LIST, one per line (- for standard input); with --ndjson, one output line per input line, in order")
    .option("--errors-inline", "with --ndjson: a file that fails gives {\"file\",\"error\":{\"code\",\"message\"}} on its line and exit stays 0 (default with --files-from when standard output is not a terminal)")
    .option("--no-errors-inline", "with --ndjson: failures only on standard error, with their exit code")
    .option("-o, --output <file>", "write to a file (atomically) instead of standard output; with --to md, a folder with one .md per notice unless the name ends in .md")
    .addOption(new Option("--from <format>", "read the input as this format instead of sniffing it").choices([...FORMATS]))
    .option("-e, --encoding <name>", "force the input encoding (utf-8, gbk, gb18030, big5, utf-16le …)")
    .option("--strict", "refuse a file whose bytes only decode with replacement characters")
    .option("--max-bytes <size>", `refuse larger inputs (exit 6); a .docx/.ofd may expand to twice this (default ${LIMITS.maxBytes / 1024 / 1024}MB)`)
    .option("-q, --quiet", "do not print warnings")
    .addHelpText("after", exitCodesHelp("parse"))
    .action(guarded(async (files: string[], opts: ParseCliOpts, cmd: Command) =>
      runParse(files, { ...cmd.optsWithGlobals(), ...opts, maxBytes: opts.maxBytes === undefined ? undefined : sizeArg(String(opts.maxBytes)) } as ParseCliOpts)));

  program
    .command("batch")
    .description("convert a whole folder tree: mirrored JSON, tasks.csv, documents.csv and report.json")
    .argument("<src>", "the folder to convert (walked recursively; hidden files skipped)")
    .option("-o, --output <dir>", "output folder (mirrors the tree of SRC)")
    .option("-j, --jobs <n>", "worker threads (default: number of cores less one, at least 1); output is identical for any n")
    .option("--include <glob...>", "only files matching these globs (relative to SRC)")
    .option("--exclude <glob...>", "skip files matching these globs")
    .option("--to <format...>", "also write md, csv and/or xlsx beside each JSON (xlsx: also OUT/archive.xlsx for the whole archive); parquet: tasks/documents/sections.parquet in OUT")
    .addOption(new Option("--lang <lang>", "csv/xlsx (and lint.csv) column headers in English (column keys) or Chinese; given, also the language of --lint messages (default Chinese)").choices(["en", "zh"]).default("en"))
    .option("--force", "convert every file again, even unchanged ones")
    .option("--follow-symlinks", "also convert files and folders that symbolic links lead to outside SRC (default: reported as skipped)")
    .option("--csv-raw", "write CSV cells beginning with = + - @ tab or CR as they are (default: prefixed with ' so spreadsheets do not run them)")
    .option("--ndjson", "stream one document per line to standard output instead of writing files")
    .option("--report", "also write OUT/report.html, the page kexie report makes of OUT")
    .option("--lint", "also lint each file as kexie lint does (.kexierc.json nearest to SRC): OUT/lint.csv, one row per finding, and counts by rule in report.json")
    .option("-e, --encoding <name>", "force the input encoding of every file")
    .option("--max-bytes <size>", `refuse larger files (E_TOO_LARGE); a .docx/.ofd may expand to twice this (default ${LIMITS.maxBytes / 1024 / 1024}MB)`)
    .option("--timeout <seconds>", `stop a file that takes longer (E_TIMEOUT) and go on with a fresh worker; 0 for no limit (default ${LIMITS.timeoutMs / 1000})`)
    .option("-q, --quiet", "no progress and no summary")
    .addHelpText("after", exitCodesHelp("batch"))
    .action(guarded(async (src: string, opts: import("./batch.js").BatchCliOptions, cmd: Command) => {
      const { runBatchCli } = await import("./batch.js");
      return runBatchCli(src, { ...cmd.optsWithGlobals(), ...opts, langSource: cmd.getOptionValueSource("lang") });
    }));

  program
    .command("export")
    .description("turn kexie JSON (the output of kexie parse) into CSV, Markdown, NDJSON, JSON or Parquet")
    .argument("[files...]", "kexie JSON files (one document, an array, or NDJSON), or - for standard input")
    .addOption(new Option("-t, --to <format>", "output format (xlsx: a workbook with sheets of tasks, documents and sections; parquet: tasks/documents/sections.parquet in the folder -o)").choices(["csv", "xlsx", "md", "ndjson", "json", "parquet"]).default("csv"))
    .addOption(
      new Option("-w, --what <rows>", "one row per task, section or document (default: tasks for csv, documents otherwise)").choices([
        "tasks", "sections", "documents",
      ]),
    )
    .option("--no-bom", "CSV without the UTF-8 byte order mark (kept by default so Excel reads Chinese)")
    .addOption(new Option("--lang <lang>", "csv/xlsx column headers in English (column keys) or Chinese").choices(["en", "zh"]).default("en"))
    .option("--csv-raw", "write CSV cells beginning with = + - @ tab or CR as they are (default: prefixed with ' so spreadsheets do not run them)")
    .option("-o, --output <file>", "write to a file (atomically) instead of standard output; with --to parquet, the folder; with --to md, a folder with one .md per notice unless the name ends in .md")
    .addHelpText("after", exitCodesHelp("export"))
    .action(guarded(async (files: string[], opts: ExportCliOpts) => {
      const { runExport } = await import("./export.js");
      const what = opts.what ?? (opts.to === "csv" ? "tasks" : "documents");
      return runExport(stdinIfNone(files), { to: opts.to, what, bom: opts.bom, lang: opts.lang, csvRaw: !!opts.csvRaw, output: opts.output });
    }));

  program
    .command("report")
    .description("one self-contained HTML page of an archive's tasks: totals, tasks per department and per month, a searchable table")
    .argument("[src...]", "a kexie batch output folder, kexie JSON/NDJSON files, or - for standard input")
    .option("-o, --output <file>", "write the page to a file (atomically) instead of standard output")
    .addOption(new Option("--lang <lang>", "page language").choices(["zh", "en"]).default("zh"))
    .option("--today <yyyy-mm-dd>", "the date tasks are overdue against (default: today)")
    .action(guarded(async (src: string[], opts: import("./report.js").ReportCliOptions) => {
      const { runReport } = await import("./report.js");
      return runReport(stdinIfNone(src), opts);
    }));

  program
    .command("validate")
    .description("check kexie JSON against the schema and the rules it cannot express (exit 1 when invalid)")
    .argument("[files...]", "kexie JSON files (one document, an array, or NDJSON), or - for standard input")
    .addOption(new Option("-f, --format <format>", "how to print the problems").choices(["text", "json"]).default("text"))
    .addHelpText("after", exitCodesHelp("validate"))
    .action(guarded(async (files: string[], opts: { format: "text" | "json" }) => {
      const { runValidate } = await import("./validate.js");
      return runValidate(stdinIfNone(files), { format: opts.format });
    }));

  program
    .command("lint")
    .description("check notices against GB/T 9704-2012 (exit 1 when errors are found; warnings alone exit 0)")
    .argument("[files...]", "notice files in any format kexie reads, or - for standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(["stylish", "json", "github", "sarif"]).default("stylish"))
    .option("--fix", "apply the safe fixes (bracket and punctuation width, 〔〕 in the number) to .txt and .md files, in their own encoding")
    .addOption(new Option("--lang <lang>", "language of the messages").choices(["zh", "en"]))
    .addOption(new Option("--date-style <style>", "how the 成文日期 should be written: arabic (2019年5月4日) or chinese (二〇一九年五月四日)").choices(["arabic", "chinese"]))
    .option("-c, --config <file>", "use this configuration instead of the nearest .kexierc.json")
    .addOption(new Option("--from <format>", "read the input as this format instead of sniffing it").choices([...FORMATS]))
    .option("-e, --encoding <name>", "force the input encoding (utf-8, gbk, gb18030, big5, utf-16le …)")
    .option("-q, --quiet", "report errors only")
    .option("-o, --output <file>", "write the report to a file (atomically) instead of standard output")
    .addHelpText(
      "after",
      `
Rules (id, GB/T 9704-2012 clause, default severity; turn off or re-level in .kexierc.json):
  doc-number          7.2.5            error    发文字号: 〔〕, four-digit year, no 第, no leading zero, 号
  numbering-sequence  7.3.3            error    一、 → （一） → 1. → （1）: no gaps, repeats or mixed styles
  date                7.3.5.1          error    成文日期: 2019年5月4日 (Arabic, full year, no leading zero, real)
  title               7.3.1            warning  关于…的 + 文种, balanced 《》, no final punctuation
  recipients          7.3.2            error    主送机关: 、 and ， between organs, full-width ： at the end
  attachment          7.3.4, 7.3.7     warning  附件：1.XXXX in order, no punctuation after names, titles as appended
  cc                  7.4.2            error    抄送：…。 in the 版记, after the attachments; 抄报 is obsolete (info)
  punctuation         GB/T 15834-2011  warning  full-width marks between Chinese, pairs, no doubled marks

Disable on one line: <!-- kexie-disable-next-line rule --> or // kexie-disable-next-line rule`,
    )
    .addHelpText("after", exitCodesHelp("lint"))
    .action(guarded(async (files: string[], opts: import("./lint.js").LintCliOptions, cmd: Command) => {
      const { runLint } = await import("./lint.js");
      return runLint(stdinIfNone(files), { ...cmd.optsWithGlobals(), ...opts } as import("./lint.js").LintCliOptions);
    }));

  program
    .command("schema")
    .description("print the JSON Schema of kexie's output")
    .addHelpText("after", exitCodesHelp("schema"))
    .action(async () => {
      const { noticeJsonSchema } = await import("../model/schema.js");
      await emit(JSON.stringify(noticeJsonSchema(), null, 2) + "\n", undefined);
    });

  program
    .command("completion")
    .description("print a shell completion script: source <(kexie completion bash)")
    .addArgument(new Argument("<shell>", "the shell").choices(["bash", "zsh", "fish"]))
    .addHelpText("after", exitCodesHelp("completion"))
    .action(async (shell: "bash" | "zsh" | "fish") => {
      const { completionScript } = await import("./completion.js");
      await emit(completionScript(program, shell), undefined);
    });

  return program;
}

export async function main(argv: string[]): Promise<void> {
  // a closed pipe downstream (| head) is not an error worth a stack trace
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    const e = err as { code?: string; exitCode?: number };
    if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") {
      process.exitCode = 0;
      return;
    }
    if (typeof e.code === "string" && e.code.startsWith("commander.")) {
      process.exitCode = EXIT.usage;
      return;
    }
    process.exitCode = report(err, { debug: argv.includes("--debug") });
  }
}

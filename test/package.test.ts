// The package as installed: an MIT LICENSE file matching package.json, and no dependency (dev
// ones included) whose engines exclude the Node versions kexie supports (npm's EBADENGINE).
import { readFileSync } from "node:fs";
import path from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "./helpers/load.js";

const ROOT = path.resolve(FIXTURES, "..");
const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { license: string; engines: { node: string }; files: string[] };
const lock = JSON.parse(readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, { engines?: { node?: string } | string[] }> };

describe("the package", () => {
  it("ships an MIT LICENSE, as package.json says", () => {
    expect(pkg.license).toBe("MIT");
    expect(readFileSync(path.join(ROOT, "LICENSE"), "utf8")).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
  });

  it("locks no package that refuses the oldest Node kexie supports", () => {
    const oldest = semver.minVersion(pkg.engines.node)!.version;
    expect(oldest).toBe("20.0.0");
    // what npm ci installs on Node 20 (20.19 is the line CI runs)
    const refusing = Object.entries(lock.packages)
      .map(([name, p]) => [name, !Array.isArray(p.engines) ? p.engines?.node : undefined] as const)
      .filter(([, range]) => range && !semver.satisfies("20.19.0", range));
    expect(refusing).toEqual([]);
  });
});

describe("the command line bundle (dist/bundle, npm run build)", () => {
  it("loads no child_process at start-up (commander's subcommand runner gets it only when used)", async () => {
    const { execFileSync } = await import("node:child_process");
    const main = path.join(ROOT, "dist/bundle/main.js");
    const loaded = execFileSync(process.execPath, ["--input-type=module", "-e", `await import(${JSON.stringify(main)}); console.log(JSON.stringify(process.moduleLoadList))`], { encoding: "utf8" });
    expect((JSON.parse(loaded) as string[]).filter((m) => /child_process/.test(m))).toEqual([]);
  });
});

describe("what the command line loads for a notice", () => {
  // each input loads only what its format needs: a .txt no HTML, Markdown or XML parser; plain
  // Markdown no remark; Markdown without raw HTML no HTML parser; a UTF-8 page no iconv-lite (half
  // a megabyte of code tables)
  const cases: Array<{ name: string; file: string; text: string; refused: RegExp }> = [
    { name: "a .txt: no HTML, Markdown or XML parser", file: "notice.txt", text: readFileSync(path.join(FIXTURES, "county-edu-signer-inline.txt"), "utf8"), refused: /node_modules\/(htmlparser2|micromark|saxes|remark|iconv-lite)\// },
    { name: "plain Markdown (paragraphs, no emphasis but **, no links): no remark, micromark, htmlparser2 or iconv-lite", file: "notice.md", text: readFileSync(path.join(FIXTURES, "county-edu-signer-inline.txt"), "utf8").split("\n").join("\n\n"), refused: /node_modules\/(htmlparser2|saxes|iconv-lite|micromark|remark|unified)\// },
    { name: "Markdown with a link but no raw HTML: remark, but no htmlparser2 or iconv-lite", file: "notice.md", text: `${readFileSync(path.join(FIXTURES, "county-edu-signer-inline.txt"), "utf8").split("\n").join("\n\n")}\n\n见[附件](a.pdf)。\n`, refused: /node_modules\/(htmlparser2|saxes|iconv-lite)\// },
    { name: "a UTF-8 page: no iconv-lite, Markdown or XML parser", file: "notice.html", text: `<!doctype html><html><head><meta charset="utf-8"></head><body><p>${readFileSync(path.join(FIXTURES, "county-edu-signer-inline.txt"), "utf8").split("\n").join("</p><p>")}</p></body></html>`, refused: /node_modules\/(micromark|saxes|iconv-lite)\// },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const { execFile } = await import("node:child_process");
      const { mkdtempSync, rmSync, writeFileSync } = await import("node:fs");
      const { tmpdir } = await import("node:os");
      const dir = mkdtempSync(path.join(tmpdir(), "kexie-load-"));
      try {
        // an ES module loader hook that names every bundle file Node loads
        const hook = path.join(dir, "hook.mjs");
        writeFileSync(hook, `import { register } from "node:module";\nregister("data:text/javascript," + encodeURIComponent("export async function load(url, c, next) { if (url.includes('/bundle/')) process.stderr.write('LOADED ' + url + '\\\\n'); return next(url, c); }"));\n`);
        const notice = path.join(dir, c.file);
        writeFileSync(notice, c.text);
        const stderr = await new Promise<string>((resolve, reject) => {
          execFile(process.execPath, ["--import", hook, path.join(ROOT, "bin/kexie.js"), "parse", notice], (e, _out, err) => (e ? reject(e) : resolve(err)));
        });
        const files = stderr.split("\n").filter((l) => l.startsWith("LOADED ")).map((l) => new URL(l.slice(7)).pathname);
        expect(files.length).toBeGreaterThan(2);
        const heavy = files.filter((f) => c.refused.test(readFileSync(f, "utf8")));
        expect(heavy.map((f) => path.basename(f))).toEqual([]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

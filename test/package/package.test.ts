import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../support/cli.js";

/**
 * The package as users get it: `npm pack`, installed into a fresh project with production
 * dependencies only (from the npm cache: no network), then run and imported from there.
 */
const work = mkdtempSync(path.join(tmpdir(), "td-pack-"));
const consumer = path.join(work, "consumer");
let packedFiles: string[] = [];
let tarball = "";

function npm(args: string[], cwd: string): string {
  return execFileSync("npm", args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, npm_config_update_notifier: "false" },
  });
}

function installed(args: string[], cwd = consumer) {
  const bin = path.join(consumer, "node_modules", ".bin", "td-integration");
  const result = spawnSync(bin, args, {
    cwd,
    encoding: "utf8",
    input: "",
    env: { ...process.env, CI: "true", NO_COLOR: "1" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  const [pack] = JSON.parse(npm(["pack", "--ignore-scripts", "--json", "--pack-destination", work], ROOT)) as {
    filename: string;
    files: { path: string; mode: number }[];
  }[];
  if (!pack) throw new Error("npm pack printed nothing");
  tarball = path.join(work, pack.filename);
  packedFiles = pack.files.map((f) => f.path);
  const binEntry = pack.files.find((f) => f.path === "bin/td-integration.js");
  expect(binEntry && binEntry.mode & 0o111).toBeTruthy();
  cpSync(path.join(ROOT, "examples"), path.join(consumer, "examples"), { recursive: true });
  writeFileSync(path.join(consumer, "package.json"), '{ "name": "consumer", "private": true, "type": "module" }\n');
  const flags = ["--omit=dev", "--no-audit", "--no-fund", "--no-package-lock"];
  try {
    npm(["install", tarball, "--offline", ...flags], consumer);
  } catch {
    npm(["install", tarball, "--prefer-offline", ...flags], consumer);
  }
}, 180_000);

describe("the packed package", () => {
  it("ships what the CLI needs and nothing of the repository's internals", () => {
    for (const needed of [
      "bin/td-integration.js",
      "dist/cli.js",
      "dist/index.js",
      "dist/index.d.ts",
      "schemas/integration.schema.json",
      "schemas/action.schema.json",
      "README.md",
      "package.json",
    ]) {
      expect(packedFiles).toContain(needed);
    }
    expect(packedFiles.some((f) => f.startsWith("templates/") && f.endsWith("template.json"))).toBe(true);
    expect(packedFiles.some((f) => f.startsWith("docs/rules/"))).toBe(true);
    expect(
      packedFiles.filter((f) => /^(src|test|bench|scripts|examples)\//.test(f) || f.includes("node_modules")),
    ).toEqual([]);
  });

  it("ships a docs page for every rule the CLI lists", () => {
    const rules = JSON.parse(installed(["rules", "--json"]).stdout) as { id: string }[];
    expect(rules.length).toBeGreaterThan(0);
    const missing = rules.filter((r) => !packedFiles.includes(`docs/rules/${r.id}.md`)).map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it("has a bin with a shebang", () => {
    const bin = readFileSync(path.join(consumer, "node_modules", "td-integration", "bin", "td-integration.js"), "utf8");
    expect(bin.startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  it("runs --version, lint, render and init from the installed tarball", () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(installed(["--version"])).toMatchObject({ code: 0, stdout: `${version}\n` });
    expect(installed(["lint", "examples"])).toMatchObject({ code: 0, stdout: "" });
    const render = installed(["render", "examples/actions/acme_helpdesk_create_ticket.json"]);
    expect(render.code).toBe(0);
    expect(render.stdout).toContain("Then create a ticket");
    const out = path.join(work, "scaffolded");
    const init = installed([
      "init",
      "--kind",
      "integration",
      "--auth-type",
      "none",
      "--name",
      "packcheck",
      "--display-name",
      "Pack Check",
      "--description",
      "checks the packed package",
      "--logo-url",
      "https://cdn.example.com/logo.png",
      "--icon-url",
      "https://cdn.example.com/icon.png",
      "--bridge-url",
      "https://bridge.example.com/talkdesk",
      "--yes",
      "--out",
      out,
    ]);
    expect(init.stderr).toBe("");
    expect(init.code).toBe(0);
    expect(installed(["lint", out]).code).toBe(0);
  });

  it("can be imported, with types, from the package root", () => {
    const script = [
      'import { lintSources, RULES, FORMATTERS } from "td-integration";',
      'const summary = lintSources([{ file: "a.json", text: \'{"provider": "x", "name": "y"}\' }]);',
      "console.log(JSON.stringify({ rules: RULES.length > 0, errors: summary.errorCount, formats: Object.keys(FORMATTERS).includes('json') }));",
    ].join("\n");
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: consumer,
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toMatchObject({ rules: true, formats: true });
    expect(JSON.parse(result.stdout).errors).toBeGreaterThan(0);
    const types = readFileSync(path.join(consumer, "node_modules", "td-integration", "dist", "index.d.ts"), "utf8");
    expect(types).toContain("lintSources");
  });
});

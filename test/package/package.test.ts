import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lintSources } from "../../src/index.js";
import { ROOT } from "../support/cli.js";
import { type LocalRegistry, run, startLockfileRegistry } from "../support/npm-registry.js";

/**
 * The package as users get it: `npm pack`, installed into a fresh project with production
 * dependencies only (from the npm cache through a registry on 127.0.0.1: no network), then run,
 * required and imported from there.
 */
const work = mkdtempSync(path.join(tmpdir(), "td-pack-"));
const consumer = path.join(work, "consumer");
let packedFiles: string[] = [];
let tarball = "";
let registry: LocalRegistry;

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

beforeAll(async () => {
  registry = await startLockfileRegistry();
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
  const install = await run("npm", ["install", tarball, "--omit=dev", "--no-package-lock"], {
    cwd: consumer,
    env: { ...process.env, ...registry.env },
  });
  if (install.code !== 0) throw new Error(`npm install of the tarball failed:\n${install.stderr}`);
}, 180_000);

afterAll(async () => {
  await registry?.close();
  rmSync(work, { recursive: true, force: true });
}, 60_000);

describe("the packed package", () => {
  it("ships what the CLI needs and nothing of the repository's internals", () => {
    for (const needed of [
      "bin/td-integration.js",
      "dist/cli.js",
      "dist/index.js",
      "dist/index.d.ts",
      "dist/cjs/index.js",
      "dist/cjs/index.d.ts",
      "dist/cjs/package.json",
      "schemas/integration.schema.json",
      "schemas/action.schema.json",
      "README.md",
      "LICENSE",
      "CHANGELOG.md",
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

  it("serves the API to an ESM TypeScript consumer (module node16): its .d.ts type-check, and the compiled script runs", () => {
    const project = path.join(consumer, "ts");
    mkdirSync(project, { recursive: true });
    writeFileSync(path.join(project, "consumer.ts"), TS_CONSUMER);
    writeFileSync(
      path.join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "node16",
          moduleResolution: "node16",
          strict: true,
          skipLibCheck: false,
          types: ["node"],
          typeRoots: [path.join(ROOT, "node_modules", "@types")],
          outDir: "out",
        },
        files: ["consumer.ts"],
      }),
    );
    const tsc = spawnSync(
      process.execPath,
      [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", project],
      {
        cwd: project,
        encoding: "utf8",
      },
    );
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
    // tsc reads only the declarations the consumer reaches: every package any shipped declaration imports is installed.
    const dist = path.join(consumer, "node_modules", "td-integration", "dist");
    const imported = new Set<string>();
    for (const file of readdirSync(dist, { recursive: true, encoding: "utf8" })) {
      if (!file.endsWith(".d.ts")) continue;
      for (const match of readFileSync(path.join(dist, file), "utf8").matchAll(/(?:from |import\()"([^".][^"]*)"/g)) {
        const specifier = match[1] as string;
        if (!specifier.startsWith("node:"))
          imported.add(
            specifier
              .split("/")
              .slice(0, specifier.startsWith("@") ? 2 : 1)
              .join("/"),
          );
      }
    }
    expect(
      [...imported].filter((name) => !existsSync(path.join(consumer, "node_modules", name, "package.json"))),
    ).toEqual([]);
    const run = spawnSync(process.execPath, [path.join(project, "out", "consumer.js")], {
      cwd: consumer,
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({
      examples: { files: 10, errors: 0, warnings: 0 },
      fixed: '{ "provider": "acme", "name": "close_ticket", "display": "close the ticket" }\n',
      compact:
        "a.json:1:1: error missing required key `description`: add a lowercase phrase such as `create a new ticket in Zendesk` [required-key]",
      display: "Then create a ticket",
      scaffolded: ["packed/packed.json"],
      schema: "Talkdesk integration action",
      error: ["PathError", "PATH_NOT_FOUND"],
      version: (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version,
    });
  }, 120_000);
});

/** Compiles (or only type-checks) a TypeScript project inside the consumer, against the installed package. */
function typeScriptProject(
  name: string,
  packageType: "commonjs" | "module",
  compilerOptions: Record<string, unknown>,
  source: string,
): { dir: string; output: string; code: number | null } {
  const dir = path.join(consumer, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name, private: true, type: packageType }));
  writeFileSync(path.join(dir, "consumer.ts"), source);
  writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        strict: true,
        skipLibCheck: false,
        types: ["node"],
        typeRoots: [path.join(ROOT, "node_modules", "@types")],
        outDir: "out",
        ...compilerOptions,
      },
      files: ["consumer.ts"],
    }),
  );
  const tsc = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", dir], {
    cwd: dir,
    encoding: "utf8",
  });
  return { dir, output: tsc.stdout + tsc.stderr, code: tsc.status };
}

const SOURCE = { file: "a.json", text: '{"provider": "x", "name": "y"}' };
const LINTED = `lintSources([${JSON.stringify(SOURCE)}])`;
/** What this repository's sources say about SOURCE, to compare the installed package with. */
const ERRORS = lintSources([SOURCE]).errorCount;

describe("CommonJS, ESM and TypeScript consumers of the installed package", () => {
  it("require() gives the very module import() gives (Node 20.19+ loads ES modules with require())", () => {
    const script = [
      'const cjs = require("td-integration");',
      'import("td-integration").then((esm) => console.log(JSON.stringify({',
      "  same: Object.keys(esm).every((key) => cjs[key] === esm[key]),",
      "  keys: Object.keys(cjs).sort().join() === Object.keys(esm).sort().join(),",
      `  errors: cjs.${LINTED}.errorCount,`,
      "})));",
    ].join("\n");
    const result = spawnSync(process.execPath, ["-e", script], { cwd: consumer, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({ same: true, keys: true, errors: ERRORS });
  });

  it("resolves the JSON Schemas by package path, from CommonJS and ESM", () => {
    const shipped = path.join(consumer, "node_modules", "td-integration", "schemas");
    const fromCjs = spawnSync(
      process.execPath,
      [
        "-e",
        'console.log(require.resolve("td-integration/schemas/action.schema.json")); console.log(require("td-integration/schemas/integration.schema.json").title)',
      ],
      { cwd: consumer, encoding: "utf8" },
    );
    expect(fromCjs.stderr).toBe("");
    expect(fromCjs.stdout).toBe(
      `${path.join(shipped, "action.schema.json")}\n${JSON.parse(readFileSync(path.join(shipped, "integration.schema.json"), "utf8")).title}\n`,
    );
    const fromEsm = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        'console.log(import.meta.resolve("td-integration/schemas/integration.schema.json"))',
      ],
      { cwd: consumer, encoding: "utf8" },
    );
    expect(fromEsm.stderr).toBe("");
    expect(fromEsm.stdout).toBe(`${pathToFileURL(path.join(shipped, "integration.schema.json")).href}\n`);
  });

  it("type-checks and runs a CommonJS TypeScript consumer (module node16, no skipLibCheck)", () => {
    const project = typeScriptProject(
      "ts-node16-cjs",
      "commonjs",
      { module: "node16", moduleResolution: "node16" },
      `import td = require("td-integration");
import { type LintSummary, lintSources, TdIntegrationError } from "td-integration";
const summary: LintSummary = ${LINTED};
const schemaFile: string = require.resolve("td-integration/schemas/action.schema.json");
export function misuse(): void {
  // @ts-expect-error lintSources takes a list of sources
  lintSources("a.json");
}
console.log(JSON.stringify({ same: td.lintSources === lintSources, errors: summary.errorCount, error: new TdIntegrationError("INVALID_OPTION", "x").code, schema: schemaFile.endsWith("action.schema.json") }));
`,
    );
    expect(project.output).toBe("");
    expect(project.code).toBe(0);
    const run = spawnSync(process.execPath, [path.join(project.dir, "out", "consumer.js")], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({ same: true, errors: ERRORS, error: "INVALID_OPTION", schema: true });
  }, 120_000);

  it("type-checks a bundler TypeScript consumer, the JSON Schemas included (no skipLibCheck)", () => {
    const project = typeScriptProject(
      "ts-bundler",
      "module",
      { module: "preserve", moduleResolution: "bundler", resolveJsonModule: true, noEmit: true },
      `import { type LintSummary, lintSources } from "td-integration";
import actionSchema from "td-integration/schemas/action.schema.json";
const summary: LintSummary = ${LINTED};
const title: string = actionSchema.title;
// @ts-expect-error the schema has no such key
actionSchema.nonsense;
export { summary, title };
`,
    );
    expect(project.output).toBe("");
    expect(project.code).toBe(0);
  }, 120_000);

  it("has nothing for @arethetypeswrong/cli or publint to report", () => {
    const attw = spawnSync(
      path.join(ROOT, "node_modules", ".bin", "attw"),
      [
        tarball,
        "--format",
        "json",
        "--include-entrypoints",
        "./schemas/action.schema.json",
        "./schemas/integration.schema.json",
      ],
      { cwd: work, encoding: "utf8" },
    );
    const report = JSON.parse(attw.stdout) as {
      analysis: { problems: unknown[]; entrypoints: Record<string, { resolutions: Record<string, unknown> }> };
    };
    expect(report.analysis.problems).toEqual([]);
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual([
      ".",
      "./package.json",
      "./schemas/*.json",
      "./schemas/action.schema.json",
      "./schemas/integration.schema.json",
    ]);
    expect(attw.status).toBe(0);
    // CI=true turns colours on in publint's terminal library: the verdict is read without them.
    const publint = spawnSync(path.join(ROOT, "node_modules", ".bin", "publint"), ["run", tarball, "--strict"], {
      cwd: work,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(publint.stderr).toBe("");
    expect(publint.stdout).toMatch(/\nAll good!\n$/);
    expect(publint.status).toBe(0);
  }, 120_000);
});

describe("the README's programmatic API example", () => {
  it("runs against the installed package", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Programmatic API\n"));
    const example = /```js\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toContain('from "td-integration"');
    const file = path.join(consumer, "examples", "readme-example.mjs");
    writeFileSync(file, example ?? "");
    const run = spawnSync(process.execPath, [file], { cwd: path.join(consumer, "examples"), encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("actions/acme_helpdesk_create_ticket.json → Then create a ticket\n");
    expect(run.stdout).toContain("[ 'acme_helpdesk_close_ticket.json' ]\n");
  });
});

/** Uses every kind of export; the @ts-expect-error lines fail the build if the types turn into `any`. */
const TS_CONSUMER = `import {
  type Diagnostic,
  format,
  jsonSchema,
  type LintSummary,
  lint,
  render,
  scaffold,
  TdIntegrationError,
  VERSION,
} from "td-integration";

const examples: LintSummary = await lint({ files: ["examples"], config: { rules: { "no-bom": "off" } } });
const fixed = await lint({
  texts: [{ file: "a.json", text: '{ "provider": "acme", "name": "close_ticket", "display": "Close the ticket." }\\n' }],
  config: false,
  fix: true,
});
const first: Diagnostic | undefined = fixed.results[0]?.diagnostics[0];
const [preview] = await render({ files: ["examples/actions/acme_helpdesk_create_ticket.json"] });
const { files } = await scaffold({
  cwd: "scaffold-check",
  out: "packed",
  kind: "integration",
  answers: {
    name: "packed",
    description: "checks the packed package",
    logo_url: "https://cdn.example.com/logo.png",
    icon_url: "https://cdn.example.com/icon.png",
    bridge_url: "https://bridge.example.com/talkdesk",
  },
});
let error: [string, string] | undefined;
try {
  await lint({ files: ["missing.json"] });
} catch (caught) {
  if (caught instanceof TdIntegrationError) error = [caught.name, caught.code];
}
export function misuse(): void {
  // @ts-expect-error fix is a boolean
  void lint({ fix: "yes" });
  // @ts-expect-error there is no such format
  format(examples, "pretty");
}

console.log(
  JSON.stringify({
    examples: { files: examples.results.length, errors: examples.errorCount, warnings: examples.warningCount },
    fixed: fixed.results[0]?.output,
    compact: format(fixed, "compact").split("\\n")[0],
    display: preview?.kind === "action" ? preview.action.display?.rendered : first?.ruleId,
    scaffolded: files.map((f) => f.path),
    schema: jsonSchema("action").title,
    error,
    version: VERSION,
  }),
);
`;

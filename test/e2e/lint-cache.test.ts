import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateCorpus, writeCorpus } from "../../bench/generate.mjs";
import { BIN, runCli } from "../support/cli.js";
import { temporaryDirectories } from "../support/temp.js";

const tempDir = temporaryDirectories("td-cache-");

const CORPUS = { seed: 4242, integrations: 24, actions: 72 };
const CACHE_DIR = "node_modules/.cache/td-integration";

/** A generated corpus (seeded, about 10% of files with mistakes, cross-file ones included). */
function corpus(): { root: string; files: string[] } {
  const root = tempDir();
  writeCorpus(root, CORPUS);
  return { root, files: generateCorpus(CORPUS).files.map((f) => f.path) };
}

/** Lints with and without the cache and expects the same bytes on stdout, the same exit code, no notice. */
function expectSameReport(root: string, args: string[], cacheArgs: string[], label: string): void {
  const plain = runCli(["lint", ...args, "--format", "json"], { cwd: root });
  const cached = runCli(["lint", ...args, "--format", "json", "--cache", ...cacheArgs], { cwd: root });
  expect(plain.code, `${label}: ${plain.stderr}`).toBeLessThan(2);
  expect(cached.stdout, label).toBe(plain.stdout);
  expect(cached.code, label).toBe(plain.code);
  expect(cached.stderr, label).toBe("");
}

const edit = (root: string, file: string, change: (text: string) => string) =>
  writeFileSync(path.join(root, file), change(readFileSync(path.join(root, file), "utf8")));

describe.each([["metadata"], ["content"]])("lint --cache --cache-strategy %s", (strategy) => {
  const cacheArgs = ["--cache-strategy", strategy];

  it("reports byte for byte what lint without the cache reports, through edits between runs", () => {
    const { root, files } = corpus();
    const integrations = files.filter((f) => f.endsWith("/integration.json"));
    const actions = files.filter((f) => f.includes("/actions/"));
    const first = integrations[0] as string;
    const firstName = path.basename(path.dirname(first));
    const steps: [string, () => void][] = [
      ["cold", () => {}],
      ["warm", () => {}],
      [
        "an action's provider mistyped",
        () => edit(root, actions[3] as string, (t) => t.replace(/"provider": "/, '"provider": "x')),
      ],
      [
        "an integration renamed inside",
        () => edit(root, first, (t) => t.replace(`"name": "${firstName}"`, '"name": "renamed"')),
      ],
      [
        "the same size, another letter",
        () => edit(root, first, (t) => t.replace('"name": "renamed"', '"name": "renamex"')),
      ],
      ["and renamed back", () => edit(root, first, (t) => t.replace('"name": "renamex"', `"name": "${firstName}"`))],
      ["an integration file moved", () => renameSync(path.join(root, first), path.join(root, "moved.json"))],
      ["an integration deleted", () => rmSync(path.join(root, integrations[1] as string))],
      ["an action turned into JSON that does not parse", () => edit(root, actions[5] as string, (t) => `${t},`)],
      [
        "the config changed",
        () => writeFileSync(path.join(root, ".td-integrationrc.json"), '{"rules":{"no-unknown-keys":"off"}}'),
      ],
      ["the config changed again", () => writeFileSync(path.join(root, ".td-integrationrc.json"), '{"cti":true}')],
      [
        "a file added",
        () => writeFileSync(path.join(root, "new.json"), readFileSync(path.join(root, actions[0] as string))),
      ],
    ];
    for (const [label, change] of steps) {
      change();
      expectSameReport(root, ["."], cacheArgs, label);
    }
    expect(readdirSync(path.join(root, CACHE_DIR)).sort()).toEqual(["folder-listings", "lint-cache"]);
  }, 300_000);

  it("re-checks the actions a changed integration is named by, when a hook passes only some files", () => {
    const { root, files } = corpus();
    const actions = files.filter((f) => f.includes("/actions/")).slice(0, 12);
    const integration = files.find((f) => f.endsWith("/integration.json")) as string;
    expectSameReport(root, ["."], cacheArgs, "whole tree first");
    expectSameReport(root, actions, cacheArgs, "some actions");
    edit(root, integration, (t) => t.replace(/"name": "([^"]+)"/, '"name": "$1_v2"'));
    expectSameReport(root, actions, cacheArgs, "their integration renamed");
    rmSync(path.join(root, integration));
    expectSameReport(root, actions, cacheArgs, "their integration deleted");
    expectSameReport(root, ["."], cacheArgs, "whole tree again");
  }, 300_000);

  it("never serves a file --fix rewrote from the cache", () => {
    const { root, files } = corpus();
    const action = files.find((f) => f.includes("/actions/")) as string;
    // A display that --fix changes (lower first letter, no trailing period).
    edit(root, action, (t) => t.replace(/"display": "([^"]*)"/, '"display": "Fix me."'));
    expectSameReport(root, ["."], cacheArgs, "before fixing");
    const fixed = runCli(["lint", ".", "--fix", "--cache", ...cacheArgs], { cwd: root });
    expect(fixed.code).toBeLessThan(2);
    expect(readFileSync(path.join(root, action), "utf8")).toContain('"display": "fix me"');
    expectSameReport(root, ["."], cacheArgs, "after fixing");
  }, 120_000);
});

describe("a damaged or foreign cache file", () => {
  it.each([
    ["truncated", (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ["a byte changed", (text: string) => text.replace(',"action",', ',"integration",')],
    ["another tool's file", () => '{"version":"2.0","files":{}}\n'],
    ["not JSON", () => "\u0000\u0001garbage"],
    ["empty", () => ""],
  ])(
    "%s: dropped with a one-line notice, and the report is the same",
    (_label, damage) => {
      const { root } = corpus();
      const plain = runCli(["lint", ".", "--format", "json"], { cwd: root });
      runCli(["lint", ".", "--cache"], { cwd: root });
      const file = path.join(root, CACHE_DIR, "lint-cache");
      writeFileSync(file, damage(readFileSync(file, "utf8")));
      const cached = runCli(["lint", ".", "--format", "json", "--cache"], { cwd: root });
      expect(cached.stdout).toBe(plain.stdout);
      expect(cached.code).toBe(plain.code);
      expect(cached.stderr).toMatch(
        /^td-integration: the cache file .*lint-cache (is damaged|is not a td-integration cache)[^\n]*\n$/,
      );
      // Rebuilt: the next run says nothing.
      expect(runCli(["lint", ".", "--format", "json", "--cache"], { cwd: root }).stderr).toBe("");
    },
    120_000,
  );

  it("a named pipe or a device as the cache: a notice, the report as usual, nothing written beside it", () => {
    const { root } = corpus();
    const plain = runCli(["lint", ".", "--format", "json"], { cwd: root });
    spawnSync("mkfifo", [path.join(root, "pipe")]);
    mkdirSync(path.join(root, "cache"));
    spawnSync("mkfifo", [path.join(root, "cache", "lint-cache")]);
    for (const [location, said] of [
      [
        "pipe",
        /^td-integration: the cache location \S+pipe is not a folder or a regular file; linting without the cache\n$/,
      ],
      ["/dev/zero", /^td-integration: the cache location \/dev\/zero is not a folder or a regular file/],
      ["cache/", /^td-integration: the cache file \S+lint-cache is not a regular file; linting without the cache\n$/],
    ] as const) {
      const cached = runCli(["lint", ".", "--format", "json", "--cache", "--cache-location", location], { cwd: root });
      expect(cached.stdout, location).toBe(plain.stdout);
      expect(cached.code, location).toBe(plain.code);
      expect(cached.stderr, location).toMatch(said);
    }
    expect(readdirSync(root).filter((name) => name.startsWith("pipe"))).toEqual(["pipe"]);
    expect(existsSync("/dev/zero.folders")).toBe(false);
  }, 60_000);

  it("a cache location that cannot be written: a notice, and the report as usual", () => {
    const { root } = corpus();
    writeFileSync(path.join(root, "blocker"), "a file where a folder is wanted");
    const plain = runCli(["lint", ".", "--format", "json"], { cwd: root });
    const cached = runCli(["lint", ".", "--format", "json", "--cache", "--cache-location", "blocker/cache/"], {
      cwd: root,
    });
    expect(cached.stdout).toBe(plain.stdout);
    expect(cached.stderr).toMatch(/^td-integration: cannot write the cache file [^\n]*\n$/);
    // The same without the trailing slash: a path through a file is no folder and no file.
    const asFile = runCli(["lint", ".", "--format", "json", "--cache", "--cache-location", "blocker/cache"], {
      cwd: root,
    });
    expect(asFile.stdout).toBe(plain.stdout);
    expect(asFile.stderr).toMatch(/^td-integration: cannot write the cache file [^\n]*\n$/);
  }, 60_000);

  it("--cache-strategy takes metadata or content only", () => {
    const result = runCli(["lint", ".", "--cache", "--cache-strategy", "mtime"], { cwd: corpus().root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/expected metadata or content/);
  });
});

describe("concurrent runs", () => {
  it("never leave a cache file that a later run must drop", async () => {
    const { root, files } = corpus();
    const plain = runCli(["lint", ".", "--format", "json"], { cwd: root }).stdout;
    const run = (args: string[]) =>
      new Promise<{ stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, "lint", ...args, "--format", "json", "--cache"], { cwd: root });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d) => {
          stdout += d;
        });
        child.stderr.on("data", (d) => {
          stderr += d;
        });
        child.on("close", () => resolve({ stdout, stderr }));
      });
    for (let round = 0; round < 3; round++) {
      const subset = files.filter((_, i) => i % 3 === round);
      const results = await Promise.all([run(["."]), run(subset), run(["."]), run(subset)]);
      for (const result of results) expect(result.stderr).toBe("");
      expect(results[0]?.stdout).toBe(plain);
      expect(results[2]?.stdout).toBe(plain);
    }
    const after = runCli(["lint", ".", "--format", "json", "--cache"], { cwd: root });
    expect(after.stderr).toBe("");
    expect(after.stdout).toBe(plain);
    expect(existsSync(path.join(root, CACHE_DIR, "lint-cache"))).toBe(true);
    // No temporary file is left behind.
    expect(readdirSync(path.join(root, CACHE_DIR)).sort()).toEqual(["folder-listings", "lint-cache"]);
  }, 120_000);
});

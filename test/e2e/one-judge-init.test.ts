import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../init/support.js";
import { runCli } from "../support/cli.js";

/**
 * `init` refuses an answer exactly when `lint` reports an error on the file it writes, and shows
 * lint's warnings without blocking. Each case runs the built bin, then `lint` on what it wrote.
 */

const INTEGRATION = {
  name: "acme",
  display_name: "Acme",
  description: "Acme tickets next to the caller",
  logo_url: "https://cdn.acme.example.com/logo.png",
  icon_url: "https://cdn.acme.example.com/icon.png",
  authentication_type: "none",
};

const INTEGRATION_FLAGS = [
  "init",
  "--kind=integration",
  "--auth-type=none",
  "--name=acme",
  "--description=Acme tickets next to the caller",
  "--logo-url=https://cdn.acme.example.com/logo.png",
  "--icon-url=https://cdn.acme.example.com/icon.png",
  "--bridge-url=https://bridge.acme.example.com/talkdesk",
  "--yes",
];

const ACTION_FLAGS = [
  "init",
  "--kind=action",
  "--action-template=action-generic",
  "--provider=acme",
  "--action-name=log_call",
  "--action-description=log the call in Acme",
  "--action-endpoint=https://bridge.acme.example.com/talkdesk/actions/log_call",
  "--yes",
];

/** A folder holding the acme integration, so an action's provider resolves. */
function project(): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, "acme.json"), `${JSON.stringify(INTEGRATION, null, 2)}\n`);
  return dir;
}

/** The warnings `lint` reports on a written file, as `rule message` lines (stylish output). */
function lintWarnings(dir: string, file: string): { code: number; lines: string[] } {
  const result = runCli(["lint", file, "acme.json"], { cwd: dir });
  const lines = result.stdout
    .split("\n")
    .filter((line) => /^\s+\d+:\d+\s+warning\s/.test(line))
    .map((line) => line.replace(/^\s+\d+:\d+\s+warning\s+/, "").trim());
  return { code: result.code, lines };
}

/** Runs init, expects it to write `file` with exit 0 and to show `ruleId`'s warning, the one `lint` reports. */
function expectAcceptedWithWarning(dir: string, args: string[], file: string, ruleId: string): void {
  const result = runCli(args, { cwd: dir });
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  expect(result.stdout).toContain(`  created  ${file}\n`);
  const shown = result.stdout
    .split("\n")
    .filter((line) => line.startsWith(`  ${file}:`) && line.includes("  warning  "))
    .map((line) => line.replace(/^ {2}\S+ {2}warning {2}/, "").trim());
  expect(shown).toHaveLength(1);
  expect(shown[0]).toMatch(new RegExp(` {2}${ruleId}$`));
  const lint = lintWarnings(dir, file);
  expect(lint.code).toBe(0);
  expect(lint.lines).toEqual(shown);
}

describe("init and lint judge alike (built bin)", () => {
  it("takes an input type in lower case, as lint does: no warning, a Number input", () => {
    const dir = project();
    const result = runCli([...ACTION_FLAGS, `--input={"key":"minutes","name":"Minutes","type":"number"}`], {
      cwd: dir,
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const action = JSON.parse(readFileSync(path.join(dir, "acme_log_call.json"), "utf8"));
    expect(action.inputs).toEqual([{ key: "minutes", name: "Minutes", mandatory: false, type: "number" }]);
    expect(runCli(["lint", "."], { cwd: dir }).code).toBe(0);
  });

  it("takes an http:// logo URL, showing image-url-https's warning", () => {
    const dir = tempDir();
    expectAcceptedWithWarning(
      dir,
      [...INTEGRATION_FLAGS, "--logo-url=http://cdn.acme.example.com/logo.png"],
      "acme.json",
      "image-url-https",
    );
  });

  it("takes an action display longer than 30 characters, showing display-max-length's warning", () => {
    const dir = project();
    expectAcceptedWithWarning(
      dir,
      [...ACTION_FLAGS, "--action-display=log the call and its outcome in Acme"],
      "acme_log_call.json",
      "display-max-length",
    );
  });

  it("takes a default from an unknown collection, showing value-provider-collection's warning", () => {
    const dir = project();
    expectAcceptedWithWarning(
      dir,
      [...ACTION_FLAGS, `--input={"key":"ticket","format":"{{ticket.id}}"}`],
      "acme_log_call.json",
      "value-provider-collection",
    );
  });

  it("refuses an http:// bridge URL itself, with endpoint-https's message, and writes nothing", () => {
    const dir = tempDir();
    const result = runCli([...INTEGRATION_FLAGS, "--bridge-url=http://bridge.acme.example.com/talkdesk"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^td-integration: --bridge-url: /);
    expect(result.stderr).toContain("uses http://; Talkdesk requires https:// for bridge endpoints");
    expect(result.stderr).not.toMatch(/--contact-synchronization-endpoint|--interaction-retrieval-endpoint/);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("takes an http:// bridge URL that no endpoint is made from (every endpoint given)", () => {
    const dir = tempDir();
    const result = runCli(
      [
        ...INTEGRATION_FLAGS,
        "--bridge-url=http://bridge.acme.example.com/talkdesk",
        "--features=contact_sync",
        "--contact-synchronization-endpoint=https://bridge.acme.example.com/contacts",
      ],
      { cwd: dir },
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("names the --input flag and item that is wrong, and still refuses lint's errors", () => {
    const dir = project();
    const before = readdirSync(dir);
    const shape = runCli([...ACTION_FLAGS, `--input={"key":"minutes","mandatory":"maybe"}`], { cwd: dir });
    expect(shape.code).toBe(2);
    expect(shape.stderr).toBe('td-integration: --input 1 `mandatory`: expected true or false, got "maybe"\n');

    const lintError = runCli(
      [...ACTION_FLAGS, `--input={"key":"notes"}`, `--input={"key":"minutes","type":"Number","format":"ten"}`],
      { cwd: dir },
    );
    expect(lintError.code).toBe(2);
    expect(lintError.stderr).toMatch(
      /^td-integration: --input 2 `format`: Number input `minutes` has the default `ten`/,
    );
    expect(lintError.stderr.trim().split("\n")).toHaveLength(1);

    const badType = runCli([...ACTION_FLAGS, `--input={"key":"minutes","type":"integer"}`], { cwd: dir });
    expect(badType.code).toBe(2);
    expect(badType.stderr).toMatch(/^td-integration: --input 1 `type`: /);
    expect(readdirSync(dir)).toEqual(before);
  });

  it("refuses a Windows device name as a file name (init's own check)", () => {
    const dir = tempDir();
    const result = runCli([...INTEGRATION_FLAGS, "--name=con"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Windows reserves the name CON");
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("init judges with the project's config, as lint will", () => {
  it("refuses an http logo when the config makes image-url-https an error, and writes nothing", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, ".td-integrationrc.json"), JSON.stringify({ rules: { "image-url-https": "error" } }));
    const args = INTEGRATION_FLAGS.map((a) =>
      a.startsWith("--logo-url=") ? "--logo-url=http://cdn.acme.example.com/logo.png" : a,
    );
    const result = runCli(args, { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--logo-url");
    expect(result.stderr).toContain("https://");
    expect(readdirSync(dir).sort()).toEqual([".td-integrationrc.json"]);
  });

  it("takes a collection the config declares without a warning, as lint does", () => {
    const dir = project();
    writeFileSync(path.join(dir, ".td-integrationrc.json"), JSON.stringify({ valueProviders: { ticket: ["id"] } }));
    const result = runCli(
      [...ACTION_FLAGS, `--input=${JSON.stringify({ key: "ticket", name: "Ticket", format: "{{ticket.id}}" })}`],
      { cwd: dir },
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("lint: no problems in the new file.");
    const lint = runCli(["lint", "."], { cwd: dir });
    expect(lint.stdout).toBe("");
    expect(lint.code).toBe(0);
  });

  it("--no-config judges with the defaults (an untrusted checkout's config is not read)", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, ".td-integrationrc.json"), JSON.stringify({ rules: { "image-url-https": "error" } }));
    writeFileSync(path.join(dir, "td-integration.config.mjs"), 'throw new Error("this config must not run");\n');
    const args = INTEGRATION_FLAGS.map((a) =>
      a.startsWith("--logo-url=") ? "--logo-url=http://cdn.acme.example.com/logo.png" : a,
    );
    const result = runCli([...args, "--no-config"], { cwd: dir });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("image-url-https");
  });

  it("names an invalid config and writes nothing", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, ".td-integrationrc.json"), JSON.stringify({ rules: { "no-such-rule": "off" } }));
    const result = runCli(INTEGRATION_FLAGS, { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown rule "no-such-rule"');
    expect(result.stderr).not.toContain("unexpected error");
    expect(readdirSync(dir).sort()).toEqual([".td-integrationrc.json"]);
  });
});

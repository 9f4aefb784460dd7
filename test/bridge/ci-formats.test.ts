import { spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../support/cli.js";
import { temporaryDirectories } from "../support/temp.js";
import { type FakeBridge, json, type Route, startBridge, VALID_TOKEN } from "./fake-bridge.js";
import { FIXTURES, runBin } from "./support.js";

const tempDir = temporaryDirectories("td-bridge-ci-");
const XSD = path.join(ROOT, "test/fixtures/junit/junit-10.xsd");
const CREDENTIALS = ["bridge-test", "acme_bridge.json", "--credentials", "credentials.json"];

/** Validates with the real xmllint (libxml2); fails, never skips, when it is not installed (.ci/run installs it). */
function xmllint(xml: string): { code: number; stderr: string } {
  const file = path.join(tempDir(), "report.xml");
  writeFileSync(file, xml);
  const result = spawnSync("xmllint", ["--noout", "--schema", XSD, file], { encoding: "utf8" });
  if (result.error) throw new Error(`xmllint is needed (apt-get install libxml2-utils): ${result.error.message}`);
  return { code: result.status ?? -1, stderr: result.stderr };
}

/** The line and column of a key in a fixture, as the annotations should give them. */
function keyPosition(file: string, key: string): { line: number; column: number } {
  const lines = readFileSync(path.join(FIXTURES, file), "utf8").split("\n");
  const line = lines.findIndex((l) => l.includes(`"${key}"`));
  return { line: line + 1, column: (lines[line] ?? "").indexOf(`"${key}"`) + 1 };
}

/** A bridge with several problems, echoing the credentials and control characters back. */
const BROKEN: Record<string, Route> = {
  "/talkdesk/contact_sync": (body, res: ServerResponse) =>
    json(res, 200, { contacts: [{ id: "c1", name: "Ann\u0001 <b>&amp;]]>", echoed: body.auth }] }),
  "/talkdesk/interaction_update": (_b, res) =>
    json(res, 200, [{ id: "t1", subject: "S", date: "2024-01-01", type: "50%,\r\nx::y" }]),
  "/talkdesk/agent_sync": (body, res) => {
    res.writeHead(500, { "content-type": "text/plain" });
    res.end(`token ${(body.auth as { api_token: string }).api_token} \u0001\u0008 ]]> <oops> &`);
  },
};

let bridge: FakeBridge;
beforeAll(async () => {
  bridge = await startBridge(BROKEN);
});
afterAll(async () => {
  await bridge.close();
});

describe("bridge-test --format junit", () => {
  it("is valid against the common JUnit XSD (xmllint), one testcase per check, credentials masked", async () => {
    const { code, stdout, stderr } = await runBin([...CREDENTIALS, "--base", bridge.base, "--format", "junit"]);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    expect(xmllint(stdout)).toEqual({ code: 0, stderr: expect.stringContaining("validates") });
    expect(stdout).not.toContain(VALID_TOKEN);
    expect(stdout).not.toContain("acme-test");
    expect(stdout).not.toContain("\u0001");
    const { stdout: jsonOut } = await runBin([...CREDENTIALS, "--base", bridge.base, "--format", "json"]);
    const report = JSON.parse(jsonOut);
    const testcases = stdout.match(/<testcase /g)?.length;
    expect(testcases).toBe(
      report.calls.reduce(
        (n: number, c: { skipped?: string; checks: unknown[] }) => n + (c.skipped ? 1 : c.checks.length),
        0,
      ),
    );
    expect(stdout.match(/<failure /g)?.length).toBe(report.summary.failed);
    expect(stdout).toContain(
      `<testsuites name="td-integration bridge-test" tests="${testcases}" failures="${report.summary.failed}"`,
    );
    expect(stdout).toContain('name="5. interaction retrieval: interaction-types"');
    expect(stdout).toContain("<skipped message=");
  });

  it("a conforming bridge gives a report without failures, also valid", async () => {
    const good = await startBridge();
    try {
      const { code, stdout } = await runBin([...CREDENTIALS, "--base", good.base, "-f", "junit"]);
      expect(code).toBe(0);
      expect(xmllint(stdout).code).toBe(0);
      expect(stdout).not.toContain("<failure");
    } finally {
      await good.close();
    }
  });

  it("xmllint itself refuses a report that breaks the schema (the validation can fail)", () => {
    expect(xmllint('<?xml version="1.0"?><testsuites><testsuite name="x"/></testsuites>').code).not.toBe(0);
  });
});

describe("bridge-test --format github", () => {
  it("annotates the endpoint key that failed, escaping data and properties, credentials masked", async () => {
    const { code, stdout } = await runBin([...CREDENTIALS, "--base", bridge.base, "--format", "github"]);
    expect(code).toBe(1);
    expect(stdout).not.toContain(VALID_TOKEN);
    const lines = stdout.trimEnd().split("\n");
    const at = keyPosition("acme_bridge.json", "interaction_retrieval_endpoint");
    const file = "test/bridge/fixtures/acme_bridge.json";
    const types = lines.find((l) => l.includes("title=bridge-test interaction-types"));
    expect(types).toBe(
      `::error file=${file},line=${at.line},col=${at.column},endLine=${at.line},endColumn=${at.column + '"interaction_retrieval_endpoint"'.length},title=bridge-test interaction-types::interaction retrieval (status 200): [0].type "50%25,\\r\\nx::y" was not requested; return only the requested types: "ticket", "chat"`,
    );
    const agents = keyPosition("acme_bridge.json", "agent_synchronization_endpoint");
    expect(lines.find((l) => l.includes("title=bridge-test status") && l.includes(`line=${agents.line},`))).toMatch(
      /^::error file=.*::agent sync, page 1 \(status 500\): status 500, expected 200/,
    );
    // The contact sync has no checkpoint: a warning, not a failure.
    expect(lines.filter((l) => l.startsWith("::warning ") && l.includes("title=bridge-test checkpoint"))).toHaveLength(
      1,
    );
    // Every line is a workflow command but the summary.
    expect(lines.slice(0, -1).every((l) => /^::(error|warning|notice) /.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(
      /^td-integration bridge-test of acme_bridge: \d+ requests, \d+ checks, \d+ failed, 1 warning/,
    );
  });

  it("escapes , and : in the file property", async () => {
    const dir = tempDir();
    const manifest = path.join(dir, "acme,bridge:1.json");
    copyFileSync(path.join(FIXTURES, "acme_bridge.json"), manifest);
    const args = ["bridge-test", manifest, "--credentials", "credentials.json", "--base", bridge.base, "-f", "github"];
    const { stdout } = await runBin(args);
    const escaped = manifest.replace(/%/g, "%25").replace(/:/g, "%3A").replace(/,/g, "%2C");
    expect(stdout).toContain(`::error file=${escaped},line=`);
  });
});

describe("the checks bridge-test used to miss", () => {
  it("a contact-sync page without synchronization_checkpoint warns that every sync would be a full sync, and passes", async () => {
    const noCheckpoint = await startBridge({
      "/talkdesk/contact_sync": (_b, res) => json(res, 200, { contacts: [{ id: "c1", name: "Ann" }] }),
    });
    try {
      const { code, stdout } = await runBin([...CREDENTIALS, "--base", noCheckpoint.base]);
      expect(code).toBe(0);
      expect(stdout).toContain(
        "   WARN checkpoint: no synchronization_checkpoint: every sync would then be a full sync (Talkdesk sends the last checkpoint back to ask only for what changed); return one on every page, such as the updated_at of the last contact",
      );
      expect(stdout).toMatch(/endpoint declared at acme_bridge\.json:\d+:3/);
      expect(stdout).toMatch(/, 0 failed, 1 warning, 2 skipped\n$/);
    } finally {
      await noCheckpoint.close();
    }
  });

  it("a bridge that accepts any token fails; --no-negative-auth skips that request", async () => {
    const anyToken = await startBridge({ "/talkdesk/auth_validation": (_b, res) => json(res, 200, {}) });
    try {
      const failing = await runBin([...CREDENTIALS, "--base", anyToken.base]);
      expect(failing.code).toBe(1);
      expect(failing.stdout).toContain("2. auth validation, invalid credentials");
      expect(failing.stdout).toContain(
        "FAIL rejects-invalid-credentials: status 200: the bridge accepted an invalid auth.api_token; it must answer 401",
      );
      // The altered token reveals the real one: it is masked like it.
      expect(failing.stdout).toContain('"api_token":"***fg (20 chars)"');
      const skipped = await runBin([...CREDENTIALS, "--base", anyToken.base, "--no-negative-auth"]);
      expect(skipped.code).toBe(0);
      expect(skipped.stdout).not.toContain("invalid credentials");
    } finally {
      await anyToken.close();
    }
  });

  it("--actions before the manifest: the manifest is found among the paths", async () => {
    const good = await startBridge();
    try {
      const after = await runBin([
        "bridge-test",
        "--actions",
        "acme_bridge_create_ticket.json",
        "acme_bridge.json",
        "--base",
        good.base,
        "--credentials",
        "credentials.json",
      ]);
      expect(after.stderr).toBe("");
      expect(after.code).toBe(0);
      expect(after.stdout).toContain("action create_ticket");
      expect(after.stdout).not.toContain("action add_note");
      const two = await runBin([
        "bridge-test",
        "--actions",
        "acme_bridge.json",
        "oauth_bridge.json",
        "--base",
        good.base,
      ]);
      expect(two.code).toBe(2);
      expect(two.stderr).toContain("2 integration manifests among --actions (acme_bridge.json, oauth_bridge.json)");
      const none = await runBin(["bridge-test", "--actions", "acme_bridge_create_ticket.json", "--base", good.base]);
      expect(none.code).toBe(2);
      expect(none.stderr).toContain("missing the integration manifest");
    } finally {
      await good.close();
    }
  });

  it("a refused connection is reported once, and the other requests are not sent", async () => {
    const gone = await startBridge();
    const base = gone.base;
    await gone.close();
    const { code, stdout } = await runBin([...CREDENTIALS, "--base", base]);
    expect(code).toBe(1);
    expect(stdout.match(/connection refused/g)).toHaveLength(1);
    expect(stdout).toContain("FAIL answered: connection refused by");
    expect(stdout).toContain(`skipped: not sent: ${base} could not be reached at call 1 (see there)`);
    expect(stdout.match(/^ {3}FAIL /gm)).toHaveLength(1);
  });

  it("--color colours the verdicts, --no-color wins over FORCE_COLOR", async () => {
    const good = await startBridge();
    try {
      const coloured = await runBin([...CREDENTIALS, "--base", good.base, "--color"]);
      expect(coloured.stdout).toContain("\u001b[32mPASS\u001b[39m");
      const plain = await runBin([...CREDENTIALS, "--base", good.base, "--no-color"], { FORCE_COLOR: "1" });
      expect(plain.stdout).not.toContain("\u001b[");
      // Only the text report is coloured.
      const junit = await runBin([...CREDENTIALS, "--base", good.base, "--color", "-f", "junit"]);
      expect(junit.stdout).not.toContain("\u001b[");
    } finally {
      await good.close();
    }
  });

  it("a bridge reply cannot colour the terminal or move the cursor, even with --color", async () => {
    const evil = await startBridge({
      "/talkdesk/agent_sync": (_b, res) => {
        res.writeHead(200, { "content-type": "text/plain" });
        res.end("\u001b[31mred\u001b[2J");
      },
    });
    try {
      const { stdout } = await runBin([...CREDENTIALS, "--base", evil.base, "--color"]);
      expect(stdout).not.toContain("\u001b[31mred");
      expect(stdout).not.toContain("\u001b[2J");
    } finally {
      await evil.close();
    }
  });
});

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startBridge } from "./fake-bridge.js";
import { runBin } from "./support.js";

describe("the built bin", () => {
  it("bridge-test --format json against a conforming bridge exits 0", async () => {
    const bridge = await startBridge();
    try {
      const { code, stdout, stderr } = await runBin([
        "bridge-test",
        "acme_bridge.json",
        "--base",
        bridge.base,
        "--credentials",
        "credentials.json",
        "--format",
        "json",
      ]);
      expect(stderr).toBe("");
      expect(code).toBe(0);
      const report = JSON.parse(stdout);
      expect(report.summary).toEqual({ calls: 7, checks: 31, failed: 0, warnings: 0, skipped: 1 });
      expect(report.calls[0].request).toEqual({
        method: "POST",
        url: `${bridge.base}/talkdesk/auth_validation`,
        body: { auth: { subdomain: "***st (9 chars)", api_token: "***ef (20 chars)" } },
      });
      expect(report.calls[0].response).toEqual({
        status: 204,
        contentType: null,
        location: null,
        body: "",
        bodyTruncated: false,
      });
    } finally {
      await bridge.close();
    }
  });

  it("call exits 1 on a failed check, with credentials from the environment", async () => {
    const bridge = await startBridge();
    try {
      const { code, stdout } = await runBin(["call", "auth-validation", "acme_bridge.json", "--base", bridge.base], {
        TD_AUTH_SUBDOMAIN: "acme-test",
        TD_AUTH_API_TOKEN: "not-the-token",
      });
      expect(code).toBe(1);
      expect(stdout).toContain('> {"auth":{"subdomain":"***st (9 chars)","api_token":"***en (13 chars)"}}');
      expect(stdout).toContain("1 request, 1 check, 1 failed");
    } finally {
      await bridge.close();
    }
  });

  it.each([
    [
      ["bridge-test", "acme_bridge.json", "--credentials", "credentials.json"],
      "td-integration: say where to send the requests: --base URL sends them to a local or staging bridge (for example --base http://localhost:3000), --allow-production calls the endpoints written in the manifest\n",
    ],
    [
      ["bridge-test", "acme_bridge.json", "--base", "http://127.0.0.1:9", "--credentials", "broken.json"],
      "td-integration: cannot read credentials file broken.json: the file does not exist\n",
    ],
    [
      ["call", "contacts", "acme_bridge.json"],
      "td-integration: error: command-argument value 'contacts' is invalid for argument 'endpoint-kind'. Allowed choices are auth-validation, contact-sync, interaction-retrieval, agent-sync, action.\n",
    ],
  ])("usage problems exit 2 with one line: %j", async (args, message) => {
    const { code, stdout, stderr } = await runBin(args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(message);
  });

  it.each([
    ["bridge-test", '{\n  "name": "acme_bridge",\n  "display_name": "Acme"\n  "authentication_type": "none"\n}\n'],
    ["call", "[1, 2]\n"],
    ["bridge-test", ""],
  ])("%s reports a manifest that cannot be loaded as lint does, exit 2: %j", async (command, text) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "td-bridge-load-")), "manifest.json");
    writeFileSync(file, text);
    const args = command === "call" ? ["call", "contact-sync", file] : ["bridge-test", file];
    const { code, stdout, stderr } = await runBin([...args, "--base", "http://127.0.0.1:9"]);
    const [lint] = JSON.parse((await runBin(["lint", file, "--format", "json"])).stdout) as {
      messages: { ruleId: string; message: string; line: number; column: number }[];
    }[];
    expect(lint?.messages).toHaveLength(1);
    const [m] = lint?.messages ?? [];
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`td-integration: ${file}:${m?.line}:${m?.column}: ${m?.message} (${m?.ruleId})\n`);
  });
});

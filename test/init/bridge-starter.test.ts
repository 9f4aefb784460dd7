import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { KIT_FILES } from "../../src/bridge/starter.js";
import { ROOT, runCli } from "../support/cli.js";
import { runScripted, tempDir } from "./support.js";

const EXAMPLES = path.join(ROOT, "examples");
const MANIFEST = path.join(EXAMPLES, "integrations/acme_helpdesk.json");
const ACTION = path.join(EXAMPLES, "actions/acme_helpdesk_create_ticket.json");

function tree(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tree(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

describe("init --kind bridge", () => {
  it("writes the project: server, seam, contract kit copied from the mock bridge, credentials example, test", () => {
    const cwd = tempDir();
    const result = runCli(["init", "--kind", "bridge", "--manifest", MANIFEST, "--actions", ACTION, "--out", "acme"], {
      cwd,
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const out = path.join(cwd, "acme");
    expect(tree(out).sort()).toEqual(
      [
        ".gitignore",
        "README.md",
        "bridge/contract.js",
        "bridge/errors.js",
        "bridge/integration.js",
        "bridge/sample-backend.js",
        "credentials.example.json",
        "package.json",
        "server.js",
        "system.js",
        "talkdesk/actions/acme_helpdesk_create_ticket.json",
        "talkdesk/manifest.json",
        "test/bridge-test.js",
      ].sort(),
    );
    // One source: the kit is the mock bridge's modules, byte for byte.
    for (const file of KIT_FILES) {
      expect(readFileSync(path.join(out, "bridge", file), "utf8")).toBe(
        readFileSync(path.join(ROOT, "src/bridge/mock", file), "utf8"),
      );
    }
    expect(JSON.parse(readFileSync(path.join(out, "credentials.example.json"), "utf8"))).toEqual({
      subdomain: "sample-subdomain",
      email: "admin@sample.invalid",
      api_token: "sample-api-token-0123456789",
    });
    const pkg = JSON.parse(readFileSync(path.join(out, "package.json"), "utf8"));
    expect(pkg.scripts).toEqual({ start: "node server.js", test: "node test/bridge-test.js" });
    expect(pkg.engines).toEqual({ node: ">=20" });
    expect(readFileSync(path.join(out, "talkdesk/manifest.json"), "utf8")).toBe(readFileSync(MANIFEST, "utf8"));
    expect(result.stdout).toContain("Next steps:\n  cd acme\n  npm install\n");
  });

  it("refuses a folder that exists and is not empty (unless --force), writing nothing", () => {
    const cwd = tempDir();
    mkdirSync(path.join(cwd, "acme"));
    writeFileSync(path.join(cwd, "acme", "keep.txt"), "mine");
    const args = ["init", "--kind", "bridge", "--manifest", MANIFEST, "--out", "acme"];
    const refused = runCli(args, { cwd });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("acme exists and is not empty; nothing was written");
    expect(readdirSync(path.join(cwd, "acme"))).toEqual(["keep.txt"]);
    const forced = runCli([...args, "--force"], { cwd });
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(cwd, "acme", "keep.txt"), "utf8")).toBe("mine");
    expect(existsSync(path.join(cwd, "acme", "server.js"))).toBe(true);
  });

  it("refuses a manifest with lint errors, showing lint's diagnostics, and writes nothing", () => {
    const cwd = tempDir();
    const manifest = JSON.parse(readFileSync(MANIFEST, "utf8"));
    manifest.contact_synchronization_endpoint = "not a url";
    writeFileSync(path.join(cwd, "broken.json"), JSON.stringify(manifest, null, 2));
    const result = runCli(["init", "--kind", "bridge", "--manifest", "broken.json", "--out", "out"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/lint found \d+ errors?; fix/);
    expect(result.stderr).toMatch(/broken\.json:\d+:\d+: .*\(endpoint-https|broken\.json:\d+:\d+: .*\(/);
    expect(existsSync(path.join(cwd, "out"))).toBe(false);
    expect(readdirSync(cwd)).toEqual(["broken.json"]);
  });

  it("takes only this integration's actions from a shared actions folder, as bridge-test does", () => {
    const cwd = tempDir();
    const result = runCli(
      ["init", "--kind", "bridge", "--manifest", MANIFEST, "--actions", path.join(EXAMPLES, "actions"), "--out", "b"],
      { cwd },
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(readdirSync(path.join(cwd, "b/talkdesk/actions"))).toEqual(["acme_helpdesk_create_ticket.json"]);
  });

  it("refuses an action of another integration, and no --manifest without a terminal", () => {
    const cwd = tempDir();
    const other = path.join(EXAMPLES, "actions/bramble_shop_lookup_order.json");
    const wrong = runCli(["init", "--kind", "bridge", "--manifest", MANIFEST, "--actions", other, "--out", "x"], {
      cwd,
    });
    expect(wrong.code).toBe(2);
    // lint's cross-file rule already refuses it, as lint would.
    expect(wrong.stderr).toMatch(
      /bramble_shop_lookup_order\.json:\d+:\d+: provider `bramble_shop` matches no integration name.*\(known-provider\)/,
    );
    const missing = runCli(["init", "--kind", "bridge", "--out", "x"], { cwd, env: { CI: "true" } });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("init --kind bridge needs the manifest the bridge serves: add --manifest FILE");
    expect(readdirSync(cwd)).toEqual([]);
  });

  it("is not made from an --answers file", () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, "a.json"), '{"kind":"bridge"}');
    const result = runCli(["init", "--answers", "a.json", "--yes"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "a bridge project is not made from --answers: run init --kind bridge --manifest FILE",
    );
  });

  it("is a choice of the interactive flow, which then asks for the manifest and actions", async () => {
    const cwd = tempDir();
    cpSync(MANIFEST, path.join(cwd, "acme.json"));
    cpSync(ACTION, path.join(cwd, "ticket.json"));
    const run = await runScripted(cwd, [
      { ask: /What do you want to create/, answer: "bridge" },
      { ask: /Integration manifest the bridge serves/, answer: "acme.json" },
      { ask: /action files or folders/, answer: "ticket.json" },
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Created the bridge project acme_helpdesk-bridge/:");
    expect(existsSync(path.join(cwd, "acme_helpdesk-bridge", "talkdesk", "actions", "ticket.json"))).toBe(true);
  });
});

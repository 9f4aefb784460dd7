import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig, resolveConfig } from "../../src/config/load.js";
import { ParsedDocument } from "../../src/document/parse.js";
import { lintSources } from "../../src/engine/engine.js";
import { fixSources } from "../../src/engine/fix.js";
import { renderSource, renderTemplate } from "../../src/render/index.js";
import { RULES_BY_ID } from "../../src/rules/index.js";
import { isInside, resolvesInside } from "../../src/util/write-file.js";
import { BIN, INIT_INTEGRATION_ARGS, ROOT } from "../support/cli.js";
import { temporaryDirectories } from "../support/temp.js";

const tempDir = temporaryDirectories("td-security-");

/** Object.prototype as it is before any test, to prove nothing was added to it. */
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

const PROTO_FIXTURE = path.join(ROOT, "test/fixtures/bad-input/manifests/proto-keys.json");

describe("a JSON key __proto__ is data, never a prototype", () => {
  const text = readFileSync(PROTO_FIXTURE, "utf8");

  it("parses to an own key, the object keeping Object.prototype", () => {
    const value = new ParsedDocument(text).value as Record<string, unknown>;
    expect(Object.hasOwn(value, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it("lint, fix and render treat __proto__ and constructor as unknown keys and change no prototype", () => {
    const summary = lintSources([{ file: "proto-keys.json", text }]);
    const unknown = summary.results[0]?.diagnostics.filter((d) => d.ruleId === "no-unknown-keys").map((d) => d.pointer);
    expect(unknown).toEqual(expect.arrayContaining(["/__proto__", "/constructor"]));
    fixSources([{ file: "proto-keys.json", text }]);
    const rendered = renderSource("proto-keys.json", text);
    expect(rendered.kind).toBe("action");
  });

  it("a config cannot assign through __proto__ (value providers, rules)", async () => {
    const config = JSON.parse('{"valueProviders": {"__proto__": ["polluted"], "ticket": ["id"]}}');
    const resolved = resolveConfig(config, undefined, ROOT, ROOT);
    const collections = resolved.configFor("a.json").settings.collections as Record<string, readonly string[]>;
    expect(Object.getPrototypeOf(collections)).toBe(Object.prototype);
    expect(Object.hasOwn(collections, "__proto__")).toBe(true);
    expect(collections.ticket).toEqual(["id"]);

    const dir = tempDir();
    writeFileSync(
      path.join(dir, ".td-integrationrc.json"),
      '{"valueProviders": {"__proto__": ["polluted"]}, "overrides": [{"files": "*.json", "__proto__": {"polluted": true}}]}',
    );
    await expect(loadConfig({ cwd: dir, stopDir: dir })).rejects.toThrow(/overrides\[0\]/);
  });
});

describe("templates never evaluate code", () => {
  it("a placeholder that looks like code is only an invalid placeholder, shown as written", () => {
    const template = "{{constructor.constructor('globalThis.hacked = 1')()}}";
    const rendered = renderTemplate(template);
    expect(rendered.expansion.result).toBe(template);
    expect(rendered.diagnostics.map((d) => d.ruleId)).toEqual(["render/template-syntax"]);
    expect((globalThis as Record<string, unknown>).hacked).toBeUndefined();
  });

  it.each([
    "constructor",
    "__proto__",
    "toString",
    "contact.constructor",
    "contact.__proto__",
    "account.hasOwnProperty",
  ])("{{%s}} is a name without a value, not a property of an object", (name) => {
    const rendered = renderTemplate(`{{${name}}}`);
    expect(rendered.expansion.result).toBe(`⟨missing: ${name}⟩`);
    expect(rendered.expansion.values).toEqual([{ name, source: "missing" }]);
  });
});

describe("init names cannot escape the target folder", () => {
  it.each([
    ["../evil.json", false],
    ["a/../../evil.json", false],
    ["/etc/passwd", false],
    ["", false],
    [".", false],
    ["sub/ok.json", true],
    ["ok.json", true],
  ])("%s inside the folder: %s", (file, inside) => {
    expect(isInside("/project/out", file)).toBe(inside);
  });

  it("a symbolic link inside the folder that leads out of it does not count as inside", () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "out"));
    mkdirSync(path.join(dir, "elsewhere"));
    symlinkSync("../elsewhere", path.join(dir, "out/linked"));
    writeFileSync(path.join(dir, "elsewhere/x.json"), "{}");
    symlinkSync("../elsewhere/x.json", path.join(dir, "out/x.json"));
    expect(resolvesInside(path.join(dir, "out"), "linked/new.json")).toBe(false);
    expect(resolvesInside(path.join(dir, "out"), "x.json")).toBe(false);
    expect(resolvesInside(path.join(dir, "out"), "new/deeper.json")).toBe(true);
  });
});

describe("no network access", () => {
  /** The dev server listens on 127.0.0.1; it is checked on its own below. */
  const devServer = path.join(ROOT, "src", "dev");
  /** Every source file outside src/bridge (the one command that talks to a bridge on purpose). */
  function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) return name === "bridge" && dir.endsWith("src") ? [] : sourceFiles(file);
      return file.endsWith(".ts") ? [file] : [];
    });
  }

  it("no module outside src/bridge imports a network module or calls fetch", () => {
    const network =
      /from\s+["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns)["']|import\(\s*["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns)["']|\bfetch\s*\(|\bundici\b|\bWebSocket\b|XMLHttpRequest/;
    const offenders = sourceFiles(path.join(ROOT, "src")).filter(
      (file) => !file.startsWith(devServer) && network.test(readFileSync(file, "utf8")),
    );
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it("src/dev only listens (node:http's server on 127.0.0.1): it opens no connection itself, its bridge calls go through src/bridge", () => {
    const client =
      /\bfetch\s*\(|\b(?:http|https)\.(?:request|get)\b|\b(?:request|get)\s*\(\s*\{|from\s+["'](?:node:)?(?:https|http2|net|tls|dgram|dns)["']|\bundici\b|\bWebSocket\b|XMLHttpRequest|import\s*\{[^}]*\b(?:request|get)\b[^}]*\}\s*from\s+["'](?:node:)?http["']/;
    const files = sourceFiles(path.join(ROOT, "src", "dev"));
    expect(files.length).toBeGreaterThan(3);
    // Type-only imports (AddressInfo) bring no code.
    const code = (file: string) => readFileSync(file, "utf8").replace(/^import type .*$/gm, "");
    expect(files.filter((file) => client.test(code(file))).map((f) => path.relative(ROOT, f))).toEqual([]);
    const listens = files.filter((file) => /\.listen\(/.test(readFileSync(file, "utf8")));
    expect(listens.map((f) => path.relative(ROOT, f))).toEqual(["src/dev/server.ts"]);
    expect(readFileSync(path.join(devServer, "server.ts"), "utf8")).toMatch(/\.listen\(port, "127\.0\.0\.1"/);
  });

  it("lint, render and init run with every network entry point made to fail", () => {
    const dir = tempDir();
    const preload = path.join(dir, "no-network.mjs");
    writeFileSync(
      preload,
      `import { syncBuiltinESMExports } from "node:module";
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
const deny = (what) => () => {
  process.stderr.write("NETWORK ACCESS: " + what + "\\n");
  throw new Error("network access: " + what);
};
net.Socket.prototype.connect = deny("net.connect");
net.connect = net.createConnection = deny("net.connect");
http.request = http.get = deny("http.request");
https.request = https.get = deny("https.request");
dns.lookup = deny("dns.lookup");
globalThis.fetch = deny("fetch");
syncBuiltinESMExports();
`,
    );
    const run = (args: string[]) =>
      spawnSync(process.execPath, ["--import", preload, BIN, ...args], { cwd: dir, encoding: "utf8", timeout: 60_000 });
    const examples = path.join(ROOT, "examples");
    const lint = run(["lint", examples, "--no-config"]);
    expect(lint.stderr).toBe("");
    expect(lint.status).toBe(0);
    const render = run(["render", path.join(examples, "integrations/acme_helpdesk.json")]);
    expect(render.stderr).toBe("");
    expect(render.status).toBe(0);
    const init = run([...INIT_INTEGRATION_ARGS, "--out", "proj"]);
    expect(init.stderr).toBe("");
    expect(init.status).toBe(0);
  });
});

describe("no-secrets", () => {
  it("is a rule of the catalogue", () => {
    expect(RULES_BY_ID.get("no-secrets")?.meta.severity).toBe("warning");
  });

  it("warns about a credential-looking default, and not about a placeholder", () => {
    const action = JSON.parse(
      readFileSync(path.join(ROOT, "examples/actions/acme_helpdesk_create_ticket.json"), "utf8"),
    );
    const input = action.inputs[0];
    const fake = ["sk", "live", "4eC39HqLyjWDarjtT1zdp7dc"].join("_");
    action.inputs = [
      { ...input, key: "token", format: fake },
      { ...input, key: "email", format: "{{contact.email}}" },
    ];
    const summary = lintSources([{ file: "action.json", text: JSON.stringify(action, null, 2) }]);
    const secrets = summary.results[0]?.diagnostics.filter((d) => d.ruleId === "no-secrets") ?? [];
    expect(secrets.map((d) => [d.pointer, d.severity, d.message])).toEqual([
      [
        "/inputs/0/format",
        "warning",
        "the default of input `token` looks like a real credential (a Stripe live key); manifests are shared and committed, so anyone reading them could use it: remove it, revoke it, and let each user enter their own",
      ],
    ]);
  });
});

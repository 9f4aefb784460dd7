import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { lintDir, tempDir } from "../init/support.js";
import { BIN, ROOT, runCli } from "../support/cli.js";

const BASE_FLAGS = [
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

const EXPECTED_NONE = {
  name: "acme",
  display_name: "Acme",
  description: "Acme tickets next to the caller",
  logo_url: "https://cdn.acme.example.com/logo.png",
  icon_url: "https://cdn.acme.example.com/icon.png",
  authentication_type: "none",
  contact_synchronization_endpoint: "https://bridge.acme.example.com/talkdesk/contact_sync",
  interaction_retrieval_endpoint: "https://bridge.acme.example.com/talkdesk/interaction_update",
};

const read = (dir: string, file: string) => JSON.parse(readFileSync(path.join(dir, file), "utf8"));

describe("td-integration init (no terminal)", () => {
  it("writes an integration from flags and --yes, lint clean, with the preview and next steps", () => {
    const dir = tempDir();
    const result = runCli(BASE_FLAGS, { cwd: dir });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(read(dir, "acme.json")).toEqual(EXPECTED_NONE);
    expect(result.stdout).toContain("  created  acme.json\n");
    expect(result.stdout).toContain("lint: no problems in the new file.");
    expect(result.stdout).toContain("Preview (td-integration render):");
    expect(result.stdout).toContain("Next steps:");
    expect(lintDir(dir)).toEqual([]);
    expect(runCli(["lint", "."], { cwd: dir }).code).toBe(0);
  });

  it("takes answers from a file and from standard input, flags winning", () => {
    const answers = {
      kind: "both",
      authentication_type: "custom",
      name: "acme",
      description: "Acme tickets next to the caller",
      logo_url: "https://cdn.acme.example.com/logo.png",
      icon_url: "https://cdn.acme.example.com/icon.png",
      bridge_url: "https://bridge.acme.example.com/talkdesk",
      auth_fields: [{ field_name: "token", display: "API token", store: false }],
      features: ["agent_sync"],
      action_template: "action-generic",
      action_name: "log_call",
      action_description: "log the call in Acme",
      inputs: [
        { key: "email", format: "{{contact.email}}" },
        { key: "priority", type: "Select", format: "low,high", mandatory: true },
      ],
    };
    const dir = tempDir();
    writeFileSync(path.join(dir, "answers.json"), JSON.stringify(answers));
    const fromFile = runCli(["init", "--answers", "answers.json", "--yes", "--out", "out", "--action-display=log it"], {
      cwd: dir,
    });
    expect(fromFile.stderr).toBe("");
    expect(fromFile.code).toBe(0);
    expect(readdirSync(path.join(dir, "out")).sort()).toEqual(["acme.json", "acme_log_call.json"]);
    expect(read(dir, "out/acme.json")).toEqual({
      name: "acme",
      display_name: "Acme",
      description: "Acme tickets next to the caller",
      logo_url: "https://cdn.acme.example.com/logo.png",
      icon_url: "https://cdn.acme.example.com/icon.png",
      authentication_type: "custom",
      authentication_configuration: [
        { field_name: "token", display: "API token", mandatory: true, type: "input", store: false },
      ],
      auth_validation_endpoint: "https://bridge.acme.example.com/talkdesk/auth_validation",
      agent_synchronization_endpoint: "https://bridge.acme.example.com/talkdesk/agent_sync",
    });
    expect(read(dir, "out/acme_log_call.json")).toEqual({
      provider: "acme",
      name: "log_call",
      display: "log it",
      description: "log the call in Acme",
      endpoint: "https://bridge.acme.example.com/talkdesk/actions/log_call",
      inputs: [
        { key: "email", name: "Email", mandatory: false, type: "Text", format: "{{contact.email}}" },
        { key: "priority", name: "Priority", mandatory: true, type: "Select", format: "low,high" },
      ],
    });
    expect(lintDir(path.join(dir, "out"))).toEqual([]);

    const other = tempDir();
    const fromStdin = runCli(["init", "--answers", "-", "--yes"], { cwd: other, input: JSON.stringify(answers) });
    expect(fromStdin.code).toBe(0);
    expect(readFileSync(path.join(other, "acme_log_call.json"), "utf8")).toBe(
      readFileSync(path.join(dir, "out/acme_log_call.json"), "utf8").replace('"log it"', '"log call"'),
    );
  });

  it("exits 2 at once without a terminal, listing each missing answer as a flag to paste", () => {
    const dir = tempDir();
    // stdin stays open and empty: the command must not wait on it.
    const result = runCli(["init", "--kind=integration", "--auth-type=custom"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    const lines = result.stderr.split("\n");
    expect(lines[0]).toBe(
      "td-integration: init needs answers it cannot ask for (no terminal: standard input or output is not a TTY, or CI is set).",
    );
    expect(lines).toContain("  --name=mycrm");
    expect(lines).toContain("  --logo-url=https://cdn.example.com/logo.png");
    expect(lines).toContain(`  --auth-field='{"field_name":"account","type":"input","mandatory":true,"store":true}'`);
    expect(lines).toContain("  --features=contact_sync,interaction_retrieval");
    expect(result.stderr).toContain("comma-separated, any of: contact_sync, interaction_retrieval, agent_sync");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("treats CI as no terminal even when asked nothing else", () => {
    const result = runCli(["init"], { cwd: tempDir(), env: { CI: "true" } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "  --kind=integration\n      What do you want to create (one of: integration, action, both;",
    );
  });

  it("lists the template's questions too when the template itself is not chosen yet", () => {
    const result = runCli(["init", "--kind=action"], { cwd: tempDir() });
    expect(result.code).toBe(2);
    const flags = result.stderr.split("\n").filter((line) => line.startsWith("  --"));
    expect(flags.map((line) => line.split("=")[0])).toEqual([
      "  --action-template",
      "  --provider",
      "  --action-name",
      "  --action-display",
      "  --action-description",
      "  --action-endpoint",
      "  --input",
    ]);
  });

  it("validates flag values with the lint rules: an error refuses the answer", () => {
    const dir = tempDir();
    const result = runCli([...BASE_FLAGS, "--logo-url=logo.png"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "td-integration: --logo-url: `logo_url` `logo.png` is not an absolute http(s) URL: write the full address of the image, such as `https://logo.png`\n",
    );
    const bad = runCli([...BASE_FLAGS, "--auth-type=OAuth2"], { cwd: dir });
    expect(bad.stderr).toContain("did you mean `oauth2`?");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("--dry-run prints the plan and content and writes nothing", () => {
    const dir = tempDir();
    const result = runCli([...BASE_FLAGS, "--dry-run"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `Dry run: nothing was written.\n  create  acme.json\n\n--- acme.json\n${JSON.stringify(EXPECTED_NONE, null, 2)}\n`,
    );
    expect(readdirSync(dir)).toEqual([]);
    runCli(BASE_FLAGS, { cwd: dir });
    expect(runCli([...BASE_FLAGS, "--dry-run"], { cwd: dir }).stdout).toContain("  identical  acme.json\n");
    expect(runCli([...BASE_FLAGS, "--dry-run", "--display-name=ACME"], { cwd: dir }).stdout).toContain(
      "  overwrite  acme.json\n",
    );
  });

  it("refuses to overwrite without --force, and overwrites with it", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "acme.json"), "{}\n");
    const refused = runCli(BASE_FLAGS, { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      "td-integration: these files exist and differ: acme.json; nothing was written. Pass --force to overwrite them, --out DIR to write elsewhere, or --dry-run to compare.\n",
    );
    expect(readFileSync(path.join(dir, "acme.json"), "utf8")).toBe("{}\n");
    const forced = runCli([...BASE_FLAGS, "--force"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain("  overwritten  acme.json\n");
    expect(read(dir, "acme.json")).toEqual(EXPECTED_NONE);
    expect(readdirSync(dir)).toEqual(["acme.json"]);
  });

  it("refuses a name that would leave the output folder", () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "out"));
    const result = runCli([...BASE_FLAGS, "--name=../x", "--out=out"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "`../x` cannot be used in the file name ../x.json: name must not contain / or \\ or be . or ..",
    );
    expect(existsSync(path.join(dir, "x.json"))).toBe(false);
    expect(readdirSync(path.join(dir, "out"))).toEqual([]);
  });

  it("--list-templates lists the built-in templates", () => {
    const result = runCli(["init", "--list-templates"]);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n").map((l) => l.split(/\s+/)[0])).toEqual([
      "action-create-ticket",
      "action-generic",
      "integration-custom",
      "integration-none",
      "integration-oauth2",
      "integration-oauth2-client-credentials",
      "integration-oauth2-password",
      "",
      "Use",
      "",
    ]);
  });

  it("--template DIR uses a custom template folder, and a bad one is a clear error", () => {
    const dir = tempDir();
    const tpl = path.join(dir, "my-template");
    cpSync(path.join(ROOT, "test/fixtures/init/lookup-template"), tpl, { recursive: true });
    writeFileSync(path.join(dir, "acme.json"), `${JSON.stringify(EXPECTED_NONE)}\n`);
    const missing = runCli(["init", "--template", "my-template", "--provider=acme"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("  --set=what=order\n      What to look up");
    const ok = runCli(["init", "--template", "my-template", "--provider=acme", "--set", "what=order"], { cwd: dir });
    expect(ok.stderr).toBe("");
    expect(ok.code).toBe(0);
    expect(read(dir, "acme_lookup_order.json")).toMatchObject({ name: "lookup_order", display: "look up an order" });

    writeFileSync(path.join(tpl, "template.json"), JSON.stringify({ kind: "widget", title: "x" }));
    const bad = runCli(["init", "--template", "my-template"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^td-integration: .*my-template\/template\.json: kind: /);
    const none = runCli(["init", "--template", "nope"], { cwd: dir });
    expect(none.stderr).toBe(
      "td-integration: --template nope: no such template folder and no built-in template of that id (see --list-templates)\n",
    );
  });

  describe("a template's files stay inside its folder and are read within bounds", () => {
    const SECRET = "TOP-SECRET-OUTSIDE-THE-TEMPLATE";
    function templateWith(link: (tpl: string, dir: string) => void): string {
      const dir = tempDir();
      const tpl = path.join(dir, "my-template");
      cpSync(path.join(ROOT, "test/fixtures/init/lookup-template"), tpl, { recursive: true });
      writeFileSync(path.join(dir, "outside.json"), JSON.stringify({ name: SECRET }));
      rmSync(path.join(tpl, "action.json"));
      link(tpl, dir);
      return dir;
    }
    const run = (dir: string) =>
      runCli(["init", "--template", "my-template", "--provider=acme", "--set", "what=order"], { cwd: dir });

    it("a `from` file that is a symbolic link out of the folder is refused, and nothing of it is shown", () => {
      const dir = templateWith((tpl, d) => symlinkSync(path.join(d, "outside.json"), path.join(tpl, "action.json")));
      const result = run(dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        /^td-integration: .*my-template\/template\.json: file action\.json is outside the template folder .*my-template \(by \.\.\/ or a symbolic link\); keep template files inside it\n$/,
      );
      expect(result.stdout + result.stderr).not.toContain(SECRET);
      expect(existsSync(path.join(dir, "acme_lookup_order.json"))).toBe(false);
    });

    it("a `from` path with ../ is refused", () => {
      const dir = templateWith((tpl) =>
        writeFileSync(
          path.join(tpl, "template.json"),
          readFileSync(path.join(tpl, "template.json"), "utf8").replace(
            '"from": "action.json"',
            '"from": "../outside.json"',
          ),
        ),
      );
      const result = run(dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("file ../outside.json is outside the template folder");
      expect(result.stdout + result.stderr).not.toContain(SECRET);
    });

    it("a template.json that is a link to a device is refused, not read", () => {
      const dir = templateWith((tpl) => {
        rmSync(path.join(tpl, "template.json"));
        symlinkSync("/dev/zero", path.join(tpl, "template.json"));
      });
      const result = run(dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/template\.json is outside the template folder/);
    });

    it("a `from` file that is a named pipe inside the folder is refused, not opened", () => {
      const dir = templateWith((tpl) => expect(spawnSync("mkfifo", [path.join(tpl, "action.json")]).status).toBe(0));
      const result = run(dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/cannot read .*action\.json: it is not a regular file/);
    });
  });

  it("rejects an unknown answer key with a suggestion", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "a.json"), JSON.stringify({ nam: "acme" }));
    const result = runCli(["init", "--answers", "a.json"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("td-integration: unknown answer `nam`; did you mean `name`?\n");
  });

  it("lint and a non-interactive init never load inquirer", () => {
    const dir = tempDir();
    const hooks = path.join(dir, "hooks.mjs");
    writeFileSync(
      hooks,
      'export async function resolve(s, c, next) { const r = await next(s, c); if (/@inquirer|dist\\/cli\\.js/.test(r.url)) process.stderr.write("LOADED " + r.url + "\\n"); return r; }\n',
    );
    const register = path.join(dir, "register.mjs");
    writeFileSync(
      register,
      `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
    );
    writeFileSync(path.join(dir, "acme.json"), `${JSON.stringify(EXPECTED_NONE)}\n`);
    const run = (args: string[]) =>
      spawnSync(process.execPath, ["--import", register, BIN, ...args], { cwd: dir, encoding: "utf8", input: "" });
    const lint = run(["lint", "acme.json"]);
    expect(lint.status).toBe(0);
    expect(lint.stderr).toContain("dist/cli.js"); // the hook works
    expect(lint.stderr).not.toContain("@inquirer");
    expect(run(["init", "--list-templates"]).stderr).not.toContain("@inquirer");
  });
});

import { spawnSync } from "node:child_process";
import { appendFileSync, chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, runCli } from "../support/cli.js";
import { temporaryDirectories } from "../support/temp.js";

/**
 * `--cache` keeps the listings of the folders it walked (src/lint/folder-cache.ts) and reads again only
 * folders whose times changed. Each step below changes the tree the way a user does and expects the
 * report of a run without the cache, byte for byte. Folders changed less than two seconds before a run
 * are not remembered (their times could still hide a second change), so the tree is made, then left
 * to age once before the first run: the steps then meet remembered listings.
 */

const tempDir = temporaryDirectories("td-cache-folders-");
const CACHE = ["--cache", "--cache-location", ".cache/td/"];

const integration = (name: string) =>
  `${JSON.stringify(
    {
      name,
      display_name: "Acme Helpdesk",
      description: "Tickets and contacts from Acme Helpdesk.",
      logo_url: "https://cdn.acme.example/logo.png",
      icon_url: "https://cdn.acme.example/icon.png",
      authentication_type: "api_key",
      authentication_configuration: { fields: [{ name: "api_key", display_name: "API key", type: "password" }] },
      bridge: { base_url: "https://bridge.acme.example" },
    },
    null,
    2,
  )}\n`;

const action = (provider: string, name: string) =>
  `${JSON.stringify(
    {
      provider,
      name,
      display_name: "Create ticket",
      description: "Creates a ticket for the contact.",
      endpoint: "/actions/create_ticket",
      inputs: [{ key: "email", display_name: "Email", type: "Text", default: "{{contact.email}}" }],
    },
    null,
    2,
  )}\n`;

function tree(): string {
  const root = tempDir();
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  spawnSync("git", ["init", "-q", root]);
  write(".gitignore", "build/\n.cache/\n");
  write("integrations/acme_helpdesk.json", integration("acme_helpdesk"));
  write("acme_helpdesk/actions/create_ticket.json", action("acme_helpdesk", "create_ticket"));
  write("acme_helpdesk/actions/drafts/close_ticket.json", action("acme_helpdesk", "close_ticket"));
  write("acme_helpdesk/actions/drafts/notes/todo.json", '{"provider": "acme_helpdesk", "name": "todo",}\n');
  write("build/acme_helpdesk.json", "{ not json");
  write("scratch/.gitignore", "*.tmp.json\n");
  write("scratch/deep/try.tmp.json", action("acme_helpdsk", "try"));
  write("scratch/deep/keep.json", action("acme_helpdesk", "keep"));
  // Names beyond ASCII, which the cache files keep as \u escapes.
  write("ações/criar_chamado.json", action("acme_helpdesk", "criar_chamado").replace("Create ticket", "Criar chamado"));
  return root;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function expectSameReport(root: string, label: string): void {
  const plain = runCli(["lint", ".", "--format", "json"], { cwd: root });
  const cached = runCli(["lint", ".", "--format", "json", ...CACHE], { cwd: root });
  expect(plain.code, `${label}: ${plain.stderr}`).toBeLessThan(2);
  expect(cached.stderr, label).toBe("");
  expect(cached.stdout, label).toBe(plain.stdout);
  expect(cached.code, label).toBe(plain.code);
}

/** The folders whose listings the cache holds for the walk of `root`. */
function rememberedFolders(root: string): string[] {
  const [, ...lines] = readFileSync(path.join(root, ".cache/td/folder-listings"), "utf8").split("\n");
  expect(lines).toHaveLength(1);
  const listings = JSON.parse((lines[0] as string).slice((lines[0] as string).indexOf("\t") + 1));
  return Object.keys(listings).sort();
}

describe("lint --cache: folders and files unchanged since the last run are not read again", () => {
  it("finds what changed in the tree, byte for byte as a run without the cache", () => {
    const root = tree();
    sleep(2100);
    expectSameReport(root, "cold");
    expect(rememberedFolders(root)).toEqual([
      "",
      "acme_helpdesk",
      "acme_helpdesk/actions",
      "acme_helpdesk/actions/drafts",
      "acme_helpdesk/actions/drafts/notes",
      "ações",
      "integrations",
      "scratch",
      "scratch/deep",
    ]);
    expectSameReport(root, "warm");
    const steps: [string, () => void][] = [
      [
        "a file added to a folder",
        () => writeFileSync(path.join(root, "acme_helpdesk/actions/drafts/reopen.json"), action("acme", "reopen")),
      ],
      ["a file removed", () => rmSync(path.join(root, "acme_helpdesk/actions/drafts/close_ticket.json"))],
      [
        "a folder added",
        () => {
          mkdirSync(path.join(root, "acme_helpdesk/actions/more"));
          writeFileSync(path.join(root, "acme_helpdesk/actions/more/merge.json"), action("acme_helpdesk", "merge"));
        },
      ],
      ["a folder removed", () => rmSync(path.join(root, "acme_helpdesk/actions/drafts/notes"), { recursive: true })],
      [
        "a .gitignore added above remembered folders",
        () => writeFileSync(path.join(root, "acme_helpdesk/.gitignore"), "drafts/\n"),
      ],
      ["a remembered .gitignore emptied in place", () => writeFileSync(path.join(root, "scratch/.gitignore"), "")],
      ["the repository's info/exclude changed", () => appendFileSync(path.join(root, ".git/info/exclude"), "more/\n")],
      ["the root .gitignore changed", () => writeFileSync(path.join(root, ".gitignore"), ".cache/\n")],
    ];
    for (const [label, change] of steps) {
      change();
      expectSameReport(root, label);
    }
  }, 60_000);

  it("a sub-folder whose provider is found nowhere: the search of the project reads only what changed", () => {
    const root = tree();
    // An action naming an integration that is nowhere yet: linting its folder searches the whole project.
    writeFileSync(path.join(root, "scratch/deep/keep.json"), action("orbit_crm", "keep"));
    writeFileSync(path.join(root, "scratch/deep/notes.json"), '{"todo": "ask Orbit for a sandbox"}\n');
    sleep(2100);
    const lintFolder = (label: string) => {
      const plain = runCli(["lint", "scratch/deep", "--format", "json"], { cwd: root });
      const cached = runCli(["lint", "scratch/deep", "--format", "json", ...CACHE], { cwd: root });
      expect(cached.stderr, label).toBe("");
      expect(cached.stdout, label).toBe(plain.stdout);
      expect(cached.code, label).toBe(plain.code);
      return plain.stdout;
    };
    expect(lintFolder("cold")).toMatch(/provider `orbit_crm` matches no integration name/);
    lintFolder("warm");
    const steps: [string, () => void][] = [
      [
        "a remembered file that was no integration becomes one, elsewhere in the project",
        () => writeFileSync(path.join(root, "acme_helpdesk/actions/create_ticket.json"), integration("orbit_crn")),
      ],
      [
        "an integration renamed in place",
        () => writeFileSync(path.join(root, "integrations/acme_helpdesk.json"), integration("orbit_crm")),
      ],
      ["and removed", () => rmSync(path.join(root, "integrations/acme_helpdesk.json"))],
      [
        "an integration added in a new folder",
        () => {
          mkdirSync(path.join(root, "orbit"));
          writeFileSync(path.join(root, "orbit/integration.json"), integration("Orbit_CRM"));
        },
      ],
    ];
    for (const [label, change] of steps) {
      change();
      lintFolder(label);
    }
    expect(lintFolder("at the end")).toMatch(/the integration's name is `Orbit_CRM`/);
  }, 60_000);

  it("a remembered folder that becomes unreadable stops the run as it does without the cache", () => {
    const root = tree();
    sleep(2100);
    expectSameReport(root, "cold");
    chmodSync(path.join(root, "acme_helpdesk/actions/drafts"), 0o000);
    try {
      // As root without the capabilities that bypass permissions, so the folder's mode applies.
      const run = (cache: string[]) =>
        spawnSync(
          "setpriv",
          ["--bounding-set=-dac_override,-dac_read_search", "--", process.execPath, BIN, "lint", ".", ...cache],
          { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } },
        );
      const plain = run([]);
      const cached = run(CACHE);
      expect(plain.status).toBe(2);
      expect(plain.stderr).toMatch(/cannot read acme_helpdesk\/actions\/drafts: permission denied/);
      expect(cached.status).toBe(plain.status);
      expect(cached.stderr).toBe(plain.stderr);
    } finally {
      chmodSync(path.join(root, "acme_helpdesk/actions/drafts"), 0o755);
    }
  }, 60_000);
});

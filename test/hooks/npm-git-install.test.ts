import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalRegistry, type RunResult, run, startLockfileRegistry } from "../support/npm-registry.js";
import { BAD_ACTION_MESSAGE, MANIFESTS, snapshotProject, writeFile } from "./support.js";

/**
 * pre-commit 4 installs a `language: node` hook with `npm install --allow-git=root --install-links -g
 * git+file://<clone>`: npm clones this repository, prepares it (builds dist/) and installs it globally.
 * This runs that command, into a temporary prefix, as pre-commit does, then the installed bin.
 */
const work = mkdtempSync(path.join(tmpdir(), "td-npm-git-"));
const home = path.join(work, "home");
const prefix = path.join(work, "prefix");
const manifests = path.join(work, "manifests");
let registry: LocalRegistry;
let install: RunResult;

beforeAll(async () => {
  mkdirSync(home);
  registry = await startLockfileRegistry();
  const project = snapshotProject(work, home);
  install = await run(
    "npm",
    ["install", "--allow-git=root", "--install-links", "-g", `git+file://${project.dir}#${project.commit}`],
    { cwd: work, env: { ...process.env, ...registry.env, HOME: home, npm_config_prefix: prefix } },
  );
  writeFile(manifests, "integrations/acme_helpdesk.json", MANIFESTS.integration);
  writeFile(manifests, "actions/acme_helpdesk_create_ticket.json", MANIFESTS.goodAction);
  writeFile(manifests, "actions/acme_helpdesk_update_ticket.json", MANIFESTS.badAction);
}, 300_000);

afterAll(async () => {
  await registry?.close();
  rmSync(work, { recursive: true, force: true });
}, 60_000);

const installed = (args: string[]) =>
  run(path.join(prefix, "bin", "td-integration"), args, {
    cwd: manifests,
    env: { ...process.env, HOME: home, NO_COLOR: "1", CI: "true" },
  });

describe("npm install -g --install-links git+file://… (how pre-commit 4 installs the hook)", () => {
  it("installs from a clean clone: npm prepares the package, building dist/ without the developer's node_modules", () => {
    expect(install.stderr).not.toMatch(/npm error/);
    expect(install.code).toBe(0);
  });

  it("gives a working td-integration bin that fails a bad manifest with our message and passes good ones", async () => {
    const good = await installed([
      "lint",
      "integrations/acme_helpdesk.json",
      "actions/acme_helpdesk_create_ticket.json",
    ]);
    expect(good).toEqual({ code: 0, stdout: "", stderr: "" });
    const bad = await installed(["lint", "-f", "compact", "actions/acme_helpdesk_update_ticket.json"]);
    expect(bad.stdout).toBe(
      `actions/acme_helpdesk_update_ticket.json:19:15: error ${BAD_ACTION_MESSAGE} [enum-value]\n\n1 problem\n`,
    );
    expect(bad.code).toBe(1);
  });
});

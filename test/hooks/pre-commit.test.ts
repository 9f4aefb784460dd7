import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalRegistry, type RunResult, run, startLockfileRegistry } from "../support/npm-registry.js";
import { BAD_ACTION_MESSAGE, git, gitEnv, MANIFESTS, snapshotProject, writeFile } from "./support.js";

/**
 * The hook as a pre-commit user gets it: Debian's `pre-commit` (3.0.4; .ci/run installs it) installs
 * td-integration from a git repository at a commit (`npm install` + `npm pack` in its clone, then
 * `npm install -g` of the tarball) and runs it from `git commit` on the staged files.
 */
const work = mkdtempSync(path.join(tmpdir(), "td-pre-commit-"));
const home = path.join(work, "home");
const repo = path.join(work, "repo");
let registry: LocalRegistry;
let env: Record<string, string | undefined>;
let installHooks: RunResult;

const BAD = "actions/acme_helpdesk_update_ticket.json";
const GOOD = "actions/acme_helpdesk_create_ticket.json";
const UNTRACKED_BAD = "actions/acme_helpdesk_draft.json";
const COMMITTED_BAD = "actions/acme_helpdesk_legacy.json";

const commit = (message: string) => run("git", ["commit", "-m", message], { cwd: repo, env });

beforeAll(async () => {
  mkdirSync(home);
  registry = await startLockfileRegistry();
  env = { ...gitEnv(home), ...registry.env, PRE_COMMIT_HOME: path.join(home, "pre-commit") };
  const project = snapshotProject(work, home);
  mkdirSync(repo);
  git(["init", "-q", "-b", "main"], repo, home);
  writeFile(
    repo,
    ".pre-commit-config.yaml",
    `repos:\n  - repo: ${project.dir}\n    rev: ${project.commit}\n    hooks:\n      - id: td-integration-lint\n`,
  );
  writeFile(repo, "integrations/acme_helpdesk.json", MANIFESTS.integration);
  // A bad manifest committed before the hook existed: it is not part of later commits, so not linted.
  writeFile(repo, COMMITTED_BAD, MANIFESTS.badAction.replace('"update_ticket"', '"legacy_ticket"'));
  git(["add", "-A"], repo, home);
  git(["commit", "-q", "-m", "start"], repo, home);
  const install = await run("pre-commit", ["install"], { cwd: repo, env });
  if (install.code !== 0) throw new Error(`pre-commit install failed:\n${install.stdout}${install.stderr}`);
  installHooks = await run("pre-commit", ["install-hooks"], { cwd: repo, env });
  writeFile(repo, UNTRACKED_BAD, MANIFESTS.badAction.replace('"update_ticket"', '"draft_ticket"'));
}, 300_000);

afterAll(async () => {
  await registry?.close();
  rmSync(work, { recursive: true, force: true });
}, 60_000);

describe("the pre-commit hook td-integration-lint, installed by Debian's pre-commit", () => {
  it("installs from the repository at a commit", () => {
    expect(installHooks.stdout + installHooks.stderr).not.toMatch(/error/i);
    expect(installHooks.code).toBe(0);
  });

  it("rejects a commit that stages a bad manifest, with our message, naming only the staged file", async () => {
    writeFile(repo, BAD, MANIFESTS.badAction);
    git(["add", BAD], repo, home);
    const result = await commit("add a bad action");
    const output = result.stdout + result.stderr;
    expect(output).toMatch(/td-integration lint\.+Failed/);
    expect(output).toContain("- hook id: td-integration-lint");
    expect(output).toContain(`${BAD}\n  19:15  error    ${BAD_ACTION_MESSAGE}  enum-value\n`);
    expect(output).not.toContain(UNTRACKED_BAD);
    expect(output).not.toContain(COMMITTED_BAD);
    expect(result.code).toBe(1);
    expect(git(["rev-list", "--count", "HEAD"], repo, home).trim()).toBe("1");
    git(["rm", "-q", "--cached", BAD], repo, home);
    rmSync(path.join(repo, BAD));
  });

  it("passes a commit of good manifests while bad files that are not staged exist", async () => {
    writeFile(repo, GOOD, MANIFESTS.goodAction);
    git(["add", GOOD], repo, home);
    const result = await commit("add a good action");
    expect(result.stdout + result.stderr).toMatch(/td-integration lint\.+Passed/);
    expect(result.code).toBe(0);
    expect(git(["show", "--name-only", "--format=", "HEAD"], repo, home)).toBe(`${GOOD}\n`);
  });

  it("lints what is staged, not the working copy's unstaged edits", async () => {
    writeFile(repo, GOOD, MANIFESTS.goodAction.replace("for the contact on the call", "for the caller"));
    git(["add", GOOD], repo, home);
    writeFile(repo, GOOD, MANIFESTS.badAction.replace('"update_ticket"', '"create_ticket"'));
    const result = await commit("shorter description");
    expect(result.stdout + result.stderr).toMatch(/td-integration lint\.+Passed/);
    expect(result.code).toBe(0);
    expect(git(["show", `HEAD:${GOOD}`], repo, home)).toContain("for the caller");
    expect(git(["status", "--porcelain", GOOD], repo, home)).toBe(` M ${GOOD}\n`);
  });

  it("with --cache in the hook's args, a mistyped provider is found the same way, cold and warm", async () => {
    writeFile(
      repo,
      ".pre-commit-config.yaml",
      readFileSync(path.join(repo, ".pre-commit-config.yaml"), "utf8").replace(
        "id: td-integration-lint\n",
        "id: td-integration-lint\n        args: [--cache, --cache-location, .git/td-integration-cache/]\n",
      ),
    );
    git(["add", ".pre-commit-config.yaml"], repo, home);
    const TYPO = "actions/acme_helpdesk_close_ticket.json";
    writeFile(
      repo,
      TYPO,
      MANIFESTS.goodAction
        .replace('"name": "create_ticket"', '"name": "close_ticket"')
        .replace('"provider": "acme_helpdesk"', '"provider": "acme_helpdesks"'),
    );
    git(["add", TYPO], repo, home);
    for (const run of ["cold", "warm"]) {
      const result = await commit("close tickets");
      const output = result.stdout + result.stderr;
      expect(output, run).toMatch(
        /provider `acme_helpdesks` matches no integration name; did you mean `acme_helpdesk`\?/,
      );
      expect(result.code, run).toBe(1);
    }
    expect(readdirSync(path.join(repo, ".git/td-integration-cache")).sort()).toEqual([
      "folder-listings",
      "integration-index",
      "lint-cache",
    ]);
    writeFile(repo, TYPO, MANIFESTS.goodAction.replace('"name": "create_ticket"', '"name": "close_ticket"'));
    git(["add", TYPO], repo, home);
    const fixed = await commit("close tickets");
    expect(fixed.stdout + fixed.stderr).toMatch(/td-integration lint\.+Passed/);
    expect(fixed.code).toBe(0);
  });
});

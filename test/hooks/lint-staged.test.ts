import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../support/cli.js";
import { run } from "../support/npm-registry.js";
import { BAD_ACTION_MESSAGE, git, gitEnv, MANIFESTS, writeFile } from "./support.js";

/**
 * The README's husky + lint-staged recipe, taken from the README and run with the real husky and
 * lint-staged: `husky init`, the pre-commit hook it says to write, and its `lint-staged` config in
 * package.json. The project's node_modules/.bin links stand for its `npm install`.
 */
const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
const recipe = readme.slice(readme.indexOf("husky + [lint-staged]"));
const HOOK = /^echo "(.+)" > \.husky\/pre-commit$/m.exec(recipe)?.[1];
const LINT_STAGED = (JSON.parse(/```json\n([\s\S]*?)```/.exec(recipe)?.[1] ?? "{}") as { "lint-staged"?: object })[
  "lint-staged"
];
const work = mkdtempSync(path.join(tmpdir(), "td-lint-staged-"));
const home = path.join(work, "home");
const repo = path.join(work, "repo");
const env = () => ({ ...gitEnv(home), npm_config_update_notifier: "false", npm_config_offline: "true" });
const commit = (message: string) => run("git", ["commit", "-m", message], { cwd: repo, env: env() });

const BAD = "actions/acme_helpdesk_update_ticket.json";
const GOOD = "actions/acme_helpdesk_create_ticket.json";
const UNTRACKED_BAD = "actions/acme_helpdesk_draft.json";

beforeAll(async () => {
  expect(HOOK).toBe("npx lint-staged");
  expect(LINT_STAGED).toEqual({ "*.json": "td-integration lint --fix --max-warnings 0" });
  mkdirSync(home);
  mkdirSync(repo);
  git(["init", "-q", "-b", "main"], repo, home);
  writeFile(
    repo,
    "package.json",
    `${JSON.stringify(
      {
        name: "helpdesk-integration",
        private: true,
        "lint-staged": { "*.json": "td-integration lint --fix --max-warnings 0" },
      },
      null,
      2,
    )}\n`,
  );
  mkdirSync(path.join(repo, "node_modules", ".bin"), { recursive: true });
  for (const [bin, target] of [
    ["td-integration", "bin/td-integration.js"],
    ["lint-staged", "node_modules/lint-staged/bin/lint-staged.js"],
    ["husky", "node_modules/husky/bin.js"],
  ] as const)
    symlinkSync(path.join(ROOT, target), path.join(repo, "node_modules", ".bin", bin));
  writeFile(repo, ".gitignore", "node_modules/\n");
  const init = await run(path.join(repo, "node_modules", ".bin", "husky"), ["init"], { cwd: repo, env: env() });
  if (init.code !== 0) throw new Error(`husky init failed:\n${init.stdout}${init.stderr}`);
  writeFile(repo, ".husky/pre-commit", `${HOOK}\n`);
  writeFile(repo, "integrations/acme_helpdesk.json", MANIFESTS.integration);
  git(["add", "-A"], repo, home);
  git(["commit", "-q", "-m", "start"], repo, home);
  writeFile(repo, UNTRACKED_BAD, MANIFESTS.badAction.replace('"update_ticket"', '"draft_ticket"'));
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("husky + lint-staged running td-integration lint", () => {
  it("rejects a commit that stages a bad manifest, with our message", async () => {
    writeFile(repo, BAD, MANIFESTS.badAction);
    git(["add", BAD], repo, home);
    const result = await commit("add a bad action");
    const output = result.stdout + result.stderr;
    expect(output).toContain(`td-integration lint --fix --max-warnings 0`);
    expect(output).toContain(`${BAD}\n  19:15  error    ${BAD_ACTION_MESSAGE}  enum-value\n`);
    expect(output).not.toContain(UNTRACKED_BAD);
    expect(output).toContain("husky - pre-commit script failed (code 1)");
    expect(result.code).toBe(1);
    expect(git(["rev-list", "--count", "HEAD"], repo, home).trim()).toBe("1");
    git(["rm", "-q", "--cached", BAD], repo, home);
    rmSync(path.join(repo, BAD));
  });

  it("commits a good manifest, with what --fix corrected, while an unstaged bad file exists", async () => {
    writeFile(
      repo,
      GOOD,
      MANIFESTS.goodAction.replace('"display": "create a ticket"', '"display": "Create a ticket."'),
    );
    git(["add", GOOD], repo, home);
    const result = await commit("add a good action");
    expect(result.stdout + result.stderr).not.toContain("husky - pre-commit script failed");
    expect(result.code).toBe(0);
    expect(git(["show", "--name-only", "--format=", "HEAD"], repo, home)).toBe(`${GOOD}\n`);
    expect(git(["show", `HEAD:${GOOD}`], repo, home)).toBe(MANIFESTS.goodAction);
    expect(readFileSync(path.join(repo, GOOD), "utf8")).toBe(MANIFESTS.goodAction);
  });

  it("lints what is staged, not the working copy's unstaged edits", async () => {
    writeFile(repo, GOOD, MANIFESTS.goodAction.replace("for the contact on the call", "for the caller"));
    git(["add", GOOD], repo, home);
    writeFile(repo, GOOD, MANIFESTS.badAction.replace('"update_ticket"', '"create_ticket"'));
    const result = await commit("shorter description");
    expect(result.stdout + result.stderr).not.toContain("husky - pre-commit script failed");
    expect(result.code).toBe(0);
    expect(git(["show", `HEAD:${GOOD}`], repo, home)).toContain("for the caller");
    expect(readFileSync(path.join(repo, GOOD), "utf8")).toContain('"type": "Paragraph"');
  });
});

import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../support/cli.js";

/** git without the machine's or the user's settings, with a fixed author, for throwaway repositories. */
export function gitEnv(home: string): Record<string, string | undefined> {
  return {
    ...process.env,
    HOME: home,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_AUTHOR_NAME: "Test",
    GIT_AUTHOR_EMAIL: "test@example.com",
    GIT_COMMITTER_NAME: "Test",
    GIT_COMMITTER_EMAIL: "test@example.com",
    CI: "true",
    NO_COLOR: "1",
    FORCE_COLOR: undefined,
    // vitest's; with it lint-staged prints its progress as JSON events.
    NODE_ENV: undefined,
  };
}

export function git(args: string[], cwd: string, home: string): string {
  return execFileSync("git", args, { cwd, env: gitEnv(home), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/**
 * This project as a hook user's `repo:` names it: a git repository at one commit, holding the files of
 * the working tree as they are now (tracked and new, not ignored), so a test checks the current sources
 * rather than the last commit.
 */
export function snapshotProject(into: string, home: string): { dir: string; commit: string } {
  const dir = path.join(into, "td-integration");
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: ROOT,
    encoding: "utf8",
  })
    .split("\0")
    .filter(Boolean);
  for (const file of files) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    try {
      copyFileSync(path.join(ROOT, file), target);
    } catch (error) {
      // A file deleted in the working tree but still in the index is not part of the snapshot.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  git(["init", "-q", "-b", "main"], dir, home);
  git(["add", "-A"], dir, home);
  git(["commit", "-q", "-m", "snapshot"], dir, home);
  return { dir, commit: git(["rev-parse", "HEAD"], dir, home).trim() };
}

const example = (file: string) => readFileSync(path.join(ROOT, "examples", file), "utf8");

/** A Talkdesk integration and its actions: one good, one with an input type Talkdesk does not have. */
export const MANIFESTS = {
  integration: example("integrations/acme_helpdesk.json"),
  goodAction: example("actions/acme_helpdesk_create_ticket.json"),
  badAction: example("actions/acme_helpdesk_create_ticket.json")
    .replace('"name": "create_ticket"', '"name": "update_ticket"')
    .replace('"type": "Textarea"', '"type": "Paragraph"'),
};

/** What lint says about MANIFESTS.badAction. */
export const BAD_ACTION_MESSAGE =
  "`type` of input 2 must be one of Text, Textarea, Number, Tel, URL, Datetime, Select; found `Paragraph`";

export function writeFile(root: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

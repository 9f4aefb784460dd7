import { spawnSync } from "node:child_process";
import { closeSync, openSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, runCli } from "../support/cli.js";
import { action, integration } from "../support/rule-tester.js";
import { temporaryDirectories } from "../support/temp.js";

const tempDir = temporaryDirectories("td-bounded-");

/** Every input the tool reads goes through lint's bounded reader: a device or a pipe is refused, never read without end. */
describe("inputs other than manifests are read with lint's limits", () => {
  const project = () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "acme_helpdesk.json"), integration());
    writeFileSync(path.join(dir, "create_ticket.json"), action());
    spawnSync("mkfifo", [path.join(dir, "pipe.json")]);
    return dir;
  };
  const cases: [name: string, args: string[], message: RegExp][] = [
    [
      "render --contact /dev/zero",
      ["render", "create_ticket.json", "--contact", "/dev/zero"],
      /cannot read --contact \/dev\/zero: it is not a regular file/,
    ],
    [
      "render --contact naming a named pipe",
      ["render", "create_ticket.json", "--contact", "pipe.json"],
      /cannot read --contact pipe\.json: it is not a regular file/,
    ],
    [
      "init --answers /dev/zero",
      ["init", "--answers", "/dev/zero", "--yes"],
      /--answers: cannot read \/dev\/zero: it is not a regular file/,
    ],
    [
      "bridge-test --credentials /dev/zero",
      ["bridge-test", "acme_helpdesk.json", "--base", "http://127.0.0.1:9", "--credentials", "/dev/zero"],
      /cannot read credentials file \/dev\/zero: it is not a regular file/,
    ],
  ];
  it.each(cases)("%s exits 2 at once with the reason", (_name, args, message) => {
    const result = runCli(args, { cwd: project() });
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(2);
  });

  it("lint --stdin < /dev/zero stops past the 10 MB limit", () => {
    const zero = openSync("/dev/zero", "r");
    try {
      const result = spawnSync(process.execPath, [BIN, "lint", "--stdin"], {
        cwd: tempDir(),
        stdio: [zero, "pipe", "pipe"],
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(result.stderr).toBe(
        "td-integration: --stdin: standard input is over the 10.0 MB limit; a manifest is a few kilobytes\n",
      );
      expect(result.status).toBe(2);
    } finally {
      closeSync(zero);
    }
  });
});

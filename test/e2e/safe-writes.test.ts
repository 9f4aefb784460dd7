import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, INIT_INTEGRATION_ARGS, ROOT, runCli } from "../support/cli.js";
import { temporaryDirectories } from "../support/temp.js";

/**
 * `--fix` and `init` write through a temporary file in the same folder and a rename: a file keeps
 * its mode, and a crash or Ctrl+C leaves the old content or the new one, never a mix.
 */
const tempDir = temporaryDirectories("td-safe-writes-");

const GOOD = readFileSync(path.join(ROOT, "examples/integrations/acme_helpdesk.json"), "utf8");

/** Starts the bin and sends `signal` after `delay` ms (or lets it finish); resolves when it has exited. */
function runAndSignal(args: string[], cwd: string, delay: number, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: "ignore" });
    const timer = setTimeout(() => child.kill(signal), delay);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

// Delays spread over the run (start-up, lint, write): fixed, so the test is repeatable in what it asks.
const DELAYS = [60, 120, 180, 240, 300, 360, 450, 600];

describe("--fix writes safely", () => {
  it("keeps the file's mode", () => {
    const dir = tempDir();
    const file = path.join(dir, "acme.json");
    writeFileSync(file, `\ufeff${GOOD}`);
    chmodSync(file, 0o640);
    const result = runCli(["lint", "--fix", "acme.json"], { cwd: dir });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(GOOD);
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it("writes through a symbolic link to the file it points to, and keeps the link", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "real.json"), `\ufeff${GOOD}`);
    symlinkSync("real.json", path.join(dir, "link.json"));
    expect(runCli(["lint", "--fix", "link.json"], { cwd: dir }).code).toBe(0);
    expect(readFileSync(path.join(dir, "real.json"), "utf8")).toBe(GOOD);
    expect(readdirSync(dir).sort()).toEqual(["link.json", "real.json"]);
  });

  it("killed at any moment, leaves the old content or the new one, never a partial file", async () => {
    const dir = tempDir();
    const file = path.join(dir, "big.json");
    // A large manifest (a few MB, under the size limit) so the write takes a while.
    const value = JSON.parse(GOOD) as Record<string, unknown>;
    value.description = `${"Bring every ticket next to the caller. ".repeat(100_000)}`.trim();
    const fixed = `${JSON.stringify(value, null, 2)}\n`;
    const old = `\ufeff${fixed}`;
    for (const delay of DELAYS) {
      writeFileSync(file, old);
      await runAndSignal(["lint", "--fix", "--quiet", "big.json"], dir, delay, "SIGKILL");
      const after = readFileSync(file, "utf8");
      expect(after === old || after === fixed, `after SIGKILL at ${delay} ms the file is ${after.length} chars`).toBe(
        true,
      );
    }
    // A killed write may leave its hidden temporary file; lint never lints it.
    const linted = runCli(["lint", "--format", "json", "."], { cwd: dir });
    expect((JSON.parse(linted.stdout) as { filePath: string }[]).map((r) => path.basename(r.filePath))).toEqual([
      "big.json",
    ]);
    // Uninterrupted, the fix is written, and the leftovers of the killed runs are gone.
    writeFileSync(file, old);
    await runAndSignal(["lint", "--fix", "--quiet", "big.json"], dir, 60_000, "SIGKILL");
    expect(readFileSync(file, "utf8")).toBe(fixed);
    expect(readdirSync(dir)).toEqual(["big.json"]);
  });

  it("removes a temporary file a killed run left, and not one of a running process", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "acme.json"), `\ufeff${GOOD}`);
    const dead = ".acme.json.td-integration-2147483646.tmp";
    const alive = `.acme.json.td-integration-${process.pid}.tmp`;
    writeFileSync(path.join(dir, dead), GOOD.slice(0, 100));
    writeFileSync(path.join(dir, alive), GOOD.slice(0, 100));
    expect(runCli(["lint", "--fix", "acme.json"], { cwd: dir }).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([alive, "acme.json"]);
  });
});

describe("a read-only file is left as it is, by --fix and by the report writer alike", () => {
  it("--fix refuses a file without write permission (0444), even for root, and fixes nothing", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "a.json"), `\ufeff${GOOD}`);
    writeFileSync(path.join(dir, "b.json"), `\ufeff${GOOD}`);
    chmodSync(path.join(dir, "b.json"), 0o444);
    const result = runCli(["lint", "--fix", "a.json", "b.json"], { cwd: dir });
    expect(result.stderr).toBe(
      "td-integration: cannot write b.json: the file is read-only; make it writable (chmod u+w) to let td-integration change it; nothing was fixed\n",
    );
    expect(result.code).toBe(2);
    expect(readFileSync(path.join(dir, "a.json"), "utf8")).toBe(`\ufeff${GOOD}`);
    expect(readFileSync(path.join(dir, "b.json"), "utf8")).toBe(`\ufeff${GOOD}`);
    expect(statSync(path.join(dir, "b.json")).mode & 0o777).toBe(0o444);
  });

  it("-o refuses a read-only report file the same way", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "a.json"), GOOD);
    writeFileSync(path.join(dir, "report.json"), "old");
    chmodSync(path.join(dir, "report.json"), 0o444);
    const result = runCli(["lint", "-f", "json", "-o", "report.json", "a.json"], { cwd: dir });
    expect(result.stderr).toBe(
      "td-integration: cannot write report.json: the file is read-only; make it writable (chmod u+w) to let td-integration change it\n",
    );
    expect(result.code).toBe(2);
    expect(readFileSync(path.join(dir, "report.json"), "utf8")).toBe("old");
  });

  describe("a writable file in a folder that refuses new files is written in place", () => {
    // As root without the capabilities that bypass permissions (setpriv), so the folder's mode applies.
    const asUser = (args: string[], cwd: string) =>
      spawnSync("setpriv", ["--bounding-set=-dac_override,-dac_read_search", "--", process.execPath, BIN, ...args], {
        cwd,
        encoding: "utf8",
      });
    it.each([
      ["--fix", ["lint", "--fix", "acme.json"], "acme.json", GOOD],
      [
        "-o",
        ["lint", "-f", "compact", "-o", "report.txt", "acme.json"],
        "report.txt",
        "acme.json:1:1: warning the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM [no-bom]\n\n1 problem\n",
      ],
    ])("%s", (_name, args, written, expected) => {
      const dir = tempDir();
      const folder = path.join(dir, "locked");
      mkdirSync(folder);
      writeFileSync(path.join(folder, "acme.json"), `\ufeff${GOOD}`);
      writeFileSync(path.join(folder, "report.txt"), "an old, longer report that must not leave a tail behind\n");
      chmodSync(folder, 0o555);
      try {
        const result = asUser(args as string[], folder);
        expect(result.stderr).toBe("");
        expect(result.status).toBe(0);
        expect(readFileSync(path.join(folder, written as string), "utf8")).toBe(expected);
        expect(readdirSync(folder).sort()).toEqual(["acme.json", "report.txt"]);
      } finally {
        chmodSync(folder, 0o755);
      }
    });
  });
});

describe("init writes safely", () => {
  const INIT = INIT_INTEGRATION_ARGS;

  it("interrupted with Ctrl+C at any moment, leaves no file or the complete file, and no temporary file", async () => {
    const reference = tempDir();
    expect(runCli([...INIT, "--out", "proj"], { cwd: reference }).code).toBe(0);
    const expected = readFileSync(path.join(reference, "proj/mycrm.json"), "utf8");
    for (const delay of DELAYS) {
      const dir = tempDir();
      await runAndSignal([...INIT, "--out", "proj"], dir, delay, "SIGINT");
      const out = path.join(dir, "proj");
      const files = existsSync(out) ? readdirSync(out) : [];
      expect(
        files.filter((f) => f !== "mycrm.json"),
        `stray files after SIGINT at ${delay} ms`,
      ).toEqual([]);
      if (files.includes("mycrm.json")) expect(readFileSync(path.join(out, "mycrm.json"), "utf8")).toBe(expected);
    }
  });

  it("refuses a name that would leave the output folder", () => {
    const dir = tempDir();
    const result = runCli([...INIT.map((a) => (a === "mycrm" ? "../evil" : a)), "--out", "proj"], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "--name: `../evil` cannot be used in the file name ../evil.json: name must not contain / or \\ or be . or ..",
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ["a file stands where the output folder is", "proj", "a file stands where the output folder proj needs a folder"],
    ["a folder has the manifest's name", "dir", "mycrm.json is a folder in the output folder dir; move it away"],
    // It used to block forever in the read that compares the old text with the new.
    [
      "a named pipe has the manifest's name",
      "pipes",
      "mycrm.json in the output folder pipes is not a regular file; move it away",
    ],
  ])("says so, and writes nothing, when %s", (_, out, message) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "proj"), "not a folder");
    mkdirSync(path.join(dir, "dir/mycrm.json"), { recursive: true });
    mkdirSync(path.join(dir, "pipes"));
    spawnSync("mkfifo", [path.join(dir, "pipes/mycrm.json")]);
    const result = runCli([...INIT, "--out", out], { cwd: dir });
    expect(result.stderr).toBe(`td-integration: cannot check the output files: ${message}\n`);
    expect(result.code).toBe(2);
    expect(readFileSync(path.join(dir, "proj"), "utf8")).toBe("not a folder");
    expect(readdirSync(path.join(dir, "dir/mycrm.json"))).toEqual([]);
  });

  it("refuses to write through a symbolic link that leads out of the output folder", () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "outside"));
    mkdirSync(path.join(dir, "proj"));
    writeFileSync(path.join(dir, "outside/mycrm.json"), "{}");
    symlinkSync("../outside/mycrm.json", path.join(dir, "proj/mycrm.json"));
    const result = runCli([...INIT, "--out", "proj", "--force"], { cwd: dir });
    expect(result.stderr).toBe(
      "td-integration: cannot check the output files: mycrm.json leads outside proj (through a symbolic link)\n",
    );
    expect(result.code).toBe(2);
    expect(readFileSync(path.join(dir, "outside/mycrm.json"), "utf8")).toBe("{}");
  });
});

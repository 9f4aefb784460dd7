import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  closeSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, ROOT } from "../support/cli.js";

/**
 * The bad-input catalogue: every strange thing a user can point the linter at, with the exact
 * one-line message and exit code it gives (0 clean, 1 problems found, 2 usage, config or I/O).
 * Big, binary and special files are made in a temporary folder at test time.
 */
const FIXTURES = path.join(ROOT, "test/fixtures/bad-input");
const workspaces: string[] = [];

afterAll(() => {
  for (const dir of workspaces) {
    chmodTree(dir);
    rmSync(dir, { recursive: true, force: true });
  }
});

function chmodTree(dir: string): void {
  try {
    chmodSync(path.join(dir, "locked.json"), 0o644);
  } catch {}
}

/** A fresh folder holding good.json (a clean integration) and whatever the case adds. */
function workspace(setup: (dir: string) => void = () => {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "td-bad-input-"));
  workspaces.push(dir);
  cpSync(path.join(FIXTURES, "manifests/good.json"), path.join(dir, "good.json"));
  setup(dir);
  return dir;
}

const manifest = (name: string) => (dir: string) =>
  cpSync(path.join(FIXTURES, "manifests", name), path.join(dir, name));
const config = (kind: string) => (dir: string) =>
  cpSync(path.join(FIXTURES, "configs", kind), dir, { recursive: true });

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built bin (asynchronously, so the cases of a block run side by side). */
/**
 * Runs the bin; with `permissionsApply`, as root without the capabilities that let root read any file
 * (util-linux's setpriv drops them), so file permissions apply wherever the clone sits, even in a
 * folder only root may enter.
 */
function run(dir: string, args: string[], options: { permissionsApply?: boolean } = {}): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.FORCE_COLOR;
  const node = [process.execPath, BIN, ...args];
  const [command, ...commandArgs] = options.permissionsApply
    ? ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--", ...node]
    : node;
  return new Promise((resolve, reject) => {
    const child = spawn(command as string, commandArgs, {
      cwd: dir,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** A usage, config or I/O problem: exit 2, nothing on stdout, exactly one line on stderr. */
function expectUsage(result: Run, message: string): void {
  expect(result.stderr).toBe(`td-integration: ${message}\n`);
  expect(result.stdout).toBe("");
  expect(result.code).toBe(2);
}

/** Problems found: exactly these compact lines (one per diagnostic), nothing on stderr. */
function expectProblems(result: Run, lines: string[], code = 1): void {
  expect(result.stderr).toBe("");
  const total = lines.length;
  expect(result.stdout).toBe(total ? `${lines.join("\n")}\n\n${total} problem${total === 1 ? "" : "s"}\n` : "");
  expect(result.code).toBe(code);
}

const lint = (dir: string, ...args: string[]) => run(dir, ["lint", "--format", "compact", ...args]);

const TRAILING_COMMA =
  "trailing-comma.json:3:25: error trailing comma; JSON does not allow a comma before a closing bracket, remove it [json-syntax]";

describe.concurrent("bad input: files that cannot be read are reported, and the run goes on", () => {
  it("invalid UTF-8", async () => {
    const dir = workspace((d) =>
      writeFileSync(path.join(d, "latin1.json"), Buffer.from('{\n  "name": "caf\xe9"\n}\n', "latin1")),
    );
    expectProblems(await lint(dir, "latin1.json", "good.json"), [
      "latin1.json:1:1: error cannot read the file: invalid UTF-8 at line 2 (byte 16); save the file with UTF-8 encoding [file-read]",
    ]);
  });

  it("a binary file named .json", async () => {
    const dir = workspace((d) =>
      writeFileSync(path.join(d, "logo.json"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])),
    );
    expectProblems(await lint(dir, "."), [
      "logo.json:1:1: error cannot read the file: it is a binary file (it holds NUL bytes), not JSON text [file-read]",
    ]);
  });

  it("a UTF-16 file", async () => {
    const dir = workspace((d) => writeFileSync(path.join(d, "utf16.json"), Buffer.from("\ufeff{}", "utf16le")));
    expectProblems(await lint(dir, "."), [
      "utf16.json:1:1: error cannot read the file: the file is UTF-16 encoded; save it as UTF-8 [file-read]",
    ]);
  });

  it("a 50 MB file is not read, and the next file is still linted", async () => {
    const dir = workspace((d) => {
      const fd = openSync(path.join(d, "huge.json"), "w");
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      for (let i = 0; i < 50; i++) writeSync(fd, chunk);
      closeSync(fd);
      manifest("trailing-comma.json")(d);
    });
    expectProblems(await lint(dir, "."), [
      "huge.json:1:1: error cannot read the file: the file is 50.0 MB, over the 10.0 MB limit; a manifest is a few kilobytes [file-read]",
      TRAILING_COMMA,
    ]);
  });

  it("an unreadable file (chmod 000)", async () => {
    const dir = workspace((d) => {
      writeFileSync(path.join(d, "locked.json"), "{}");
      chmodSync(path.join(d, "locked.json"), 0o000);
    });
    // Root reads any file: it runs without that capability, so permissions apply.
    const asRoot = process.getuid?.() === 0;
    const result = await run(dir, ["lint", "--format", "compact", "."], { permissionsApply: asRoot });
    expectProblems(result, [
      "locked.json:1:1: error cannot read the file: permission denied; make the file readable (chmod +r) [file-read]",
    ]);
  });

  describe("a folder the user may not read (chmod 000) is an I/O problem, never skipped", () => {
    const locked = () =>
      workspace((d) => {
        mkdirSync(path.join(d, "locked"));
        cpSync(path.join(FIXTURES, "manifests/good.json"), path.join(d, "locked/broken.json"));
        chmodSync(path.join(d, "locked"), 0o000);
      });
    const asRoot = process.getuid?.() === 0;
    const message =
      'cannot read locked: permission denied; make it readable (chmod u+rx), or leave it out with "ignores" in the config';
    it("inside a walked folder", async () => {
      expectUsage(await run(locked(), ["lint", "."], { permissionsApply: asRoot }), message);
    });
    it("named on the command line", async () => {
      expectUsage(await run(locked(), ["lint", "locked"], { permissionsApply: asRoot }), message);
    });
    it("left out by the config's ignores", async () => {
      const dir = locked();
      writeFileSync(path.join(dir, ".td-integrationrc.json"), JSON.stringify({ ignores: ["locked/**"] }));
      const result = await run(dir, ["lint", "--format", "compact", "."], { permissionsApply: asRoot });
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
    });
  });

  it("a broken symbolic link named on the command line", async () => {
    const dir = workspace((d) => symlinkSync("gone.json", path.join(d, "link.json")));
    expectProblems(await lint(dir, "link.json", "good.json"), [
      "link.json:1:1: error cannot read the file: it is a symbolic link to a file that does not exist; fix or remove the link [file-read]",
    ]);
  });

  it("a symbolic link to itself named on the command line", async () => {
    const dir = workspace((d) => symlinkSync("self.json", path.join(d, "self.json")));
    expectProblems(await lint(dir, "self.json"), [
      "self.json:1:1: error cannot read the file: it is a symbolic link that points back to itself (a link loop); fix or remove the link [file-read]",
    ]);
  });

  it("a named pipe named on the command line is not opened (it would block)", async () => {
    const dir = workspace();
    expect(spawnSync("mkfifo", [path.join(dir, "pipe.json")]).status).toBe(0);
    expectProblems(await lint(dir, "pipe.json"), [
      "pipe.json:1:1: error cannot read the file: it is not a regular file (a device, socket or named pipe) [file-read]",
    ]);
  });
});

describe.concurrent("bad input: walking directories", () => {
  it("a broken symbolic link inside a walked directory is not followed", async () => {
    const dir = workspace((d) => symlinkSync("gone.json", path.join(d, "dangling.json")));
    expectProblems(await lint(dir, "."), [], 0);
  });

  it("a symbolic link loop inside a walked directory ends, and each file is linted once", async () => {
    const dir = workspace((d) => {
      mkdirSync(path.join(d, "sub"));
      symlinkSync("..", path.join(d, "sub/up"));
      symlinkSync(".", path.join(d, "sub/here"));
      manifest("trailing-comma.json")(path.join(d, "sub"));
    });
    expectProblems(await lint(dir, "."), [`sub/${TRAILING_COMMA}`]);
  });

  it("a directory named x.json inside a walked directory is walked, not read", async () => {
    const dir = workspace((d) => {
      mkdirSync(path.join(d, "x.json"));
      manifest("trailing-comma.json")(path.join(d, "x.json"));
    });
    expectProblems(await lint(dir, "."), [`x.json/${TRAILING_COMMA}`]);
  });

  it("an empty directory named x.json on the command line", async () => {
    const dir = workspace((d) => mkdirSync(path.join(d, "x.json")));
    expectUsage(await lint(dir, "x.json"), "no JSON files found in x.json");
  });

  it("a path that does not exist", async () => {
    expectUsage(await lint(workspace(), "nope.json"), "no such file or directory: nope.json");
  });

  it("an empty directory", async () => {
    const dir = workspace((d) => mkdirSync(path.join(d, "empty")));
    expectUsage(await lint(dir, "empty"), "no JSON files found in empty");
  });

  it("an empty directory with --no-error-on-unmatched-pattern", async () => {
    const dir = workspace((d) => mkdirSync(path.join(d, "empty")));
    expectProblems(await lint(dir, "empty", "--no-error-on-unmatched-pattern"), [], 0);
  });

  it("a glob matching nothing", async () => {
    expectUsage(await lint(workspace(), "manifests/**/*.json"), "no files matched the pattern manifests/**/*.json");
  });
});

describe.concurrent("bad input: file contents", () => {
  const deep = (levels: number, inner = "1") => `${'{"a":'.repeat(levels)}${inner}${"}".repeat(levels)}`;

  it("10,000 levels of nesting inside a manifest", async () => {
    const dir = workspace((d) =>
      writeFileSync(path.join(d, "deep.json"), `{"name": "deep", "display_name": "Deep", "x": ${deep(10_000)}}`),
    );
    expectProblems(await lint(dir, "deep.json"), [
      "deep.json:1:5042: error objects and lists nest more than 1000 levels deep here; a manifest needs only a few levels, so flatten the data (the file is not checked further) [document-type]",
    ]);
  });

  it("10,000 levels of nesting, cut short (invalid JSON)", async () => {
    const dir = workspace((d) =>
      writeFileSync(path.join(d, "deep.json"), `{"name": "deep", "x": ${"[".repeat(10_000)}`),
    );
    expectProblems(await lint(dir, "deep.json"), [
      "deep.json:1:1022: error objects and lists nest more than 1000 levels deep here; a manifest needs only a few levels, so flatten the data (the file is not checked further) [json-syntax]",
    ]);
  });

  it("100,000 levels of nesting in the first value of a repeated key (JSON.parse keeps the second)", async () => {
    const dir = workspace((d) =>
      writeFileSync(
        path.join(d, "dup.json"),
        `{"name": "dup", "display_name": ${deep(100_000)}, "display_name": "Dup", "description": "d", "logo_url": "https://x.example.com/l.png", "icon_url": "https://x.example.com/i.png", "authentication_type": "none"}`,
      ),
    );
    const result = await lint(dir, "dup.json");
    expect(result.stderr).toBe("");
    expect(result.code).not.toBe(2);
  });

  it("100,000 nested lists at the top level", async () => {
    const dir = workspace((d) =>
      writeFileSync(path.join(d, "lists.json"), `${"[".repeat(100_000)}${"]".repeat(100_000)}`),
    );
    expectProblems(await lint(dir, "lists.json"), [
      "lists.json:1:1: error the top level must be a JSON object (an integration or an action), not a list [document-type]",
    ]);
  });

  it("an empty file", async () => {
    const dir = workspace(manifest("empty.json"));
    expectProblems(await lint(dir, "empty.json"), [
      "empty.json:1:1: error the file is empty; a manifest holds one JSON object (an integration or an action) [document-type]",
    ]);
  });

  it("a file holding only white space", async () => {
    const dir = workspace(manifest("whitespace.json"));
    expectProblems(await lint(dir, "whitespace.json"), [
      "whitespace.json:1:1: error the file is empty; a manifest holds one JSON object (an integration or an action) [document-type]",
    ]);
  });

  it("a trailing comma", async () => {
    expectProblems(await lint(workspace(manifest("trailing-comma.json")), "trailing-comma.json"), [TRAILING_COMMA]);
  });

  it("single quotes", async () => {
    expectProblems(await lint(workspace(manifest("single-quotes.json")), "single-quotes.json"), [
      "single-quotes.json:2:3: error JSON strings and property names use double quotes, not single quotes [json-syntax]",
    ]);
  });

  it("a list of manifests", async () => {
    expectProblems(await lint(workspace(manifest("list-of-manifests.json")), "list-of-manifests.json"), [
      "list-of-manifests.json:1:1: error the file holds a list of manifests; put each integration or action in a file of its own [document-type]",
    ]);
  });

  it("null at the top level", async () => {
    expectProblems(await lint(workspace(manifest("null.json")), "null.json"), [
      "null.json:1:1: error the top level must be a JSON object (an integration or an action), not null [document-type]",
    ]);
  });

  it("a BOM and CRLF line endings", async () => {
    const dir = workspace((d) =>
      writeFileSync(path.join(d, "crlf.json"), `\ufeff{\r\n  "name": "x",\r\n  "display_name": "X",\r\n}\r\n`),
    );
    expectProblems(await lint(dir, "crlf.json"), [
      "crlf.json:1:1: warning the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM [no-bom]",
      "crlf.json:3:22: error trailing comma; JSON does not allow a comma before a closing bracket, remove it [json-syntax]",
    ]);
  });
});

describe.concurrent("bad input: malformed config files of each kind", () => {
  const cases: [kind: string, message: string][] = [
    [
      "json",
      'cannot read config file .td-integrationrc.json: Unexpected end of JSON input while parsing "{ \\"rules\\": \\n"',
    ],
    [
      "yaml",
      "cannot read config file .td-integrationrc.yaml: unexpected end of the stream within a flow collection (3:1)",
    ],
    ["rc", "cannot read config file .td-integrationrc: unexpected end of the stream within a flow collection (2:1)"],
    ["js", "cannot read config file td-integration.config.js: the config is broken on purpose"],
    ["cjs", "cannot read config file td-integration.config.cjs: Unexpected end of input"],
    ["mjs", "cannot read config file td-integration.config.mjs: Unexpected end of input"],
    [
      "package-json",
      'cannot read config file package.json: Unexpected end of JSON input while parsing near "..., \\"td-integration\\": \\n"',
    ],
    ["package-json-key", "invalid config package.json: rules: expected a record, not the number 5"],
    [
      "unknown-key",
      'invalid config .td-integrationrc.json: rulez: unknown key "rulez"; did you mean "rules"? (allowed: $schema, files, ignores, integrationRoots, overrides, rules, valueProviders, cti)',
    ],
    [
      "unknown-rule",
      'invalid config .td-integrationrc.json: rules.no-such-rule: unknown rule "no-such-rule" (`td-integration rules` lists every rule)',
    ],
    [
      "bad-severity",
      'invalid config .td-integrationrc.json: rules.no-bom: "loud" is not a severity: use "off", "warn" or "error"',
    ],
    ["not-object", "invalid config .td-integrationrc.json: (top level): the config must be an object, not a list"],
  ];
  it.each(cases)("%s", async (kind, message) => {
    expectUsage(await lint(workspace(config(kind)), "good.json"), message);
  });

  it("--config naming a missing file", async () => {
    expectUsage(
      await lint(workspace(), "--config", "missing.json", "good.json"),
      "config file not found: missing.json",
    );
  });

  it("--config naming a directory", async () => {
    const dir = workspace((d) => mkdirSync(path.join(d, "conf")));
    expectUsage(
      await lint(dir, "--config", "conf", "good.json"),
      "cannot read config file conf: EISDIR: illegal operation on a directory, read",
    );
  });

  it("--config naming a named pipe is refused, not read (it would block)", async () => {
    const dir = workspace((d) => spawnSync("mkfifo", [path.join(d, "conf.json")]));
    expectUsage(
      await lint(dir, "--config", "conf.json", "good.json"),
      "cannot read config file conf.json: it is not a regular file (a named pipe, device or socket); name a JSON, YAML or JavaScript file",
    );
  });
});

describe.concurrent("bad input: config files found by the search", () => {
  it("a named pipe where the search looks for a config is refused, not read (it would block)", async () => {
    const dir = workspace((d) => expect(spawnSync("mkfifo", [path.join(d, ".td-integrationrc.json")]).status).toBe(0));
    expectUsage(
      await lint(dir, "good.json"),
      "cannot read config file .td-integrationrc.json: it is not a regular file (a named pipe, device or socket); name a JSON, YAML or JavaScript file",
    );
  });

  it("a package.json that is a named pipe is refused, not read", async () => {
    const dir = workspace((d) => expect(spawnSync("mkfifo", [path.join(d, "package.json")]).status).toBe(0));
    expectUsage(
      await lint(dir, "good.json"),
      "cannot read config file package.json: it is not a regular file (a named pipe, device or socket); name a JSON, YAML or JavaScript file",
    );
  });

  it("a config linked to /dev/zero is refused, not read", async () => {
    const dir = workspace((d) => symlinkSync("/dev/zero", path.join(d, "td-integration.config.json")));
    expectUsage(
      await lint(dir, "good.json"),
      "cannot read config file td-integration.config.json: it is not a regular file (a named pipe, device or socket); name a JSON, YAML or JavaScript file",
    );
  });

  it("a config file past the size limit is refused, not read", async () => {
    const dir = workspace((d) => {
      const fd = openSync(path.join(d, ".td-integrationrc.json"), "w");
      writeSync(fd, "{}", 11 * 1024 * 1024);
      closeSync(fd);
    });
    expectUsage(
      await lint(dir, "good.json"),
      "cannot read config file .td-integrationrc.json: it is 11.0 MB, more than the 10 MB a file may have",
    );
  });
});

describe.concurrent("bad input: files that say they are empty and are not", () => {
  it("/proc/self/mem is reported as unreadable, not as an empty file", async () => {
    const result = await lint(workspace(), "/proc/self/mem");
    expect(result.stdout).toMatch(/proc\/self\/mem:1:1: error cannot read the file: .* \[file-read\]/);
    expect(result.stdout).not.toContain("empty");
    expect(result.code).toBe(1);
  });

  it("a /proc file with content is read to its end", async () => {
    const result = await lint(workspace(), "/proc/self/status");
    expect(result.stdout).toMatch(/status:1:1: error .* \[json-syntax\]/);
  });
});

describe.concurrent("bad input: conflicting or invalid flags", () => {
  const cases: [name: string, args: string[], message: string][] = [
    [
      "--fix with --fix-dry-run",
      ["--fix", "--fix-dry-run", "good.json"],
      "use either --fix or --fix-dry-run, not both",
    ],
    ["--stdin with paths", ["--stdin", "good.json"], "--stdin lints standard input only; remove the paths"],
    ["--stdin-filename without --stdin", ["--stdin-filename", "x.json", "good.json"], "--stdin-filename needs --stdin"],
    [
      "--max-warnings -1",
      ["--max-warnings", "-1"],
      "error: option '--max-warnings <n>' argument '-1' is invalid. expected a whole number such as 0 or 10.",
    ],
    [
      "--quiet --max-warnings abc",
      ["--quiet", "--max-warnings", "abc"],
      "error: option '--max-warnings <n>' argument 'abc' is invalid. expected a whole number such as 0 or 10.",
    ],
    [
      "--max-warnings 1.5",
      ["--max-warnings", "1.5"],
      "error: option '--max-warnings <n>' argument '1.5' is invalid. expected a whole number such as 0 or 10.",
    ],
    [
      "an unknown --format",
      ["--format", "xml", "good.json"],
      'unknown format "xml"; use one of stylish, json, compact, sarif, github, junit',
    ],
    ["an unknown option", ["--bogus"], "error: unknown option '--bogus'"],
    ["--output-file without a path", ["-o", "sarif="], "--output-file sarif=: the path is missing (write FORMAT=PATH)"],
    [
      "--output-file without its argument",
      ["--output-file"],
      "error: option '-o, --output-file <[format=]path>' argument missing",
    ],
  ];
  it.each(cases)("%s", async (_name, args, message) => {
    expectUsage(await run(workspace(), ["lint", ...args]), message);
  });
});

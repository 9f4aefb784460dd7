import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ConfigInvalidError,
  type Diagnostic,
  lint,
  OptionError,
  PathError,
  TdIntegrationError,
  writeFixes,
} from "../../src/index.js";
import { ROOT } from "../support/cli.js";
import { ACTION, FIXED_ACTION, project, where } from "./support.js";

const all = (summary: { results: { diagnostics: Diagnostic[] }[] }) =>
  summary.results.flatMap((r) => r.diagnostics).map(where);

afterEach(() => {
  vi.restoreAllMocks();
});

describe("lint()", () => {
  it("lints the examples clean, the same as the CLI", async () => {
    const summary = await lint({ files: ["examples"], cwd: ROOT, config: false });
    expect(summary.results.map((r) => r.file)).toHaveLength(10);
    expect(summary).toMatchObject({ errorCount: 0, warningCount: 0 });
  });

  it("lints a project's files with cross-file checks, and never prints", async () => {
    const stdout = vi.spyOn(process.stdout, "write");
    const stderr = vi.spyOn(process.stderr, "write");
    const cwd = project();
    const summary = await lint({ cwd, config: false });
    expect(summary.results.map((r) => [r.file, r.kind])).toEqual([
      ["actions/close_ticket.json", "action"],
      ["integrations/acme_helpdesk.json", "integration"],
    ]);
    expect(all(summary)).toEqual([
      "actions/close_ticket.json:4:14 phrase-lowercase-start warning",
      "actions/close_ticket.json:4:14 phrase-trailing-period warning",
      "actions/close_ticket.json:8:3 no-unknown-keys warning",
    ]);
    expect(summary).toMatchObject({ errorCount: 0, warningCount: 3, fixableErrorCount: 0, fixableWarningCount: 2 });
    expect(stdout).not.toHaveBeenCalled();
    expect(stderr).not.toHaveBeenCalled();
  });

  it("applies a config object: severities, off, and its files/ignores", async () => {
    const cwd = project();
    const summary = await lint({
      cwd,
      files: ["actions"],
      config: { rules: { "no-unknown-keys": "error", "phrase-trailing-period": "off" } },
    });
    expect(all(summary)).toEqual([
      "actions/close_ticket.json:4:14 phrase-lowercase-start warning",
      "actions/close_ticket.json:8:3 no-unknown-keys error",
    ]);
    expect(summary.errorCount).toBe(1);
    const ignored = await lint({ cwd, config: { ignores: ["actions/"] } });
    expect(ignored.results.map((r) => r.file)).toEqual(["integrations/acme_helpdesk.json"]);
  });

  it("finds the config file as the CLI does, or takes configFile, or none with config: false", async () => {
    const cwd = project({
      ".td-integrationrc.json": '{ "rules": { "no-unknown-keys": "off" } }\n',
      "strict.json": '{ "rules": { "phrase-lowercase-start": "error" } }\n',
    });
    expect(all(await lint({ cwd, files: ["actions"] }))).toEqual([
      "actions/close_ticket.json:4:14 phrase-lowercase-start warning",
      "actions/close_ticket.json:4:14 phrase-trailing-period warning",
    ]);
    expect((await lint({ cwd, files: ["actions"], configFile: "strict.json" })).errorCount).toBe(1);
    expect((await lint({ cwd, files: ["actions"], config: false })).warningCount).toBe(3);
  });

  it("returns the fixed text as output with fix, and writes nothing until writeFixes", async () => {
    const cwd = project();
    const summary = await lint({ cwd, config: false, fix: true });
    const action = summary.results.find((r) => r.file === "actions/close_ticket.json");
    expect(action?.output).toBe(FIXED_ACTION);
    expect(action?.diagnostics.map(where)).toEqual(["actions/close_ticket.json:8:3 no-unknown-keys warning"]);
    expect(summary.results.find((r) => r.file.startsWith("integrations"))?.output).toBeUndefined();
    expect(readFileSync(path.join(cwd, "actions/close_ticket.json"), "utf8")).toBe(ACTION);

    expect(await writeFixes(summary, { cwd })).toEqual(["actions/close_ticket.json"]);
    expect(readFileSync(path.join(cwd, "actions/close_ticket.json"), "utf8")).toBe(FIXED_ACTION);
    expect((await lint({ cwd, config: false, fix: true })).results.every((r) => r.output === undefined)).toBe(true);
  });

  it("lints texts as the files they name, a text winning over the file on disk", async () => {
    const cwd = project();
    const texts = [{ file: "actions/close_ticket.json", text: FIXED_ACTION }];
    const onlyText = await lint({ cwd, texts, config: false });
    expect(onlyText.results.map((r) => r.file)).toEqual(["actions/close_ticket.json"]);
    // The provider is found on disk under integrationRoots, as for `--stdin`.
    expect(all(onlyText)).toEqual(["actions/close_ticket.json:8:3 no-unknown-keys warning"]);
    const both = await lint({ cwd, files: ["."], texts, config: false });
    expect(both.results.map((r) => r.file)).toEqual(["actions/close_ticket.json", "integrations/acme_helpdesk.json"]);
    expect(both.warningCount).toBe(1);
    const fixed = await lint({ cwd, texts: [{ file: "a.json", text: ACTION }], config: false, fix: true });
    expect(fixed.results[0]?.output).toBe(FIXED_ACTION);
  });

  it("reports an unreadable file as a file-read error, not a rejection", async () => {
    const cwd = project({ "actions/binary.json": "\u0000\u0001" });
    const summary = await lint({ cwd, files: ["actions"], config: false });
    expect(all(summary)[0]).toBe("actions/binary.json:1:1 file-read error");
    expect(summary.errorCount).toBe(1);
  });

  it("rejects with typed errors that carry a code", async () => {
    const cwd = project({ "empty/readme.txt": "" });
    const reject = (options: Parameters<typeof lint>[0]) =>
      lint({ cwd, ...options }).then(
        () => undefined,
        (e) => e,
      );

    const missing = await reject({ files: ["nope.json"] });
    expect(missing).toBeInstanceOf(PathError);
    expect(missing).toBeInstanceOf(TdIntegrationError);
    expect(missing).toMatchObject({ code: "PATH_NOT_FOUND", message: "no such file or directory: nope.json" });
    expect(await reject({ files: ["empty"] })).toMatchObject({
      code: "NO_FILES_MATCHED",
      message: "no JSON files found in empty",
    });
    expect((await lint({ cwd, files: ["empty"], errorOnUnmatchedPattern: false })).results).toEqual([]);

    const invalid = await reject({ config: { rules: { "no-boom": "off" } } });
    expect(invalid).toBeInstanceOf(ConfigInvalidError);
    expect(invalid.code).toBe("CONFIG_INVALID");
    expect(invalid.problems).toEqual([
      {
        path: "rules.no-boom",
        message: 'unknown rule "no-boom"; did you mean "no-bom"? (`td-integration rules` lists every rule)',
      },
    ]);
    expect(await reject({ configFile: "absent.json" })).toMatchObject({
      code: "PATH_NOT_FOUND",
      message: "config file not found: absent.json",
    });
    writeFileSync(path.join(cwd, "bad.json"), '{ "rulez": {} }');
    const badFile = await reject({ configFile: "bad.json" });
    expect(badFile).toBeInstanceOf(ConfigInvalidError);
    expect(badFile.message).toMatch(/^invalid config bad\.json: /);
    expect(await reject({ config: {}, configFile: "bad.json" })).toBeInstanceOf(OptionError);
    expect(await reject({ texts: [{ file: "", text: "{}" }] })).toMatchObject({ code: "INVALID_OPTION" });
    // What a caller without a type checker may pass: paths where the options go, or one path as files.
    const untyped = (options: unknown) => lint(options as Parameters<typeof lint>[0]).catch((e) => e);
    expect(await untyped(["integrations"])).toMatchObject({
      code: "INVALID_OPTION",
      message: 'lint() takes one options object, such as { files: ["integrations"] }, not a list',
    });
    expect(await untyped("integrations")).toMatchObject({ code: "INVALID_OPTION" });
    expect(await untyped({ cwd, files: "empty" })).toMatchObject({
      code: "INVALID_OPTION",
      message: 'files must be a list of paths or globs, such as ["integrations"], not "empty"',
    });
  });

  it("rejects with WriteError when a fix cannot be written", async () => {
    const cwd = project();
    const summary = await lint({ cwd, config: false, fix: true });
    // A file where a folder should be: fails for root too.
    const result = summary.results.find((r) => r.output !== undefined);
    if (result) result.file = "actions/close_ticket.json/inside.json";
    await expect(writeFixes(summary, { cwd })).rejects.toMatchObject({
      name: "WriteError",
      code: "WRITE_FAILED",
      file: "actions/close_ticket.json/inside.json",
      message: "cannot write actions/close_ticket.json/inside.json: a part of the path is a file, not a directory",
    });
  });
});

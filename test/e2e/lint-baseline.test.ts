import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { lint, writeBaseline } from "../../src/index.js";
import { integration, onlyRules, Project } from "./lint-project.js";

/** An action with `type` values at /inputs/N/type; a wrong one is an enum-value error there. */
function actionWith(types: string[], display = "create a ticket", extraTop = ""): string {
  const inputs = types.map(
    (type, index) => `    {
      "key": "field_${index}",
      "name": "Field ${index}",
      "mandatory": false,
      "type": "${type}"
    }`,
  );
  return `{${extraTop}
  "provider": "acme",
  "name": "create_ticket",
  "display": "${display}",
  "description": "create a ticket for the caller",
  "endpoint": "https://bridge.acme.example.com/actions/create_ticket",
  "inputs": [
${inputs.join(",\n")}
  ]
}
`;
}

const BASELINE = "ci/baseline.json";

let project: Project;
beforeEach(() => {
  project = new Project();
  project
    .write("td-integration.config.json", JSON.stringify({ rules: onlyRules("enum-value", "phrase-trailing-period") }))
    .write("integrations/acme.json", integration("acme"))
    .write("legacy/a.json", actionWith(["Textt", "Text", "Textareaa"], "create a ticket."))
    .write("legacy/b.json", actionWith(["Nmber"]));
});
afterEach(() => project.remove());

const lintWith = (...args: string[]) => project.lint(["--format", "compact", "--baseline", BASELINE, ...args]);

describe("lint --baseline", () => {
  it("records the problems, suppresses them after edits above, reports new ones and stale entries, and prunes", () => {
    const before = project.lint(["--format", "compact"]);
    expect(before.code).toBe(1);
    expect(before.stdout).toContain("4 problems");

    const created = lintWith("--update-baseline");
    expect(created).toMatchObject({
      code: 0,
      stdout: "4 problems suppressed by the baseline\n",
      stderr: `td-integration: wrote ${BASELINE} (4 problems recorded)\n`,
    });
    // Paths relative to the baseline's folder, sorted, two-space indented.
    const recorded = `{
  "version": 1,
  "suppressions": {
    "../legacy/a.json": {
      "enum-value": {
        "/inputs/0/type": 1,
        "/inputs/2/type": 1
      },
      "phrase-trailing-period": {
        "/display": 1
      }
    },
    "../legacy/b.json": {
      "enum-value": {
        "/inputs/0/type": 1
      }
    }
  }
}
`;
    expect(project.read(BASELINE)).toBe(recorded);
    // The same problems give the same bytes.
    lintWith("--update-baseline");
    expect(project.read(BASELINE)).toBe(recorded);

    // Lines added above every problem: nothing comes back.
    project.write(
      "legacy/a.json",
      actionWith(["Textt", "Text", "Textareaa"], "create a ticket.", '\n  "description": "moved",'),
    );
    expect(lintWith()).toMatchObject({ code: 0, stdout: "4 problems suppressed by the baseline\n" });

    // A new problem is reported, the recorded ones stay suppressed.
    project.write("legacy/a.json", actionWith(["Textt", "Nmbr", "Textareaa"], "create a ticket."));
    const added = lintWith();
    expect(added.code).toBe(1);
    expect(added.stdout).toBe(
      [
        "legacy/a.json:18:15: error `type` of input 2 must be one of Text, Textarea, Number, Tel, URL, Datetime, Select; found `Nmbr`; did you mean `Number`? [enum-value]",
        "",
        "1 problem",
        "4 problems suppressed by the baseline",
        "",
      ].join("\n"),
    );

    // A fixed problem leaves a stale entry: named, with a warning, and the run does not fail.
    project.write("legacy/a.json", actionWith(["Text", "Text", "Textareaa"], "create a ticket."));
    const fixed = lintWith();
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toBe(
      [
        "3 problems suppressed by the baseline",
        "1 baseline entry no longer matches a problem (fixed or moved); remove it with --update-baseline:",
        "  legacy/a.json  /inputs/0/type  enum-value",
        "",
      ].join("\n"),
    );
    const stylish = project.lint(["--baseline", BASELINE]);
    expect(stylish.stdout).toContain("⚠ 1 baseline entry no longer matches a problem");

    // --update-baseline prunes it.
    expect(lintWith("--update-baseline").stderr).toBe(`td-integration: wrote ${BASELINE} (3 problems recorded)\n`);
    expect(project.read(BASELINE)).not.toContain('"/inputs/0/type": 1,');
    expect(lintWith()).toMatchObject({ code: 0, stdout: "3 problems suppressed by the baseline\n" });
  });

  it("counts problems per pointer: one more at a recorded pointer is new", () => {
    lintWith("--update-baseline");
    // The same input now has a bad type and a trailing period in display: only the period is new.
    project.write("legacy/b.json", actionWith(["Nmber"], "create a ticket."));
    const result = lintWith();
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^legacy\/b\.json:4:14: warning .*\[phrase-trailing-period\]\n\n1 problem\n4 problems suppressed/,
    );
  });

  it("keeps the entries of files a partial run does not lint, and drops those of deleted files", () => {
    lintWith("--update-baseline");
    // A hook passing only b.json: a.json's entries are neither stale nor dropped.
    const partial = lintWith("legacy/b.json");
    expect(partial).toMatchObject({ code: 0, stdout: "1 problem suppressed by the baseline\n" });
    lintWith("--update-baseline", "legacy/b.json");
    expect(project.read(BASELINE)).toContain('"../legacy/a.json"');

    rmSync(path.join(project.root, "legacy/a.json"));
    const gone = lintWith("legacy/b.json");
    expect(gone.stdout).toContain("3 baseline entries no longer match a problem");
    expect(gone.stdout).toContain("  legacy/a.json  /display  phrase-trailing-period\n");
    lintWith("--update-baseline", "legacy/b.json");
    expect(project.read(BASELINE)).not.toContain("legacy/a.json");
  });

  it("is reported in JSON without the suppressed problems, which do not count", () => {
    lintWith("--update-baseline");
    const json = project.lint(["--format", "json", "--baseline", BASELINE]);
    expect(json.code).toBe(0);
    const results = JSON.parse(json.stdout) as {
      errorCount: number;
      messages: unknown[];
      suppressedMessages: { ruleId: string; suppressions: { kind: string }[] }[];
    }[];
    expect(results.every((r) => r.errorCount === 0 && r.messages.length === 0)).toBe(true);
    // ESLint's place for them: suppressedMessages, suppression kind "file" (its suppressions file).
    const suppressed = results.flatMap((r) => r.suppressedMessages);
    expect(suppressed).toHaveLength(4);
    expect(suppressed.every((m) => m.suppressions[0]?.kind === "file")).toBe(true);
  });
});

describe("a baseline that cannot be used stops the run, writing nothing", () => {
  const cases: [string, string, string][] = [
    [
      "missing",
      "",
      `baseline file not found: ${BASELINE}; create it with --update-baseline (or check the path given to --baseline)`,
    ],
    [
      "not JSON",
      '{\n  "version": 1,\n  "suppressions": {,}\n}\n',
      `invalid baseline ${BASELINE}:3:20: not valid JSON (value expected); fix it, or write it anew with --update-baseline`,
    ],
    [
      "a list",
      "[]\n",
      `invalid baseline ${BASELINE}:1:1: expected an object {"version": 1, "suppressions": {…}}; fix it, or write it anew with --update-baseline`,
    ],
    [
      "another version",
      '{\n  "version": 2,\n  "suppressions": {}\n}\n',
      `invalid baseline ${BASELINE}:2:14: version 2 is not one this td-integration reads (it reads and writes version 1); write it anew with --update-baseline`,
    ],
    [
      "a count that is not a number",
      '{ "version": 1, "suppressions": { "a.json": { "no-bom": { "/x": "2" } } } }\n',
      `invalid baseline ${BASELINE}:1:65: suppressions["a.json"]["no-bom"]["/x"] must be a count of problems (a whole number, 1 or more), not "2"; fix it, or write it anew with --update-baseline`,
    ],
    [
      "a pointer without its slash",
      '{ "version": 1, "suppressions": { "a.json": { "no-bom": { "x": 1 } } } }\n',
      `invalid baseline ${BASELINE}:1:59: "x" is not a JSON Pointer: start it with "/" ("" is the whole file); fix it, or write it anew with --update-baseline`,
    ],
    [
      "a file that is not an object",
      '{ "version": 1, "suppressions": { "a.json": 3 } }\n',
      `invalid baseline ${BASELINE}:1:45: suppressions["a.json"] must be an object of rule ids, such as {"input-default": {…}}; fix it, or write it anew with --update-baseline`,
    ],
    [
      "an unknown key",
      '{ "version": 1, "suppressions": {}, "extra": true }\n',
      `invalid baseline ${BASELINE}:1:37: unknown key "extra" (allowed: version, suppressions); fix it, or write it anew with --update-baseline`,
    ],
  ];
  for (const [name, text, message] of cases) {
    it(name, () => {
      if (text) project.write(BASELINE, text);
      const original = project.read("legacy/a.json");
      const result = lintWith("--fix");
      expect(result).toMatchObject({ code: 2, stdout: "", stderr: `td-integration: ${message}\n` });
      // --fix wrote nothing, and the baseline is as it was.
      expect(project.read("legacy/a.json")).toBe(original);
      if (text) {
        expect(lintWith("--update-baseline").code).toBe(2);
        expect(project.read(BASELINE)).toBe(text);
      } else {
        expect(existsSync(path.join(project.root, BASELINE))).toBe(false);
      }
    });
  }

  it("--update-baseline needs --baseline", () => {
    expect(project.lint(["--update-baseline"])).toMatchObject({
      code: 2,
      stderr: "td-integration: --update-baseline needs --baseline FILE, the file to write\n",
    });
  });
});

describe("config suppressions", () => {
  it("suppress by file glob, rule and pointer (and below it), with a reason", () => {
    project.write(
      "td-integration.config.json",
      JSON.stringify(
        {
          rules: onlyRules("enum-value", "phrase-trailing-period"),
          suppress: [
            { file: "legacy/*.json", rule: "enum-value", pointer: "/inputs/2", reason: "old bridge" },
            { file: "legacy/b.json", rule: "enum-value" },
            { file: "other/*.json", rule: "phrase-trailing-period" },
          ],
        },
        null,
        2,
      ),
    );
    const result = project.lint(["--format", "compact"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        "legacy/a.json:4:14: warning `display` ends with a period; it is shown as part of a sentence, so remove it [phrase-trailing-period]",
        "legacy/a.json:12:15: error `type` of input 1 must be one of Text, Textarea, Number, Tel, URL, Datetime, Select; found `Textt`; did you mean `Text`? [enum-value]",
        "",
        "2 problems",
        "2 problems suppressed by the config",
        "",
      ].join("\n"),
    );
    // A baseline records only what the config does not suppress.
    lintWith("--update-baseline");
    expect(project.read(BASELINE)).not.toContain("/inputs/2/type");
    expect(project.read(BASELINE)).not.toContain("legacy/b.json");
  });

  it("a bad entry stops the run with exit 2, naming the line, the column and what to write", () => {
    project.write(
      "td-integration.config.json",
      `{
  "suppress": [
    { "file": "legacy/*.json", "pointer": "inputs/0" },
    { "file": "legacy/*.json", "rule": "enum-valeu" }
  ]
}
`,
    );
    const result = project.lint([]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toBe(
      [
        'td-integration: invalid config td-integration.config.json:3:32: suppress[0].pointer: "inputs/0" is not a JSON Pointer: start it with "/", such as "/inputs/2/format" (or leave "pointer" out to suppress the rule in the whole file)',
        'invalid config td-integration.config.json:3:5: suppress[0].rule: missing: write the id of the rule to suppress, such as "input-default" (`td-integration rules` lists every rule)',
        'invalid config td-integration.config.json:4:32: suppress[1].rule: unknown rule "enum-valeu"; did you mean "enum-value"? (`td-integration rules` lists every rule)',
        "",
      ].join("\n"),
    );
  });
});

describe("the API", () => {
  it("lint({ baseline }) moves recorded problems to `suppressed`; writeBaseline writes the file", async () => {
    const cwd = project.root;
    await expect(lint({ cwd, baseline: BASELINE })).rejects.toMatchObject({ code: "BASELINE_INVALID" });
    await expect(lint({ cwd, updateBaseline: true })).rejects.toMatchObject({ code: "INVALID_OPTION" });
    const first = await lint({ cwd, baseline: BASELINE, updateBaseline: true });
    expect(first).toMatchObject({ errorCount: 0, warningCount: 0, suppressedCount: 4, staleSuppressions: [] });
    expect(await writeBaseline(first, { cwd, baseline: BASELINE })).toEqual({ file: BASELINE, problems: 4 });
    project.write("legacy/b.json", actionWith(["Number"]));
    const second = await lint({ cwd, baseline: BASELINE });
    expect(second.errorCount).toBe(0);
    expect(second.suppressedCount).toBe(3);
    const a = second.results.find((r) => r.file === "legacy/a.json");
    expect(a?.suppressed?.[0]).toMatchObject({
      ruleId: "phrase-trailing-period",
      pointer: "/display",
      suppressions: [{ kind: "baseline", justification: `recorded in the baseline ${BASELINE}` }],
    });
    expect(second.staleSuppressions).toEqual([
      { file: "legacy/b.json", ruleId: "enum-value", pointer: "/inputs/0/type", count: 1 },
    ]);
  });
});

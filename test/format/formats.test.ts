import { describe, expect, it } from "vitest";
import { compact } from "../../src/format/compact.js";
import { github } from "../../src/format/github.js";
import { FORMATTERS } from "../../src/format/index.js";
import { junit } from "../../src/format/junit.js";
import { sarif } from "../../src/format/sarif.js";
import { stylish } from "../../src/format/stylish.js";
import { expectCodeScanningReady, expectValidSarif } from "../support/sarif.js";
import { CONTEXT, EMPTY, sampleSummary } from "./fixtures.js";

describe("formats", () => {
  it("registers every format", () => {
    expect(Object.keys(FORMATTERS)).toEqual(["stylish", "json", "compact", "sarif", "github", "junit"]);
  });

  it("stylish", () => {
    expect(stylish(sampleSummary(), CONTEXT)).toMatchInlineSnapshot(`
      "actions/create ticket.json
        3:20  error    missing comma: add \`,\` here <between> "a" & 'b'\\u000a50% done, key: x  json-syntax

      integrations/acme.json
        1:1   warning  the file starts with a BOM  no-bom (fixable)
        7:26  error    \`authentication_type\` must be one of none, custom; found \`Custom\`  enum-value (fixable)

      ✖ 3 problems (2 errors, 1 warning)
        1 error and 1 warning potentially fixable with the \`--fix\` option.
      "
    `);
  });

  it("compact: one line per problem, then a count", () => {
    expect(compact(sampleSummary(), CONTEXT)).toMatchInlineSnapshot(`
      "actions/create ticket.json:3:20: error missing comma: add \`,\` here <between> "a" & 'b'\\u000a50% done, key: x [json-syntax]
      integrations/acme.json:1:1: warning the file starts with a BOM [no-bom]
      integrations/acme.json:7:26: error \`authentication_type\` must be one of none, custom; found \`Custom\` [enum-value]

      3 problems
      "
    `);
    expect(compact(EMPTY, CONTEXT)).toBe("");
  });

  it("github: annotations with escaped data and properties, then a summary line", () => {
    expect(github(sampleSummary(), CONTEXT)).toMatchInlineSnapshot(`
      "::error file=actions/create ticket.json,line=3,col=20,endLine=3,endColumn=21,title=json-syntax::missing comma: add \`,\` here <between> "a" & 'b'%0A50%25 done, key: x
      ::warning file=integrations/acme.json,line=1,col=1,endLine=1,endColumn=1,title=no-bom::the file starts with a BOM
      ::error file=integrations/acme.json,line=7,col=26,endLine=7,endColumn=34,title=enum-value::\`authentication_type\` must be one of none, custom; found \`Custom\`
      td-integration: 3 problems (2 errors, 1 warning) in 2 files
      "
    `);
    expect(github(EMPTY, CONTEXT)).toBe("td-integration: no problems found\n");
  });

  it("github: file paths are relative to the repository root", () => {
    const out = github(sampleSummary(), { ...CONTEXT, cwd: "/repo/sub" });
    expect(out.split("\n")[0]).toContain("file=sub/actions/create ticket.json,");
  });

  it("github: a file outside the repository keeps its absolute path, escaped as a property", () => {
    // As actions/toolkit passes `file` on: the runner makes a path under the workspace relative and
    // keeps any other as it is, so the annotation still names the file.
    const summary = sampleSummary();
    const [first] = summary.results;
    if (first) first.file = "../elsewhere/a,b:c.json";
    const out = github(summary, CONTEXT);
    expect(out.split("\n")[0]).toMatch(/^::error file=\/elsewhere\/a%2Cb%3Ac\.json,line=3,col=20,/);
  });

  it("junit: a suite per file, a testcase per problem, a passing testcase for a clean file", () => {
    expect(junit(sampleSummary(), CONTEXT)).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?>
      <testsuites name="td-integration" tests="4" failures="3" errors="0">
        <testsuite name="actions/create ticket.json" tests="1" failures="1" errors="0" skipped="0">
          <testcase classname="actions/create ticket.json" name="json-syntax 3:20">
            <failure type="error" message="missing comma: add \`,\` here &lt;between&gt; &quot;a&quot; &amp; &apos;b&apos;&#10;50% done, key: x">actions/create ticket.json:3:20: error missing comma: add \`,\` here &lt;between&gt; &quot;a&quot; &amp; &apos;b&apos;
      50% done, key: x [json-syntax]</failure>
          </testcase>
        </testsuite>
        <testsuite name="actions/clean.json" tests="1" failures="0" errors="0" skipped="0">
          <testcase classname="actions/clean.json" name="actions/clean.json"/>
        </testsuite>
        <testsuite name="integrations/acme.json" tests="2" failures="2" errors="0" skipped="0">
          <testcase classname="integrations/acme.json" name="no-bom 1:1">
            <failure type="warning" message="the file starts with a BOM">integrations/acme.json:1:1: warning the file starts with a BOM [no-bom]</failure>
          </testcase>
          <testcase classname="integrations/acme.json" name="enum-value 7:26">
            <failure type="error" message="\`authentication_type\` must be one of none, custom; found \`Custom\`">integrations/acme.json:7:26: error \`authentication_type\` must be one of none, custom; found \`Custom\` [enum-value]</failure>
          </testcase>
        </testsuite>
      </testsuites>
      "
    `);
  });

  it("sarif", () => {
    const log = expectValidSarif(sarif(sampleSummary(), CONTEXT));
    expectCodeScanningReady(log);
    expect(log).toMatchInlineSnapshot(`
      {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "runs": [
          {
            "columnKind": "utf16CodeUnits",
            "originalUriBaseIds": {
              "%SRCROOT%": {
                "uri": "file:///repo/",
              },
            },
            "results": [
              {
                "level": "error",
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "actions/create%20ticket.json",
                        "uriBaseId": "%SRCROOT%",
                      },
                      "region": {
                        "endColumn": 21,
                        "endLine": 3,
                        "startColumn": 20,
                        "startLine": 3,
                      },
                    },
                  },
                ],
                "message": {
                  "text": "missing comma: add \`,\` here <between> "a" & 'b'
      50% done, key: x",
                },
                "partialFingerprints": {
                  "tdIntegration/v1": "52341353cdac88e0f52aa96809dddac7",
                },
                "ruleId": "json-syntax",
                "ruleIndex": 0,
              },
              {
                "level": "warning",
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "integrations/acme.json",
                        "uriBaseId": "%SRCROOT%",
                      },
                      "region": {
                        "endColumn": 1,
                        "endLine": 1,
                        "startColumn": 1,
                        "startLine": 1,
                      },
                    },
                  },
                ],
                "message": {
                  "text": "the file starts with a BOM",
                },
                "partialFingerprints": {
                  "tdIntegration/v1": "881a1dfedfd0e9f9a90524000f8b90aa",
                },
                "ruleId": "no-bom",
                "ruleIndex": 1,
              },
              {
                "level": "error",
                "locations": [
                  {
                    "physicalLocation": {
                      "artifactLocation": {
                        "uri": "integrations/acme.json",
                        "uriBaseId": "%SRCROOT%",
                      },
                      "region": {
                        "endColumn": 34,
                        "endLine": 7,
                        "startColumn": 26,
                        "startLine": 7,
                      },
                    },
                  },
                ],
                "message": {
                  "text": "\`authentication_type\` must be one of none, custom; found \`Custom\`",
                },
                "partialFingerprints": {
                  "tdIntegration/v1": "1b955037d57d1d29fb190baa56269d5f",
                },
                "ruleId": "enum-value",
                "ruleIndex": 2,
              },
            ],
            "tool": {
              "driver": {
                "informationUri": "https://github.com/td-integration/td-integration",
                "name": "td-integration",
                "rules": [
                  {
                    "defaultConfiguration": {
                      "level": "error",
                    },
                    "fullDescription": {
                      "text": "The file is valid JSON.",
                    },
                    "help": {
                      "markdown": "The file is valid JSON. See [json-syntax](https://example.test/docs/rules/json-syntax.md).",
                      "text": "The file is valid JSON. See https://example.test/docs/rules/json-syntax.md",
                    },
                    "helpUri": "https://example.test/docs/rules/json-syntax.md",
                    "id": "json-syntax",
                    "shortDescription": {
                      "text": "The file is valid JSON",
                    },
                  },
                  {
                    "defaultConfiguration": {
                      "level": "warning",
                    },
                    "fullDescription": {
                      "text": "No byte-order mark. \`td-integration lint --fix\` fixes it.",
                    },
                    "help": {
                      "markdown": "No byte-order mark. \`td-integration lint --fix\` fixes it. See [no-bom](https://example.test/docs/rules/no-bom.md).",
                      "text": "No byte-order mark. \`td-integration lint --fix\` fixes it. See https://example.test/docs/rules/no-bom.md",
                    },
                    "helpUri": "https://example.test/docs/rules/no-bom.md",
                    "id": "no-bom",
                    "shortDescription": {
                      "text": "No byte-order mark",
                    },
                  },
                  {
                    "defaultConfiguration": {
                      "level": "error",
                    },
                    "fullDescription": {
                      "text": "Enumerated values are valid. \`td-integration lint --fix\` fixes it.",
                    },
                    "help": {
                      "markdown": "Enumerated values are valid. \`td-integration lint --fix\` fixes it. See [enum-value](https://example.test/docs/rules/enum-value.md).",
                      "text": "Enumerated values are valid. \`td-integration lint --fix\` fixes it. See https://example.test/docs/rules/enum-value.md",
                    },
                    "helpUri": "https://example.test/docs/rules/enum-value.md",
                    "id": "enum-value",
                    "shortDescription": {
                      "text": "Enumerated values are valid",
                    },
                  },
                ],
                "semanticVersion": "1.2.3",
                "version": "1.2.3",
              },
            },
          },
        ],
        "version": "2.1.0",
      }
    `);
  });

  it("sarif: fingerprints do not depend on the line", () => {
    const moved = sampleSummary();
    for (const r of moved.results) for (const d of r.diagnostics) d.line += 5;
    const fingerprints = (text: string) => expectValidSarif(text).runs[0]?.results?.map((r) => r.partialFingerprints);
    expect(fingerprints(sarif(moved, CONTEXT))).toEqual(fingerprints(sarif(sampleSummary(), CONTEXT)));
  });
});

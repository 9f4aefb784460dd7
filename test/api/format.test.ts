import { describe, expect, it } from "vitest";
import {
  compact,
  FORMAT_NAMES,
  FORMATTERS,
  format,
  formatContext,
  github,
  json,
  junit,
  lint,
  OptionError,
  RULES,
  sarif,
  stylish,
  VERSION,
} from "../../src/index.js";
import { expectCodeScanningReady, expectValidSarif } from "../support/sarif.js";
import { ACTION } from "./support.js";

const summary = await lint({
  texts: [{ file: "actions/close_ticket.json", text: ACTION }],
  config: { rules: { "provider-resolvable": "off" } },
  cwd: "/nowhere",
});

describe("formatters", () => {
  it("exports every format by name, the same functions the CLI uses", () => {
    expect(FORMAT_NAMES).toEqual(["stylish", "json", "compact", "sarif", "github", "junit"]);
    expect({ stylish, json, compact, sarif, github, junit }).toEqual(FORMATTERS);
  });

  it("format() fills the context: no colour, this version, every rule", () => {
    const context = formatContext({ cwd: "/nowhere" });
    expect(context).toMatchObject({ color: false, cwd: "/nowhere", version: VERSION, root: "/nowhere" });
    expect(context.rules?.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const name of ["stylish", "json", "compact", "sarif", "github", "junit"] as const) {
      expect(format(summary, name, { cwd: "/nowhere" })).toBe(FORMATTERS[name]?.(summary, context));
    }
  });

  it("format() prints what the CLI prints", () => {
    expect(format(summary, "compact", { cwd: "/nowhere" })).toBe(
      [
        'actions/close_ticket.json:4:14: warning `display` starts with a capital letter; Talkdesk shows it after "Then", so write "close the ticket." [phrase-lowercase-start]',
        "actions/close_ticket.json:4:14: warning `display` ends with a period; it is shown as part of a sentence, so remove it [phrase-trailing-period]",
        "actions/close_ticket.json:8:3: warning unknown key `colour` in the action: Talkdesk ignores it; remove it (known keys: provider, name, display, description, endpoint, inputs) [no-unknown-keys]",
        "",
        "3 problems",
        "",
      ].join("\n"),
    );
    const sarifLog = expectValidSarif(format(summary, "sarif", { cwd: "/nowhere" }));
    expectCodeScanningReady(sarifLog);
    expect(sarifLog.runs[0]?.tool.driver).toMatchObject({ name: "td-integration", version: VERSION });
    expect(format(summary, undefined, { cwd: "/nowhere" }).includes("\u001b[")).toBe(false);
  });

  it("rejects an unknown format with the names it knows", () => {
    expect(() => format(summary, "compat" as never)).toThrow(OptionError);
    expect(() => format(summary, "compat" as never)).toThrow(
      'unknown format "compat"; did you mean "compact"? (formats: stylish, json, compact, sarif, github, junit)',
    );
    expect(() => format(summary, "toString" as never)).toThrow(/unknown format "toString"/);
  });
});

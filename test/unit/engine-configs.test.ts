import { describe, expect, it } from "vitest";
import { type FileConfig, lintSources } from "../../src/engine/engine.js";
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from "../../src/rules/types.js";
import { integration } from "../support/rule-tester.js";

// The engine works out the enabled rules (and merged settings) once per config object of a run: these
// check that what it keeps never outlives the run or mixes two configs.

const noLogo = integration({ logo_url: "logo.png" });

function ruleIds(config: FileConfig | ((file: string) => FileConfig), files = ["a.json"]): string[][] {
  const configFor = typeof config === "function" ? config : () => config;
  const summary = lintSources(
    files.map((file) => ({ file, text: noLogo })),
    { configFor },
  );
  return summary.results.map((result) => result.diagnostics.map((d) => d.ruleId));
}

describe("enabled rules per config", () => {
  it("reads a config object changed between two runs afresh", () => {
    const config: FileConfig = { rules: { "image-url": "off" }, settings: DEFAULT_RULE_SETTINGS };
    expect(ruleIds(config)[0]).not.toContain("image-url");
    config.rules["image-url"] = "warning";
    expect(ruleIds(config)[0]).toContain("image-url");
  });

  it("gives each file the rules of its own config when configs alternate", () => {
    const off: FileConfig = { rules: { "image-url": "off" }, settings: DEFAULT_RULE_SETTINGS };
    const on: FileConfig = { rules: {}, settings: DEFAULT_RULE_SETTINGS };
    const results = ruleIds(
      (file) => (file.startsWith("off") ? off : on),
      ["off1.json", "on1.json", "off2.json", "on2.json"],
    );
    expect(results.map((ids) => ids.includes("image-url"))).toEqual([false, true, false, true]);
  });

  it("merges configured value-provider collections per settings object, also changed between runs", () => {
    const settings: RuleSettings = { ...DEFAULT_RULE_SETTINGS, collections: { ticket: ["id"] } };
    const config: FileConfig = { rules: {}, settings };
    const withTicket = (collections: Record<string, readonly string[]>) => {
      settings.collections = collections;
      const text = JSON.stringify({
        name: "a",
        provider: "p",
        display: "do it",
        description: "does it",
        endpoint: "https://example.com/x",
        inputs: [{ key: "k", display: "K", type: "Text", format: "{{ticket.id}}" }],
      });
      return lintSources([{ file: "a.json", text }], { configFor: () => config }).results[0]?.diagnostics.map(
        (d) => d.ruleId,
      );
    };
    expect(withTicket({ ticket: ["id"] })).not.toContain("value-provider-collection");
    expect(withTicket({})).toContain("value-provider-collection");
  });
});

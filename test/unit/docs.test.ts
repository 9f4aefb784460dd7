import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RULE_METAS } from "../../src/rules/index.js";
import { docsUrl } from "../../src/rules/types.js";

const DOCS = fileURLToPath(new URL("../../docs/rules/", import.meta.url));
const README = fileURLToPath(new URL("../../README.md", import.meta.url));
const SECTIONS = ["## What it checks", "## Why", "## Bad", "## Good", "## Fixable", "## Options"];

const pages = readdirSync(DOCS)
  .filter((f) => f.endsWith(".md"))
  .map((f) => f.slice(0, -3))
  .sort();
const ids = RULE_METAS.map((r) => r.id);

describe("rule docs", () => {
  it("every rule has a docs page", () => {
    expect(ids.filter((id) => !pages.includes(id))).toEqual([]);
  });

  it("every docs page belongs to a rule", () => {
    expect(pages.filter((page) => !ids.includes(page))).toEqual([]);
  });

  it("rule ids are unique kebab-case and descriptions are one line", () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULE_METAS) {
      expect(rule.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(rule.description).not.toMatch(/\n/);
      expect(docsUrl(rule.id)).toMatch(new RegExp(`/docs/rules/${rule.id}\\.md$`));
    }
  });

  for (const rule of RULE_METAS) {
    it(`${rule.id}.md has the required sections, examples and the rule's metadata`, () => {
      let text = "";
      try {
        text = readFileSync(`${DOCS}${rule.id}.md`, "utf8");
      } catch {
        // reported by "every rule has a docs page"
      }
      expect(text.startsWith(`# ${rule.id}\n`)).toBe(true);
      expect(SECTIONS.filter((s) => !text.includes(`\n${s}\n`))).toEqual([]);
      expect(text).toMatch(/## Bad\n\n```\w*\n[^`]+\n```/);
      expect(text).toMatch(/## Good\n\n```\w*\n[^`]+\n```/);
      expect(text).toContain(`| ${rule.severity} | ${rule.fixable ? "yes" : "no"} |`);
    });
  }
});

describe("README ## Rules", () => {
  const readme = readFileSync(README, "utf8");
  // Table cells may be padded to line the columns up.
  const section = readme.slice(readme.indexOf("## Rules\n")).replace(/ {2,}/g, " ");

  it("lists every rule with a link to its page, severity and fixable", () => {
    const missing = RULE_METAS.filter(
      (r) =>
        !section.includes(`| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.severity} | ${r.fixable ? "yes" : "no"} |`),
    ).map((r) => r.id);
    expect(missing).toEqual([]);
  });
});

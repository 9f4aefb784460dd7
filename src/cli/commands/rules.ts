import type { Command } from "commander";

const WIDTH = 80;

/** Greedy word wrap to `width` columns. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function registerRules(program: Command): void {
  program
    .command("rules")
    .description("list every lint rule: id, default severity, fixable, description")
    .option("--json", "print the catalogue as JSON")
    .addHelpText(
      "after",
      `
Turn a rule off or change its severity in the config: { "rules": { "no-bom": "off" } }.

Examples:
  $ td-integration rules                      the catalogue as a table
  $ td-integration rules --json               id, severity, fixable, description and docs URL of each rule`,
    )
    .action(async (options: { json?: boolean }) => {
      const { RULE_METAS } = await import("../../rules/index.js");
      const { docsUrl } = await import("../../rules/types.js");
      if (options.json) {
        const rows = RULE_METAS.map((r) => ({
          id: r.id,
          severity: r.severity,
          fixable: r.fixable,
          description: r.description,
          docs: docsUrl(r.id),
        }));
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      const idWidth = Math.max(4, ...RULE_METAS.map((r) => r.id.length));
      const prefix = idWidth + 2 + 5 + 2 + 3 + 2;
      const descWidth = Math.max(30, WIDTH - prefix);
      let out = `${"rule".padEnd(idWidth)}  level  fix  description\n`;
      for (const rule of RULE_METAS) {
        const [first = "", ...rest] = wrap(rule.description, descWidth);
        out += `${rule.id.padEnd(idWidth)}  ${(rule.severity === "error" ? "error" : "warn").padEnd(5)}  ${rule.fixable ? "yes" : "-  "}  ${first}\n`;
        for (const line of rest) out += `${" ".repeat(prefix)}${line}\n`;
      }
      const fixable = RULE_METAS.filter((r) => r.fixable).length;
      out += `\n${RULE_METAS.length} rules, ${fixable} fixable with --fix; level is the default severity (warn = warning).\n`;
      out += "Each rule is documented in docs/rules/<id>.md; `rules --json` gives the links.\n";
      process.stdout.write(out);
    });
}

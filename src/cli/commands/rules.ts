import type { Command } from "commander";

export function registerRules(program: Command): void {
  program
    .command("rules")
    .description("list every lint rule: id, default severity, fixable, description")
    .option("--json", "print the catalogue as JSON")
    .action(async (options: { json?: boolean }) => {
      const { RULES } = await import("../../rules/index.js");
      const { docsUrl } = await import("../../rules/types.js");
      if (options.json) {
        const rows = RULES.map((r) => ({
          id: r.id,
          severity: r.severity,
          fixable: r.fixable,
          description: r.description,
          docs: docsUrl(r.id),
        }));
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      const idWidth = Math.max(...RULES.map((r) => r.id.length));
      process.stdout.write(`${"rule".padEnd(idWidth)}  severity  fixable  description\n`);
      for (const rule of RULES) {
        process.stdout.write(
          `${rule.id.padEnd(idWidth)}  ${rule.severity.padEnd(8)}  ${(rule.fixable ? "yes" : "no").padEnd(7)}  ${rule.description}\n`,
        );
      }
    });
}

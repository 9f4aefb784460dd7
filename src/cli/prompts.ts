import { checkbox, confirm, input, select } from "@inquirer/prompts";
import type { Asker } from "../scaffold/resolve.js";

/**
 * The scaffold's prompts implemented with inquirer. This module is the only one that imports
 * inquirer, and only `init` imports it (lazily), so `lint` never loads it.
 */
export function inquirerAsker(context?: Parameters<typeof input>[1]): Asker {
  return {
    input: (options) => input({ ...options, theme: { validationFailureMode: "keep" } }, context),
    select: (options) => select({ ...options, pageSize: 12 }, context),
    checkbox: (options) =>
      checkbox(
        {
          message: options.message,
          choices: options.choices,
          validate: options.validate ? (choices) => options.validate?.(choices.map((c) => c.value)) ?? true : undefined,
        },
        context,
      ),
    confirm: (options) => confirm(options, context),
    // Under the prompt just answered: lint's warnings, with the rule id, as `lint` shows them.
    warn: (warnings) => {
      const output = context?.output ?? process.stdout;
      for (const w of warnings) output.write(`  ⚠ warning  ${w.message}${w.ruleId ? `  ${w.ruleId}` : ""}\n`);
    },
  };
}

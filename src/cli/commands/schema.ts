import { type Command, InvalidArgumentError } from "commander";

const KINDS = ["integration", "action"];

export function registerSchema(program: Command): void {
  program
    .command("schema")
    .description("print the JSON Schema (draft 2020-12) of an integration manifest or an action, for editors")
    .argument(
      "[kind]",
      `${KINDS.join(" or ")}`,
      (value: string) => {
        if (!KINDS.includes(value)) throw new InvalidArgumentError(`expected ${KINDS.join(" or ")}.`);
        return value;
      },
      "integration",
    )
    .addHelpText(
      "after",
      `
The same schemas ship in the package as schemas/integration.schema.json and schemas/action.schema.json.
Point a manifest at one with a "$schema" key to get completion and checks in your editor:

  { "$schema": "./node_modules/td-integration/schemas/integration.schema.json", ... }

Examples:
  $ td-integration schema                     the integration manifest schema
  $ td-integration schema action > action.schema.json`,
    )
    .action(async (kind: "integration" | "action") => {
      const { jsonSchemaText } = await import("../../schema/json-schema.js");
      process.stdout.write(jsonSchemaText(kind));
    });
}

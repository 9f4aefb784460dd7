import { Command, CommanderError } from "commander";
import { escapeControlKeepingLayout } from "../util/terminal.js";
import { VERSION } from "../version.js";
import { registerBridge } from "./commands/bridge.js";
import { registerDev } from "./commands/dev.js";
import { registerInit } from "./commands/init.js";
import { registerLint } from "./commands/lint.js";
import { registerRender } from "./commands/render.js";
import { registerRules } from "./commands/rules.js";
import { registerSchema } from "./commands/schema.js";
import { UsageError } from "./errors.js";

export function buildProgram(): Command {
  const program = new Command("td-integration")
    .description("Lint, preview and scaffold Talkdesk integration manifests and actions.")
    .version(VERSION, "-v, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeErr: (text) => process.stderr.write(text),
      outputError: (text, write) => write(text.startsWith("error:") ? `td-integration: ${text}` : text),
    });
  program.addHelpText(
    "after",
    `
Examples:
  $ td-integration lint                      lint every JSON file under the current directory
  $ td-integration lint examples --format json
  $ td-integration rules                     list every rule

Exit codes: 0 no errors, 1 lint errors, 2 usage, configuration or I/O problem.`,
  );
  registerLint(program);
  registerRules(program);
  registerInit(program);
  registerSchema(program);
  registerRender(program);
  registerBridge(program);
  registerDev(program);
  return program;
}

/** The CLI's only entry point: the one place that sets the exit code. */
export async function main(argv: string[]): Promise<void> {
  // A closed pipe (`td-integration lint | head -1`) is the reader's choice, not an error; any other
  // failed write (a full disk, /dev/full) loses the report, which is an I/O problem: exit 2.
  let failedWrite: NodeJS.ErrnoException | undefined;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
      failedWrite ??= error;
      if (stream === process.stdout) reportFailedWrite(error);
    });
  }
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    process.exitCode = exitCodeFor(error);
  }
  // Write errors of standard output are emitted on a later tick: wait for them before saying how it went.
  await new Promise((resolve) => setImmediate(resolve));
  if (failedWrite) process.exitCode = 2;
}

function reportFailedWrite(error: NodeJS.ErrnoException): void {
  const why = error.code === "ENOSPC" ? "no space left on the device" : (error.code ?? error.message);
  try {
    process.stderr.write(`td-integration: cannot write the report to standard output: ${why}\n`);
  } catch {}
  process.exitCode = 2;
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // --help and --version end with exit code 0; every other commander error is a usage error.
    if (
      error.code === "commander.helpDisplayed" ||
      error.code === "commander.version" ||
      error.code === "commander.help"
    )
      return 0;
    return 2;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`td-integration: ${escapeControlKeepingLayout(error.message)}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`td-integration: unexpected error: ${escapeControlKeepingLayout(message)}\n`);
  if (process.env.TD_INTEGRATION_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return 2;
}

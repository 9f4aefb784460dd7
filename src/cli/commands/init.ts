import path from "node:path";
import type { Command } from "commander";
import type { ScaffoldPrompts, ScaffoldResult } from "../../api/scaffold.js";
import { escapeControlKeepingStyles } from "../../util/terminal.js";
import { UsageError } from "../errors.js";

/** One flag per question of the built-in templates: flag name -> answer id (question id). */
export const ANSWER_FLAGS: readonly { flag: string; id: string; description: string; repeat?: boolean }[] = [
  {
    flag: "kind",
    id: "kind",
    description: "what to create: integration, action, both, or bridge (a bridge project for --manifest)",
  },
  {
    flag: "auth-type",
    id: "authentication_type",
    description: "none, custom, oauth2, oauth2_password or oauth2_client_credentials",
  },
  { flag: "action-template", id: "action_template", description: "action-generic or action-create-ticket" },
  { flag: "name", id: "name", description: "integration system name, such as mycrm" },
  { flag: "display-name", id: "display_name", description: "integration display name" },
  { flag: "description", id: "description", description: "integration description" },
  { flag: "logo-url", id: "logo_url", description: "https URL of the logo" },
  { flag: "icon-url", id: "icon_url", description: "https URL of the icon" },
  { flag: "bridge-url", id: "bridge_url", description: "base URL of the bridge; endpoints default to paths under it" },
  { flag: "auth-validation-endpoint", id: "auth_validation_endpoint", description: "auth validation endpoint" },
  {
    flag: "auth-field",
    id: "auth_fields",
    repeat: true,
    description: 'an auth field as JSON, repeatable: \'{"field_name":"token","display":"API token"}\'',
  },
  { flag: "features", id: "features", description: "comma-separated: contact_sync,interaction_retrieval,agent_sync" },
  { flag: "contact-synchronization-endpoint", id: "contact_synchronization_endpoint", description: "endpoint" },
  { flag: "interaction-retrieval-endpoint", id: "interaction_retrieval_endpoint", description: "endpoint" },
  { flag: "agent-synchronization-endpoint", id: "agent_synchronization_endpoint", description: "endpoint" },
  { flag: "interaction-types", id: "interaction_types", description: "comma-separated, such as ticket,case" },
  { flag: "provider", id: "provider", description: "the action's provider: an integration name" },
  { flag: "action-name", id: "action_name", description: "action name, such as create_ticket" },
  { flag: "action-display", id: "action_display", description: "action display, such as 'create a ticket'" },
  { flag: "action-description", id: "action_description", description: "action description" },
  { flag: "action-endpoint", id: "action_endpoint", description: "https URL of the bridge endpoint of the action" },
  {
    flag: "input",
    id: "inputs",
    repeat: true,
    description: 'an action input as JSON, repeatable: \'{"key":"email","type":"Text","format":"{{contact.email}}"}\'',
  },
];

export interface InitCliOptions {
  answers?: string;
  yes?: boolean;
  out: string;
  force?: boolean;
  dryRun?: boolean;
  template: string[];
  listTemplates?: boolean;
  set: string[];
  color?: boolean;
  /** `--kind bridge`: the manifest and actions the generated bridge serves. */
  manifest?: string;
  actions?: string[];
  /** `--config PATH`, or false for `--no-config`. */
  config?: string | false;
  [flag: string]: unknown;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerInit(program: Command): void {
  const command = program
    .command("init")
    .description("scaffold an integration manifest and/or an action from a template, interactively or not")
    .option("--answers <file>", "answers as a JSON object keyed by question id (- reads standard input)")
    .option("-y, --yes", "take the default of every question that has one; leave optional answers out")
    .option("-o, --out <dir>", "folder to write into", ".")
    .option("--force", "overwrite existing files")
    .option("-c, --config <path>", "judge the answers with this lint config file instead of searching for one")
    .option("--no-config", "ignore config files (a JavaScript config is code): judge with the defaults")
    .option("--dry-run", "print the files that would be written, and their content; write nothing")
    .option(
      "-t, --template <id|dir>",
      "a template id (see --list-templates) or a template folder; repeatable",
      collect,
      [],
    )
    .option("--list-templates", "list the built-in templates and exit")
    .option("--manifest <file>", "--kind bridge: the integration manifest the bridge serves")
    .option("--actions <paths...>", "--kind bridge: its action files or folders")
    .option("--set <id=value>", "an answer by question id (for custom templates); repeatable", collect, [])
    .option("--color", "force coloured output")
    .option("--no-color", "disable coloured output");
  for (const { flag, description, repeat } of ANSWER_FLAGS) {
    if (repeat) command.option(`--${flag} <json>`, description, collect);
    else command.option(`--${flag} <value>`, description);
  }
  command
    .addHelpText(
      "after",
      `
Prompts for what is missing when run in a terminal; otherwise (no TTY, or CI set) a missing answer
exits 2 with the flags to add. Each answer is judged by lint on the files it gives, in memory:
an error refuses it, a warning is shown and does not block.

Examples:
  $ td-integration init
  $ td-integration init --kind integration --auth-type none --name mycrm --description "..." \\
      --logo-url https://cdn.example.com/logo.png --icon-url https://cdn.example.com/icon.png \\
      --bridge-url https://bridge.example.com/talkdesk --yes
  $ td-integration init --answers answers.json --out integrations --dry-run
  $ td-integration init --list-templates
  $ td-integration init --kind bridge --manifest acme.json --actions actions/ --out acme-bridge

Exit codes: 0 written (or dry run), 2 missing or invalid answers, existing files, I/O problem, 130 cancelled.`,
    )
    .action(async (options: InitCliOptions) => {
      process.exitCode = await runInit(options);
    });
}

export interface InitIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  isTTY: boolean;
  /** Prompts to use instead of inquirer (tests); also makes the run interactive. */
  prompts?: ScaffoldPrompts;
}

const CANCELLED = 130;

/** `td-integration init`: the flags as answers, handed to scaffold(); returns the exit code. */
export async function runInit(options: InitCliOptions, io: InitIo = processIo()): Promise<number> {
  const [{ listScaffoldTemplates, scaffold }, report] = await Promise.all([
    import("../../api/scaffold.js"),
    import("../init-report.js"),
  ]);
  if (options.listTemplates) {
    io.stdout.write(report.formatTemplateList(listScaffoldTemplates()));
    return 0;
  }
  const interactive = Boolean(io.prompts) || (io.isTTY && !io.env.CI);
  const asked = io.prompts ?? (interactive ? await terminalPrompts(io) : undefined);
  if (options.kind === "bridge") return runBridgeInit(options, io, asked);
  if (await answersFileChoosesBridge(options, io.cwd)) {
    throw new UsageError(
      "a bridge project is not made from --answers: run init --kind bridge --manifest FILE [--actions PATHS] --out DIR",
    );
  }
  const prompts = asked && divertBridgeChoice(asked);
  let result: ScaffoldResult;
  try {
    result = await scaffold({
      cwd: io.cwd,
      out: options.out,
      templates: options.template,
      answers: answersFromFlags(options),
      answersFile: options.answers,
      config: options.config,
      useDefaults: Boolean(options.yes),
      prompts,
      write: !options.dryRun,
      force: options.force,
      labels: { answer: flagOf, answersFile: "--answers", template: "--template", useDefaults: "--yes" },
    });
  } catch (error) {
    if (error instanceof BridgeChosen && asked) return runBridgeInit(options, io, asked);
    if (error instanceof Error && (error.name === "ExitPromptError" || error.name === "AbortPromptError")) {
      io.stderr.write("\nCancelled: nothing was written.\n");
      return CANCELLED;
    }
    throw report.usageError(error, KNOWN_FLAGS);
  }
  const color = (await import("../color.js")).shouldColor(options.color, io.stdout, io.env);
  io.stdout.write(
    escapeControlKeepingStyles(
      options.dryRun ? report.formatDryRun(result) : await report.formatDone(result, color, io.stdout.columns),
    ),
  );
  return 0;
}

/** True when the --answers file (not standard input) answers `kind` with `bridge`. */
async function answersFileChoosesBridge(options: InitCliOptions, cwd: string): Promise<boolean> {
  if (options.answers === undefined || options.answers === "-" || options.kind !== undefined) return false;
  const { readSource } = await import("../../document/read.js");
  const read = readSource(path.resolve(cwd, options.answers));
  if (!read.ok) return false;
  try {
    return (JSON.parse(read.text) as { kind?: unknown }).kind === "bridge";
  } catch {
    return false;
  }
}

/** Thrown by the prompts when "a bridge project" is chosen: the bridge flow takes over from there. */
class BridgeChosen extends Error {}

/** The prompts, except that choosing a bridge at "What do you want to create?" leaves the template flow. */
function divertBridgeChoice(prompts: ScaffoldPrompts): ScaffoldPrompts {
  return {
    ...prompts,
    input: (o) => prompts.input(o),
    checkbox: (o) => prompts.checkbox(o),
    confirm: (o) => prompts.confirm(o),
    select: async (o) => {
      const choice = await prompts.select(o);
      if (choice === "bridge" && o.choices.some((c) => c.value === "bridge")) throw new BridgeChosen();
      return choice;
    },
  };
}

/** `init --kind bridge` (or the bridge choice in the terminal): a runnable bridge project. */
async function runBridgeInit(
  options: InitCliOptions,
  io: InitIo,
  prompts: ScaffoldPrompts | undefined,
): Promise<number> {
  const { BridgeStarterError, createBridgeProject } = await import("../../api/bridge-starter.js");
  const { VERSION } = await import("../../version.js");
  let manifest = options.manifest;
  let actions = options.actions;
  try {
    if (manifest === undefined && prompts) {
      manifest = await prompts.input({
        message: "Integration manifest the bridge serves (a JSON file):",
        validate: (value) => (value.trim() === "" ? "the path of the manifest, such as integrations/acme.json" : true),
      });
      const more = await prompts.input({ message: "Its action files or folders (space-separated, empty for none):" });
      actions = more.split(/\s+/).filter((p) => p !== "");
    }
  } catch (error) {
    if (error instanceof Error && (error.name === "ExitPromptError" || error.name === "AbortPromptError")) {
      io.stderr.write("\nCancelled: nothing was written.\n");
      return CANCELLED;
    }
    throw error;
  }
  if (manifest === undefined) {
    throw new UsageError(
      "init --kind bridge needs the manifest the bridge serves: add --manifest FILE (and --actions PATHS, --out DIR)",
    );
  }
  let out = options.out;
  if (out === ".") {
    const { readSource } = await import("../../document/read.js");
    const read = readSource(path.resolve(io.cwd, manifest));
    const name = read.ok ? (/"name"\s*:\s*"([a-z0-9_]+)"/.exec(read.text)?.[1] ?? "integration") : "integration";
    out = `${name}-bridge`;
  }
  try {
    const result = await createBridgeProject({
      cwd: io.cwd,
      manifest,
      actions,
      out,
      force: options.force,
      write: !options.dryRun,
      config: options.config,
      toolVersion: VERSION,
    });
    const lines = [
      result.written
        ? `Created the bridge project ${result.out}/:`
        : `Would create the bridge project ${result.out}/ (dry run):`,
      ...result.files.map((f) => `  ${f.path}`),
      "",
      "Next steps:",
      ...result.nextSteps.map((step) => `  ${step}`),
    ];
    io.stdout.write(escapeControlKeepingStyles(`${lines.join("\n")}\n`));
    return 0;
  } catch (error) {
    if (error instanceof BridgeStarterError) throw new UsageError(error.message);
    throw error;
  }
}

function processIo(): InitIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  };
}

async function terminalPrompts(io: InitIo): Promise<ScaffoldPrompts> {
  const { inquirerAsker } = await import("../prompts.js");
  return inquirerAsker({ output: io.stdout });
}

const KNOWN_FLAGS = new Set(ANSWER_FLAGS.map((f) => f.flag));
const FLAG_OF = new Map(ANSWER_FLAGS.map((f) => [f.id, `--${f.flag}`]));

/** How messages name an answer given on the command line. */
function flagOf(id: string): string {
  return FLAG_OF.get(id) ?? `--set ${id}`;
}

function camel(flag: string): string {
  return flag.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
}

/** The answers given as flags and --set, by question id. */
function answersFromFlags(options: InitCliOptions): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const { flag, id } of ANSWER_FLAGS) {
    const value = options[camel(flag)];
    if (value !== undefined) answers[id] = value;
  }
  for (const entry of options.set) {
    const eq = entry.indexOf("=");
    if (eq <= 0) throw new UsageError(`--set ${entry}: write it as --set id=value, such as --set name=mycrm`);
    answers[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return answers;
}

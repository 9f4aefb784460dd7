import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const BIN = fileURLToPath(new URL("../../bin/td-integration.js", import.meta.url));
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built bin as a user would: no TTY, no colour unless asked, stdin closed unless given. */
export function runCli(
  args: string[],
  options: { cwd?: string; input?: string; env?: Record<string, string> } = {},
): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  delete env.FORCE_COLOR;
  if (!options.env?.NO_COLOR) delete env.NO_COLOR;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? "",
    env: { ...env, ...options.env },
    encoding: "utf8",
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** `init` arguments that create an integration without a terminal (every required answer given, `--yes`). */
export const INIT_INTEGRATION_ARGS: readonly string[] = [
  "init",
  "--kind",
  "integration",
  "--name",
  "mycrm",
  "--yes",
  "--description",
  "Bring every My CRM ticket next to the caller",
  "--logo-url",
  "https://cdn.example.com/logo.png",
  "--icon-url",
  "https://cdn.example.com/icon.png",
  "--bridge-url",
  "https://bridge.example.com/talkdesk",
];

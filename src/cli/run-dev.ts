import { spawn } from "node:child_process";
import { type DevOptions, startDev } from "../api/dev.js";
import { TdIntegrationError } from "../api/errors.js";
import { BridgeSetupError } from "../bridge/setup.js";
import { escapeControlKeepingLayout } from "../util/terminal.js";
import { UsageError } from "./errors.js";

/** The options commander gives `td-integration dev` (declared in commands/dev.ts). */
export interface DevCliOptions extends DevOptions {
  open?: boolean;
}

/** A browser is opened only for a person at a terminal who asked for it. */
export function mayOpenBrowser(
  asked: boolean | undefined,
  isTty: boolean,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  return asked === true && isTty && env.BROWSER !== "none" && (env.CI === undefined || env.CI === "");
}

function openBrowser(url: string, env: Readonly<Record<string, string | undefined>>): void {
  const [command, args] =
    env.BROWSER !== undefined && env.BROWSER !== ""
      ? [env.BROWSER, [url]]
      : process.platform === "darwin"
        ? ["open", [url]]
        : process.platform === "win32"
          ? ["cmd", ["/c", "start", '""', url]]
          : ["xdg-open", [url]];
  const child = spawn(command, args, { stdio: "ignore", detached: true });
  // No browser to open is not a reason to stop: the URL is printed.
  child.on("error", () =>
    process.stderr.write(`td-integration: could not open a browser (${command}); open the URL above\n`),
  );
  child.unref();
}

/** Runs `td-integration dev` until Ctrl+C (or SIGTERM): exit 130, with nothing left listening or watching. */
export async function runDev(manifest: string, options: DevCliOptions): Promise<number> {
  let handle: Awaited<ReturnType<typeof startDev>>;
  try {
    handle = await startDev(manifest, options, { cwd: process.cwd(), env: process.env });
  } catch (error) {
    if (error instanceof BridgeSetupError || error instanceof TdIntegrationError) throw new UsageError(error.message);
    throw error;
  }
  const mode = handle.target
    ? `calls go to ${handle.target}`
    : "preview: no calls (add --base URL to call a bridge, or --mock)";
  process.stdout.write(
    `td-integration dev: ${escapeControlKeepingLayout(manifest)} (${escapeControlKeepingLayout(mode)})\n`,
  );
  process.stdout.write(`Open ${handle.url}\nPress Ctrl+C to stop.\n`);
  if (mayOpenBrowser(options.open, process.stdout.isTTY === true, process.env)) openBrowser(handle.url, process.env);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });
  await handle.close();
  process.stderr.write("td-integration dev: stopped\n");
  return signal === "SIGINT" ? 130 : 143;
}

import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type BridgeTestOptions, bridgeCall, bridgeTest as runBridgeTest } from "../../src/api/bridge.js";
import { DEFAULT_OPTIONS } from "../../src/bridge/options.js";
import type { EndpointKind } from "../../src/bridge/types.js";
import { BIN } from "../support/cli.js";
import { type Route, startBridge } from "./fake-bridge.js";

export const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
export const MANIFEST = "acme_bridge.json";

/** The options commander gives a command run with no flag but --base and --credentials. */
export function cliOptions(overrides: Partial<BridgeTestOptions> = {}): BridgeTestOptions {
  return {
    credentials: "credentials.json",
    timeout: DEFAULT_OPTIONS.timeoutMs / 1000,
    maxPages: DEFAULT_OPTIONS.maxPages,
    checkpointField: DEFAULT_OPTIONS.checkpointField,
    authSuccess: DEFAULT_OPTIONS.authSuccess,
    agentPaging: DEFAULT_OPTIONS.agentPaging,
    oauthTokenKey: DEFAULT_OPTIONS.oauthTokenKey,
    format: "text",
    ...overrides,
  };
}

/** Runs the whole sequence against a fake bridge; the port in the output is replaced by BASE. */
export async function bridgeTest(
  routes: Record<string, Route> = {},
  options: Partial<BridgeTestOptions> = {},
  env: Record<string, string> = {},
  manifest = MANIFEST,
) {
  const bridge = await startBridge(routes);
  try {
    const result = await runBridgeTest(manifest, cliOptions({ base: bridge.base, ...options }), {
      cwd: FIXTURES,
      env,
      version: "0.0.0-test",
    });
    return { ...result, output: result.output.replaceAll(bridge.base, "BASE"), received: bridge.received };
  } finally {
    await bridge.close();
  }
}

export async function call(
  kind: EndpointKind,
  routes: Record<string, Route> = {},
  options: Partial<BridgeTestOptions> = {},
  env: Record<string, string> = {},
) {
  const bridge = await startBridge(routes);
  try {
    const result = await bridgeCall(kind, MANIFEST, cliOptions({ base: bridge.base, ...options }), {
      cwd: FIXTURES,
      env,
      version: "0.0.0-test",
    });
    return { ...result, output: result.output.replaceAll(bridge.base, "BASE"), received: bridge.received };
  } finally {
    await bridge.close();
  }
}

/** "FAIL id: message" lines of a text report. */
export function failures(output: string): string[] {
  return output
    .split("\n")
    .filter((line) => line.trimStart().startsWith("FAIL "))
    .map((line) => line.trim());
}

/** Runs the built bin without blocking the event loop, so the fake bridge in this process can answer. */
export function runBin(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: FIXTURES,
      env: { ...process.env, NO_COLOR: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

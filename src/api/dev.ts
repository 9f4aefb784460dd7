import path from "node:path";
import { envNameFor } from "../bridge/credentials.js";
import type { Transport } from "../bridge/http.js";
import { createMockBridge, type ListeningBridge } from "../bridge/mock/index.js";
import { type BridgeOptions, DEFAULT_OPTIONS } from "../bridge/options.js";
import { BridgeSetupError, parseBase, shownBase } from "../bridge/setup.js";
import { DevBridge } from "../dev/bridge-session.js";
import { startServer } from "../dev/server.js";
import { DevSession } from "../dev/session.js";
import { watchFiles } from "../dev/watcher.js";
import { type RenderFiles, watchedPaths, workspaceView } from "../dev/workspace.js";
import { ParsedDocument } from "../document/parse.js";
import { readSource } from "../document/read.js";
import { isPlainObject } from "../util/suggest.js";
import { render } from "./render.js";

/** The options of `td-integration dev` (the CLI passes its flags as they are). */
export interface DevOptions {
  actions?: string[];
  base?: string;
  credentials?: string;
  allowProduction?: boolean;
  /**
   * A built-in mock bridge answers instead of a real one (the sample backend generated bridges start
   * from): sample contacts, interactions, agents and action replies, from the manifest and its actions.
   */
  mock?: boolean;
  /** 0 (default): any free port. */
  port?: number;
  /** Seconds a bridge may take to answer. */
  timeout?: number;
  maxBody?: number;
  maxPages?: number;
  checkpoint?: string;
  checkpointField?: string;
  authSuccess?: BridgeOptions["authSuccess"];
  agentPaging?: BridgeOptions["agentPaging"];
  oauthTokenKey?: string;
}

export interface DevEnvironment {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  transport?: Transport;
}

export interface DevHandle {
  /** The URL to open: http://127.0.0.1:PORT/?token=... */
  url: string;
  port: number;
  /** Where Connect, Sync and Run send requests; undefined in preview mode. */
  target: string | undefined;
  /** Stops watching and listening; resolves when nothing is left open. */
  close(): Promise<void>;
}

function checkCredentials(file: string, cwd: string): void {
  const read = readSource(path.resolve(cwd, file));
  if (!read.ok) throw new BridgeSetupError(`cannot read credentials file ${file}: ${read.reason}`);
  let value: unknown;
  try {
    value = JSON.parse(read.text);
  } catch (error) {
    throw new BridgeSetupError(`credentials file ${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (!isPlainObject(value)) {
    throw new BridgeSetupError(
      `credentials file ${file} must hold one JSON object of auth field values, such as {"api_token": "..."}`,
    );
  }
}

/** A JSON file's value as far as it parses (a manifest with a syntax error still gets a mock). */
function readJsonValue(file: string, cwd: string): unknown {
  const read = readSource(path.resolve(cwd, file));
  if (!read.ok) return undefined;
  const doc = new ParsedDocument(read.text);
  return doc.syntaxError ? doc.tolerantValue() : doc.value;
}

function bridgeOptions(options: DevOptions): BridgeOptions {
  return {
    ...DEFAULT_OPTIONS,
    authSuccess: options.authSuccess ?? DEFAULT_OPTIONS.authSuccess,
    agentPaging: options.agentPaging ?? DEFAULT_OPTIONS.agentPaging,
    oauthTokenKey: options.oauthTokenKey ?? DEFAULT_OPTIONS.oauthTokenKey,
    checkpointField: options.checkpointField ?? DEFAULT_OPTIONS.checkpointField,
    checkpoint: options.checkpoint,
    timeoutMs: options.timeout === undefined ? DEFAULT_OPTIONS.timeoutMs : Math.round(options.timeout * 1000),
    maxBodyBytes: options.maxBody === undefined ? undefined : Math.round(options.maxBody * 1024 * 1024),
    maxPages: options.maxPages ?? DEFAULT_OPTIONS.maxPages,
  };
}

/**
 * `td-integration dev`: serves the integration as Talkdesk shows it on 127.0.0.1, watching the
 * files. Without `base` or `allowProduction` the page is a preview and nothing is sent. Throws
 * BridgeSetupError or a TdIntegrationError for usage problems (a bad URL, a missing manifest).
 */
export async function startDev(manifest: string, options: DevOptions, environment: DevEnvironment): Promise<DevHandle> {
  const { cwd, env } = environment;
  if (options.base !== undefined) parseBase(options.base);
  if (options.credentials !== undefined) checkCredentials(options.credentials, cwd);
  const workspace = { cwd, manifest, actions: options.actions };
  const files = [manifest, ...(options.actions?.length ? options.actions : [path.dirname(manifest)])];
  const renderFiles: RenderFiles = (contact) =>
    render({ files, cwd, contact, allowMissing: true, errorOnUnmatchedPattern: false });
  // The files must be there at the start (a missing manifest is a usage error); later, a removed file is a problem on the page.
  const first = await render({ files, cwd, allowMissing: true });
  let mock: ListeningBridge | undefined;
  let bridgeEnv = env;
  let baseUrl = options.base;
  if (options.mock) {
    if (options.base !== undefined || options.allowProduction) {
      throw new BridgeSetupError("--mock answers instead of a bridge: drop --base and --allow-production, or --mock");
    }
    const actionFiles = workspaceView(workspace, first).actions.map((a) => a.file);
    const fileCredentials = options.credentials !== undefined ? readJsonValue(options.credentials, cwd) : undefined;
    const bridge = createMockBridge({
      manifest: readJsonValue(manifest, cwd) ?? {},
      actions: actionFiles.map((file) => readJsonValue(file, cwd) ?? {}),
      credentials: isPlainObject(fileCredentials) ? fileCredentials : undefined,
      oauthTokenKey: options.oauthTokenKey,
    });
    // The mock's sample credentials fill the sign-in form's empty boxes, below TD_AUTH_* and --credentials.
    const samples: Record<string, string> = {};
    for (const [name, value] of Object.entries(bridge.credentials)) {
      if (typeof value === "string" && !isPlainObject(fileCredentials)) samples[envNameFor(name)] = value;
    }
    bridgeEnv = { ...samples, ...env };
    mock = await bridge.listen(0, "127.0.0.1");
    baseUrl = mock.url;
  }
  const base = baseUrl !== undefined ? parseBase(baseUrl) : undefined;
  const calls = base !== undefined || options.allowProduction === true;
  const target = mock
    ? `the built-in mock bridge (${mock.url})`
    : base
      ? shownBase(base)
      : calls
        ? "production (the endpoints written in the manifest)"
        : undefined;
  const bridge = calls
    ? new DevBridge({
        cwd,
        env: bridgeEnv,
        manifest,
        actions: options.actions,
        credentials: options.credentials,
        base: baseUrl,
        allowProduction: options.allowProduction,
        options: bridgeOptions(options),
        transport: environment.transport,
      })
    : undefined;
  const session = new DevSession({
    workspace,
    renderFiles,
    bridge,
    target,
    credentials: options.credentials,
    env: bridgeEnv,
  });
  await session.reload();
  const watcher = await watchFiles(watchedPaths(workspace), () => void session.reload());
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(session, options.port ?? 0);
  } catch (error) {
    await watcher.close();
    await mock?.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE")
      throw new BridgeSetupError(`port ${options.port} is in use: choose another with --port, or 0 for any free port`);
    if (code === "EACCES")
      throw new BridgeSetupError(
        `port ${options.port} needs privileges: choose one above 1023, or 0 for any free port`,
      );
    throw error;
  }
  return {
    url: server.url,
    port: server.port,
    target,
    close: async () => {
      await watcher.close();
      await server.close();
      await mock?.close();
    },
  };
}

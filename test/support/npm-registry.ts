import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { ROOT } from "./cli.js";

interface LockEntry {
  name?: string;
  version?: string;
  integrity?: string;
  link?: boolean;
  [field: string]: unknown;
}

/** The manifest fields npm reads when it resolves and installs a version. */
const MANIFEST_FIELDS = [
  "dependencies",
  "optionalDependencies",
  "peerDependencies",
  "peerDependenciesMeta",
  "bin",
  "engines",
  "os",
  "cpu",
  "libc",
  "license",
  "deprecated",
];

/**
 * Every package version package-lock.json pins, as registry documents ("packuments") by package name, and
 * the integrity of each tarball by its path on the registry.
 */
function packumentsFromLockfile(registryUrl: string): {
  packuments: Map<string, Record<string, unknown>>;
  tarballs: Map<string, string>;
} {
  const lock = JSON.parse(readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as {
    packages: Record<string, LockEntry>;
  };
  const packuments = new Map<string, Record<string, unknown>>();
  const tarballs = new Map<string, string>();
  for (const [location, entry] of Object.entries(lock.packages)) {
    if (!location || entry.link || !entry.version || !entry.integrity) continue;
    const name = entry.name ?? location.slice(location.lastIndexOf("node_modules/") + "node_modules/".length);
    const manifest: Record<string, unknown> = { name, version: entry.version };
    for (const field of MANIFEST_FIELDS) if (entry[field] !== undefined) manifest[field] = entry[field];
    const tarball = `${name}/-/${name.split("/").pop()}-${entry.version}.tgz`;
    tarballs.set(tarball, entry.integrity);
    manifest.dist = { integrity: entry.integrity, tarball: `${registryUrl}${tarball}` };
    const packument = packuments.get(name) ?? { name, "dist-tags": {}, versions: {} };
    (packument.versions as Record<string, unknown>)[entry.version] = manifest;
    if (location === `node_modules/${name}` || !(packument["dist-tags"] as { latest?: string }).latest)
      (packument["dist-tags"] as { latest?: string }).latest = entry.version;
    packuments.set(name, packument);
  }
  return { packuments, tarballs };
}

/** A file of the npm cache (cacache), found by its integrity: content-v2/<algorithm>/<hex digest split 2/2/rest>. */
function cachedContent(cache: string, integrity: string): Buffer | undefined {
  const [algorithm, base64] = integrity.split(" ")[0]?.split(/-(.*)/s) ?? [];
  if (!algorithm || !base64) return undefined;
  const hex = Buffer.from(base64, "base64").toString("hex");
  try {
    return readFileSync(
      path.join(cache, "_cacache", "content-v2", algorithm, hex.slice(0, 2), hex.slice(2, 4), hex.slice(4)),
    );
  } catch {
    return undefined;
  }
}

export interface LocalRegistry {
  /** Environment for npm (and the tools that run it): this registry, the machine's npm cache, no audit or notices. */
  env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * A registry on 127.0.0.1 for the installs the tests make, so they need no network. It serves the
 * versions package-lock.json pins, from what `npm ci` left in the npm cache: packuments made from the
 * lockfile (npm keeps only abbreviated ones, and a global or tarball install asks for full ones to
 * resolve version ranges), and tarballs read from the cache by their integrity. Anything else is a 404.
 */
export async function startLockfileRegistry(): Promise<LocalRegistry> {
  const cache = execFileSync("npm", ["config", "get", "cache"], { cwd: ROOT, encoding: "utf8" }).trim();
  let lockfile: ReturnType<typeof packumentsFromLockfile> = { packuments: new Map(), tarballs: new Map() };
  const server = createServer((request, response) => {
    const requested = decodeURIComponent((request.url ?? "/").slice(1).split("?")[0] ?? "");
    const integrity = lockfile.tarballs.get(requested);
    const tarball = integrity === undefined ? undefined : cachedContent(cache, integrity);
    if (tarball) {
      response.writeHead(200, { "content-type": "application/octet-stream" });
      response.end(tarball);
      return;
    }
    const packument = lockfile.packuments.get(requested);
    response.writeHead(packument ? 200 : 404, { "content-type": "application/json" });
    response.end(JSON.stringify(packument ?? { error: `${requested} is not in package-lock.json or the npm cache` }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  lockfile = packumentsFromLockfile(url);
  return {
    env: {
      npm_config_registry: url,
      npm_config_cache: cache,
      npm_config_audit: "false",
      npm_config_fund: "false",
      npm_config_update_notifier: "false",
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a program without blocking the event loop (the registry above answers from this process),
 * stdin closed, with a time limit.
 */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string | undefined>; timeoutMs?: number },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
      timeout: options.timeoutMs ?? 240_000,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

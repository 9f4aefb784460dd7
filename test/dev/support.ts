import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Browser, chromium } from "playwright-core";
import { BIN, ROOT } from "../support/cli.js";

/** Debian's chromium (.ci/run installs it): the tests fail, never skip, without it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // As root (CI) chromium refuses to start with its sandbox.
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
}

export interface DevProcess {
  url: string;
  port: number;
  token: string;
  stdout: () => string;
  stderr: () => string;
  /** Sends the signal and resolves to the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number>;
  child: ChildProcess;
}

/** Starts the built bin's `dev` and waits for the URL it prints. */
export function startDev(args: string[], cwd: string, env: Record<string, string> = {}): Promise<DevProcess> {
  const child = spawn(process.execPath, [BIN, "dev", ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  const exited = new Promise<number>((resolve) =>
    child.on("close", (code, signal) => resolve(code ?? (signal ? -1 : 0))),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`dev printed no URL in 20 s: ${stdout}${stderr}`)), 20_000);
    child.stdout?.on("data", (d) => {
      stdout += d;
      const match = /Open (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+))/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[1] as string,
          port: Number(match[2]),
          token: match[3] as string,
          stdout: () => stdout,
          stderr: () => stderr,
          child,
          stop: (signal = "SIGINT") => {
            child.kill(signal);
            return exited;
          },
        });
      }
    });
    child.stderr?.on("data", (d) => {
      stderr += d;
    });
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`dev exited with ${code} before printing a URL: ${stdout}${stderr}`));
    });
  });
}

/** A copy of the Acme example (manifest and its create_ticket action) in a fresh folder, free to edit. */
export function acmeWorkspace(credentials: Record<string, string> | undefined): string {
  const dir = mkdtempSync(path.join(tmpdir(), "td-dev-"));
  cpSync(path.join(ROOT, "examples/integrations/acme_helpdesk.json"), path.join(dir, "acme_helpdesk.json"));
  cpSync(path.join(ROOT, "examples/actions/acme_helpdesk_create_ticket.json"), path.join(dir, "create_ticket.json"));
  if (credentials) writeFileSync(path.join(dir, "credentials.json"), JSON.stringify(credentials));
  return dir;
}

/** A raw GET with any Host header and cookie (fetch does not let a test choose the Host). */
export function rawGet(
  port: number,
  pathAndQuery: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: pathAndQuery, method: "GET", headers }, (res) => {
      let body = "";
      res.on("data", (d) => {
        body += d;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Where a test run's screenshots go (look at them there); UPDATE_DOC_IMAGES=1 writes docs/images instead. */
export function screenshotFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), "td-screenshots-"));
  process.stderr.write(`screenshots: ${folder}\n`);
  return folder;
}

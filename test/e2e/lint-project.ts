import { chmodSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { RULE_METAS } from "../../src/rules/index.js";
import { type CliResult, runCli } from "../support/cli.js";

/** A throw-away repository for e2e runs of the bin; HOME is set to it so the config search stops there. */
export class Project {
  readonly root = realpathSync(mkdtempSync(path.join(tmpdir(), "td-lint-e2e-")));

  write(file: string, text: string, mode?: number): this {
    const full = path.join(this.root, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
    if (mode !== undefined) chmodSync(full, mode);
    return this;
  }
  read(file: string): string {
    return readFileSync(path.join(this.root, file), "utf8");
  }
  lint(args: string[], options: { cwd?: string; input?: string } = {}): CliResult {
    return runCli(["lint", ...args], {
      cwd: path.join(this.root, options.cwd ?? "."),
      input: options.input,
      env: { HOME: this.root },
    });
  }
  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/**
 * Rule settings that keep only the given rules on, so outputs do not move as the catalogue grows
 * (a rule that cannot be turned off, file-read, is left out: a config may not say "off" for it).
 */
export function onlyRules(...ids: string[]): Record<string, string> {
  return Object.fromEntries(
    RULE_METAS.filter((r) => !r.alwaysOn).map((r) => [
      r.id,
      ids.includes(r.id) ? (r.severity === "error" ? "error" : "warn") : "off",
    ]),
  );
}

export const integration = (name: string, extra = "") => `{
  "name": "${name}",
  "display_name": "Acme",
  "description": "Acme CRM",
  "logo_url": "https://acme.example.com/logo.png",
  "icon_url": "https://acme.example.com/icon.png",
  "authentication_type": "none"${extra}
}
`;

export const action = (provider: string, name = "create_ticket") => `{
  "provider": "${provider}",
  "name": "${name}",
  "display": "create a ticket",
  "description": "create a ticket for the caller",
  "endpoint": "https://bridge.acme.example.com/actions/${name}",
  "inputs": []
}
`;

import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "../support/cli.js";

/** An action with two fixable warnings on line 4 and one that is not fixable on line 8. */
export const ACTION = `{
  "provider": "acme_helpdesk",
  "name": "close_ticket",
  "display": "Close the ticket.",
  "description": "close the ticket of the caller",
  "endpoint": "https://bridge.acme-helpdesk.example.com/talkdesk/actions/close_ticket",
  "inputs": [],
  "colour": "red"
}
`;

export const FIXED_ACTION = ACTION.replace('"Close the ticket."', '"close the ticket"');

/** A fresh project: the acme integration, the action above, and optionally a config file. */
export function project(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "td-api-"));
  mkdirSync(path.join(dir, "integrations"));
  cpSync(
    path.join(ROOT, "examples/integrations/acme_helpdesk.json"),
    path.join(dir, "integrations/acme_helpdesk.json"),
  );
  mkdirSync(path.join(dir, "actions"));
  writeFileSync(path.join(dir, "actions/close_ticket.json"), ACTION);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** Where a diagnostic is, compactly: `file:line:column ruleId severity`. */
export function where(d: { file: string; line: number; column: number; ruleId: string; severity: string }): string {
  return `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.severity}`;
}

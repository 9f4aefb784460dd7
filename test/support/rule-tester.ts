import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostic.js";
import { type EngineOptions, lintSources, type SourceFile } from "../../src/lint/engine.js";

export interface ExpectedDiagnostic {
  line: number;
  column: number;
  /** A fragment the message must contain. */
  message?: string;
  severity?: "error" | "warning";
  /** Defaults to the rule under test. */
  ruleId?: string;
  /** File of the diagnostic, for multi-file cases (defaults to the first file). */
  file?: string;
}

export interface ValidCase {
  name: string;
  /** One JSON text, or several files for cross-file rules. */
  code: string | SourceFile[];
  options?: EngineOptions;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedDiagnostic[];
  /** The first file's text after applying every fix of this rule once. */
  output?: string;
}

function sources(code: string | SourceFile[]): SourceFile[] {
  return typeof code === "string" ? [{ file: "manifest.json", text: code }] : code;
}

export function applyFixes(text: string, diagnostics: Diagnostic[]): string {
  const edits = diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])).sort((a, b) => b.start - a.start);
  let out = text;
  let lastStart = Number.POSITIVE_INFINITY;
  for (const edit of edits) {
    if (edit.end > lastStart) continue;
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    lastStart = edit.start;
  }
  return out;
}

/** ESLint RuleTester-style tables: valid code stays clean of this rule; invalid code yields exactly these diagnostics. */
export function ruleTable(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const summary = lintSources(sources(c.code), c.options);
        const found = summary.results.flatMap((r) => r.diagnostics).filter((d) => d.ruleId === ruleId);
        expect(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const files = sources(c.code);
        const summary = lintSources(files, c.options);
        const found = summary.results.flatMap((r) => r.diagnostics).filter((d) => d.ruleId === ruleId);
        const actual = found.map((d) => ({
          file: d.file,
          line: d.line,
          column: d.column,
          ruleId: d.ruleId,
          severity: d.severity,
        }));
        const expected = c.errors.map((e) => ({
          file: e.file ?? files[0]?.file,
          line: e.line,
          column: e.column,
          ruleId: e.ruleId ?? ruleId,
          severity: e.severity ?? actual.find((a) => a.line === e.line && a.column === e.column)?.severity,
        }));
        expect(actual).toEqual(expected);
        c.errors.forEach((e, index) => {
          if (e.message) expect(found[index]?.message).toContain(e.message);
        });
        if (c.output !== undefined) {
          const first = summary.results[0];
          expect(applyFixes(files[0]?.text ?? "", first?.diagnostics.filter((d) => d.ruleId === ruleId) ?? [])).toBe(
            c.output,
          );
        }
      });
    }
  });
}

/** A valid integration as a JSON text, with top-level keys overridden (undefined removes a key). */
export function integration(overrides: Record<string, unknown> = {}): string {
  const base: Record<string, unknown> = {
    name: "acme_helpdesk",
    display_name: "Acme Helpdesk",
    description: "Support tickets from Acme Helpdesk, next to every call",
    logo_url: "https://cdn.acme.example.com/logo.png",
    icon_url: "https://cdn.acme.example.com/icon.png",
    authentication_type: "custom",
    authentication_configuration: [
      {
        field_name: "subdomain",
        display: "Subdomain",
        mandatory: true,
        type: "input",
        store: true,
        source: "input",
        help: "Under Settings > Account",
        format: "https://{{subdomain}}.acme.example.com",
      },
      { field_name: "api_token", display: "API token", mandatory: true, type: "input", store: true, source: "input" },
    ],
    auth_validation_endpoint: "https://bridge.acme.example.com/auth_validation",
    contact_synchronization_endpoint: "https://bridge.acme.example.com/contact_sync",
    interaction_retrieval_endpoint: "https://bridge.acme.example.com/interaction_update",
    interaction_types: ["Ticket", "Case"],
  };
  return pretty(base, overrides);
}

/** A valid action as a JSON text, with top-level keys overridden (undefined removes a key). */
export function action(overrides: Record<string, unknown> = {}): string {
  const base: Record<string, unknown> = {
    provider: "acme_helpdesk",
    name: "create_ticket",
    display: "create a ticket",
    description: "create a new ticket in Acme Helpdesk",
    endpoint: "https://bridge.acme.example.com/actions/create_ticket",
    inputs: [
      { key: "subject", name: "Subject", mandatory: true, type: "Text", format: "Call with {{contact.first_name}}" },
      { key: "email", name: "Requester email", mandatory: true, type: "Text", format: "{{contact.email}}" },
    ],
  };
  return pretty(base, overrides);
}

function pretty(base: Record<string, unknown>, overrides: Record<string, unknown>): string {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  return `${JSON.stringify(merged, null, 2)}\n`;
}

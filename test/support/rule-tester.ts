import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostic.js";
import { type EngineOptions, lintSources, type SourceFile } from "../../src/engine/engine.js";
import { docsUrl, formatMessage, type Rule } from "../../src/rules/types.js";

export interface ValidCase {
  name: string;
  /** One JSON text, or several files for cross-file rules. */
  code: string | SourceFile[];
  options?: EngineOptions;
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

/** One diagnostic a strict table expects: which message, all four positions, and the severity if not the rule's default. */
export interface ExpectedReport {
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Defaults to the rule's `meta.severity`: a case that expects another severity must say so. */
  severity?: "error" | "warning";
  /** The values the message names; compared when given. */
  data?: Record<string, string | number>;
  /** A fragment the worded message must contain. */
  message?: string;
  /** File of the diagnostic, for multi-file cases (defaults to the first file). */
  file?: string;
}

export interface StrictInvalidCase extends ValidCase {
  errors: ExpectedReport[];
  /** The first file's text after applying every fix of this rule once. */
  output?: string;
}

/**
 * ESLint RuleTester-style tables for a rule object: valid code yields nothing from the rule; invalid
 * code yields exactly these diagnostics, compared by messageId, line, column, endLine, endColumn,
 * severity (the rule's default unless the case says otherwise) and file.
 */
export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: StrictInvalidCase[] }): void {
  const { id, messages, severity } = rule.meta;
  describe(id, () => {
    it("reports only messages it declares, each with a docs URL", () => {
      for (const c of cases.invalid) for (const e of c.errors) expect(Object.keys(messages)).toContain(e.messageId);
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const summary = lintSources(sources(c.code), c.options);
        const found = summary.results.flatMap((r) => r.diagnostics).filter((d) => d.ruleId === id);
        expect(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const files = sources(c.code);
        const summary = lintSources(files, c.options);
        const found = summary.results.flatMap((r) => r.diagnostics).filter((d) => d.ruleId === id);
        const actual = found.map((d) => ({
          file: d.file,
          messageId: d.messageId,
          line: d.line,
          column: d.column,
          endLine: d.endLine,
          endColumn: d.endColumn,
          severity: d.severity,
        }));
        const expected = c.errors.map((e) => ({
          file: e.file ?? files[0]?.file,
          messageId: e.messageId,
          line: e.line,
          column: e.column,
          endLine: e.endLine,
          endColumn: e.endColumn,
          severity: e.severity ?? severity,
        }));
        expect(actual).toEqual(expected);
        c.errors.forEach((e, index) => {
          const d = found[index];
          expect(d?.docsUrl).toBe(docsUrl(id));
          if (e.message) expect(d?.message).toContain(e.message);
          if (e.data) expect(d?.message).toBe(formatMessage(messages[e.messageId] ?? "", e.data));
        });
        if (c.output !== undefined) {
          const first = summary.results[0];
          expect(applyFixes(files[0]?.text ?? "", first?.diagnostics.filter((d) => d.ruleId === id) ?? [])).toBe(
            c.output,
          );
        }
      });
    }
  });
}

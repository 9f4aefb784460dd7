import type { ChalkInstance } from "chalk";
import { chalkFor } from "../format/chalk.js";
import { jsonDepthExceeds } from "../util/json-depth.js";
import { escapeControlKeepingLayout } from "../util/terminal.js";
import { MAX_REPLY_DEPTH } from "./checks.js";
import type { BridgeReport, CallRecord, Check } from "./types.js";

/** How much of a body the text report shows: about six terminal lines. */
const TEXT_BODY_CHARS = 600;
/** The JSON report keeps more, still bounded so a huge reply cannot flood a CI log. */
const JSON_BODY_CHARS = 20_000;

export function truncate(
  text: string,
  maxChars: number,
  maxLines = Number.POSITIVE_INFINITY,
): { text: string; truncated: boolean } {
  let out = text;
  const lines = out.split("\n");
  if (lines.length > maxLines) out = lines.slice(0, maxLines).join("\n");
  if (out.length > maxChars) out = out.slice(0, maxChars);
  if (out.length === text.length) return { text, truncated: false };
  return { text: `${out}\n... (${text.length - out.length} more characters)`, truncated: true };
}

/** A JSON body on one line (a page of contacts would otherwise fill the screen); other text as received. */
function compactBody(bodyText: string): string {
  if (jsonDepthExceeds(bodyText, MAX_REPLY_DEPTH)) return bodyText;
  try {
    return JSON.stringify(JSON.parse(bodyText));
  } catch {
    return bodyText;
  }
}

const indent = (text: string, prefix: string) =>
  text
    .split("\n")
    .map((line) => `${prefix}${line}`)
    .join("\n");

function checkLine(check: Check): string {
  const verdict = !check.ok ? "FAIL" : check.warning ? "WARN" : "PASS";
  return `${verdict} ${check.id}: ${check.message}${check.assumed ? " (assumed)" : ""}`;
}

function formatCall(call: CallRecord, index: number): string {
  const out: string[] = [`${index}. ${call.label}`];
  if (call.skipped) {
    out.push(`   skipped: ${call.skipped}`);
    return out.join("\n");
  }
  if (call.request) {
    out.push(`   > ${call.request.method} ${call.request.url}`);
    out.push(indent(JSON.stringify(call.request.body), "   > "));
  }
  if (call.response) {
    const res = call.response;
    const headers = [res.contentType ? `Content-Type: ${res.contentType}` : "no Content-Type"];
    if (res.location) headers.push(`Location: ${res.location}`);
    out.push(`   < ${res.status} (${headers.join(", ")})`);
    if (res.bodyText.trim() !== "") {
      out.push(indent(truncate(compactBody(res.bodyText), TEXT_BODY_CHARS, 10).text, "   < "));
    } else {
      out.push("   < (empty body)");
    }
  } else if (call.error) {
    out.push("   < no answer");
  }
  for (const check of call.checks) out.push(`   ${checkLine(check)}`);
  if (call.location && call.checks.some((c) => !c.ok || c.warning)) {
    out.push(`   endpoint declared at ${call.location.file}:${call.location.line}:${call.location.column}`);
  }
  for (const note of call.notes) out.push(`   note: ${note}`);
  return out.join("\n");
}

/** The verdict words this report writes at the start of a check line, and their colours. */
const VERDICT_LINE = /^( {3})(PASS|FAIL|WARN)(?= )/gm;

function colour(text: string, chalk: ChalkInstance): string {
  const styles = { PASS: chalk.green, FAIL: chalk.red, WARN: chalk.yellow } as const;
  return text.replace(
    VERDICT_LINE,
    (_m, indent: string, verdict: keyof typeof styles) => indent + styles[verdict](verdict),
  );
}

/**
 * The report for a person. Every control character a bridge or a manifest put in the text is
 * escaped (a reply cannot move the cursor or colour the terminal); the colours are added after.
 */
export function formatText(report: BridgeReport, options: { color?: boolean } = {}): string {
  const chalk = chalkFor(options.color === true);
  const out: string[] = [`Bridge test of ${report.integration} against ${report.target}`];
  for (const a of report.assumptions) out.push(`assumed: ${a.text}`);
  for (const note of report.notes) out.push(`note: ${note}`);
  report.calls.forEach((call, i) => {
    out.push("", formatCall(call, i + 1));
  });
  const { calls, checks, failed, warnings, skipped } = report.summary;
  const counts = `${calls} request${calls === 1 ? "" : "s"}, ${checks} check${checks === 1 ? "" : "s"}, ${failed} failed${warnings ? `, ${warnings} warning${warnings === 1 ? "" : "s"}` : ""}${skipped ? `, ${skipped} skipped` : ""}`;
  const body = colour(escapeControlKeepingLayout(out.join("\n")), chalk);
  return `${body}\n\n${failed ? chalk.red(counts) : chalk.green(counts)}\n`;
}

/** The report for scripts: bodies truncated at 20,000 characters, flagged with `bodyTruncated`. */
export function formatJson(report: BridgeReport, version: string): string {
  const calls = report.calls.map((call) => {
    const { response, ...rest } = call;
    if (!response) return rest;
    const body = truncate(response.bodyText, JSON_BODY_CHARS);
    return {
      ...rest,
      response: {
        status: response.status,
        contentType: response.contentType ?? null,
        location: response.location ?? null,
        body: body.text,
        bodyTruncated: body.truncated,
      },
    };
  });
  return `${JSON.stringify({ tool: "td-integration", version, ...report, calls }, null, 2)}\n`;
}

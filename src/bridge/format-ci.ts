import path from "node:path";
import { escapeCommandData, escapeCommandProperty } from "../util/workflow-command.js";
import { xmlAttribute, xmlText } from "../util/xml.js";
import { truncate } from "./format.js";
import type { BridgeReport, CallRecord, Check, SourceLocation } from "./types.js";

/** How much of a reply a JUnit failure carries: enough to see what came back, bounded for CI logs. */
const JUNIT_BODY_CHARS = 2000;

function summaryLine(report: BridgeReport): string {
  const { calls, checks, failed, warnings, skipped } = report.summary;
  const parts = [
    `${calls} request${calls === 1 ? "" : "s"}`,
    `${checks} check${checks === 1 ? "" : "s"}`,
    `${failed} failed`,
  ];
  if (warnings) parts.push(`${warnings} warning${warnings === 1 ? "" : "s"}`);
  if (skipped) parts.push(`${skipped} skipped`);
  return parts.join(", ");
}

/** The exchange in a few lines: request line and body, status, reply body (credentials already masked). */
function exchangeText(call: CallRecord): string {
  const out: string[] = [];
  if (call.request) out.push(`> ${call.request.method} ${call.request.url}`, `> ${JSON.stringify(call.request.body)}`);
  if (call.response) {
    out.push(`< ${call.response.status}${call.response.contentType ? ` (${call.response.contentType})` : ""}`);
    if (call.response.bodyText.trim() !== "") out.push(`< ${truncate(call.response.bodyText, JUNIT_BODY_CHARS).text}`);
  } else if (call.error) {
    out.push(`< no answer: ${call.error}`);
  }
  return out.join("\n");
}

const where = (location: SourceLocation | undefined) =>
  location ? `${location.file}:${location.line}:${location.column}` : undefined;

/**
 * JUnit XML: one testsuite per exchange, one testcase per check (a failure carries the exchange),
 * a skipped exchange as one skipped testcase; the assumptions and set-up notes in a first suite.
 * Valid against the common JUnit XSD (Jenkins' junit-10.xsd).
 */
export function formatJunit(report: BridgeReport): string {
  const classname = xmlAttribute(`bridge-test.${report.integration}`);
  const tests = report.calls.reduce((n, call) => n + (call.skipped ? 1 : call.checks.length), 0);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="td-integration bridge-test" tests="${tests}" failures="${report.summary.failed}" errors="0">`,
    `  <testsuite name="${xmlAttribute(`${report.integration}: set-up`)}" tests="0" failures="0" errors="0" skipped="0">`,
    "    <properties>",
    `      <property name="target" value="${xmlAttribute(report.target)}"/>`,
    ...report.assumptions.map(
      (a) => `      <property name="${xmlAttribute(`assumed.${a.id}`)}" value="${xmlAttribute(a.text)}"/>`,
    ),
    "    </properties>",
  ];
  if (report.notes.length) out.push(`    <system-out>${xmlText(report.notes.join("\n"))}</system-out>`);
  out.push("  </testsuite>");
  report.calls.forEach((call, i) => {
    const suite = `${report.integration}: ${i + 1}. ${call.label}`;
    const attributes = [`name="${xmlAttribute(suite)}"`];
    const at = where(call.location);
    if (call.skipped) {
      out.push(
        `  <testsuite ${attributes.join(" ")} tests="1" failures="0" errors="0" skipped="1">`,
        `    <testcase classname="${classname}" name="${xmlAttribute(`${i + 1}. ${call.label}`)}">`,
        `      <skipped message="${xmlAttribute(call.skipped)}"/>`,
        "    </testcase>",
        "  </testsuite>",
      );
      return;
    }
    if (at) attributes.push(`file="${xmlAttribute(call.location?.file ?? "")}"`);
    const failures = call.checks.filter((c) => !c.ok).length;
    out.push(
      `  <testsuite ${attributes.join(" ")} tests="${call.checks.length}" failures="${failures}" errors="0" skipped="0">`,
    );
    for (const check of call.checks) out.push(...junitCase(classname, `${i + 1}. ${call.label}`, check, call, at));
    const log = [exchangeText(call), ...call.notes.map((n) => `note: ${n}`)].filter((x) => x !== "").join("\n");
    if (log) out.push(`    <system-out>${xmlText(log)}</system-out>`);
    out.push("  </testsuite>");
  });
  out.push("</testsuites>");
  return `${out.join("\n")}\n`;
}

function junitCase(classname: string, label: string, check: Check, call: CallRecord, at: string | undefined): string[] {
  const name = xmlAttribute(`${label}: ${check.id}${check.assumed ? " (assumed)" : ""}`);
  if (check.ok && !check.warning) return [`    <testcase classname="${classname}" name="${name}"/>`];
  if (check.ok) {
    return [
      `    <testcase classname="${classname}" name="${name}">`,
      `      <system-out>${xmlText(`WARN ${check.id}: ${check.message}`)}</system-out>`,
      "    </testcase>",
    ];
  }
  const detail = [`${at ? `${at}: ` : ""}${check.message}`, "", exchangeText(call)].join("\n");
  return [
    `    <testcase classname="${classname}" name="${name}">`,
    `      <failure type="${xmlAttribute(check.id)}" message="${xmlAttribute(check.message)}">${xmlText(detail)}</failure>`,
    "    </testcase>",
  ];
}

export interface GithubContext {
  cwd: string;
  /** The repository root: annotation paths are relative to it, as GitHub expects. */
  root: string;
}

function repositoryPath(file: string, context: GithubContext): string {
  const absolute = path.resolve(context.cwd, file);
  const relative = path.relative(context.root, absolute);
  return (relative.startsWith("..") || path.isAbsolute(relative) ? absolute : relative).split(path.sep).join("/");
}

function annotation(
  level: "error" | "warning" | "notice",
  title: string,
  message: string,
  location: SourceLocation | undefined,
  context: GithubContext,
): string {
  const properties = location
    ? [
        `file=${escapeCommandProperty(repositoryPath(location.file, context))}`,
        `line=${location.line}`,
        `col=${location.column}`,
        `endLine=${location.endLine}`,
        `endColumn=${location.endColumn}`,
      ]
    : [];
  properties.push(`title=${escapeCommandProperty(title)}`);
  return `::${level} ${properties.join(",")}::${escapeCommandData(message)}`;
}

/**
 * GitHub Actions workflow commands: an error per failed check and a warning per warning, placed on
 * the endpoint key (in the manifest or the action file) of the request that failed; a notice per
 * skipped request; then the summary line.
 */
export function formatGithub(report: BridgeReport, context: GithubContext): string {
  const lines: string[] = [];
  for (const call of report.calls) {
    if (call.skipped) {
      lines.push(
        annotation("notice", `bridge-test: ${call.label}`, `${call.label}: ${call.skipped}`, call.location, context),
      );
      continue;
    }
    for (const check of call.checks) {
      if (check.ok && !check.warning) continue;
      const status = call.response ? ` (status ${call.response.status})` : "";
      lines.push(
        annotation(
          check.ok ? "warning" : "error",
          `bridge-test ${check.id}`,
          `${call.label}${status}: ${check.message}${check.assumed ? " (assumed)" : ""}`,
          call.location,
          context,
        ),
      );
    }
  }
  lines.push(`td-integration bridge-test of ${escapeCommandData(report.integration)}: ${summaryLine(report)}`);
  return `${lines.join("\n")}\n`;
}

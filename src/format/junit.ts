import type { Formatter } from "./types.js";

// XML 1.0 cannot carry most control characters at all, even escaped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being removed
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function xml(text: string): string {
  return text
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** An attribute value: line breaks as character references, or XML parsers turn them into spaces. */
function attr(text: string): string {
  return xml(text).replace(/\r/g, "&#13;").replace(/\n/g, "&#10;");
}

/**
 * JUnit XML for CI test reports: one testsuite per file, one failing testcase per problem (errors
 * and warnings alike, told apart by `type`), and one passing testcase for a file without problems.
 */
export const junit: Formatter = (summary) => {
  const linted = summary.results.filter((r) => r.kind !== "skipped");
  const tests = linted.reduce((n, r) => n + Math.max(1, r.diagnostics.length), 0);
  const failures = linted.reduce((n, r) => n + r.diagnostics.length, 0);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="td-integration" tests="${tests}" failures="${failures}" errors="0">`,
  ];
  for (const result of linted) {
    const file = attr(result.file);
    const count = result.diagnostics.length;
    out.push(`  <testsuite name="${file}" tests="${Math.max(1, count)}" failures="${count}" errors="0" skipped="0">`);
    if (count === 0) out.push(`    <testcase classname="${file}" name="${file}"/>`);
    for (const d of result.diagnostics) {
      const name = attr(`${d.ruleId} ${d.line}:${d.column}`);
      const body = xml(`${result.file}:${d.line}:${d.column}: ${d.severity} ${d.message} [${d.ruleId}]`);
      out.push(
        `    <testcase classname="${file}" name="${name}">`,
        `      <failure type="${d.severity}" message="${attr(d.message)}">${body}</failure>`,
        "    </testcase>",
      );
    }
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return `${out.join("\n")}\n`;
};

import { xmlAttribute as attr, xmlText as xml } from "../util/xml.js";
import type { Formatter } from "./types.js";

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

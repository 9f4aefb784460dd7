import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type * as Sarif from "sarif";
import type { Diagnostic } from "../diagnostic.js";
import { locateInRepo, repoPath } from "./paths.js";
import type { FormatRule, Formatter } from "./types.js";

// node:crypto costs every lint run a few milliseconds to load; only SARIF output needs it.
const requireBuiltin = createRequire(import.meta.url);
const sha256 = (text: string) =>
  (requireBuiltin("node:crypto") as typeof import("node:crypto")).createHash("sha256").update(text).digest("hex");

const INFORMATION_URI = "https://github.com/td-integration/td-integration";
const SRCROOT = "%SRCROOT%";

function ruleDescriptor(rule: FormatRule): Sarif.ReportingDescriptor {
  const fix = rule.fixable ? " `td-integration lint --fix` fixes it." : "";
  const help = rule.docsUrl
    ? {
        text: `${rule.description}.${fix} See ${rule.docsUrl}`,
        markdown: `${rule.description}.${fix} See [${rule.id}](${rule.docsUrl}).`,
      }
    : { text: `${rule.description}.${fix}` };
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description}.${fix}` },
    help,
    // helpUri must be an absolute URI: left out for a rule without a docs page.
    ...(rule.docsUrl ? { helpUri: rule.docsUrl } : {}),
    defaultConfiguration: { level: rule.severity === "error" ? "error" : "warning" },
  };
}

/**
 * SARIF 2.1.0, as GitHub code scanning reads it: every rule of the tool in `tool.driver.rules`,
 * results pointing at repository-relative URIs, and fingerprints that do not depend on line
 * numbers (rule, file, JSON Pointer), so an alert survives edits above it.
 */
export const sarif: Formatter = (summary, context) => {
  const rules: FormatRule[] = [...(context.rules ?? [])];
  const indexOf = new Map(rules.map((rule, index) => [rule.id, index]));
  const ruleIndex = (d: Diagnostic) => {
    let index = indexOf.get(d.ruleId);
    if (index === undefined) {
      index = rules.length;
      rules.push({
        id: d.ruleId,
        severity: d.severity,
        description: d.ruleId,
        fixable: false,
        docsUrl: d.docsUrl ?? "",
      });
      indexOf.set(d.ruleId, index);
    }
    return index;
  };
  const location = (file: string): Sarif.ArtifactLocation => {
    const where = locateInRepo(file, context);
    // Inside the repository: a relative reference (each segment percent-encoded, slashes kept)
    // resolved against %SRCROOT%. Outside it, a relative reference would climb out of the base
    // (`../`), so the file gets an absolute file: URI and no base (SARIF §3.4.4: uriBaseId only
    // with a relative reference).
    return where.inside
      ? { uri: where.relative.split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT }
      : { uri: pathToFileURL(where.absolute).href };
  };
  const seen = new Map<string, number>();
  const results = summary.results.flatMap((result) =>
    result.diagnostics.map((d): Sarif.Result => {
      const key = `${d.ruleId}\u0000${repoPath(result.file, context)}\u0000${d.pointer}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      const fingerprint = sha256(`${key}\u0000${occurrence}`).slice(0, 32);
      return {
        ruleId: d.ruleId,
        ruleIndex: ruleIndex(d),
        level: d.severity === "error" ? "error" : "warning",
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location(result.file),
              region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
            },
          },
        ],
        partialFingerprints: { "tdIntegration/v1": fingerprint },
        ...(d.related?.length
          ? {
              relatedLocations: d.related.map((r, id) => ({
                id,
                message: { text: r.message },
                physicalLocation: {
                  artifactLocation: location(r.file),
                  region: { startLine: r.line, startColumn: r.column },
                },
              })),
            }
          : {}),
      };
    }),
  );
  const root = path.resolve(context.root ?? context.cwd);
  const log: Sarif.Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "td-integration",
            version: context.version,
            semanticVersion: context.version,
            informationUri: INFORMATION_URI,
            rules: rules.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(root + path.sep).href } },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

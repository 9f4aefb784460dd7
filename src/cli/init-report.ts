import { TdIntegrationError } from "../api/errors.js";
import type { ScaffoldFile, ScaffoldResult, TemplateInfo } from "../api/scaffold.js";
import type { Diagnostic } from "../diagnostic.js";
import { shellQuote } from "../util/shell-quote.js";
import { UsageError } from "./errors.js";

/** What `init` prints: the template list, the plan of a dry run, the files written and what lint says of them. */

export function formatTemplateList(templates: readonly TemplateInfo[]): string {
  const width = Math.max(...templates.map((t) => t.id.length));
  const lines = templates.map((t) => `${t.id.padEnd(width)}  ${t.kind.padEnd(11)}  ${t.title}: ${t.description}`);
  return `${lines.join("\n")}\n\nUse one with --template <id>, or pass --template <dir> for a folder with a template.json of the same shape.\n`;
}

export function formatDryRun(result: ScaffoldResult): string {
  const contents = result.files.map((file) => `\n--- ${file.path}\n${file.text}`).join("");
  return `Dry run: nothing was written.\n${formatPlan(result.files)}${formatWarnings(result.warnings, "")}${contents}`;
}

export async function formatDone(result: ScaffoldResult, color: boolean, width?: number): Promise<string> {
  const count = result.files.length === 1 ? "the new file" : `the ${result.files.length} new files`;
  const lint = result.warnings.length > 0 ? formatWarnings(result.warnings, count) : `lint: no problems in ${count}.\n`;
  const steps = result.nextSteps.map((step, index) => `  ${index + 1}. ${step}`).join("\n");
  return `${formatPlan(result.files, true)}\n${lint}${await preview(result.files, color, width)}\nNext steps:\n${steps}\n`;
}

/** Lint's warnings on the files: shown with the rule id, as `lint` shows them; they do not block. */
function formatWarnings(warnings: readonly Diagnostic[], files: string): string {
  if (warnings.length === 0) return "";
  const count = `${warnings.length} warning${warnings.length === 1 ? "" : "s"}`;
  const lines = warnings.map((d) => `  ${d.file}:${d.line}:${d.column}  warning  ${d.message}  ${d.ruleId}\n`);
  return `lint: ${count}${files ? ` in ${files}` : ""} (warnings do not block; fix them when you can):\n${lines.join("")}`;
}

function formatPlan(files: readonly ScaffoldFile[], done = false): string {
  const verb: Record<string, string> = done
    ? { create: "created", overwrite: "overwritten", identical: "unchanged (identical)" }
    : { create: "create", overwrite: "overwrite", identical: "identical" };
  const width = Math.max(...files.map((f) => (verb[f.status] as string).length));
  return `${files.map((f) => `  ${(verb[f.status] as string).padEnd(width)}  ${f.path}`).join("\n")}\n`;
}

/** How Talkdesk will show the new files: the same preview `render` prints. */
async function preview(files: readonly ScaffoldFile[], color: boolean, width?: number): Promise<string> {
  const { formatRenderText, renderSource } = await import("../render/index.js");
  const results = files.map((f) => renderSource(f.path, f.text));
  return `\nPreview (td-integration render):\n${formatRenderText(results, { color, width })}`;
}

/** An API error as the CLI words it, naming its flags; anything else is passed on. */
export function usageError(error: unknown, knownFlags: ReadonlySet<string>): unknown {
  if (!(error instanceof TdIntegrationError)) return error;
  const details = error as TdIntegrationError & {
    missingAnswers?: readonly { id: string; flag: string; example: string; about: string }[];
    files?: readonly string[];
  };
  switch (error.code) {
    case "ANSWERS_MISSING": {
      const lines = (details.missingAnswers ?? []).map((m) => {
        const flag = knownFlags.has(m.flag) ? `--${m.flag}=` : `--set=${m.id}=`;
        return `  ${flag}${shellQuote(m.example)}\n      ${m.about}`;
      });
      return new UsageError(
        `init needs answers it cannot ask for (no terminal: standard input or output is not a TTY, or CI is set).\nAdd these flags, edited to your values (or put the answers in --answers FILE, keyed by question id; --yes takes the defaults):\n${lines.join("\n")}`,
      );
    }
    case "FILE_EXISTS":
      return new UsageError(
        `these files exist and differ: ${(details.files ?? []).join(", ")}; nothing was written. Pass --force to overwrite them, --out DIR to write elsewhere, or --dry-run to compare.`,
      );
    case "TEMPLATE_INVALID":
      return new UsageError(
        error.message.includes("no built-in template of that id")
          ? `${error.message} (see --list-templates)`
          : error.message,
      );
    default:
      return new UsageError(error.message);
  }
}

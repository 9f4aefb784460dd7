import path from "node:path";
import { FileSelectionError, selectFiles } from "../lint/files.js";
import { readSource } from "../lint/read.js";
import { formatRenderJson, formatTemplateJson } from "../render/json.js";
import { parseContactJson, parseSetValues, RenderOptionError } from "../render/options.js";
import { renderTemplate as renderOneTemplate, renderSources } from "../render/render.js";
import { formatRenderText, formatTemplateText } from "../render/text.js";
import type { RenderOptions, RenderResult, TemplateRender } from "../render/types.js";
import { checkFileList, checkOptions, OptionError, PathError } from "./errors.js";

export interface RenderPreviewOptions {
  /** Contact fields overriding the built-in sample contact: `{ first_name: "Sam" }`. */
  contact?: Readonly<Record<string, string>>;
  /** Values by placeholder name (`contact.email`, `account`, `ticket.id`); they win over everything. */
  set?: Readonly<Record<string, string>>;
  /** A placeholder without a value is a warning instead of an error. */
  allowMissing?: boolean;
  /** Longest `display` a combo-box shows in full (default 30). */
  displayMaxLength?: number;
}

export interface RenderApiOptions extends RenderPreviewOptions {
  /** Files, directories and globs, relative to `cwd`, as for `lint`. Default: `cwd`, unless `texts` are given. */
  files?: readonly string[];
  /** Texts to render as if they were these files. */
  texts?: readonly { file: string; text: string }[];
  /** Default: `process.cwd()`. */
  cwd?: string;
  /** A directory or glob that matches no file throws, unless this is false. Default: true. */
  errorOnUnmatchedPattern?: boolean;
}

/** Checks `contact` and `set` as the CLI checks `--contact` and `--set`. */
function previewOptions(options: RenderPreviewOptions): RenderOptions {
  const out: RenderOptions = { allowMissing: options.allowMissing === true };
  try {
    if (options.set) out.set = parseSetValues(Object.entries(options.set).map(([name, value]) => `${name}=${value}`));
    if (options.contact) out.contact = parseContactJson(JSON.stringify(options.contact), "(contact option)");
  } catch (error) {
    if (error instanceof RenderOptionError) {
      throw new OptionError(
        error.message.replace(/^--set /, "set ").replace(/^--contact \(contact option\)/, "contact"),
      );
    }
    throw error;
  }
  if (options.displayMaxLength !== undefined) {
    if (!Number.isInteger(options.displayMaxLength) || options.displayMaxLength < 1) {
      throw new OptionError(`displayMaxLength must be a positive integer, not ${options.displayMaxLength}`);
    }
    out.displayMaxLength = options.displayMaxLength;
  }
  return out;
}

/**
 * Previews integrations and actions as Talkdesk shows them (what `td-integration render` prints):
 * action phrasing, input forms, template expansion with sample values, sign-in forms and features.
 * Resolves to one result per file; problems (missing values, invalid URLs) are in each result.
 * Rejects with `PATH_NOT_FOUND`, `NO_FILES_MATCHED`, `FILE_UNREADABLE` or `INVALID_OPTION`.
 *
 * @example
 * const [result] = await render({ files: ["actions/create_ticket.json"] });
 * if (result?.kind === "action") console.log(result.action.display?.rendered); // "Then create a ticket"
 */
export async function render(options: RenderApiOptions = {}): Promise<RenderResult[]> {
  checkOptions("render", options, '{ files: ["actions/create_ticket.json"] }');
  checkFileList(options.files);
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const preview = previewOptions(options);
  const sources: { file: string; text: string }[] = [];
  if (options.files !== undefined || options.texts === undefined) {
    let files: string[];
    try {
      files = await selectFiles(options.files ?? [], { cwd, errorOnUnmatchedPattern: options.errorOnUnmatchedPattern });
    } catch (error) {
      if (error instanceof FileSelectionError) {
        throw new PathError(error.reason === "not-found" ? "PATH_NOT_FOUND" : "NO_FILES_MATCHED", error.message);
      }
      throw error;
    }
    for (const file of files) {
      const read = readSource(path.resolve(cwd, file));
      if (!read.ok) throw new PathError("FILE_UNREADABLE", `cannot read ${file}: ${read.reason}`);
      sources.push({ file, text: read.text });
    }
  }
  sources.push(...(options.texts ?? []));
  return renderSources(sources, preview);
}

/**
 * Expands one `{{...}}` template with the sample contact and the given values, as
 * `td-integration render --format TEMPLATE` does.
 *
 * @example
 * renderTemplate("https://{{account}}.example.org", { set: { account: "acme" } }).expansion.result
 * // "https://acme.example.org"
 */
export function renderTemplate(template: string, options: RenderPreviewOptions = {}): TemplateRender {
  return renderOneTemplate(template, previewOptions(options));
}

export interface RenderFormatOptions {
  /** ANSI colours (text only). Default: false. */
  color?: boolean;
  /** Width to wrap the text at. Default: 80. */
  width?: number;
}

/** Formats render results as `render` prints them: `"text"` or `"json"` (shape: docs/render-json.md). */
export function formatRender(
  results: RenderResult[] | TemplateRender,
  as: "text" | "json" = "text",
  options: RenderFormatOptions = {},
): string {
  const text = { color: options.color === true, width: options.width };
  if (Array.isArray(results)) return as === "json" ? formatRenderJson(results) : formatRenderText(results, text);
  return as === "json" ? formatTemplateJson(results) : formatTemplateText(results, text);
}

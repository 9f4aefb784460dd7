import { existsSync, lstatSync } from "node:fs";
import path from "node:path";
import type { ConfigFile } from "../config/schema.js";
import type { Diagnostic, FileResult } from "../diagnostic.js";
import { readSource } from "../document/read.js";
import { readAsset } from "../render/assets.js";
import { staticDocument } from "../render/html.js";
import { formatRenderJson, formatTemplateJson } from "../render/json.js";
import { parseContactJson, parseSetValues, RenderOptionError } from "../render/options.js";
import { renderTemplate as renderOneTemplate, renderSource } from "../render/render.js";
import { formatRenderText, formatTemplateText } from "../render/text.js";
import type { RenderOptions, RenderResult, TemplateRender } from "../render/types.js";
import { checkFileList, checkOptions, OptionError, PathError } from "./errors.js";
import { lintKeepingTexts } from "./lint.js";

export interface RenderPreviewOptions {
  /** Contact fields overriding the built-in sample contact: `{ first_name: "Sam" }`. */
  contact?: Readonly<Record<string, string>>;
  /**
   * Values by placeholder name (`contact.email`, `account`, `ticket.id`); they win over everything.
   * Also taken as a list of `NAME=VALUE` texts, as `--set` gives them.
   */
  set?: Readonly<Record<string, string>> | readonly string[];
  /** A placeholder without a value is a warning instead of an error. */
  allowMissing?: boolean;
  /** Longest `display` the combo-box preview shows in full (default: the config's, 30 unless set). */
  displayMaxLength?: number;
}

export interface RenderApiOptions extends RenderPreviewOptions {
  /** Files, directories and globs, relative to `cwd`, as for `lint`. Default: `cwd`, unless `texts` are given. */
  files?: readonly string[];
  /** Texts to render as if they were these files; as for `lint()`, one the config leaves out is not rendered. */
  texts?: readonly { file: string; text: string }[];
  /** Default: `process.cwd()`. */
  cwd?: string;
  /** A directory or glob that matches no file throws, unless this is false. Default: true. */
  errorOnUnmatchedPattern?: boolean;
  /** The lint config, as for `lint()`: an object, `false` for the defaults, absent to search from `cwd`. */
  config?: ConfigFile | false;
  /** Use exactly this config file (relative to `cwd`) instead of searching. */
  configFile?: string;
  /** A JSON file (relative to `cwd`) of contact fields, as `--contact` reads it; `contact` wins over it. */
  contactFile?: string;
}

/** Checks `contact`, `contactFile` and `set` as the CLI checks `--contact` and `--set`. */
function previewOptions(options: RenderApiOptions, cwd: string): RenderOptions {
  const out: RenderOptions = { allowMissing: options.allowMissing === true };
  try {
    if (Array.isArray(options.set)) out.set = parseSetValues(options.set as readonly string[]);
    else if (options.set) {
      out.set = parseSetValues(Object.entries(options.set).map(([name, value]) => `${name}=${value}`));
    }
    if (options.contactFile !== undefined) {
      out.contact = parseContactJson(readContactFile(cwd, options.contactFile), options.contactFile);
      out.contactFile = options.contactFile;
    }
    if (options.contact) out.contact = parseContactJson(JSON.stringify(options.contact), "(contact option)");
  } catch (error) {
    if (error instanceof RenderOptionError) {
      throw new OptionError(
        Array.isArray(options.set)
          ? error.message
          : error.message.replace(/^--set /, "set ").replace(/^--contact \(contact option\)/, "contact"),
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

function readContactFile(cwd: string, file: string): string {
  const absolute = path.resolve(cwd, file);
  const read = readSource(absolute);
  if (read.ok) return read.text;
  throw existsSync(absolute) || isLink(absolute)
    ? new PathError("FILE_UNREADABLE", `cannot read --contact ${file}: ${read.reason}`)
    : new PathError("PATH_NOT_FOUND", `--contact ${file}: no such file`);
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column;
}

/** The preview of one linted file, with lint's diagnostics and render's own in file order. */
function preview(result: FileResult, text: string | undefined, options: RenderOptions): RenderResult {
  const { file } = result;
  if (result.kind === "skipped") return { file, kind: "skipped", diagnostics: [] };
  if (text === undefined) return { file, kind: "invalid", diagnostics: result.diagnostics };
  const rendered = renderSource(file, text, options);
  const diagnostics = [...result.diagnostics, ...rendered.diagnostics].sort(byPosition);
  // A file lint could not judge as a manifest is still previewed as far as a tolerant parse reads it.
  if (rendered.kind === "skipped") return { file, kind: "invalid", diagnostics };
  return { ...rendered, diagnostics };
}

/**
 * Previews integrations and actions as Talkdesk shows them (what `td-integration render` prints):
 * action phrasing, input forms, template expansion with sample values, sign-in forms and features.
 * The files are linted as `lint()` lints them (same selection, config and rules): each result
 * carries lint's diagnostics and the problems only rendering finds (`render/missing-value`,
 * `render/invalid-url`), in file order. A file that cannot be read gets lint's `file-read` error.
 * Rejects with `PATH_NOT_FOUND`, `NO_FILES_MATCHED`, `CONFIG_INVALID`, `FILE_UNREADABLE` (the
 * contact file) or `INVALID_OPTION`.
 *
 * @example
 * const [result] = await render({ files: ["actions/create_ticket.json"] });
 * if (result?.kind === "action") console.log(result.action.display?.rendered); // "Then create a ticket"
 */
export async function render(options: RenderApiOptions = {}): Promise<RenderResult[]> {
  checkOptions("render", options, '{ files: ["actions/create_ticket.json"] }');
  checkFileList(options.files);
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const renderOptions = previewOptions(options, cwd);
  const { summary, texts, config } = await lintKeepingTexts(
    {
      files: options.files,
      texts: options.texts,
      cwd,
      config: options.config,
      configFile: options.configFile,
      errorOnUnmatchedPattern: options.errorOnUnmatchedPattern,
    },
    true,
  );
  return summary.results.map((result) =>
    preview(result, texts.get(result.file), {
      ...renderOptions,
      // The combo-box is cut where lint's too-long rule draws the line for this file, unless asked otherwise.
      displayMaxLength: renderOptions.displayMaxLength ?? config.configFor(result.file).settings.displayMaxLength,
    }),
  );
}

/**
 * Expands one `{{...}}` template with the sample contact and the given values, as
 * `td-integration render --format TEMPLATE` does.
 *
 * @example
 * renderTemplate("https://{{account}}.example.org", { set: { account: "acme" } }).expansion.result
 * // "https://acme.example.org"
 */
export function renderTemplate(
  template: string,
  options: RenderPreviewOptions & { cwd?: string; contactFile?: string } = {},
): TemplateRender {
  return renderOneTemplate(template, previewOptions(options, path.resolve(options.cwd ?? process.cwd())));
}

export interface RenderFormatOptions {
  /** ANSI colours (text only). Default: false. */
  color?: boolean;
  /** Width to wrap the text at. Default: 80. */
  width?: number;
}

/**
 * Formats render results as `render` prints them: `"text"`, `"json"` (shape: docs/render-json.md) or
 * `"html"` (files only: one self-contained page, the views `td-integration dev` serves, without script).
 */
export function formatRender(
  results: RenderResult[] | TemplateRender,
  as: "text" | "json" | "html" = "text",
  options: RenderFormatOptions = {},
): string {
  if (as === "html") {
    if (!Array.isArray(results)) throw new OptionError("the html format previews files, not a --format template");
    const named = results.find((r) => r.kind === "integration" && r.integration.displayName !== undefined);
    const title =
      named?.kind === "integration" ? `${named.integration.displayName}: Talkdesk preview` : "Talkdesk preview";
    return staticDocument(results, readAsset("page.css"), title);
  }
  const text = { color: options.color === true, width: options.width };
  if (Array.isArray(results)) return as === "json" ? formatRenderJson(results) : formatRenderText(results, text);
  return as === "json" ? formatTemplateJson(results) : formatTemplateText(results, text);
}

/** Whether render results hold an error: the CLI exits 1 for them, as `lint` does. */
export function hasRenderErrors(results: RenderResult[] | TemplateRender): boolean {
  const diagnostics = Array.isArray(results) ? results.flatMap((r) => r.diagnostics) : results.diagnostics;
  return diagnostics.some((d) => d.severity === "error");
}

import { readFileSync } from "node:fs";
import path from "node:path";
import { FileSelectionError, selectFiles } from "../lint/files.js";
import { formatRenderJson, formatTemplateJson } from "./json.js";
import { parseContactJson, parseSetValues, RenderOptionError } from "./options.js";
import { renderSource, renderTemplate } from "./render.js";
import { formatRenderText, formatTemplateText } from "./text.js";
import type { RenderOptions, RenderProblem } from "./types.js";

export interface RenderCommandOptions {
  contact?: string;
  set: string[];
  allowMissing?: boolean;
  displayMaxLength?: number;
  json?: boolean;
  /** An ad hoc template to render instead of files. */
  format?: string;
  errorOnUnmatchedPattern: boolean;
}

export interface RenderEnvironment {
  cwd: string;
  color: boolean;
  width: number;
}

/**
 * `td-integration render`: resolves options and files, renders, formats. Returns the output and
 * the exit code; the CLI prints. Bad options and unreadable paths throw RenderOptionError.
 */
export async function runRender(
  paths: readonly string[],
  command: RenderCommandOptions,
  env: RenderEnvironment,
): Promise<{ output: string; exitCode: number }> {
  const options: RenderOptions = {
    set: parseSetValues(command.set),
    allowMissing: command.allowMissing === true,
  };
  if (command.displayMaxLength !== undefined) options.displayMaxLength = command.displayMaxLength;
  if (command.contact !== undefined) {
    options.contact = parseContactJson(readText(env.cwd, command.contact, "--contact "), command.contact);
    options.contactFile = command.contact;
  }
  const text = { color: env.color, width: env.width };
  if (command.format !== undefined) {
    if (paths.length > 0) {
      throw new RenderOptionError(
        `--format renders one template and reads no files; drop ${paths.join(" ")} or the --format option`,
      );
    }
    const render = renderTemplate(command.format, options);
    const output = command.json ? formatTemplateJson(render) : formatTemplateText(render, text);
    return { output, exitCode: exitCode(render.problems) };
  }
  let files: string[];
  try {
    files = await selectFiles(paths, { cwd: env.cwd, errorOnUnmatchedPattern: command.errorOnUnmatchedPattern });
  } catch (error) {
    if (error instanceof FileSelectionError) throw new RenderOptionError(error.message);
    throw error;
  }
  const results = files.map((file) => renderSource(file, readText(env.cwd, file), options));
  const output = command.json ? formatRenderJson(results) : formatRenderText(results, text);
  return { output, exitCode: exitCode(results.flatMap((r) => r.problems)) };
}

function readText(cwd: string, file: string, what = ""): string {
  try {
    return readFileSync(path.resolve(cwd, file), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new RenderOptionError(
      code === "ENOENT"
        ? `${what}${file}: no such file`
        : `cannot read ${what}${file}: ${code ?? (error as Error).message}`,
    );
  }
}

function exitCode(problems: readonly RenderProblem[]): number {
  return problems.some((p) => p.severity === "error") ? 1 : 0;
}

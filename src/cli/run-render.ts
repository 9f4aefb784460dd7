import path from "node:path";
import { TdIntegrationError } from "../api/errors.js";
import { formatRender, hasRenderErrors, render, renderTemplate } from "../api/render.js";
import { escapeControlKeepingStyles } from "../util/terminal.js";
import { shouldColor } from "./color.js";
import { UsageError } from "./errors.js";

/** The options commander gives `td-integration render` (declared in commands/render.ts). */
export interface RenderCliOptions {
  contact?: string;
  set: string[];
  allowMissing?: boolean;
  displayMaxLength?: number;
  json?: boolean;
  format?: string;
  color?: boolean;
  errorOnUnmatchedPattern: boolean;
  /** A path from --config, false from --no-config. */
  config?: string | false;
  html?: boolean;
  /** -o: the file --html writes (standard output without it). */
  output?: string;
}

function checkHtmlOptions(options: RenderCliOptions): void {
  if (options.output !== undefined && !options.html) {
    throw new UsageError("-o writes the page of --html; add --html, or drop -o and redirect the text or JSON");
  }
  if (!options.html) return;
  if (options.json) throw new UsageError("--html and --json are two outputs: choose one");
  if (options.format !== undefined)
    throw new UsageError("--html previews files; --format renders one template: choose one");
}

/** Writes the --html page atomically: a failed write leaves no half-written file. */
async function writePage(file: string, page: string): Promise<void> {
  const { writeFileSafely } = await import("../util/write-file.js");
  try {
    await writeFileSafely(path.resolve(file), page);
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    throw new UsageError(
      `cannot write ${file}: ${err.code === "ENOENT" ? "no such folder" : (err.code ?? err.message)}`,
    );
  }
}

/** Runs `td-integration render`: prints the preview and returns the exit code (1 on any error, as lint). */
export async function runRender(paths: string[], options: RenderCliOptions): Promise<number> {
  const cwd = process.cwd();
  const color = !options.json && shouldColor(options.color, process.stdout, process.env);
  const width = process.stdout.isTTY ? Math.min(Math.max(process.stdout.columns || 80, 40), 120) : 80;
  const preview = {
    cwd,
    set: options.set,
    contactFile: options.contact,
    allowMissing: options.allowMissing,
    displayMaxLength: options.displayMaxLength,
  };
  checkHtmlOptions(options);
  try {
    let results: Parameters<typeof formatRender>[0];
    if (options.format !== undefined) {
      if (paths.length > 0) {
        throw new UsageError(
          `--format renders one template and reads no files; drop ${paths.join(" ")} or the --format option`,
        );
      }
      results = renderTemplate(options.format, preview);
    } else {
      results = await render({
        ...preview,
        files: paths,
        errorOnUnmatchedPattern: options.errorOnUnmatchedPattern,
        ...(typeof options.config === "string" ? { configFile: options.config } : {}),
        ...(options.config === false ? { config: false as const } : {}),
      });
    }
    if (options.html) {
      const page = formatRender(results, "html");
      if (options.output === undefined) process.stdout.write(page);
      else await writePage(options.output, page);
      return hasRenderErrors(results) ? 1 : 0;
    }
    const output = formatRender(results, options.json ? "json" : "text", { color, width });
    process.stdout.write(options.json ? output : escapeControlKeepingStyles(output));
    return hasRenderErrors(results) ? 1 : 0;
  } catch (error) {
    if (error instanceof TdIntegrationError) throw new UsageError(error.message);
    throw error;
  }
}

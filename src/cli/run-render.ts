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
    const output = formatRender(results, options.json ? "json" : "text", { color, width });
    process.stdout.write(options.json ? output : escapeControlKeepingStyles(output));
    return hasRenderErrors(results) ? 1 : 0;
  } catch (error) {
    if (error instanceof TdIntegrationError) throw new UsageError(error.message);
    throw error;
  }
}

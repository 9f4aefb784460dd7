import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigError, loadConfig, type ResolvedConfig, resolveConfig } from "../config/load.js";
import type { ConfigFile } from "../config/schema.js";
import { ConfigInvalidError, OptionError, PathError } from "./errors.js";

export interface ConfigOptions {
  cwd: string;
  /** A config object (validated like a config file), or false for the defaults; absent: search. */
  config?: ConfigFile | false;
  /** Use exactly this config file (relative to cwd), no search. */
  configFile?: string;
}

/**
 * The config of an API call, found and validated as `td-integration lint` does: a config object
 * (its globs relative to cwd), an explicit file, the defaults, or a search from cwd up to the home
 * directory.
 */
export async function resolveApiConfig(options: ConfigOptions): Promise<ResolvedConfig> {
  const { cwd } = options;
  if (options.config !== undefined && options.configFile !== undefined) {
    throw new OptionError("give either config or configFile, not both");
  }
  if (options.config === false) return resolveConfig({}, undefined, cwd, cwd);
  if (options.config !== undefined) {
    // Validation loads zod: only a call with a config object pays for it (the CLI's lint never does).
    const { formatKeyPath, validateConfig } = await import("../config/validate.js");
    const result = validateConfig(options.config);
    if (!("config" in result)) {
      const problems = result.problems.map((p) => ({ path: formatKeyPath(p.path), message: p.message }));
      throw new ConfigInvalidError(
        `invalid config ${problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`,
        problems,
      );
    }
    return resolveConfig(result.config, undefined, cwd, cwd);
  }
  if (options.configFile !== undefined && !existsSync(path.resolve(cwd, options.configFile))) {
    throw new PathError("PATH_NOT_FOUND", `config file not found: ${options.configFile}`);
  }
  try {
    return await loadConfig({ cwd, configPath: options.configFile, stopDir: os.homedir() });
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigInvalidError(error.message);
    throw error;
  }
}

import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import picomatch from "picomatch";
import type { SeveritySetting } from "../diagnostic.js";
import { DEFAULT_MAX_FILE_BYTES, readSource } from "../document/read.js";
import type { FileConfig } from "../engine/engine.js";
import { RULE_METAS } from "../rules/index.js";
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from "../rules/types.js";
import type { ConfigFile, ConfigSeverity, OverrideConfig, RuleEntry } from "./schema.js";

export const MODULE_NAME = "td-integration";

/** Where a config may live, in the order they are tried in each directory. */
export const SEARCH_PLACES = [
  "package.json",
  `.${MODULE_NAME}rc`,
  `.${MODULE_NAME}rc.json`,
  `.${MODULE_NAME}rc.yaml`,
  `.${MODULE_NAME}rc.yml`,
  `.${MODULE_NAME}rc.js`,
  `.${MODULE_NAME}rc.cjs`,
  `.${MODULE_NAME}rc.mjs`,
  `${MODULE_NAME}.config.js`,
  `${MODULE_NAME}.config.mjs`,
  `${MODULE_NAME}.config.cjs`,
  `${MODULE_NAME}.config.json`,
  `${MODULE_NAME}.config.yaml`,
  `${MODULE_NAME}.config.yml`,
];

/** A config file that cannot be read or is invalid: the CLI turns it into exit code 2. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

export interface LoadConfigOptions {
  cwd: string;
  /** `--config PATH`: use exactly this file, no search. */
  configPath?: string;
  /** `--no-config`: use the defaults. */
  noConfig?: boolean;
  /** The search goes up from cwd and stops after this directory (the home directory) or at the root. */
  stopDir?: string;
}

export interface ResolvedConfig {
  /** Absolute path of the config file, if one was used. */
  filepath: string | undefined;
  /** Globs in the config are relative to this directory (the config file's, or cwd). */
  baseDir: string;
  config: ConfigFile;
  /** Absolute directories searched for integrations when an action's provider is not in the run. */
  integrationRoots: string[];
  /** Whether `files`/`ignores` select this file (a path relative to cwd). */
  isSelected(file: string): boolean;
  /** Severities and settings for one file (a path relative to cwd): top level, then matching overrides in order. */
  configFor(file: string): FileConfig;
  /** The resolved config of one file, as `--print-config` shows it. */
  describe(file: string): Record<string, unknown>;
}

const SEVERITY: Record<ConfigSeverity, SeveritySetting> = { off: "off", warn: "warning", error: "error" };
const toPosix = (p: string) => p.split(path.sep).join("/");
const asList = (globs: string | string[] | undefined) =>
  globs === undefined ? [] : Array.isArray(globs) ? globs : [globs];

function matcher(globs: string | string[] | undefined): ((file: string) => boolean) | undefined {
  const list = asList(globs).map((g) => (g.endsWith("/") ? `${g}**` : g));
  return list.length ? picomatch(list, { dot: true }) : undefined;
}

/** An ES module is only imported: cosmiconfig's require() fallback would hide its real syntax error. */
async function importModule(filepath: string): Promise<unknown> {
  return ((await import(pathToFileURL(filepath).href)) as { default?: unknown }).default;
}

async function explorer() {
  // Loaded only when a config file exists: most runs have none, and cosmiconfig costs startup time.
  const { cosmiconfig } = await import("cosmiconfig");
  // cosmiconfig reads package.json for its own meta-config while being created: a broken one throws here.
  try {
    return cosmiconfig(MODULE_NAME, {
      searchPlaces: SEARCH_PLACES,
      searchStrategy: "none",
      cache: false,
      loaders: { ".mjs": importModule },
    });
  } catch (error) {
    const where =
      (error as { fileName?: string; filepath?: string }).fileName ?? (error as { filepath?: string }).filepath;
    throw new ConfigError(
      `cannot read config file ${where ? path.basename(where) : "package.json"}: ${firstLine(error)}`,
    );
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message.split("\n").filter((line) => line.trim() !== "");
  // cosmiconfig's parse errors start with "JSON Error in <path>:"; the reason is on the next line.
  if (lines.length > 1 && /^(JSON|YAML) Error in .*:$/.test(lines[0]?.trim() ?? "")) return (lines[1] as string).trim();
  return lines[0] ?? message;
}

/** Finds, reads and validates the config; throws ConfigError naming the file, the key and a fix. */
export async function loadConfig(options: LoadConfigOptions): Promise<ResolvedConfig> {
  const cwd = path.resolve(options.cwd);
  if (options.noConfig) return resolveConfig({}, undefined, cwd, cwd);
  const found = options.configPath
    ? await loadExplicit(path.resolve(cwd, options.configPath), cwd)
    : await search(cwd, options.stopDir);
  if (!found) return resolveConfig({}, undefined, cwd, cwd);
  const shown = toPosix(path.relative(cwd, found.filepath)) || found.filepath;
  // Validation loads zod: only runs that have a config file pay for it.
  const { formatKeyPath, validateConfig } = await import("./validate.js");
  const result = validateConfig(found.isEmpty ? {} : found.config);
  if (!("config" in result)) {
    const lines = result.problems.map((p) => `${shown}: ${formatKeyPath(p.path)}: ${p.message}`);
    throw new ConfigError(`invalid config ${lines.join("\ninvalid config ")}`);
  }
  return resolveConfig(result.config, found.filepath, path.dirname(found.filepath), cwd);
}

/**
 * A named pipe or a device would block or never end, and a huge file would be read whole: only a
 * regular file of at most the size lint reads (or a missing one, said later) is handed to cosmiconfig.
 */
function refuseSpecialFile(filepath: string, shown: string): void {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(filepath);
  } catch {
    return;
  }
  if (!stat.isFile() && !stat.isDirectory()) {
    throw new ConfigError(
      `cannot read config file ${shown}: it is not a regular file (a named pipe, device or socket); name a JSON, YAML or JavaScript file`,
    );
  }
  if (stat.isFile() && stat.size > DEFAULT_MAX_FILE_BYTES) {
    throw new ConfigError(
      `cannot read config file ${shown}: it is ${(stat.size / 1024 / 1024).toFixed(1)} MB, more than the ${DEFAULT_MAX_FILE_BYTES / 1024 / 1024} MB a file may have`,
    );
  }
}

async function loadExplicit(filepath: string, cwd: string) {
  const shown = toPosix(path.relative(cwd, filepath)) || filepath;
  refuseSpecialFile(filepath, shown);
  try {
    const result = await (await explorer()).load(filepath);
    if (!result) throw new ConfigError(`config file ${shown} has no "${MODULE_NAME}" settings`);
    return result;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new ConfigError(`config file not found: ${shown}`);
    throw new ConfigError(`cannot read config file ${shown}: ${firstLine(error)}`);
  }
}

/** The nearest directory holding a config file candidate (a package.json counts only with our key). */
function firstCandidateDirectory(cwd: string, stop: string | undefined): string | undefined {
  let dir = cwd;
  for (;;) {
    for (const place of SEARCH_PLACES) {
      const file = path.join(dir, place);
      if (!existsSync(file)) continue;
      refuseSpecialFile(file, toPosix(path.relative(cwd, file)) || file);
      if (place !== "package.json") return dir;
      try {
        const read = readSource(file);
        if (!read.ok) return dir; // let cosmiconfig report why it cannot be read
        const manifest: unknown = JSON.parse(read.text);
        if (manifest !== null && typeof manifest === "object" && Object.hasOwn(manifest, MODULE_NAME)) return dir;
      } catch {
        return dir; // let cosmiconfig report why it cannot be read
      }
    }
    const parent = path.dirname(dir);
    if (dir === stop || parent === dir) return undefined;
    dir = parent;
  }
}

async function search(cwd: string, stopDir: string | undefined) {
  const stop = stopDir ? path.resolve(stopDir) : undefined;
  const start = firstCandidateDirectory(cwd, stop);
  if (start === undefined) return undefined;
  const finder = await explorer();
  let dir = start;
  for (;;) {
    try {
      const result = await finder.search(dir);
      if (result) return result;
    } catch (error) {
      const where = (error as { filepath?: string }).filepath;
      throw new ConfigError(
        `cannot read config file${where ? ` ${toPosix(path.relative(cwd, where))}` : ""}: ${firstLine(error)}`,
      );
    }
    const parent = path.dirname(dir);
    if (dir === stop || parent === dir) return undefined;
    dir = parent;
  }
}

interface Layer {
  rules?: Record<string, RuleEntry>;
  valueProviders?: Record<string, string[]>;
  cti?: boolean;
}

function applyLayer(rules: Record<string, SeveritySetting>, settings: RuleSettings, layer: Layer): RuleSettings {
  let next = settings;
  for (const [id, entry] of Object.entries(layer.rules ?? {})) {
    const [severity, options] = typeof entry === "string" ? [entry, undefined] : [entry[0], entry[1]];
    rules[id] = SEVERITY[severity];
    if (options?.displayMaxLength !== undefined) next = { ...next, displayMaxLength: options.displayMaxLength };
  }
  if (layer.cti !== undefined) next = { ...next, cti: layer.cti };
  if (layer.valueProviders) {
    const collections: Record<string, readonly string[]> = { ...next.collections };
    for (const [name, fields] of Object.entries(layer.valueProviders)) {
      // Own keys only, defined rather than assigned: a collection named `__proto__` stays a plain key.
      const known = Object.hasOwn(collections, name) ? (collections[name] ?? []) : [];
      Object.defineProperty(collections, name, {
        value: [...new Set([...known, ...fields])],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    next = { ...next, collections };
  }
  return next;
}

/** A forward-slash path relative to cwd that stays inside it: `a/b.json`, not `../a`, `./a` or `/a`. */
function isPlainRelative(file: string): boolean {
  return !(
    file === "" ||
    file.startsWith("/") ||
    file.startsWith("./") ||
    file.startsWith("../") ||
    file.includes("/../") ||
    file.includes("/./") ||
    file.includes("//") ||
    file.includes("\\") ||
    file.endsWith("/..") ||
    file.endsWith("/.") ||
    file === "." ||
    file === ".." ||
    /^[A-Za-z]:/.test(file)
  );
}

export function resolveConfig(
  config: ConfigFile,
  filepath: string | undefined,
  baseDir: string,
  cwd: string,
): ResolvedConfig {
  const include = matcher(config.files);
  const exclude = matcher(config.ignores);
  const overrides = (config.overrides ?? []).map((override: OverrideConfig) => ({
    override,
    include: matcher(override.files) ?? (() => false),
    exclude: matcher(override.ignores),
  }));
  // Called for every file of a run: a plain relative path under cwd is already relative to baseDir
  // when the config sits in cwd, and without globs there is nothing to match.
  const sameBase = path.resolve(baseDir) === path.resolve(cwd);
  const relative = (file: string) =>
    sameBase && isPlainRelative(file) ? file : toPosix(path.relative(baseDir, path.resolve(cwd, file)));
  const NONE: number[] = [];
  const matching = (file: string) => {
    if (overrides.length === 0) return NONE;
    const rel = relative(file);
    return overrides.flatMap((o, index) => (o.include(rel) && !o.exclude?.(rel) ? [index] : []));
  };
  // One FileConfig object per combination of overrides, so rules can cache per settings object.
  const cache = new Map<string, FileConfig>();
  const build = (indexes: number[]): FileConfig => {
    const key = indexes.join(",");
    let result = cache.get(key);
    if (!result) {
      const rules: Record<string, SeveritySetting> = {};
      let settings = applyLayer(rules, DEFAULT_RULE_SETTINGS, config);
      for (const index of indexes) settings = applyLayer(rules, settings, overrides[index]?.override ?? {});
      result = { rules, settings };
      cache.set(key, result);
    }
    return result;
  };
  const roots = (config.integrationRoots ?? ["."]).map((root) => path.resolve(baseDir, root));
  const shown = (p: string) => toPosix(path.relative(cwd, p)) || ".";

  return {
    filepath,
    baseDir,
    config,
    integrationRoots: roots,
    isSelected(file) {
      if (!include && !exclude) return true;
      const rel = relative(file);
      return (!include || include(rel)) && !exclude?.(rel);
    },
    configFor: (file) => build(matching(file)),
    describe(file) {
      const indexes = matching(file);
      const { rules, settings } = build(indexes);
      return {
        file: toPosix(file),
        configFile: filepath ? shown(filepath) : null,
        selected: this.isSelected(file),
        overrides: indexes,
        rules: Object.fromEntries(
          RULE_METAS.map((rule) => {
            const severity = rules[rule.id] ?? rule.severity;
            return [rule.id, severity === "warning" ? "warn" : severity];
          }),
        ),
        settings,
        integrationRoots: roots.map(shown),
        files: asList(config.files),
        ignores: asList(config.ignores),
      };
    },
  };
}

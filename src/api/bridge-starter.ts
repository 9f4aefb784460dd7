import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { readKit, renderBridgeProject, type StarterFile } from "../bridge/starter.js";
import { classify } from "../document/classify.js";
import { ParsedDocument } from "../document/parse.js";
import { readSource } from "../document/read.js";
import { FileSelectionError, selectFiles } from "../lint/files.js";
import { isPlainObject } from "../util/suggest.js";
import { writeFileSafely } from "../util/write-file.js";
import { lint } from "./lint.js";

/** Why a bridge project was not written; nothing was. */
export class BridgeStarterError extends Error {}

export interface BridgeStarterOptions {
  cwd: string;
  /** The integration manifest. */
  manifest: string;
  /** Action files or folders (only the actions of this integration are kept). */
  actions?: readonly string[];
  /** The folder to create. */
  out: string;
  /** Write into a folder that exists and is not empty. */
  force?: boolean;
  /** false: render and check only. */
  write?: boolean;
  /** The lint config, as for `lint` (false: the defaults). */
  config?: string | false;
  toolVersion: string;
}

export interface BridgeStarterResult {
  /** The project folder, relative to cwd. */
  out: string;
  files: StarterFile[];
  written: boolean;
  nextSteps: string[];
}

function read(file: string, cwd: string): { text: string; value: unknown } {
  const result = readSource(path.resolve(cwd, file));
  if (!result.ok) throw new BridgeStarterError(`cannot read ${file}: ${result.reason}`);
  return { text: result.text, value: new ParsedDocument(result.text).value };
}

function isEmptyFolder(dir: string): boolean {
  return readdirSync(dir).length === 0;
}

/**
 * A folder given with --actions may hold other integrations' actions (a shared actions folder): those
 * found in it are left out, as bridge-test leaves them out. A file named on its own is always kept,
 * so an action of another integration named so is refused. Without a readable name to compare, all
 * are kept and lint judges them.
 */
function actionsOfThisIntegration(files: string[], options: BridgeStarterOptions, cwd: string): string[] {
  const manifest = readSource(path.resolve(cwd, options.manifest));
  const name = manifest.ok ? (new ParsedDocument(manifest.text).value as { name?: unknown } | null)?.name : undefined;
  if (typeof name !== "string") return files;
  const named = new Set((options.actions ?? []).map((a) => path.resolve(cwd, a)));
  return files.filter((file) => {
    if (named.has(path.resolve(cwd, file))) return true;
    const read = readSource(path.resolve(cwd, file));
    if (!read.ok) return true;
    const value = new ParsedDocument(read.text).value;
    return !(isPlainObject(value) && typeof value.provider === "string" && value.provider !== name);
  });
}

/**
 * `init --kind bridge`: a runnable bridge project for a manifest and its actions. The files go through
 * lint first (an error refuses them, with lint's diagnostics); every file is rendered and checked in
 * memory before anything is written, and a new folder appears whole or not at all.
 */
export async function createBridgeProject(options: BridgeStarterOptions): Promise<BridgeStarterResult> {
  const { cwd } = options;
  let actionFiles: string[] = [];
  try {
    if (options.actions?.length) actionFiles = await selectFiles(options.actions, { cwd });
  } catch (error) {
    if (error instanceof FileSelectionError) throw new BridgeStarterError(`--actions: ${error.message}`);
    throw error;
  }
  actionFiles = actionsOfThisIntegration(actionFiles, options, cwd);
  const summary = await lint({
    cwd,
    files: [options.manifest, ...actionFiles],
    ...(options.config === false ? { config: false } : options.config ? { configFile: options.config } : {}),
  });
  const errors = summary.results.flatMap((r) => r.diagnostics.filter((d) => d.severity === "error"));
  if (errors.length > 0) {
    const lines = errors.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message} (${d.ruleId})`);
    throw new BridgeStarterError(
      `lint found ${errors.length} error${errors.length === 1 ? "" : "s"}; fix ${errors.length === 1 ? "it" : "them"} first (td-integration lint shows them too):\n${lines.join("\n")}`,
    );
  }
  const manifest = read(options.manifest, cwd);
  if (classify(manifest.value) !== "integration" || !isPlainObject(manifest.value)) {
    throw new BridgeStarterError(`${options.manifest} is not an integration manifest: pass it with --manifest`);
  }
  const name = manifest.value.name;
  const actions: { file: string; text: string; value: Record<string, unknown> }[] = [];
  for (const file of actionFiles) {
    const action = read(file, cwd);
    if (classify(action.value) !== "action" || !isPlainObject(action.value)) continue;
    if (action.value.provider !== name) {
      throw new BridgeStarterError(
        `${file}: its provider ${JSON.stringify(action.value.provider)} is not ${JSON.stringify(name)}; pass only the actions of ${options.manifest}`,
      );
    }
    const base = path.basename(file);
    if (actions.some((a) => a.file === base)) throw new BridgeStarterError(`two action files are named ${base}`);
    actions.push({ file: base, text: action.text, value: action.value });
  }
  const files = renderBridgeProject({
    manifestText: manifest.text,
    manifest: manifest.value,
    actions,
    kit: readKit(),
    toolVersion: options.toolVersion,
  });
  for (const file of files.filter((f) => f.path.endsWith(".json"))) {
    try {
      JSON.parse(file.text);
    } catch {
      throw new BridgeStarterError(`internal error: ${file.path} would not be valid JSON; nothing was written`);
    }
  }
  const out = path.resolve(cwd, options.out);
  let exists = false;
  try {
    const stat = statSync(out);
    if (!stat.isDirectory())
      throw new BridgeStarterError(`${options.out} exists and is not a folder; choose another --out`);
    exists = true;
  } catch (error) {
    if (error instanceof BridgeStarterError) throw error;
  }
  if (exists && !isEmptyFolder(out) && !options.force) {
    throw new BridgeStarterError(
      `${options.out} exists and is not empty; nothing was written. Choose another --out, or pass --force to write into it`,
    );
  }
  const relative = path.relative(cwd, out) || ".";
  const relativeOut = relative.startsWith("..") ? out : relative;
  const nextSteps = [
    `cd ${relativeOut}`,
    "npm install",
    "PORT=3000 npm start    # the bridge, on http://127.0.0.1:3000",
    "npm test               # starts it and runs td-integration bridge-test against it",
    "then replace the sample backend in system.js with your system's API (see README.md)",
  ];
  if (options.write === false) return { out: relativeOut, files, written: false, nextSteps };
  // A new folder is written next to its place and renamed into it: it appears whole or not at all.
  const target = exists ? out : `${out}.tmp-${process.pid}`;
  try {
    for (const file of files) {
      const absolute = path.join(target, file.path);
      mkdirSync(path.dirname(absolute), { recursive: true });
      await writeFileSafely(absolute, file.text);
    }
    if (!exists) renameSync(target, out);
  } catch (error) {
    if (!exists) rmSync(target, { recursive: true, force: true });
    throw new BridgeStarterError(`cannot write ${options.out}: ${(error as Error).message}`);
  }
  return { out: relativeOut, files, written: true, nextSteps };
}

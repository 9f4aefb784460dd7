/** What the dev page shows of the files: render's previews and the problems of the manifest and its actions. */
import path from "node:path";
import type { Diagnostic } from "../diagnostic.js";
import type { ActionPreview, IntegrationPreview, RenderResult } from "../render/types.js";

export interface WorkspaceView {
  manifest: string;
  integration?: IntegrationPreview;
  actions: { file: string; action: ActionPreview }[];
  diagnostics: Diagnostic[];
  /** Why nothing could be read at all (the files were removed...). */
  loadError?: string;
}

/**
 * Renders the manifest and the action files (lint's diagnostics included); `contact` fills the
 * action defaults. Supplied by the API layer, which owns lint and render together.
 */
export type RenderFiles = (contact?: Readonly<Record<string, string>>) => Promise<RenderResult[]>;

export interface WorkspaceInput {
  cwd: string;
  manifest: string;
  /** --actions as given; absent: the JSON files next to the manifest whose provider is the integration. */
  actions?: readonly string[];
}

function same(cwd: string, a: string, b: string): boolean {
  return path.resolve(cwd, a) === path.resolve(cwd, b);
}

/** The preview of the workspace, from render's results: never throws for what is in the files. */
export function workspaceView(input: WorkspaceInput, results: readonly RenderResult[]): WorkspaceView {
  const explicit = input.actions !== undefined && input.actions.length > 0;
  const manifestResult = results.find((r) => same(input.cwd, r.file, input.manifest));
  const integration = manifestResult?.kind === "integration" ? manifestResult.integration : undefined;
  const name = integration?.name;
  // Actions of other integrations (an --actions folder shared by several) are not this integration's.
  const kept = results.filter((r) => {
    if (r === manifestResult) return true;
    if (r.kind === "action") return name === undefined ? explicit : r.action.provider === name;
    return explicit && r.diagnostics.length > 0;
  });
  const actions = kept.flatMap((r) => (r.kind === "action" ? [{ file: r.file, action: r.action }] : []));
  return {
    manifest: input.manifest,
    integration,
    actions,
    diagnostics: kept.flatMap((r) => r.diagnostics),
  };
}

/** The paths to watch: the manifest and the action files or folders (the manifest's folder by default). */
export function watchedPaths(input: WorkspaceInput): string[] {
  const actions = input.actions?.length ? input.actions : [path.dirname(input.manifest)];
  return [...new Set([input.manifest, ...actions].map((p) => path.resolve(input.cwd, p)))];
}

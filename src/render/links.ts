import type { ActionPreview, RenderResult } from "./types.js";

export interface LinkedAction {
  file: string;
  action: ActionPreview;
}

/** The actions among `results` whose provider is this integration's name. */
export function actionsFor(integrationName: string | undefined, results: readonly RenderResult[]): LinkedAction[] {
  if (integrationName === undefined) return [];
  const found: LinkedAction[] = [];
  for (const result of results) {
    if (result.kind === "action" && result.action.provider === integrationName) {
      found.push({ file: result.file, action: result.action });
    }
  }
  return found;
}

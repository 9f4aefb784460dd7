import { toPointer } from "../util/pointer.js";
import { renderInputs } from "./form.js";
import { renderPhrase } from "./phrasing.js";
import type { ActionPreview, RenderOptions, RenderProblem } from "./types.js";
import { valueProviderLookup } from "./values.js";

/** An action as an automation shows it: its phrasing and the input form with defaults filled. */
export function renderAction(
  value: Record<string, unknown>,
  options: RenderOptions,
): { action: ActionPreview; problems: RenderProblem[] } {
  // How the phrasing reads is lint's to judge (its phrasing rules): here it is only shown.
  const display = renderPhrase(value.display, "display", toPointer(["display"]), options.displayMaxLength);
  const description = renderPhrase(value.description, "description", toPointer(["description"]));
  const form = renderInputs(value.inputs, valueProviderLookup(options), options.allowMissing === true);
  const action: ActionPreview = { inputs: form.inputs };
  if (typeof value.provider === "string") action.provider = value.provider;
  if (typeof value.name === "string") action.name = value.name;
  if (typeof value.endpoint === "string") action.endpoint = value.endpoint;
  if (display) action.display = display;
  if (description) action.description = description;
  return { action, problems: form.problems };
}

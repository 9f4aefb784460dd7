import { canonicalInputType, type InputType } from "../manifest/vocabulary.js";
import { toPointer } from "../util/pointer.js";
import { isPlainObject } from "../util/suggest.js";
import { expandTemplate, type Lookup, missingValueProblems } from "./expand.js";
import type { InputPreview, RenderProblem, WidgetKind } from "./types.js";
import { urlProblem } from "./url.js";

const WIDGETS: Record<InputType, { kind: WidgetKind; label: string }> = {
  Text: { kind: "text", label: "one-line text box" },
  Textarea: { kind: "textarea", label: "multi-line text box" },
  Number: { kind: "number", label: "number" },
  Tel: { kind: "tel", label: "phone number" },
  URL: { kind: "url", label: "URL" },
  Datetime: { kind: "datetime", label: "date/time" },
  Select: { kind: "select", label: "dropdown" },
};

/** The form an action's `inputs` produce, each default expanded with sample values. */
export function renderInputs(
  inputs: unknown,
  lookup: Lookup,
  allowMissing: boolean,
): { inputs: InputPreview[]; problems: RenderProblem[] } {
  const previews: InputPreview[] = [];
  const problems: RenderProblem[] = [];
  if (!Array.isArray(inputs)) return { inputs: previews, problems };
  inputs.forEach((input, index) => {
    const path = ["inputs", index];
    const pointer = toPointer(path);
    if (!isPlainObject(input)) return;
    const label = `input ${typeof input.key === "string" ? `\`${input.key}\`` : `#${index + 1}`}`;
    const rawType = typeof input.type === "string" ? input.type : undefined;
    const canonical = input.type === undefined ? "Text" : canonicalInputType(input.type);
    const widget = canonical
      ? WIDGETS[canonical]
      : { kind: "unknown" as const, label: `unknown type ${JSON.stringify(input.type)}` };
    const preview: InputPreview = {
      pointer,
      mandatory: input.mandatory === true,
      widget: widget.kind,
      widgetLabel: widget.label,
    };
    if (typeof input.key === "string") preview.key = input.key;
    if (typeof input.name === "string") preview.name = input.name;
    if (rawType !== undefined) preview.type = rawType;
    const format = typeof input.format === "number" ? String(input.format) : input.format;
    if (canonical === "Select") {
      preview.options =
        typeof format === "string" && format.trim() !== "" ? format.split(",").map((o) => o.trim()) : [];
    } else if (typeof format === "string" && format !== "") {
      const formatPointer = toPointer([...path, "format"]);
      const outcome = expandTemplate(format, lookup);
      preview.default = outcome.expansion;
      problems.push(
        ...missingValueProblems(outcome, { pointer: formatPointer, label: `${label} default` }, allowMissing),
      );
      if (canonical === "URL" && outcome.expansion.complete) {
        const reason = urlProblem(outcome.expansion.result);
        if (reason) {
          problems.push({
            severity: "error",
            code: "invalid-url",
            message: `${label} default expands to "${outcome.expansion.result}", which is not a usable URL: ${reason}; fix the template or the value it uses`,
            pointer: formatPointer,
          });
        }
      }
    }
    previews.push(preview);
  });
  return { inputs: previews, problems };
}

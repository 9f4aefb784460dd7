/**
 * A Select input's `format` is its comma-separated option list ("low,normal,high"); options are
 * trimmed. An empty list or an empty option is an error, a repeated option a warning.
 */
export type SelectOptionsProblem =
  | { code: "emptyList" }
  /** `option` counts from 1: the first empty option. */
  | { code: "emptyOption"; option: number }
  /** An option written more than once, once per repeated option, in the order of its second occurrence. */
  | { code: "duplicateOption"; option: string };

/** The options of a Select `format`, trimmed. */
export function splitOptions(format: string): string[] {
  return format.split(",").map((option) => option.trim());
}

/** Every problem of an option list, the list problems first. */
export function selectOptionsProblems(format: string): SelectOptionsProblem[] {
  if (format.trim() === "") return [{ code: "emptyList" }];
  const options = splitOptions(format);
  const problems: SelectOptionsProblem[] = [];
  const empty = options.indexOf("");
  if (empty !== -1) problems.push({ code: "emptyOption", option: empty + 1 });
  for (const option of repeatedOptions(options)) problems.push({ code: "duplicateOption", option });
  return problems;
}

/** Each non-empty option written more than once, in the order of its second occurrence. */
function repeatedOptions(options: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const option of options) {
    if (option === "") continue;
    if (seen.has(option)) repeated.add(option);
    else seen.add(option);
  }
  return [...repeated];
}

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
  const options = format.split(",");
  for (let i = 0; i < options.length; i++) options[i] = (options[i] as string).trim();
  return options;
}

const NONE: readonly SelectOptionsProblem[] = [];

/** Every problem of an option list, the list problems first. */
export function selectOptionsProblems(format: string): readonly SelectOptionsProblem[] {
  if (format.trim() === "") return [{ code: "emptyList" }];
  const options = splitOptions(format);
  let problems = NONE as SelectOptionsProblem[];
  const empty = options.indexOf("");
  if (empty !== -1) problems = [{ code: "emptyOption", option: empty + 1 }];
  // Short lists (nearly all) are compared in place; a long one counts with a map, to stay linear.
  const counts = options.length > 64 ? new Map<string, number>() : undefined;
  for (let i = counts ? 0 : 1; i < options.length; i++) {
    const option = options[i] as string;
    if (option === "") continue;
    let before: number;
    if (counts) {
      before = counts.get(option) ?? 0;
      counts.set(option, before + 1);
    } else before = occurrencesBefore(options, i, option);
    // Reported at its second occurrence only.
    if (before !== 1) continue;
    if (problems === NONE) problems = [];
    problems.push({ code: "duplicateOption", option });
  }
  return problems;
}

/** How often `option` appears before options[end]; option lists are short, so this allocates nothing. */
function occurrencesBefore(options: readonly string[], end: number, option: string): number {
  let count = 0;
  for (let j = 0; j < end; j++) if (options[j] === option) count++;
  return count;
}

/** Short descriptions of JSON values for messages: `the string "true"`, `a number (3)`, `null`. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return `the string ${JSON.stringify(truncate(value, 40))}`;
    case "number":
      return `the number ${value}`;
    case "boolean":
      return `the boolean ${value}`;
    case "object":
      return "an object";
    default:
      return "nothing";
  }
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const EXPECTED: Record<string, string> = {
  string: "a string",
  boolean: "a boolean (true or false, without quotes)",
  number: "a number",
  array: "a list",
  object: "an object",
};

export function describeExpected(expected: string): string {
  return EXPECTED[expected] ?? `a ${expected}`;
}

/** "a, b or c" */
export function listWords(words: readonly string[], conjunction = "or"): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${conjunction} ${words[words.length - 1]}`;
}

/** `value` in back quotes, shortened for messages. */
export function quote(value: string, max = 60): string {
  const short = value.length > max ? `${value.slice(0, max - 1)}…` : value;
  return `\`${short}\``;
}

/** `^(?:[Tt][Ee][Xx][Tt]|…)$`: JSON Schema patterns have no case-insensitive flag. */
export function caseInsensitivePattern(values: readonly string[]): string {
  const alternatives = values.map((value) =>
    [...value]
      .map((ch) => {
        const lower = ch.toLowerCase();
        const upper = ch.toUpperCase();
        if (lower !== upper) return `[${upper}${lower}]`;
        return ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      })
      .join(""),
  );
  return `^(?:${alternatives.join("|")})$`;
}

/**
 * How Talkdesk phrases an action's `display` and `description` in an automation: it puts "Then"
 * before the text and lowers its first letter ("Create a ticket" reads "Then create a ticket").
 * Shared by the phrasing lint rules and by `render`.
 */
export type PhraseField = "display" | "description";

export type PhraseProblem =
  | { code: "empty"; message: string }
  | { code: "uppercase-start"; message: string; fixed: string }
  | { code: "title-case"; message: string }
  | { code: "starts-with-then"; message: string }
  | { code: "trailing-period"; message: string; fixed: string }
  | { code: "too-long"; message: string; truncated: string; limit: number };

export interface PhraseAnalysis {
  field: PhraseField;
  original: string;
  /** What Talkdesk shows: "Then create a ticket". */
  rendered: string;
  /** The transformations Talkdesk applies, in order, for display. */
  steps: string[];
  problems: PhraseProblem[];
}

const MINOR_WORDS = new Set([
  "a",
  "an",
  "the",
  "in",
  "on",
  "of",
  "to",
  "for",
  "and",
  "or",
  "at",
  "by",
  "with",
  "from",
  "into",
  "as",
  "via",
]);

function isAcronym(word: string): boolean {
  return word.length > 1 && /^[A-Z0-9]+$/.test(word) && /[A-Z]/.test(word);
}

function lowerFirst(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const char = String.fromCodePoint(first);
  return char.toLowerCase() + text.slice(char.length);
}

export function startsUppercase(text: string): boolean {
  const first = text.trimStart().codePointAt(0);
  if (first === undefined) return false;
  const char = String.fromCodePoint(first);
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

/** Two or more significant words, every one capitalised ("Create A New Ticket"); acronyms are neutral. */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  const significant = words.filter((w) => !MINOR_WORDS.has(w.toLowerCase()) && !isAcronym(w.replace(/\W+$/u, "")));
  if (significant.length >= 2 && significant.every(startsUppercase)) return true;
  // With the first letter already lowered ("create A New Ticket"), a capitalised small word after the
  // first one still gives Title Case away; proper nouns ("open Google Maps") have none.
  const rest = significant[0] === words[0] ? significant.slice(1) : significant;
  const minorCapitalised = words.some((w, i) => i > 0 && MINOR_WORDS.has(w.toLowerCase()) && startsUppercase(w));
  return minorCapitalised && rest.length > 0 && rest.every(startsUppercase);
}

export function truncateForComboBox(text: string, limit: number): string {
  const chars = Array.from(text);
  return chars.length > limit ? `${chars.slice(0, Math.max(0, limit - 1)).join("")}…` : text;
}

/** The phrase as Talkdesk renders it, and every way it reads badly. */
export function analysePhrase(original: string, field: PhraseField, displayMaxLength = 30): PhraseAnalysis {
  const problems: PhraseProblem[] = [];
  const steps: string[] = [];
  const text = original.trim();
  if (text === "") {
    problems.push({ code: "empty", message: `\`${field}\` is empty: Talkdesk would show only "Then"` });
    return { field, original, rendered: "Then", steps, problems };
  }
  const firstWord = text.split(/\s+/)[0] ?? "";
  if (startsUppercase(text)) {
    const acronym = isAcronym(firstWord);
    problems.push({
      code: "uppercase-start",
      message: acronym
        ? `\`${field}\` starts with the acronym "${firstWord}", which Talkdesk will lower to "${lowerFirst(firstWord)}": rephrase so it starts with a lowercase word`
        : `\`${field}\` starts with a capital letter; Talkdesk shows it after "Then", so write "${lowerFirst(text)}"`,
      fixed: acronym ? original : lowerFirst(original.trimStart()),
    });
  }
  if (isTitleCase(text)) {
    problems.push({
      code: "title-case",
      message: `\`${field}\` is written in Title Case ("${text}"); write it as a phrase: "${lowerFirst(text.replace(/\S+/g, (w, i: number) => (i === 0 || isAcronym(w) ? w : w.toLowerCase())))}"`,
    });
  }
  if (/^then\b/i.test(text)) {
    problems.push({
      code: "starts-with-then",
      message: `\`${field}\` starts with "${firstWord}"; Talkdesk already adds "Then", so it would read "Then ${lowerFirst(text)}": remove it`,
    });
  }
  if (/[^.]\.$/.test(text) || text === ".") {
    problems.push({
      code: "trailing-period",
      message: `\`${field}\` ends with a period; it is shown as part of a sentence, so remove it`,
      fixed: original.replace(/\.(\s*)$/, "$1"),
    });
  }
  if (field === "display" && Array.from(text).length > displayMaxLength) {
    const truncated = truncateForComboBox(text, displayMaxLength);
    problems.push({
      code: "too-long",
      message: `\`display\` is ${Array.from(text).length} characters long; a combo-box shows ${displayMaxLength} ("${truncated}"): shorten it`,
      truncated,
      limit: displayMaxLength,
    });
  }
  const lowered = lowerFirst(text);
  steps.push(`"${text}"`);
  if (lowered !== text) steps.push(`first letter lowered: "${lowered}"`);
  const rendered = `Then ${lowered}`;
  steps.push(`"Then" added: "${rendered}"`);
  return { field, original, rendered, steps, problems };
}

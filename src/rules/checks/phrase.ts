/**
 * How Talkdesk phrases an action's `display` and `description` in an automation: it puts "Then"
 * before the text and lowers its first letter ("Create a ticket" reads "Then create a ticket").
 * Shared by the phrasing lint rules and by `render`.
 */
export type PhraseField = "display" | "description";

/**
 * A way the phrase reads badly, as the lint rule's message id and the values the message names (the
 * rules word them); `fixed` is the corrected text when a fix is safe.
 */
export type PhraseProblem =
  | { code: "empty"; messageId: "empty"; data: { field: PhraseField } }
  | {
      code: "uppercase-start";
      messageId: "uppercaseStart";
      data: { field: PhraseField; suggestion: string };
      fixed: string;
    }
  | { code: "uppercase-start"; messageId: "acronymStart"; data: { field: PhraseField; word: string; lowered: string } }
  | { code: "title-case"; messageId: "titleCase"; data: { field: PhraseField; text: string; suggestion: string } }
  | {
      code: "starts-with-then";
      messageId: "leadingThen";
      data: { field: PhraseField; word: string; reads: string };
      fixed?: string;
    }
  | { code: "trailing-period"; messageId: "trailingPeriod"; data: { field: PhraseField }; fixed: string }
  | {
      code: "too-long";
      messageId: "tooLong";
      data: { length: number; limit: number; truncated: string };
      truncated: string;
      limit: number;
    };

export type PhraseProblemCode = PhraseProblem["code"];

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

const ACRONYM = /^[A-Z0-9]+$/;
const HAS_CAPITAL = /[A-Z]/;

function isAcronym(word: string): boolean {
  return word.length > 1 && ACRONYM.test(word) && HAS_CAPITAL.test(word);
}

/** The longest minor word; a longer word is never one (lower-casing never shortens a word). */
const MINOR_MAX_LENGTH = 4;

function isMinorWord(word: string): boolean {
  return word.length <= MINOR_MAX_LENGTH && MINOR_WORDS.has(word.toLowerCase());
}

export function lowerFirst(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const char = String.fromCodePoint(first);
  return char.toLowerCase() + text.slice(char.length);
}

export function startsUppercase(text: string): boolean {
  const code = text.charCodeAt(0);
  // ASCII letters and digits (the usual first character) answer without case-mapping a copy.
  if (code >= 65 && code <= 90) return true;
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return false;
  const first = text.trimStart().codePointAt(0);
  if (first === undefined) return false;
  const char = String.fromCodePoint(first);
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

const SPACES = /\s+/;
/** A letter at `lastIndex` (sticky). */
const LETTER_AT = /\p{L}/uy;

/** The characters `\s` matches (and trim removes). */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** `\w`: an ASCII letter, digit or underscore. */
function isWordCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

function startsWithLetter(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  LETTER_AT.lastIndex = at;
  return LETTER_AT.test(text);
}

/** startsUppercase for the word starting at `at` (a word has no leading space to trim). */
function capitalisedAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 65 && code <= 90;
  const char = String.fromCodePoint(text.codePointAt(at) as number);
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

/** isAcronym of text[start, end) once its trailing non-word characters are dropped. */
function acronymAt(text: string, start: number, end: number): boolean {
  let last = end;
  while (last > start && !isWordCharacter(text.charCodeAt(last - 1))) last--;
  if (last - start <= 1) return false;
  let capital = false;
  for (let i = start; i < last; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) capital = true;
    else if (code < 48 || code > 57) return false;
  }
  return capital;
}

/**
 * Two or more significant words (not minor, not acronyms), every one capitalised ("Create A New Ticket").
 * With the first letter already lowered ("create A New Ticket"), a capitalised minor word after the
 * first word still gives Title Case away, when every significant word after the first is capitalised;
 * proper nouns ("open Google Maps") have no capitalised minor word. Words are the runs between spaces
 * that start with a letter; they are read in place, without splitting the text.
 */
export function isTitleCase(text: string): boolean {
  let words = 0;
  let significant = 0;
  let allCapitalised = true;
  let rest = 0;
  let minorCapitalised = false;
  let end = 0;
  while (end < text.length) {
    let start = end;
    while (start < text.length && isSpace(text.charCodeAt(start))) start++;
    if (start === text.length) break;
    end = start + 1;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    if (!startsWithLetter(text, start)) continue;
    const index = words++;
    if (end - start <= MINOR_MAX_LENGTH && isMinorWord(text.slice(start, end))) {
      if (index > 0 && !minorCapitalised && capitalisedAt(text, start)) minorCapitalised = true;
      continue;
    }
    if (acronymAt(text, start, end)) continue;
    const capitalised = capitalisedAt(text, start);
    significant++;
    if (!capitalised) allCapitalised = false;
    // "rest" is every significant word but a first word that is itself significant.
    if (significant === 1 && index === 0) continue;
    rest++;
    // A lowercase significant word after the first makes both readings impossible.
    if (!capitalised) return false;
  }
  if (significant >= 2 && allCapitalised) return true;
  return minorCapitalised && rest > 0;
}

export function truncateForComboBox(text: string, limit: number): string {
  const chars = Array.from(text);
  return chars.length > limit ? `${chars.slice(0, Math.max(0, limit - 1)).join("")}…` : text;
}

const THEN_WORD = /^then\b/i;

function firstWord(text: string): string {
  return text.split(SPACES)[0] ?? "";
}
const TRAILING_PERIOD = /[^.]\.$/;

const LEADING_THEN = /^(\s*)then\b[\s,:]*/i;

/** Every way the phrase reads badly once Talkdesk shows it after "Then". */
export function phraseProblems(original: string, field: PhraseField, displayMaxLength = 30): PhraseProblem[] {
  const problems: PhraseProblem[] = [];
  const text = original.trim();
  if (text === "") {
    problems.push({ code: "empty", messageId: "empty", data: { field } });
    return problems;
  }
  if (startsUppercase(text)) {
    const word = firstWord(text);
    problems.push(
      isAcronym(word)
        ? { code: "uppercase-start", messageId: "acronymStart", data: { field, word, lowered: lowerFirst(word) } }
        : {
            code: "uppercase-start",
            messageId: "uppercaseStart",
            data: { field, suggestion: lowerFirst(text) },
            fixed: lowerFirst(original.trimStart()),
          },
    );
  }
  if (isTitleCase(text)) {
    const suggestion = lowerFirst(
      text.replace(/\S+/g, (w, i: number) => (i === 0 || isAcronym(w) ? w : w.toLowerCase())),
    );
    problems.push({ code: "title-case", messageId: "titleCase", data: { field, text, suggestion } });
  }
  if (THEN_WORD.test(text)) {
    const rest = original.replace(LEADING_THEN, "$1");
    problems.push({
      code: "starts-with-then",
      messageId: "leadingThen",
      data: { field, word: firstWord(text), reads: `Then ${lowerFirst(text)}` },
      fixed: rest.trim() === "" ? undefined : rest,
    });
  }
  if (TRAILING_PERIOD.test(text) || text === ".") {
    problems.push({
      code: "trailing-period",
      messageId: "trailingPeriod",
      data: { field },
      fixed: original.replace(/\.(\s*)$/, "$1"),
    });
  }
  // A text no longer than the limit in UTF-16 units has no more characters than that either.
  if (field === "display" && text.length > displayMaxLength && Array.from(text).length > displayMaxLength) {
    const truncated = truncateForComboBox(text, displayMaxLength);
    problems.push({
      code: "too-long",
      messageId: "tooLong",
      data: { length: Array.from(text).length, limit: displayMaxLength, truncated },
      truncated,
      limit: displayMaxLength,
    });
  }
  return problems;
}

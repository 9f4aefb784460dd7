import {
  lowerFirst,
  type PhraseProblem as PhraseCheck,
  type PhraseField,
  phraseProblems,
} from "../rules/checks/phrase.js";
import { displayMaxLength } from "../rules/display-max-length.js";
import { phraseLeadingThen } from "../rules/phrase-leading-then.js";
import { phraseLowercaseStart } from "../rules/phrase-lowercase-start.js";
import { phraseTitleCase } from "../rules/phrase-title-case.js";
import { phraseTrailingPeriod } from "../rules/phrase-trailing-period.js";
import { formatMessage } from "../rules/types.js";

/**
 * The phrase preview `render` shows: what Talkdesk makes of an action's `display` or `description`,
 * with each problem worded by the lint rule that reports it (the analysis is src/rules/checks/phrase.ts).
 */
export { isTitleCase, type PhraseField, startsUppercase, truncateForComboBox } from "../rules/checks/phrase.js";

export type PhraseProblem = PhraseCheck & { message: string };

export interface PhraseAnalysis {
  field: PhraseField;
  original: string;
  /** What Talkdesk shows: "Then create a ticket". */
  rendered: string;
  /** The transformations Talkdesk applies, in order, for display. */
  steps: string[];
  problems: PhraseProblem[];
}

const MESSAGES: Readonly<Record<string, string>> = {
  ...phraseLowercaseStart.meta.messages,
  ...phraseTitleCase.meta.messages,
  ...phraseLeadingThen.meta.messages,
  ...phraseTrailingPeriod.meta.messages,
  ...displayMaxLength.meta.messages,
  // No phrasing rule reports an empty phrase (no-empty-value does); render says what it looks like.
  empty: '`{{field}}` is empty: Talkdesk would show only "Then"',
};

/** The phrase as Talkdesk renders it, and every way it reads badly. */
export function analysePhrase(original: string, field: PhraseField, limit = 30): PhraseAnalysis {
  const problems = phraseProblems(original, field, limit).map(
    (problem): PhraseProblem => ({
      ...problem,
      message: formatMessage(MESSAGES[problem.messageId] ?? "", problem.data),
    }),
  );
  const steps: string[] = [];
  const text = original.trim();
  if (text === "") return { field, original, rendered: "Then", steps, problems };
  const lowered = lowerFirst(text);
  steps.push(`"${text}"`);
  if (lowered !== text) steps.push(`first letter lowered: "${lowered}"`);
  const rendered = `Then ${lowered}`;
  steps.push(`"Then" added: "${rendered}"`);
  return { field, original, rendered, steps, problems };
}

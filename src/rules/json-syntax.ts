import type { SyntaxProblem, SyntaxProblemId } from "../document/parse.js";
import { MAX_NESTING } from "../document/parse.js";
import { defineRule, formatMessage } from "./types.js";

const COMMENT = "comments are not allowed in JSON; remove the comment";

export const jsonSyntax = defineRule<SyntaxProblemId>({
  meta: {
    id: "json-syntax",
    severity: "error",
    fixable: false,
    scope: "file",
    description: "The file is valid JSON (no trailing commas, comments, single quotes or missing commas)",
    messages: {
      empty: "the file is empty; a manifest is one JSON object",
      tooDeep: `objects and lists nest more than ${MAX_NESTING} levels deep here; a manifest needs only a few levels, so flatten the data (the file is not checked further)`,
      invalid: "invalid JSON",
      trailingComma: "trailing comma; JSON does not allow a comma before a closing bracket, remove it",
      doubleComma: "two commas in a row; remove one",
      singleQuotes: "JSON strings and property names use double quotes, not single quotes",
      leadingZero: "numbers must not have leading zeros",
      InvalidSymbol: "unexpected character; JSON strings use double quotes and literals are true, false or null",
      InvalidNumberFormat: "invalid number",
      PropertyNameExpected: "expected a property name in double quotes",
      ValueExpected: "expected a value",
      ColonExpected: "expected a colon `:` after the property name",
      CommaExpected: "missing comma: add `,` here to separate the entries",
      CloseBraceExpected: "missing `}` to close the object",
      CloseBracketExpected: "missing `]` to close the array",
      EndOfFileExpected: "unexpected content after the end of the JSON value; remove it",
      InvalidCommentToken: COMMENT,
      UnexpectedEndOfComment: COMMENT,
      UnexpectedEndOfString: "unterminated string; add the closing double quote",
      UnexpectedEndOfNumber: "incomplete number",
      InvalidUnicode: "invalid \\u escape: it needs four hexadecimal digits",
      InvalidEscapeCharacter: "invalid escape sequence in string",
      InvalidCharacter: "control character in string; escape it (for example \\n or \\t)",
    },
  },
});

/** A syntax problem in words, as lint reports it. */
export function syntaxMessage(problem: SyntaxProblem): string {
  return formatMessage(jsonSyntax.meta.messages[problem.messageId], undefined);
}

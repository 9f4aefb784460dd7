import type { JsonPath } from "../diagnostic.js";
import { quote } from "../util/describe.js";
import { braceProblems, mayHaveBraces } from "./checks/template-braces.js";
import { type DocumentContext, defineRule } from "./types.js";

type MessageId = "unclosed" | "unopened" | "invalidPlaceholder" | "emptyPlaceholder" | "singleBraces";

export const templateSyntax = defineRule<MessageId>({
  meta: {
    id: "template-syntax",
    severity: "error",
    fixable: false,
    scope: "manifest",
    description: "{{...}} placeholders in auth and input formats are well formed (balanced double braces)",
    messages: {
      unclosed: "`format` {{format}}: `{{` is never closed: add `}}` after the name",
      unopened: "`format` {{format}}: `}}` has no opening `{{`: add it before the name, or remove the `}}`",
      invalidPlaceholder:
        "`format` {{format}}: `{{written}}` is not a valid placeholder: use names made of letters, digits and `_`, such as {{example}}",
      emptyPlaceholder: "`format` {{format}}: empty placeholder `{{}}`: put a name inside, such as {{example}}",
      singleBraces: "`format` {{format}}: `{{written}}` uses single braces: write `{{suggestion}}`",
    },
  },
  check(ctx) {
    // Every `format` that is a template: inputs' (value providers) for an action, auth fields' (field names) for an integration.
    if (ctx.kind === "action") {
      const refs = ctx.inputs();
      for (let i = 0; i < refs.length; i++) {
        const ref = refs[i] as (typeof refs)[number];
        checkFormat(ctx, ref.path, ref.input.format, "`{{contact.email}}`");
      }
      return;
    }
    const fields = ctx.authFields();
    let example: string | undefined;
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i] as (typeof fields)[number];
      const format = field.field?.format;
      if (typeof format !== "string" || !mayHaveBraces(format)) continue;
      example ??= `\`{{${fields.find((f) => f.name)?.name ?? "account"}}}\``;
      checkFormat(ctx, field.fieldPath, format, example);
    }
  },
});

function checkFormat(ctx: DocumentContext<MessageId>, objectPath: JsonPath, text: unknown, example: string): void {
  if (typeof text !== "string" || !mayHaveBraces(text)) return;
  const problems = braceProblems(ctx.tokenized(text));
  if (problems.length === 0) return;
  const path = [...objectPath, "format"];
  const format = quote(text);
  for (let i = 0; i < problems.length; i++) {
    const problem = problems[i] as (typeof problems)[number];
    ctx.report({ path, messageId: problem.code, data: { format, example, ...problem.data } });
  }
}

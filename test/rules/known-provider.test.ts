import { knownProvider } from "../../src/rules/known-provider.js";
import { action, integration, ruleTester } from "../support/rule-tester.js";

const acme = { file: "integrations/acme.json", text: integration() };
const create = (provider = "acme_helpdesk", file = "actions/a.json") => ({ file, text: action({ provider }) });

// Integrations with a JSON syntax error whose name a tolerant parse still reads.
const missingComma = integration().replace('"acme_helpdesk",', '"acme_helpdesk"');
const trailingComma = integration().replace('"Case"\n  ]\n}', '"Case"\n  ],\n}');
const withComment = integration().replace("{\n", "{\n  // Acme's staging copy\n");
const truncated = integration().slice(0, integration().indexOf('"description"') + 6);
// Integrations with a JSON syntax error whose name cannot be read.
const missingColon = integration().replace('"name": "acme_helpdesk"', '"name" "acme_helpdesk"');
const cutInName = '{\n  "display_name": "Acme Helpdesk",\n  "name": "acme_hel';
const brokenName = integration().replace('"name": "acme_helpdesk",', '"name": "acme_helpdesk,');

/** The action's provider value: line 2, from column 15 to the end of the quoted value. */
const provider = (value: string) => ({ line: 2, column: 15, endLine: 2, endColumn: 15 + value.length + 2 });

ruleTester(knownProvider, {
  valid: [
    { name: "provider equals the integration name", code: [create(), acme] },
    {
      name: "provider found outside the run (a hook passing one file)",
      code: [create()],
      options: {
        externalIntegrations: () => [
          {
            file: "integrations/acme.json",
            kind: "integration",
            value: JSON.parse(integration()),
            text: integration(),
          },
        ],
      },
    },
    { name: "no integration anywhere: provider-resolvable says it once", code: [create("nope")] },
    {
      name: "provider equals the name read from an integration with a missing comma",
      code: [create(), { file: "integrations/acme.json", text: missingComma }],
    },
    {
      name: "provider equals the name read from an integration with a trailing comma",
      code: [create(), { file: "integrations/acme.json", text: trailingComma }],
    },
    {
      name: "provider equals the name read from an integration with a comment",
      code: [create(), { file: "integrations/acme.json", text: withComment }],
    },
    {
      name: "provider equals the name read from a truncated integration",
      code: [create(), { file: "integrations/acme.json", text: truncated }],
    },
    {
      name: "provider found in the run although another integration's name cannot be read",
      code: [create(), acme, { file: "integrations/other.json", text: missingColon }],
    },
    {
      name: "provider equals the name read from an integration under the project roots that cannot be parsed",
      code: [create()],
      options: {
        externalIntegrations: () => [
          { file: "integrations/acme.json", kind: "integration", value: { name: "acme_helpdesk" }, unparsed: true },
        ],
      },
    },
  ],
  invalid: [
    {
      name: "case-only mismatch names the exact name and where it is",
      code: [create("Acme_Helpdesk"), acme],
      errors: [
        {
          messageId: "caseMismatch",
          data: { provider: "Acme_Helpdesk", name: "acme_helpdesk", where: "integrations/acme.json:2:11" },
          ...provider("Acme_Helpdesk"),
        },
      ],
    },
    {
      name: "close misspelling gets a suggestion",
      code: [create("acme_helpdsk"), acme],
      errors: [
        {
          messageId: "unknownSuggestion",
          data: { provider: "acme_helpdsk", suggestion: "acme_helpdesk" },
          ...provider("acme_helpdsk"),
        },
      ],
    },
    {
      name: "unknown provider, one diagnostic per action",
      code: [create("shopwave"), create("shopwave", "actions/b.json"), acme],
      errors: [
        { messageId: "unknown", data: { provider: "shopwave" }, file: "actions/a.json", ...provider("shopwave") },
        { messageId: "unknown", data: { provider: "shopwave" }, file: "actions/b.json", ...provider("shopwave") },
      ],
    },
    {
      name: "the name read from an integration with a missing comma is judged as any other (case)",
      code: [create("Acme_Helpdesk"), { file: "integrations/acme.json", text: missingComma }],
      errors: [
        {
          messageId: "caseMismatch",
          data: { provider: "Acme_Helpdesk", name: "acme_helpdesk", where: "integrations/acme.json:2:11" },
          ...provider("Acme_Helpdesk"),
        },
      ],
    },
    {
      name: "the name read from an integration with a missing comma is judged as any other (unknown)",
      code: [create("shopwave"), { file: "integrations/acme.json", text: missingComma }],
      errors: [{ messageId: "unknown", data: { provider: "shopwave" }, ...provider("shopwave") }],
    },
    {
      name: "an integration whose name cannot be read (missing colon): a warning naming it, not an error",
      code: [create(), { file: "integrations/acme.json", text: missingColon }],
      errors: [
        {
          messageId: "blocked",
          data: { provider: "acme_helpdesk", file: "integrations/acme.json" },
          severity: "warning",
          ...provider("acme_helpdesk"),
        },
      ],
    },
    {
      name: "a name cut off by the end of the file is not read as a name",
      code: [create(), { file: "integrations/acme.json", text: cutInName }],
      errors: [
        {
          messageId: "blocked",
          data: { provider: "acme_helpdesk", file: "integrations/acme.json" },
          severity: "warning",
          ...provider("acme_helpdesk"),
        },
      ],
    },
    {
      name: "a name cut off by the end of the line is not read as a name",
      code: [create(), { file: "integrations/acme.json", text: brokenName }],
      errors: [{ messageId: "blocked", severity: "warning", ...provider("acme_helpdesk") }],
    },
    {
      name: "an unmatched provider may be the unreadable integration's, even when others parsed",
      code: [create("shopwave"), acme, { file: "integrations/shopwave.json", text: missingColon }],
      errors: [
        {
          messageId: "blocked",
          data: { provider: "shopwave", file: "integrations/shopwave.json" },
          severity: "warning",
          ...provider("shopwave"),
        },
      ],
    },
    {
      name: "an integration under the project roots whose name cannot be read: a warning naming it",
      code: [create()],
      options: {
        externalIntegrations: () => [
          { file: "integrations/acme.json", kind: "integration", value: {}, text: missingColon, unparsed: true },
        ],
      },
      errors: [
        {
          messageId: "blocked",
          data: { provider: "acme_helpdesk", file: "integrations/acme.json" },
          severity: "warning",
          ...provider("acme_helpdesk"),
        },
      ],
    },
    {
      name: "two unreadable integrations are both named",
      code: [
        create(),
        { file: "integrations/a.json", text: missingColon },
        { file: "integrations/b.json", text: cutInName },
      ],
      errors: [
        {
          messageId: "blockedTwo",
          data: { provider: "acme_helpdesk", file: "integrations/a.json", other: "integrations/b.json" },
          severity: "warning",
          ...provider("acme_helpdesk"),
        },
      ],
    },
    {
      name: "more unreadable integrations are counted",
      code: [
        create(),
        { file: "integrations/a.json", text: missingColon },
        { file: "integrations/b.json", text: cutInName },
        { file: "integrations/c.json", text: brokenName },
      ],
      errors: [
        {
          messageId: "blockedMany",
          data: { provider: "acme_helpdesk", file: "integrations/a.json", count: 2 },
          severity: "warning",
          ...provider("acme_helpdesk"),
        },
      ],
    },
  ],
});

import { uniqueIntegrationName } from "../../src/rules/unique-integration-name.js";
import { integration, ruleTester } from "../support/rule-tester.js";

/** The integration's name value: line 2, columns 11 to 26 (`"acme_helpdesk"`). */
const name = { line: 2, column: 11, endLine: 2, endColumn: 26 };

ruleTester(uniqueIntegrationName, {
  valid: [
    {
      name: "different names",
      code: [
        { file: "a.json", text: integration() },
        { file: "b.json", text: integration({ name: "other" }) },
      ],
    },
    {
      name: "names differing only in case are different names",
      code: [
        { file: "a.json", text: integration() },
        { file: "b.json", text: integration({ name: "Acme_Helpdesk" }) },
      ],
    },
    {
      name: "an init answers file holding the same name is not an integration",
      code: [
        { file: "a.json", text: integration() },
        {
          file: "answers.json",
          text: JSON.stringify(
            {
              kind: "integration",
              authentication_type: "custom",
              name: "acme_helpdesk",
              display_name: "Acme Helpdesk",
              logo_url: "https://cdn.acme.example.com/logo.png",
              bridge_url: "https://bridge.acme.example.com",
              auth_fields: [{ field_name: "token" }],
            },
            null,
            2,
          ),
        },
      ],
    },
  ],
  invalid: [
    {
      name: "reported on the later file in path order, naming the first",
      code: [
        { file: "z.staging.json", text: integration() },
        { file: "a.json", text: integration() },
      ],
      errors: [
        {
          messageId: "duplicate",
          data: { name: "acme_helpdesk", where: "a.json:2:11" },
          file: "z.staging.json",
          ...name,
        },
      ],
    },
    {
      name: "every later file, each naming the first",
      code: [
        { file: "a.json", text: integration() },
        { file: "b.json", text: integration() },
        { file: "c.json", text: integration() },
      ],
      errors: [
        { messageId: "duplicate", data: { name: "acme_helpdesk", where: "a.json:2:11" }, file: "b.json", ...name },
        { messageId: "duplicate", data: { name: "acme_helpdesk", where: "a.json:2:11" }, file: "c.json", ...name },
      ],
    },
  ],
});

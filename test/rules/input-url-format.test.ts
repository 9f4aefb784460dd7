import { action, ruleTable } from "../support/rule-tester.js";

const input = (format: unknown) => ({ key: "u", name: "U", mandatory: false, type: "URL", format });

ruleTable("input-url-format", {
  valid: [
    { name: "https", code: action({ inputs: [input("https://pay.example.com/")] }) },
    { name: "mailto", code: action({ inputs: [input("mailto:support@example.com")] }) },
    { name: "value provider", code: action({ inputs: [input("{{contact.website}}")] }) },
    {
      name: "URL with a provider in the path",
      code: action({ inputs: [input("https://crm.example.com/people/{{contact.email}}")] }),
    },
    { name: "template starting with a provider", code: action({ inputs: [input("{{contact.website}}/about")] }) },
  ],
  invalid: [
    {
      name: "host without scheme",
      code: action({ inputs: [input("www.example.com")] }),
      errors: [
        {
          line: 13,
          column: 17,
          severity: "error",
          message: "`www.example.com`, which is not an absolute URL: write `https://www.example.com`",
        },
      ],
    },
    {
      name: "relative path",
      code: action({ inputs: [input("/orders")] }),
      errors: [{ line: 13, column: 17, message: "start it with a scheme such as https://" }],
    },
    {
      name: "host:port is not a scheme",
      code: action({ inputs: [input("localhost:8080")] }),
      errors: [{ line: 13, column: 17, message: "not an absolute URL" }],
    },
  ],
});

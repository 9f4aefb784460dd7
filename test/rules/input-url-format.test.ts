import { inputUrlFormat } from "../../src/rules/input-url-format.js";
import { action, ruleTester } from "../support/rule-tester.js";

const input = (format: unknown, type = "URL") => ({ key: "u", name: "U", mandatory: false, type, format });
/** Where the `format` value of the input whose `format` line is `line` starts and ends (6 spaces, `"format": `). */
const formatAt = (line: number, format: unknown) => ({
  line,
  column: 17,
  endLine: line,
  endColumn: 17 + JSON.stringify(format).length,
});

ruleTester(inputUrlFormat, {
  valid: [
    { name: "https", code: action({ inputs: [input("https://pay.example.com/")] }) },
    { name: "http is a URL too (only endpoints need https)", code: action({ inputs: [input("http://example.com")] }) },
    { name: "mailto", code: action({ inputs: [input("mailto:support@example.com")] }) },
    { name: "value provider", code: action({ inputs: [input("{{contact.website}}")] }) },
    {
      name: "URL with a provider in the path",
      code: action({ inputs: [input("https://crm.example.com/people/{{contact.email}}")] }),
    },
    { name: "template starting with a provider", code: action({ inputs: [input("{{contact.website}}/about")] }) },
    { name: "lowercase type", code: action({ inputs: [input("https://example.com", "url")] }) },
  ],
  invalid: [
    {
      name: "host without scheme",
      code: action({ inputs: [input("www.example.com")] }),
      errors: [
        {
          messageId: "notAbsoluteUrlSuggestion",
          data: { input: "`u`", value: "`www.example.com`", suggestion: "https://www.example.com" },
          ...formatAt(13, "www.example.com"),
        },
      ],
    },
    {
      name: "relative path",
      code: action({ inputs: [input("/orders")] }),
      errors: [{ messageId: "notAbsoluteUrl", data: { input: "`u`", value: "`/orders`" }, ...formatAt(13, "/orders") }],
    },
    {
      name: "host:port is not a scheme",
      code: action({ inputs: [input("localhost:8080")] }),
      errors: [{ messageId: "notAbsoluteUrl", ...formatAt(13, "localhost:8080") }],
    },
    {
      name: "text before a provider",
      code: action({ inputs: [input("see {{contact.website}}")] }),
      errors: [{ messageId: "notAbsoluteUrl", ...formatAt(13, "see {{contact.website}}") }],
    },
    {
      name: "a JSON number",
      code: action({ inputs: [input(42)] }),
      errors: [{ messageId: "numberNotString", data: { input: "`u`", value: "42" }, ...formatAt(13, 42) }],
    },
  ],
});

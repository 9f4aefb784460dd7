import { integration, ruleTable } from "../support/rule-tester.js";

ruleTable("image-url-https", {
  valid: [
    { name: "https", code: integration() },
    { name: "relative paths are image-url's", code: integration({ logo_url: "/logo.png" }) },
  ],
  invalid: [
    {
      name: "http logo",
      code: integration({ logo_url: "http://cdn.example.com/logo.png" }),
      errors: [
        {
          line: 5,
          column: 15,
          severity: "warning",
          message: "`logo_url` `http://cdn.example.com/logo.png` uses http://",
        },
      ],
    },
  ],
});

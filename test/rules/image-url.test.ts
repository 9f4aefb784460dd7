import { integration, ruleTable } from "../support/rule-tester.js";

ruleTable("image-url", {
  valid: [
    { name: "https URLs", code: integration() },
    { name: "http is image-url-https's warning", code: integration({ logo_url: "http://cdn.example.com/logo.png" }) },
  ],
  invalid: [
    {
      name: "a relative path",
      code: integration({ logo_url: "/images/logo.png" }),
      errors: [
        {
          line: 5,
          column: 15,
          severity: "error",
          message: "`logo_url` `/images/logo.png` is not an absolute http(s) URL",
        },
      ],
    },
    {
      name: "a host without scheme gets the full URL suggested",
      code: integration({ icon_url: "cdn.example.com/icon.png" }),
      errors: [{ line: 6, column: 15, message: "such as `https://cdn.example.com/icon.png`" }],
    },
    {
      name: "an ftp URL and an empty string",
      code: integration({ logo_url: "ftp://cdn.example.com/logo.png", icon_url: "" }),
      errors: [
        { line: 5, column: 15, message: "not an absolute http(s) URL" },
        { line: 6, column: 15, message: "`icon_url` is empty" },
      ],
    },
  ],
});

import { imageUrl } from "../../src/rules/image-url.js";
import { integration, ruleTester } from "../support/rule-tester.js";

ruleTester(imageUrl, {
  valid: [
    { name: "https URLs", code: integration() },
    { name: "http is image-url-https's warning", code: integration({ logo_url: "http://cdn.example.com/logo.png" }) },
    { name: "a scheme in capitals", code: integration({ logo_url: "HTTPS://cdn.example.com/logo.png" }) },
    { name: "not a string is value-type's", code: integration({ logo_url: 3 }) },
  ],
  invalid: [
    {
      name: "a relative path",
      code: integration({ logo_url: "/images/logo.png" }),
      errors: [
        {
          messageId: "notAbsoluteNoFix",
          data: { key: "logo_url", value: "`/images/logo.png`" },
          line: 5,
          column: 15,
          endLine: 5,
          endColumn: 33,
        },
      ],
    },
    {
      name: "a host without scheme gets the full URL suggested",
      code: integration({ icon_url: "cdn.example.com/icon.png" }),
      errors: [
        {
          messageId: "notAbsolute",
          data: { key: "icon_url", value: "`cdn.example.com/icon.png`", fix: "https://cdn.example.com/icon.png" },
          line: 6,
          column: 15,
          endLine: 6,
          endColumn: 41,
        },
      ],
    },
    {
      name: "an ftp URL and an empty string",
      code: integration({ logo_url: "ftp://cdn.example.com/logo.png", icon_url: "" }),
      errors: [
        { messageId: "notAbsoluteNoFix", line: 5, column: 15, endLine: 5, endColumn: 47 },
        { messageId: "empty", data: { key: "icon_url" }, line: 6, column: 15, endLine: 6, endColumn: 17 },
      ],
    },
    {
      name: "white space around a URL",
      code: integration({ logo_url: " https://cdn.example.com/logo.png" }),
      errors: [
        {
          messageId: "spaces",
          data: {
            key: "logo_url",
            value: "` https://cdn.example.com/logo.png`",
            fix: "https://cdn.example.com/logo.png",
          },
          line: 5,
          column: 15,
          endLine: 5,
          endColumn: 50,
        },
      ],
    },
  ],
});

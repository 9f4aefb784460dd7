import { imageUrlHttps } from "../../src/rules/image-url-https.js";
import { integration, ruleTester } from "../support/rule-tester.js";

ruleTester(imageUrlHttps, {
  valid: [
    { name: "https", code: integration() },
    { name: "relative paths are image-url's", code: integration({ logo_url: "/logo.png" }) },
    { name: "http:// without a host is image-url's", code: integration({ logo_url: "http://" }) },
  ],
  invalid: [
    {
      name: "http logo",
      code: integration({ logo_url: "http://cdn.example.com/logo.png" }),
      errors: [
        {
          messageId: "http",
          data: {
            key: "logo_url",
            value: "`http://cdn.example.com/logo.png`",
            fix: "https://cdn.example.com/logo.png",
          },
          line: 5,
          column: 15,
          endLine: 5,
          endColumn: 48,
        },
      ],
    },
    {
      name: "HTTP in capitals",
      code: integration({ icon_url: "HTTP://cdn.example.com/icon.png" }),
      errors: [
        {
          messageId: "http",
          data: {
            key: "icon_url",
            value: "`HTTP://cdn.example.com/icon.png`",
            fix: "https://cdn.example.com/icon.png",
          },
          line: 6,
          column: 15,
          endLine: 6,
          endColumn: 48,
        },
      ],
    },
  ],
});

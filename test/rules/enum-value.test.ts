import { enumValue } from "../../src/rules/enum-value.js";
import { DEFAULT_RULE_SETTINGS } from "../../src/rules/types.js";
import { action, integration, ruleTester } from "../support/rule-tester.js";

const field = (extra: Record<string, unknown>) => ({
  field_name: "t",
  display: "T",
  mandatory: true,
  type: "input",
  store: true,
  ...extra,
});

ruleTester(enumValue, {
  valid: [
    {
      name: "input types in any case",
      code: action({ inputs: [{ key: "k", name: "K", mandatory: true, type: "datetime" }] }),
    },
    {
      name: "legacy auth field types are another rule's warning",
      code: integration({
        authentication_configuration: [field({ type: "Text" }), field({ field_name: "u", type: "password" })],
      }),
    },
    {
      name: "a missing authentication_type is required-key's, not an enumeration error",
      code: integration({ authentication_type: undefined, authentication_configuration: undefined }),
    },
    {
      name: "every authentication type",
      code: integration({ authentication_type: "oauth2_client_credentials" }),
    },
  ],
  invalid: [
    {
      name: "OAuth2: only the case differs, the fix lowers it",
      code: integration({ authentication_type: "OAuth2" }),
      errors: [
        {
          messageId: "notAllowedSuggestion",
          data: {
            key: "authentication_type",
            value: "OAuth2",
            values: "none, custom, oauth2, oauth2_password, oauth2_client_credentials",
            suggestion: "oauth2",
          },
          line: 7,
          column: 26,
          endLine: 7,
          endColumn: 34,
        },
      ],
      output: integration({ authentication_type: "oauth2" }),
    },
    {
      name: "Custom is fixed too",
      code: integration({ authentication_type: "Custom" }),
      errors: [{ messageId: "notAllowedSuggestion", line: 7, column: 26, endLine: 7, endColumn: 34 }],
      output: integration({ authentication_type: "custom" }),
    },
    {
      name: "an unknown authentication type with a suggestion",
      code: integration({ authentication_type: "oauth" }),
      errors: [
        {
          messageId: "notAllowedSuggestion",
          data: {
            key: "authentication_type",
            value: "oauth",
            values: "none, custom, oauth2, oauth2_password, oauth2_client_credentials",
            suggestion: "oauth2",
          },
          line: 7,
          column: 26,
          endLine: 7,
          endColumn: 33,
        },
      ],
    },
    {
      name: "unknown input type, counted from 1",
      code: action({ inputs: [{ key: "k", name: "K", mandatory: true, type: "Checkbox" }] }),
      errors: [
        {
          messageId: "inputNotAllowed",
          data: {
            key: "type",
            number: 1,
            value: "Checkbox",
            values: "Text, Textarea, Number, Tel, URL, Datetime, Select",
          },
          line: 12,
          column: 15,
          endLine: 12,
          endColumn: 25,
        },
      ],
    },
    {
      name: "auth field type and source",
      code: integration({
        authentication_configuration: [
          field({ type: "oauht", source: "Input" }),
          field({ field_name: "u", source: "user" }),
        ],
      }),
      errors: [
        {
          messageId: "authFieldNotAllowedSuggestion",
          data: { key: "type", number: 1, value: "oauht", values: "input, oauth", suggestion: "oauth" },
          line: 13,
          column: 15,
          endLine: 13,
          endColumn: 22,
        },
        {
          messageId: "authFieldNotAllowedSuggestion",
          data: {
            key: "source",
            number: 1,
            value: "Input",
            values: "input, default, auth_validation",
            suggestion: "input",
          },
          line: 15,
          column: 17,
          endLine: 15,
          endColumn: 24,
        },
        {
          messageId: "authFieldNotAllowed",
          data: { key: "source", number: 2, value: "user", values: "input, default, auth_validation" },
          line: 23,
          column: 17,
          endLine: 23,
          endColumn: 23,
        },
      ],
    },
    {
      name: "still reported when required-key is off",
      code: integration({ authentication_type: "OAuth2" }),
      options: { configFor: () => ({ rules: { "required-key": "off" as const }, settings: DEFAULT_RULE_SETTINGS }) },
      errors: [{ messageId: "notAllowedSuggestion", line: 7, column: 26, endLine: 7, endColumn: 34 }],
    },
  ],
});

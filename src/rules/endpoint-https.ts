import type { JsonPath } from "../diagnostic.js";
import { INTEGRATION_ENDPOINT_KEYS } from "../manifest/vocabulary.js";
import { quote } from "../util/describe.js";
import { classifyUrl } from "./checks/url.js";
import { type DocumentContext, defineRule } from "./types.js";

type MessageId = "emptyActionEndpoint" | "http" | "notAbsolute" | "notAbsoluteNoFix" | "spaces";

export const endpointHttps = defineRule<MessageId>({
  meta: {
    id: "endpoint-https",
    severity: "error",
    fixable: false,
    scope: "manifest",
    description: "Bridge endpoints (integration *_endpoint keys and the action endpoint) are absolute https:// URLs",
    messages: {
      emptyActionEndpoint: "`endpoint` is empty: give the https URL of the bridge endpoint that runs this action",
      http: "`{{key}}` {{value}} uses http://; Talkdesk requires https:// for bridge endpoints: write `{{fix}}`",
      notAbsolute:
        "`{{key}}` {{value}} is not an absolute https URL: write the full address of the bridge endpoint, such as `{{fix}}`",
      notAbsoluteNoFix:
        "`{{key}}` {{value}} is not an absolute https URL: write the full address of the bridge endpoint, starting with https://",
      spaces: "`{{key}}` {{value}} has white space around the URL, which Talkdesk keeps: write `{{fix}}`",
    },
  },
  check(ctx) {
    if (ctx.kind === "action") {
      const value = ctx.value.endpoint;
      if (typeof value !== "string") return;
      if (value === "") ctx.report({ path: ["endpoint"], messageId: "emptyActionEndpoint" });
      else checkEndpoint(ctx, ["endpoint"], "endpoint", value);
      return;
    }
    for (let i = 0; i < INTEGRATION_ENDPOINT_KEYS.length; i++) {
      const key = INTEGRATION_ENDPOINT_KEYS[i] as (typeof INTEGRATION_ENDPOINT_KEYS)[number];
      const value = ctx.value[key];
      // An empty optional endpoint is no-empty-endpoint's.
      if (typeof value === "string" && value !== "") checkEndpoint(ctx, [key], key, value);
    }
  },
});

function checkEndpoint(ctx: DocumentContext<MessageId>, path: JsonPath, key: string, value: string): void {
  const url = classifyUrl(value);
  if (url.kind === "https" || url.kind === "empty") return;
  const data = { key, value: quote(value) };
  if (url.kind === "http") ctx.report({ path, messageId: "http", data: { ...data, fix: url.fix } });
  else if (url.fix === undefined) ctx.report({ path, messageId: "notAbsoluteNoFix", data });
  else {
    const messageId = url.reason === "spaces" ? "spaces" : "notAbsolute";
    ctx.report({ path, messageId, data: { ...data, fix: url.fix } });
  }
}

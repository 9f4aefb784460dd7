import { quote } from "../util/describe.js";
import { classifyUrl } from "./checks/url.js";
import { defineRule } from "./types.js";

/** The integration's image URLs, checked by image-url and image-url-https. */
export const IMAGE_KEYS = ["logo_url", "icon_url"] as const;

export const imageUrl = defineRule<"empty" | "notAbsolute" | "notAbsoluteNoFix" | "spaces">({
  meta: {
    id: "image-url",
    severity: "error",
    fixable: false,
    scope: "integration",
    description: "logo_url and icon_url are absolute http(s) URLs",
    messages: {
      empty: "`{{key}}` is empty: give the https URL of the image",
      notAbsolute:
        "`{{key}}` {{value}} is not an absolute http(s) URL: write the full address of the image, such as `{{fix}}`",
      notAbsoluteNoFix:
        "`{{key}}` {{value}} is not an absolute http(s) URL: write the full address of the image, starting with https://",
      spaces: "`{{key}}` {{value}} has white space around the URL, which Talkdesk keeps: write `{{fix}}`",
    },
  },
  check(ctx) {
    for (let i = 0; i < IMAGE_KEYS.length; i++) {
      const key = IMAGE_KEYS[i] as (typeof IMAGE_KEYS)[number];
      const value = ctx.value[key];
      if (typeof value !== "string") continue;
      const url = classifyUrl(value);
      if (url.kind === "https" || url.kind === "http") continue; // http is image-url-https's warning
      if (url.kind === "empty") {
        ctx.report({ path: [key], messageId: "empty", data: { key } });
        continue;
      }
      const data = { key, value: quote(value) };
      if (url.fix === undefined) ctx.report({ path: [key], messageId: "notAbsoluteNoFix", data });
      else {
        const messageId = url.reason === "spaces" ? "spaces" : "notAbsolute";
        ctx.report({ path: [key], messageId, data: { ...data, fix: url.fix } });
      }
    }
  },
});

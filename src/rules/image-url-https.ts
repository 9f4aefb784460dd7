import { quote } from "../util/describe.js";
import { classifyUrl } from "./checks/url.js";
import { IMAGE_KEYS } from "./image-url.js";
import { defineRule } from "./types.js";

export const imageUrlHttps = defineRule<"http">({
  meta: {
    id: "image-url-https",
    severity: "warning",
    fixable: false,
    scope: "integration",
    description: "logo_url and icon_url use https:// rather than http://",
    messages: {
      http: "`{{key}}` {{value}} uses http://; browsers block or flag insecure images on the https Talkdesk interface: serve the image over https:// and write `{{fix}}`",
    },
  },
  check(ctx) {
    for (let i = 0; i < IMAGE_KEYS.length; i++) {
      const key = IMAGE_KEYS[i] as (typeof IMAGE_KEYS)[number];
      const value = ctx.value[key];
      if (typeof value !== "string") continue;
      const url = classifyUrl(value);
      if (url.kind !== "http") continue; // image-url reports what is not a URL
      ctx.report({ path: [key], messageId: "http", data: { key, value: quote(value), fix: url.fix } });
    }
  },
});

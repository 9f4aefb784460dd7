import type { JsonPath } from "../diagnostic.js";
import { INTEGRATION_ENDPOINT_KEYS } from "../manifest/vocabulary.js";
import type { LegacyDocumentContext as DocumentContext } from "./helpers.js";
import { documentRule, likelyUrl, parseUrl, plainHttpProtocol, quote } from "./helpers.js";

const IMAGE_KEYS = ["logo_url", "icon_url"] as const;

function notAbsolute(key: string, value: string, scheme: "https" | "http(s)"): string {
  const guess = likelyUrl(value);
  return `\`${key}\` ${quote(value)} is not an absolute ${scheme} URL: write the full address${
    guess ? `, such as \`${guess}\`` : " starting with https://"
  }`;
}

export const imageUrl = documentRule({
  id: "image-url",
  severity: "error",
  description: "logo_url and icon_url are absolute http(s) URLs",
  fixable: false,
  scope: "integration",
  check(ctx) {
    for (const key of IMAGE_KEYS) {
      const value = ctx.value[key];
      if (typeof value !== "string") continue;
      if (value === "") {
        ctx.report({ path: [key], message: `\`${key}\` is empty: give the https URL of the image` });
        continue;
      }
      if (plainHttpProtocol(value)) continue;
      const url = parseUrl(value);
      if (url && (url.protocol === "https:" || url.protocol === "http:") && url.hostname) continue;
      ctx.report({ path: [key], message: notAbsolute(key, value, "http(s)") });
    }
  },
});

export const imageUrlHttps = documentRule({
  id: "image-url-https",
  severity: "warning",
  description: "logo_url and icon_url use https:// rather than http://",
  fixable: false,
  scope: "integration",
  check(ctx) {
    for (const key of IMAGE_KEYS) {
      const value = ctx.value[key];
      if (typeof value !== "string" || !value.startsWith("http://")) continue;
      ctx.report({
        path: [key],
        message: `\`${key}\` ${quote(value)} uses http://; browsers block or flag insecure images on the https Talkdesk interface: serve it over https://`,
      });
    }
  },
});

function checkEndpoint(ctx: DocumentContext, path: JsonPath, key: string, value: string): void {
  if (plainHttpProtocol(value) === "https:") return;
  const url = parseUrl(value);
  if (url?.protocol === "https:" && url.hostname) return;
  if (url?.protocol === "http:") {
    ctx.report({
      path,
      message: `\`${key}\` ${quote(value)} uses http://; Talkdesk requires https:// for bridge endpoints: write \`${value.replace(/^http:/, "https:")}\``,
    });
    return;
  }
  ctx.report({ path, message: notAbsolute(key, value, "https") });
}

export const endpointHttps = documentRule({
  id: "endpoint-https",
  severity: "error",
  description: "Bridge endpoints (integration *_endpoint keys and the action endpoint) are absolute https:// URLs",
  fixable: false,
  scope: "manifest",
  check(ctx) {
    if (ctx.kind === "action") {
      const value = ctx.value.endpoint;
      if (typeof value !== "string") return;
      if (value === "") {
        ctx.report({
          path: ["endpoint"],
          message: "`endpoint` is empty: give the https URL of the bridge endpoint that runs this action",
        });
      } else checkEndpoint(ctx, ["endpoint"], "endpoint", value);
      return;
    }
    for (const key of INTEGRATION_ENDPOINT_KEYS) {
      const value = ctx.value[key];
      if (typeof value === "string" && value !== "") checkEndpoint(ctx, [key], key, value);
    }
  },
});

const FEATURE: Record<string, string> = {
  auth_validation_endpoint: "credential validation",
  contact_synchronization_endpoint: "contact synchronization",
  interaction_retrieval_endpoint: "interaction retrieval",
  agent_synchronization_endpoint: "agent synchronization",
};

export const noEmptyEndpoint = documentRule({
  id: "no-empty-endpoint",
  severity: "warning",
  description: "Optional integration endpoints are omitted rather than empty strings",
  fixable: false,
  scope: "integration",
  check(ctx) {
    for (const key of INTEGRATION_ENDPOINT_KEYS) {
      if (ctx.value[key] !== "") continue;
      ctx.report({
        path: [key],
        message: `\`${key}\` is an empty string: remove the key if the integration has no ${FEATURE[key]}, or give its https URL`,
      });
    }
  },
});

export const agentSyncEndpoint = documentRule({
  id: "agent-sync-endpoint",
  severity: "error",
  description: "agent_synchronization_endpoint is present when the config says the integration needs CTI (cti: true)",
  fixable: false,
  scope: "integration",
  check(ctx) {
    if (!ctx.settings.cti) return;
    const value = ctx.value.agent_synchronization_endpoint;
    if (typeof value === "string" && value !== "") return;
    const message =
      "the config says this integration needs CTI (`cti: true`), which relies on agent synchronization: add `agent_synchronization_endpoint` with the https URL of the bridge's agent sync";
    if (value === undefined) ctx.report({ path: [], target: "object", message });
    else ctx.report({ path: ["agent_synchronization_endpoint"], message });
  },
});

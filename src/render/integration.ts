import { authFields } from "../manifest/auth-fields.js";
import { canonicalAuthenticationType } from "../manifest/vocabulary.js";
import { toPointer } from "../util/pointer.js";
import { expandTemplate, missingValueProblems } from "./expand.js";
import type { AuthFieldPreview, Feature, IntegrationPreview, RenderOptions, RenderProblem } from "./types.js";
import { looksLikeUrl, urlProblem } from "./url.js";
import { authFieldLookup } from "./values.js";

const SECRET_WORDS = new Set(["token", "secret", "password", "passwd", "pwd", "key", "apikey", "pin", "passphrase"]);
/** A name ending in one of these names something about a secret, not the secret (`access_token_url`). */
const NOT_SECRET_LAST = new Set(["url", "uri", "endpoint", "id", "name", "type", "username", "user", "email", "hint"]);

function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Whether a field name or label reads as a secret (token, secret, password, key). */
export function isSecretName(text: string): boolean {
  const w = words(text);
  const last = w.at(-1);
  if (last === undefined || NOT_SECRET_LAST.has(last)) return false;
  return w.some((word) => SECRET_WORDS.has(word));
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function feature(value: unknown): Feature {
  const endpoint = str(value);
  return endpoint !== undefined && endpoint.trim() !== "" ? { on: true, endpoint } : { on: false };
}

/** The integration as a Talkdesk user meets it: names, the sign-in form, the features its endpoints turn on. */
export function renderIntegration(
  value: Record<string, unknown>,
  options: RenderOptions,
): { integration: IntegrationPreview; problems: RenderProblem[] } {
  const problems: RenderProblem[] = [];
  const allowMissing = options.allowMissing === true;
  // Read without regard to case, as lint's rules read it: `None` has no sign-in form either.
  const signInForm = canonicalAuthenticationType(value.authentication_type) !== "none";
  const refs = signInForm ? authFields(value) : [];
  const lookup = authFieldLookup(
    refs.flatMap((r) => (r.name === undefined ? [] : [r.name])),
    options,
  );
  const fields: AuthFieldPreview[] = [];
  for (const ref of refs) {
    const field = ref.field;
    if (!field) continue;
    const type = str(field.type)?.toLowerCase();
    const source = str(field.source);
    const display = str(field.display);
    const preview: AuthFieldPreview = {
      pointer: toPointer(ref.fieldPath),
      mandatory: field.mandatory === true,
      filledBy:
        source === "auth_validation"
          ? "auth_validation"
          : source === "default"
            ? "default"
            : type === "oauth"
              ? "oauth"
              : "user",
      masked: type === "password" || isSecretName(ref.name ?? "") || isSecretName(display ?? ""),
    };
    if (ref.name !== undefined) preview.name = ref.name;
    if (display !== undefined) preview.display = display;
    const help = str(field.help);
    if (help !== undefined && help !== "") preview.help = help;
    if (typeof field.store === "boolean") preview.store = field.store;
    const format = str(field.format);
    if (format !== undefined && format !== "") {
      const pointer = toPointer([...ref.fieldPath, "format"]);
      const label = `auth field \`${ref.name ?? ref.index + 1}\` format`;
      const outcome = expandTemplate(format, lookup);
      preview.format = outcome.expansion;
      problems.push(...missingValueProblems(outcome, { pointer, label }, allowMissing));
      if (outcome.expansion.complete && looksLikeUrl(format)) {
        const reason = urlProblem(outcome.expansion.result);
        if (reason) {
          problems.push({
            severity: "error",
            code: "invalid-url",
            message: `${label} expands to "${outcome.expansion.result}", which is not a usable URL: ${reason}; fix the template or the value it uses`,
            pointer,
          });
        }
      }
    }
    fields.push(preview);
  }
  const interactionTypes = Array.isArray(value.interaction_types)
    ? value.interaction_types.filter((t): t is string => typeof t === "string")
    : [];
  const integration: IntegrationPreview = {
    signInForm,
    authFields: fields,
    features: {
      contactSync: feature(value.contact_synchronization_endpoint),
      interactionRetrieval: { ...feature(value.interaction_retrieval_endpoint), interactionTypes },
      agentSync: feature(value.agent_synchronization_endpoint),
      authValidation: feature(value.auth_validation_endpoint),
    },
  };
  const name = str(value.name);
  if (name !== undefined) integration.name = name;
  const displayName = str(value.display_name);
  if (displayName !== undefined) integration.displayName = displayName;
  const description = str(value.description);
  if (description !== undefined) integration.description = description;
  const logoUrl = str(value.logo_url);
  if (logoUrl !== undefined) integration.logoUrl = logoUrl;
  const iconUrl = str(value.icon_url);
  if (iconUrl !== undefined) integration.iconUrl = iconUrl;
  const authenticationType = str(value.authentication_type);
  if (authenticationType !== undefined) integration.authenticationType = authenticationType;
  return { integration, problems };
}

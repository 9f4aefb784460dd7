import type { AuthField } from "./types.js";

/** `TD_AUTH_<FIELD_NAME>`: the field name upper-cased, every character other than A-Z 0-9 turned into `_`. */
export function envNameFor(field: string): string {
  return `TD_AUTH_${field.toUpperCase().replace(/[^A-Z0-9]/g, "_")}`;
}

export interface ResolvedAuth {
  auth: Record<string, unknown>;
  /** Mandatory fields with no value, with where the user can put one. */
  missing: string[];
}

/**
 * The auth object Talkdesk would send: values from the credentials file, overridden by
 * TD_AUTH_* environment variables. Keys the manifest does not declare are kept (a file may carry
 * fields returned by auth validation) except the OAuth token, which is added under `tokenKey`.
 */
export function resolveAuth(
  fields: readonly AuthField[],
  fileValues: Record<string, unknown>,
  env: Readonly<Record<string, string | undefined>>,
  oauth: { tokenKey: string } | undefined,
): ResolvedAuth {
  const auth: Record<string, unknown> = { ...fileValues };
  const names = new Set(fields.map((f) => f.name));
  if (oauth) names.add(oauth.tokenKey);
  for (const name of names) {
    const fromEnv = env[envNameFor(name)];
    if (fromEnv !== undefined) auth[name] = fromEnv;
  }
  const missing: string[] = [];
  for (const field of fields) {
    if (field.mandatory && field.type !== "oauth" && isEmpty(auth[field.name])) missing.push(field.name);
  }
  if (oauth && isEmpty(auth[oauth.tokenKey])) missing.push(oauth.tokenKey);
  return { auth, missing };
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

/** `***9f (24 chars)`: enough to tell which credential was sent, never the value (short ones show no end). */
export function maskValue(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  if (text.length <= 6) return `*** (${text.length} chars)`;
  return `***${text.slice(-2)} (${text.length} chars)`;
}

/** The strings to hide wherever they appear in printed text (response bodies echo credentials). */
export function secretStrings(auth: Record<string, unknown>): string[] {
  return Object.values(auth)
    .map((v) => (typeof v === "string" ? v : v === undefined || v === null ? "" : JSON.stringify(v)))
    .filter((s) => s.length >= 4)
    .sort((a, b) => b.length - a.length);
}

export function maskText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (out.includes(secret)) out = out.split(secret).join(maskValue(secret));
  }
  return out;
}

/** A URL or header value with every credential masked, also where it is percent-encoded. */
export function maskUrl(text: string, secrets: readonly string[]): string {
  const masked = maskText(text, secrets);
  let decoded: string;
  try {
    decoded = decodeURIComponent(masked);
  } catch {
    return masked;
  }
  return decoded === masked || !containsSecret(decoded, secrets) ? masked : maskText(decoded, secrets);
}

function containsSecret(text: string, secrets: readonly string[]): boolean {
  return secrets.some((secret) => text.includes(secret));
}

/** Deeper than any reply of the contract; past it the body is not shown rather than walked. */
const MAX_MASK_DEPTH = 500;

/** A parsed JSON value whose keys and strings have every credential masked; throws TooDeep past MAX_MASK_DEPTH. */
export function maskJson(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === "string") return maskText(value, secrets);
  if (value === null || typeof value !== "object") return value;
  if (depth > MAX_MASK_DEPTH) throw new TooDeep();
  if (Array.isArray(value)) return value.map((item) => maskJson(item, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[maskText(key, secrets)] = maskJson(item, secrets, depth + 1);
  return out;
}

export class TooDeep {}

/**
 * A JSON body text with every credential masked in what a JSON reader decodes: the raw text is masked,
 * and when a secret still hides behind escapes (`\u0073ecret`), the body is written again from its masked value.
 */
export function maskBodyText(text: string, secrets: readonly string[]): string {
  const masked = maskText(text, secrets);
  if (secrets.length === 0 || !masked.includes("\\")) return masked;
  let value: unknown;
  try {
    value = JSON.parse(masked);
  } catch {
    return masked;
  }
  let again: unknown;
  try {
    again = maskJson(value, secrets);
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    return `(a JSON body nesting more than ${MAX_MASK_DEPTH} levels, not shown: it may hold escaped credentials)`;
  }
  return JSON.stringify(again) === JSON.stringify(value) ? masked : JSON.stringify(again, null, 2);
}

/** A copy of a request body whose `auth` values are masked. */
export function maskBody(body: Record<string, unknown>): Record<string, unknown> {
  const auth = body.auth;
  if (auth === null || typeof auth !== "object") return body;
  const masked: Record<string, string> = {};
  for (const [key, value] of Object.entries(auth)) masked[key] = maskValue(value);
  return { ...body, auth: masked };
}

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

/** A copy of a request body whose `auth` values are masked. */
export function maskBody(body: Record<string, unknown>): Record<string, unknown> {
  const auth = body.auth;
  if (auth === null || typeof auth !== "object") return body;
  const masked: Record<string, string> = {};
  for (const [key, value] of Object.entries(auth)) masked[key] = maskValue(value);
  return { ...body, auth: masked };
}

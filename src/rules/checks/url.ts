/**
 * URL checks shared by the URL rules, render and init: pure functions that say what a URL value is
 * and, when it is not usable, the URL the author most likely meant.
 */

/** Parses an absolute URL, or undefined. Surrounding spaces make it invalid (Talkdesk does not trim). */
export function parseUrl(text: string): URL | undefined {
  if (text.trim() !== text || text === "") return undefined;
  // Asked first: a URL that fails to construct throws an error whose stack trace costs more than the parse.
  return URL.canParse(text) ? new URL(text) : undefined;
}

/**
 * An absolute http(s) URL of the plain shape most manifests use (lowercase scheme, a host name of
 * letters, digits, dots and single hyphens whose last label starts with a letter, an optional short
 * port, then printable ASCII): such a text always parses with that protocol and a host, so rules
 * skip building a URL for it. Anything else goes through parseUrl.
 */
const PLAIN_HTTP_URL =
  /^https?:\/\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\.)*[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?::[0-9]{1,4})?(?:[/?#][!-~]*)?$/;

/** "https:" or "http:" when `text` is a plain absolute http(s) URL with a host (see PLAIN_HTTP_URL), else undefined. */
export function plainHttpProtocol(text: string): "https:" | "http:" | undefined {
  if (!PLAIN_HTTP_URL.test(text)) return undefined;
  return text.charCodeAt(4) === 115 ? "https:" : "http:";
}

/** "www.example.com/x" -> "https://www.example.com/x" when that is what the author meant, else undefined. */
export function likelyUrl(text: string): string | undefined {
  const candidate = `https://${text.replace(/^\/+/, "")}`;
  const url = parseUrl(candidate);
  return url?.hostname.includes(".") ? candidate : undefined;
}

/**
 * What a URL value is:
 * - `empty`: the empty string;
 * - `https` / `http`: an absolute URL of that scheme with a host (`fix` of `http` is the https URL);
 * - `invalid`: anything else; `reason` is `spaces` when only surrounding white space spoils it, and
 *   `fix` is the https URL the author most likely meant, when one can be guessed.
 */
export type UrlClass =
  | { kind: "empty" }
  | { kind: "https" }
  | { kind: "http"; fix: string }
  | { kind: "invalid"; reason: "spaces" | "not-absolute"; fix: string | undefined };

const EMPTY: UrlClass = { kind: "empty" };
const HTTPS: UrlClass = { kind: "https" };

/** The https form of an http URL (the scheme in any case). */
function toHttps(text: string): string {
  return text.replace(/^http:/i, "https:");
}

/** Classifies a URL value as the URL rules judge it (see UrlClass). */
export function classifyUrl(text: string): UrlClass {
  if (text === "") return EMPTY;
  const plain = plainHttpProtocol(text);
  if (plain === "https:") return HTTPS;
  if (plain === "http:") return { kind: "http", fix: toHttps(text) };
  const url = parseUrl(text);
  if (url?.hostname) {
    if (url.protocol === "https:") return HTTPS;
    if (url.protocol === "http:") return { kind: "http", fix: toHttps(text) };
  }
  const trimmed = text.trim();
  if (trimmed !== text && trimmed !== "") {
    const inner = classifyUrl(trimmed);
    if (inner.kind === "https") return { kind: "invalid", reason: "spaces", fix: trimmed };
    if (inner.kind === "http") return { kind: "invalid", reason: "spaces", fix: inner.fix };
  }
  return { kind: "invalid", reason: "not-absolute", fix: likelyUrl(trimmed) };
}

const WITH_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const AUTHORITY = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i;
const LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/** True for text written as an absolute URL (`scheme://...`), the only kind the host check applies to. */
export function looksLikeUrl(text: string): boolean {
  return WITH_SCHEME.test(text.trim());
}

/** Why a URL (such as a template once its placeholders are filled) is unusable, as a code and its values. */
export type HostProblem =
  | { code: "notAbsolute" }
  | { code: "noHost" }
  | { code: "hostCharacter"; host: string; character: string }
  | { code: "emptyLabel"; host: string }
  | { code: "labelHyphen"; host: string; label: string }
  | { code: "unparsable" };

function hostProblem(host: string): HostProblem | undefined {
  if (host === "") return { code: "noHost" };
  const bad = [...host].find((c) => !/[a-z0-9.\-[\]:]/i.test(c));
  if (bad !== undefined) return { code: "hostCharacter", host, character: bad };
  if (host.startsWith(".") || host.includes("..")) return { code: "emptyLabel", host };
  const label = host.split(".").find((l) => l !== "" && !LABEL.test(l));
  if (label !== undefined) return { code: "labelHyphen", host, label };
  return undefined;
}

/**
 * Why a URL is unusable (it does not parse, or its http(s) host is not a host name), or undefined when
 * it is fine. Stricter than the parser, which accepts `https://exa mple.com` by encoding it.
 */
export function urlHostProblem(text: string): HostProblem | undefined {
  const trimmed = text.trim();
  if (!WITH_SCHEME.test(trimmed)) return { code: "notAbsolute" };
  // The host as written: the URL parser would read `https:///path` (an empty value) as the host `path`.
  const written = (AUTHORITY.exec(trimmed)?.[1] ?? "").replace(/^.*@/, "").replace(/:\d*$/, "");
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return hostProblem(written) ?? { code: "unparsable" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  if (written === "") return { code: "noHost" };
  const host = url.hostname;
  if (host.startsWith("[") || /^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return undefined;
  return hostProblem(host);
}

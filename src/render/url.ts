const WITH_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const AUTHORITY = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i;
const LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/** True for text written as an absolute URL (`scheme://...`), the only kind the URL check applies to. */
export function looksLikeUrl(text: string): boolean {
  return WITH_SCHEME.test(text.trim());
}

function describeChar(char: string): string {
  if (char === " ") return "a space";
  if (char.trim() === "") return "white space";
  return `\`${char}\``;
}

function hostReason(host: string): string {
  if (host === "") return "it has no host";
  const bad = [...host].find((c) => !/[a-z0-9.\-[\]:]/i.test(c));
  if (bad !== undefined) return `its host \`${host}\` contains ${describeChar(bad)}`;
  if (host.startsWith(".") || host.endsWith("..") || host.includes(".."))
    return `its host \`${host}\` has an empty part between dots`;
  const label = host.split(".").find((l) => l !== "" && !LABEL.test(l));
  if (label !== undefined)
    return `its host \`${host}\` has the part \`${label}\`, which cannot start or end with \`-\``;
  return "";
}

/**
 * Why an expanded URL is unusable (it does not parse, or its host is not a host name), or undefined
 * when it is fine. Only http(s) hosts are checked for host-name syntax.
 */
export function urlProblem(text: string): string | undefined {
  const trimmed = text.trim();
  if (!WITH_SCHEME.test(trimmed)) return "it is not an absolute URL such as https://example.com/path";
  // The host as written: the URL parser would read `https:///path` (an empty value) as the host `path`.
  const written = (AUTHORITY.exec(trimmed)?.[1] ?? "").replace(/^.*@/, "").replace(/:\d*$/, "");
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return hostReason(written) || "it does not parse as a URL";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  if (written === "") return "it has no host";
  const host = url.hostname;
  if (host.startsWith("[") || /^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return undefined;
  return hostReason(host) || undefined;
}

/**
 * Who may use a dev server: a request naming the server by its loopback address and port (so a
 * DNS-rebound name cannot), carrying the session's random token, first in the printed URL, then
 * in a SameSite=Strict, HttpOnly cookie (so another site's page cannot).
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

export function newToken(): string {
  return randomBytes(24).toString("base64url");
}

/** One cookie per port: cookies are not kept apart by port, two dev servers are. */
export function cookieName(port: number): string {
  return `td_dev_${port}`;
}

export function sessionCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}

function equalSecrets(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function cookieToken(req: IncomingMessage, port: number): string | undefined {
  const name = `${cookieName(port)}=`;
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const trimmed = part.trim();
    if (trimmed.startsWith(name)) return trimmed.slice(name.length);
  }
  return undefined;
}

/** How a request proves it belongs to the session: by the URL's token, by the cookie, or not at all. */
export function tokenOf(req: IncomingMessage, url: URL, port: number, token: string): "url" | "cookie" | undefined {
  const fromUrl = url.searchParams.get("token");
  if (fromUrl !== null && equalSecrets(fromUrl, token)) return "url";
  const fromCookie = cookieToken(req, port);
  if (fromCookie !== undefined && equalSecrets(fromCookie, token)) return "cookie";
  return undefined;
}

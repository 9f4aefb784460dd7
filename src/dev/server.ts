/**
 * The dev server: node's http on 127.0.0.1 (a handful of routes need no framework), the page, its
 * two assets, a JSON post per step and server-sent events telling the page to fetch what changed.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readAsset } from "../render/assets.js";
import { isPlainObject } from "../util/suggest.js";
import { hostAllowed, newToken, sessionCookie, tokenOf } from "./guard.js";
import type { DevSession } from "./session.js";

export interface DevServer {
  /** The URL to open, with the session's token. */
  url: string;
  port: number;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  "content-security-policy":
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src http: https: data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
  "cross-origin-resource-policy": "same-origin",
} as const;

/** A step's JSON body: small (form values), read at most this far. */
const MAX_BODY = 256 * 1024;

class BadRequest extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, { ...SECURITY_HEADERS, "content-type": type, ...extra });
  res.end(body);
}

function refuse(res: ServerResponse, why: string): void {
  send(res, 403, "text/plain; charset=utf-8", `403 Forbidden: ${why}\n`);
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  if (!/^application\/json\b/i.test(req.headers["content-type"] ?? "")) {
    throw new BadRequest(415, "send JSON (Content-Type: application/json)");
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new BadRequest(413, "the request body is too large");
    chunks.push(chunk as Buffer);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
  } catch {
    throw new BadRequest(400, "the request body is not JSON");
  }
  if (!isPlainObject(value)) throw new BadRequest(400, "the request body must be a JSON object");
  return value;
}

function stringValues(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isPlainObject(value)) return out;
  for (const [key, item] of Object.entries(value)) if (typeof item === "string") out[key] = item;
  return out;
}

/** Starts the server on 127.0.0.1 (`port` 0: any free port). */
export async function startServer(session: DevSession, port: number): Promise<DevServer> {
  const token = newToken();
  const events = new Set<ServerResponse>();
  let actualPort = 0;
  const assets = { "page.css": readAsset("page.css"), "dev.js": readAsset("dev.js") };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!hostAllowed(req, actualPort)) return refuse(res, "this server answers only to 127.0.0.1 or localhost");
    const url = new URL(req.url ?? "/", `http://127.0.0.1:${actualPort}`);
    const proof = tokenOf(req, url, actualPort, token);
    if (!proof) return refuse(res, "open the URL td-integration dev printed (it carries the session's token)");
    if (proof === "url") {
      // The token moves into a cookie and out of the address bar (and the browser history).
      url.searchParams.delete("token");
      return send(res, 303, "text/plain; charset=utf-8", "", {
        location: `${url.pathname}${url.search}`,
        "set-cookie": sessionCookie(actualPort, token),
      });
    }
    const route = `${req.method} ${url.pathname}`;
    switch (route) {
      case "GET /":
        return send(res, 200, "text/html; charset=utf-8", session.document());
      case "GET /assets/page.css":
        return send(res, 200, "text/css; charset=utf-8", assets["page.css"]);
      case "GET /assets/dev.js":
        return send(res, 200, "text/javascript; charset=utf-8", assets["dev.js"]);
      case "GET /sections":
        return send(res, 200, "application/json", JSON.stringify(session.sections()));
      case "GET /events": {
        res.writeHead(200, { ...SECURITY_HEADERS, "content-type": "text/event-stream", connection: "keep-alive" });
        res.write("retry: 1000\n\n");
        events.add(res);
        req.on("close", () => events.delete(res));
        return;
      }
    }
    if (req.method !== "POST") return send(res, 404, "text/plain; charset=utf-8", "404 Not Found\n");
    const body = await readJson(req);
    switch (url.pathname) {
      case "/api/connect":
        await session.connect(stringValues(body.fields));
        break;
      case "/api/sync":
        await session.sync();
        break;
      case "/api/contacts/choose":
        if (typeof body.id !== "string") throw new BadRequest(400, 'name the contact: {"id": "..."}');
        await session.choose(body.id);
        break;
      case "/api/actions/run":
        if (typeof body.action !== "string") throw new BadRequest(400, 'name the action: {"action": "..."}');
        await session.runAction(body.action, stringValues(body.fields));
        break;
      default:
        return send(res, 404, "text/plain; charset=utf-8", "404 Not Found\n");
    }
    send(res, 200, "application/json", JSON.stringify(session.sections()));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return res.destroy();
      if (error instanceof BadRequest)
        return send(res, error.status, "text/plain; charset=utf-8", `${error.message}\n`);
      // Whatever went wrong in one step is that step's failure; the server stays up.
      send(res, 500, "text/plain; charset=utf-8", "the step failed inside td-integration dev\n");
    });
  });
  const keepAlive = setInterval(() => {
    for (const res of events) res.write(": keep-alive\n\n");
  }, 15_000);
  keepAlive.unref();
  const unsubscribe = session.onChange(() => {
    for (const res of events) res.write("event: update\ndata: {}\n\n");
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actualPort}/?token=${token}`,
    port: actualPort,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(keepAlive);
        unsubscribe();
        for (const res of events) res.end();
        events.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

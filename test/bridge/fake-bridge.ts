import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A request the fake bridge received: the path and the parsed JSON body. */
export interface Received {
  path: string;
  body: Record<string, unknown>;
  contentType: string | undefined;
}

/** Answers one request; return nothing to leave the request hanging (a timeout). */
export type Route = (body: Record<string, unknown>, res: ServerResponse, received: Received[]) => void;

export const VALID_TOKEN = "tok-0123456789abcdef";

export function json(res: ServerResponse, status: number, value: unknown, contentType = "application/json"): void {
  res.writeHead(status, { "content-type": contentType });
  res.end(JSON.stringify(value));
}

const meta = (body: Record<string, unknown>) => (body.meta ?? {}) as Record<string, unknown>;

export const CONTACT_PAGES: Record<string, unknown> = {
  first: {
    contacts: [
      {
        id: "c1",
        name: "Jane Doe",
        emails: ["jane@example.com"],
        phones: ["+15555550101"],
        updated_at: "2024-01-01T10:00:00Z",
      },
      { id: "c2", name: "Joe", company: "Example Corp.", updated_at: "2024-01-02T10:00:00Z" },
    ],
    next_offset: "2",
    synchronization_checkpoint: "2024-01-02T10:00:00Z",
    context: { cursor: "abc" },
  },
  second: {
    contacts: [{ id: "c3", name: "Ann Lee", updated_at: "2024-01-03T10:00:00Z" }],
    synchronization_checkpoint: "2024-01-03T10:00:00Z",
  },
};

/** A bridge that follows the contract on every endpoint. */
export const CONFORMING: Record<string, Route> = {
  "/talkdesk/auth_validation": (body, res) => {
    const auth = body.auth as Record<string, unknown>;
    res.writeHead(auth.api_token === VALID_TOKEN ? 204 : 401);
    res.end();
  },
  "/talkdesk/contact_sync": (body, res) => {
    const m = meta(body);
    if (m.offset === undefined) return json(res, 200, CONTACT_PAGES.first);
    // The second page is served only when the context of the first is echoed.
    if (m.offset === "2" && JSON.stringify(m.context) === '{"cursor":"abc"}')
      return json(res, 200, CONTACT_PAGES.second);
    json(res, 400, { message: "bad offset or context" });
  },
  "/talkdesk/interaction_update": (_body, res) =>
    json(res, 200, [
      {
        id: "t1",
        subject: "Printer on fire",
        date: "2024-02-01T09:00:00Z",
        type: "ticket",
        priority: "high",
        status: "open",
      },
      { id: "t2", subject: "Chat about billing", date: "2024-02-02", type: "chat" },
    ]),
  "/talkdesk/agent_sync": (_body, res) =>
    json(res, 200, { agents: [{ id: "a1", name: "Ada", email: "ada@example.com" }] }),
  "/talkdesk/actions/create_ticket": (_body, res) => json(res, 201, { message: "Ticket created", external_id: "T-9" }),
  "/talkdesk/actions/add_note": (_body, res) => json(res, 400, { message: "notes are closed" }),
};

export interface FakeBridge {
  base: string;
  received: Received[];
  close(): Promise<void>;
}

/** Starts a bridge on 127.0.0.1 with a free port; `overrides` replace the conforming routes. */
export async function startBridge(overrides: Record<string, Route> = {}): Promise<FakeBridge> {
  const routes = { ...CONFORMING, ...overrides };
  const received: Received[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {}
      received.push({ path, body, contentType: req.headers["content-type"] });
      const route = routes[path];
      if (!route) {
        res.writeHead(404, { "content-type": "text/plain" });
        res.end("not found");
        return;
      }
      route(body, res, received);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

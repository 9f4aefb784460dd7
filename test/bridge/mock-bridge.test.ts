import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createMockBridge, type ListeningBridge } from "../../src/bridge/mock/index.js";
import { ROOT } from "../support/cli.js";
import { temporaryDirectories } from "../support/temp.js";
import { runBin } from "./support.js";

const tempDir = temporaryDirectories("td-mock-bridge-");
const EXAMPLES = path.join(ROOT, "examples");
const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8"));

function example(name: string) {
  const manifestFile = path.join(EXAMPLES, "integrations", `${name}.json`);
  const actionFiles = readdirSync(path.join(EXAMPLES, "actions"))
    .filter((file) => file.startsWith(name))
    .map((file) => path.join(EXAMPLES, "actions", file));
  return { manifestFile, actionFiles, manifest: readJson(manifestFile), actions: actionFiles.map(readJson) };
}

const running: ListeningBridge[] = [];
afterEach(async () => {
  for (const bridge of running.splice(0)) await bridge.close();
});

async function start(name: string, credentials?: Record<string, unknown>) {
  const ex = example(name);
  const mock = createMockBridge({ manifest: ex.manifest, actions: ex.actions, credentials });
  const listening = await mock.listen();
  running.push(listening);
  return { ...ex, mock, url: listening.url };
}

async function post(url: string, body: unknown, method = "POST") {
  const res = await fetch(url, {
    method,
    headers: { "content-type": "application/json" },
    body: method === "POST" ? (typeof body === "string" ? body : JSON.stringify(body)) : undefined,
  });
  const text = await res.text();
  return {
    status: res.status,
    contentType: res.headers.get("content-type"),
    body: text ? JSON.parse(text) : undefined,
  };
}

const NAMES = readdirSync(path.join(EXAMPLES, "integrations")).map((file) => path.basename(file, ".json"));

describe("the mock bridge passes bridge-test (the built bin) for every example", () => {
  it.each(NAMES)("%s", async (name) => {
    const { url, manifestFile, actionFiles, mock } = await start(name);
    const credentials = path.join(tempDir(), "credentials.json");
    writeFileSync(credentials, JSON.stringify(mock.credentials));
    const args = ["bridge-test", manifestFile, "--actions", ...actionFiles];
    const { code, stdout, stderr } = await runBin([...args, "--base", url, "--credentials", credentials, "-f", "json"]);
    expect(stderr).toBe("");
    const report = JSON.parse(stdout);
    const failed = report.calls.flatMap((call: { checks: { ok: boolean }[] }) => call.checks.filter((c) => !c.ok));
    expect(failed).toEqual([]);
    expect(code).toBe(0);
    // Every endpoint the manifest declares was called, and every action was sent (none skipped).
    const kinds = new Set(
      report.calls.filter((c: { request?: unknown }) => c.request).map((c: { kind: string }) => c.kind),
    );
    for (const route of mock.integration.routes) expect(kinds).toContain(route.kind);
    expect(report.calls.filter((c: { kind: string; skipped?: string }) => c.kind === "action" && c.skipped)).toEqual(
      [],
    );
    expect(report.summary.checks).toBeGreaterThan(3);
  });
});

describe("the mock bridge follows the contract", () => {
  it("answers 401 on every endpoint when a credential is wrong", async () => {
    const { url, mock } = await start("acme_helpdesk");
    const auth = { ...mock.credentials, api_token: "not-the-token" };
    for (const route of mock.integration.routes) {
      const reply = await post(url + route.path, { auth, meta: {}, data: {} });
      expect(reply.status, route.path).toBe(401);
    }
  });

  it("accepts the credentials it is given instead of the sample ones", async () => {
    const { url } = await start("acme_helpdesk", { subdomain: "acme", email: "a@b.c", api_token: "tok-123456" });
    const ok = await post(`${url}/talkdesk/auth_validation`, {
      auth: { subdomain: "acme", email: "a@b.c", api_token: "tok-123456" },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ agent_id: "sample-agent-id" });
  });

  it("pages contacts with next_offset and context, and an incremental sync returns only newer contacts", async () => {
    const { url, mock } = await start("acme_helpdesk");
    const sync = `${url}/talkdesk/contact_sync`;
    const first = await post(sync, { auth: mock.credentials, meta: {} });
    expect(first.status).toBe(200);
    expect(first.contentType).toMatch(/^application\/json/);
    expect(first.body.contacts).toHaveLength(3);
    expect(first.body.next_offset).toBe("3");
    expect(first.body.synchronization_checkpoint).toBe(first.body.contacts[2].updated_at);
    // The context must come back with the offset, and only with it.
    const noContext = await post(sync, { auth: mock.credentials, meta: { offset: "3" } });
    expect(noContext.status).toBe(400);
    const contextWithoutOffset = await post(sync, { auth: mock.credentials, meta: { context: first.body.context } });
    expect(contextWithoutOffset.status).toBe(400);
    expect(contextWithoutOffset.body.message).toMatch(/only sent with meta.offset/);
    const incremental = await post(sync, {
      auth: mock.credentials,
      meta: { synchronization_checkpoint: "2026-01-09T00:00:00Z" },
    });
    expect(incremental.body.contacts.map((c: { name: string }) => c.name)).toEqual([
      "Wei Zhang",
      "Priya Patel",
      "Tom Novak",
    ]);
    expect(incremental.body.next_offset).toBeUndefined();
    expect(incremental.body.context).toBeUndefined();
  });

  it("returns interactions as a top-level array of the requested types only", async () => {
    const { url, mock } = await start("acme_helpdesk");
    const reply = await post(`${url}/talkdesk/interaction_update`, {
      auth: mock.credentials,
      meta: { interaction_types: ["chat"] },
      data: { contact_external_id: "contact-2", contact_name: "Ann Lee", contact_emails: [], contact_phones: [] },
    });
    expect(reply.status).toBe(200);
    expect(Array.isArray(reply.body)).toBe(true);
    expect(reply.body.map((i: { type: string }) => i.type)).toEqual(["chat"]);
  });

  it("answers an action 201 with an external_id, and 400 naming a mandatory input left empty", async () => {
    const { url, mock } = await start("acme_helpdesk");
    const action = `${url}/talkdesk/actions/create_ticket`;
    const data = { subject: "Printer", requester_email: "jane@example.com", priority: "high" };
    const created = await post(action, { auth: mock.credentials, meta: { contact_external_id: "contact-1" }, data });
    expect(created.status).toBe(201);
    expect(created.body.external_id).toMatch(/^create_ticket-\d+$/);
    const empty = await post(action, { auth: mock.credentials, meta: {}, data: { ...data, subject: " " } });
    expect(empty.status).toBe(400);
    expect(empty.body.message).toContain("subject");
    // What an action created shows among the contact's interactions.
    const interactions = await post(`${url}/talkdesk/interaction_update`, {
      auth: mock.credentials,
      meta: { interaction_types: ["ticket"] },
      data: { contact_external_id: "contact-1" },
    });
    expect(interactions.body.map((i: { id: string }) => i.id)).toContain(created.body.external_id);
  });

  it("pages agents with an integer offset", async () => {
    const { url, mock } = await start("acme_helpdesk");
    const first = await post(`${url}/talkdesk/agent_sync`, { auth: mock.credentials });
    expect(first.body.next_offset).toBe(2);
    const second = await post(`${url}/talkdesk/agent_sync`, { auth: mock.credentials, meta: { offset: 2 } });
    expect(second.body.agents).toHaveLength(1);
    expect(second.body.next_offset).toBeUndefined();
    const bad = await post(`${url}/talkdesk/agent_sync`, { auth: mock.credentials, meta: { offset: "2" } });
    expect(bad.status).toBe(400);
  });

  it("refuses what Talkdesk never sends: another method, an unknown path, a body that is not JSON or too large", async () => {
    const { url, mock } = await start("acme_helpdesk");
    expect((await post(`${url}/talkdesk/agent_sync`, undefined, "GET")).status).toBe(405);
    expect((await post(`${url}/nowhere`, { auth: mock.credentials })).status).toBe(404);
    expect((await post(`${url}/talkdesk/agent_sync`, "{not json")).status).toBe(400);
    expect((await post(`${url}/talkdesk/agent_sync`, "[]")).status).toBe(400);
    const huge = JSON.stringify({ auth: mock.credentials, pad: "x".repeat(2 * 1024 * 1024) });
    const tooLarge = await fetch(`${url}/talkdesk/agent_sync`, { method: "POST", body: huge }).catch(() => undefined);
    // Either the 413 arrives, or the bridge closed the connection while the body was still being sent.
    if (tooLarge) expect(tooLarge.status).toBe(413);
  });

  it("accepts any request when the integration has no authentication", async () => {
    const { url, mock } = await start("bramble_shop");
    expect(mock.credentials).toEqual({});
    const route = mock.integration.routes.find((r) => r.kind === "contact-sync");
    expect((await post(url + route?.path, { auth: {}, meta: {} })).status).toBe(200);
  });
});

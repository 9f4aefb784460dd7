import { describe, expect, it } from "vitest";
import { alterCredential } from "../../src/bridge/sequence.js";
import { BridgeSetupError } from "../../src/bridge/setup.js";
import { json, VALID_TOKEN } from "./fake-bridge.js";
import { bridgeTest, call, failures } from "./support.js";

describe("bridge-test against a conforming bridge", () => {
  it("passes every check and exits 0", async () => {
    const { exitCode, report, output } = await bridgeTest();
    expect(failures(output)).toEqual([]);
    expect(exitCode).toBe(0);
    expect(report.summary).toEqual({ calls: 7, checks: 31, failed: 0, warnings: 0, skipped: 1 });
    expect(report.calls.map((c) => c.label)).toEqual([
      "auth validation",
      "auth validation, invalid credentials",
      "contact sync, page 1",
      "contact sync, page 2",
      "contact sync, all 2 pages",
      "interaction retrieval",
      "agent sync, page 1",
      "action add_note",
      "action create_ticket",
    ]);
  });

  it("sends what Talkdesk sends: offset and context echoed, contact and agent ids, defaults expanded", async () => {
    const { received } = await bridgeTest();
    const auth = { subdomain: "acme-test", api_token: VALID_TOKEN };
    expect(received.map((r) => [r.path, r.body])).toEqual([
      ["/talkdesk/auth_validation", { auth }],
      ["/talkdesk/auth_validation", { auth: { ...auth, api_token: alterCredential(VALID_TOKEN) } }],
      ["/talkdesk/contact_sync", { auth, meta: {} }],
      ["/talkdesk/contact_sync", { auth, meta: { offset: "2", context: { cursor: "abc" } } }],
      [
        "/talkdesk/interaction_update",
        {
          auth,
          meta: { interaction_types: ["ticket", "chat"] },
          data: {
            contact_external_id: "c1",
            contact_name: "Jane Doe",
            contact_emails: ["jane@example.com"],
            contact_phones: ["+15555550101"],
          },
        },
      ],
      ["/talkdesk/agent_sync", { auth }],
      [
        "/talkdesk/actions/create_ticket",
        {
          auth,
          meta: { contact_external_id: "c1", agent_external_id: "a1" },
          data: { subject: "Call from Jane Doe", requester_email: "jane@example.com", priority: "normal" },
        },
      ],
    ]);
    expect(new Set(received.map((r) => r.contentType))).toEqual(new Set(["application/json"]));
  });

  it("never sends an action whose mandatory input has no value", async () => {
    const { received, output } = await bridgeTest();
    expect(received.some((r) => r.path.endsWith("/add_note"))).toBe(false);
    expect(output).toContain(
      "8. action add_note\n   skipped: not sent: mandatory input `note` has no value (Talkdesk never calls an action without it); give it a default in acme_bridge_add_note.json or a value with --action-data",
    );
  });

  it("sends it with a value from --action-data, and a 400 with a message is within the contract", async () => {
    const { received, output, exitCode } = await bridgeTest(
      {},
      { actionData: "action-data.json", action: ["add_note"] },
    );
    expect(exitCode).toBe(0);
    expect(received.find((r) => r.path.endsWith("/add_note"))?.body.data).toEqual({ note: "Called about the invoice" });
    expect(output).toContain("PASS status: status 400: the bridge reported a failure (allowed by the contract)");
    expect(output).toContain('PASS action-reply: reply fields have the right types: "notes are closed"');
  });

  it("masks every credential in the printed requests and replies", async () => {
    const echo = {
      "/talkdesk/agent_sync": (body: Record<string, unknown>, res: import("node:http").ServerResponse) =>
        json(res, 200, { agents: [], echoed: body.auth }),
    };
    const { output } = await bridgeTest(echo);
    expect(output).not.toContain(VALID_TOKEN);
    expect(output).not.toContain("acme-test");
    expect(output).toContain('{"auth":{"subdomain":"***st (9 chars)","api_token":"***ef (20 chars)"}}');
    expect(output).toContain('"echoed":{"subdomain":"***st (9 chars)","api_token":"***ef (20 chars)"}');
    const { output: jsonOutput } = await bridgeTest(echo, { format: "json" });
    expect(jsonOutput).not.toContain(VALID_TOKEN);
  });

  it("labels the behaviours the two generations of docs disagree on as assumed", async () => {
    const { output } = await bridgeTest();
    expect(output.split("\n").filter((l) => l.startsWith("assumed:"))).toEqual([
      "assumed: auth validation succeeds with any 2xx: 204 (older docs) or 200 with optional auth fields (current docs) (--auth-success 2xx)",
      "assumed: agent sync pages with an integer meta.offset taken from next_offset, as the current docs describe (--agent-paging offset)",
      "assumed: requests carry Content-Type: application/json and Accept: application/json; credentials travel only in the body's auth object",
      "assumed: a bridge must answer within 10 s (--timeout)",
    ]);
    expect(output).toContain("PASS status: status 204: credentials accepted (assumed)");
  });
});

describe("bridge-test against broken bridges", () => {
  it("wrong status on auth validation", async () => {
    const { output, exitCode } = await bridgeTest({
      "/talkdesk/auth_validation": (_b, res) => json(res, 500, { error: "boom" }),
    });
    expect(exitCode).toBe(1);
    expect(failures(output)).toEqual([
      "FAIL status: status 500, expected a 2xx (204 or 200) for valid credentials and 401 for invalid ones",
      "FAIL rejects-invalid-credentials: status 500, expected 401 for invalid credentials: Talkdesk recognises invalid credentials only by a 401",
    ]);
  });

  it("rejected credentials (401), and --auth-success 204 against a 200", async () => {
    const env = { TD_AUTH_API_TOKEN: "wrong-token-999" };
    const rejected = await bridgeTest({}, {}, env);
    expect(failures(rejected.output)[0]).toBe(
      "FAIL status: status 401: the bridge rejected the credentials; check the values in the credentials file or TD_AUTH_* variables",
    );
    expect(rejected.received[0]?.body.auth).toEqual({ subdomain: "acme-test", api_token: "wrong-token-999" });
    const strict = await bridgeTest(
      { "/talkdesk/auth_validation": (_b, res) => json(res, 200, {}) },
      { authSuccess: "204" },
    );
    expect(failures(strict.output)).toEqual([
      "FAIL status: status 200, expected 204 for valid credentials and 401 for invalid ones (assumed)",
      "FAIL rejects-invalid-credentials: status 200: the bridge accepted an invalid auth.api_token; it must answer 401 when the credentials are not valid (Talkdesk then asks the user to sign in again, or refreshes an OAuth token)",
    ]);
  });

  it("auth fields returned with a 200 are re-sent; undeclared ones fail", async () => {
    const returned = await bridgeTest(
      { "/talkdesk/auth_validation": (_b, res) => json(res, 200, { subdomain: "acme-eu" }) },
      { negativeAuth: false },
    );
    expect(returned.exitCode).toBe(0);
    expect(returned.received[1]?.body.auth).toEqual({ subdomain: "acme-eu", api_token: VALID_TOKEN });
    const unknown = await bridgeTest(
      { "/talkdesk/auth_validation": (_b, res) => json(res, 200, { refresh: "x" }) },
      { negativeAuth: false },
    );
    expect(failures(unknown.output)).toEqual([
      "FAIL auth-fields: returned auth field `refresh` not declared in authentication_configuration (declared: subdomain, api_token); Talkdesk stores only declared fields (assumed)",
    ]);
  });

  it("a contact without id", async () => {
    const { output, exitCode } = await bridgeTest({
      "/talkdesk/contact_sync": (_b, res) =>
        json(res, 200, { contacts: [{ id: "c1", name: "A" }, { name: "B" }, { id: 7, name: "C" }] }),
    });
    expect(exitCode).toBe(1);
    expect(failures(output)).toEqual([
      'FAIL contact-fields: contacts[1] has no `id`; contacts[2].id is 7, expected a string such as "7"',
    ]);
  });

  it("duplicate ids across pages", async () => {
    const { output } = await bridgeTest({
      "/talkdesk/contact_sync": (body, res) =>
        (body.meta as { offset?: string }).offset === undefined
          ? json(res, 200, { contacts: [{ id: "c1", name: "A" }], next_offset: "p2" })
          : json(res, 200, { contacts: [{ id: "c1", name: "A again" }] }),
    });
    expect(failures(output)).toEqual([
      'FAIL unique-ids: contact ids must be unique: id "c1" at page 2 contacts[0] repeats page 1 contacts[0]',
    ]);
  });

  it("unsorted contacts", async () => {
    const { output } = await bridgeTest({
      "/talkdesk/contact_sync": (_b, res) =>
        json(res, 200, {
          contacts: [
            { id: "c1", name: "A", updated_at: "2024-03-01T00:00:00Z" },
            { id: "c2", name: "B", updated_at: "2024-01-01T00:00:00Z" },
          ],
        }),
    });
    expect(failures(output)).toEqual([
      'FAIL ascending-order: contacts must come in ascending order of the checkpoint field `updated_at`: page 1 contacts[1] updated_at "2024-01-01T00:00:00Z" comes after page 1 contacts[0] "2024-03-01T00:00:00Z"',
    ]);
  });

  it("--checkpoint-field names the compared field, and --checkpoint starts an incremental sync", async () => {
    const { output, received } = await bridgeTest(
      {
        "/talkdesk/contact_sync": (_b, res) =>
          json(res, 200, {
            contacts: [
              { id: "c1", name: "A", seq: 10 },
              { id: "c2", name: "B", seq: 9 },
            ],
          }),
      },
      { checkpointField: "seq", checkpoint: "2024-01-01" },
    );
    expect(received.find((r) => r.path === "/talkdesk/contact_sync")?.body.meta).toEqual({
      synchronization_checkpoint: "2024-01-01",
    });
    expect(failures(output)).toEqual([
      "FAIL ascending-order: contacts must come in ascending order of the checkpoint field `seq`: page 1 contacts[1] seq 9 comes after page 1 contacts[0] 10",
    ]);
  });

  it("a paging loop: next_offset repeats", async () => {
    const { output, received } = await bridgeTest({
      "/talkdesk/contact_sync": (_b, res) => json(res, 200, { contacts: [], next_offset: "2" }),
    });
    expect(received.filter((r) => r.path === "/talkdesk/contact_sync")).toHaveLength(2);
    expect(failures(output)).toEqual([
      'FAIL paging: paging loop: next_offset "2" was already returned by page 1; Talkdesk would ask for the same page forever: return a new offset, or none on the last page',
    ]);
  });

  it("a paging loop that never ends stops at --max-pages", async () => {
    let page = 0;
    const { output, received } = await bridgeTest(
      { "/talkdesk/contact_sync": (_b, res) => json(res, 200, { contacts: [], next_offset: String(++page) }) },
      { maxPages: 5 },
    );
    expect(received.filter((r) => r.path === "/talkdesk/contact_sync")).toHaveLength(5);
    expect(failures(output)).toEqual([
      "FAIL paging: paging loop: still returning next_offset after 5 pages (--max-pages 5); omit next_offset on the last page, or raise --max-pages if there really are more",
    ]);
  });

  it("an interaction type that was not requested, and values outside the enums", async () => {
    const { output } = await bridgeTest({
      "/talkdesk/interaction_update": (_b, res) =>
        json(res, 200, [
          { id: "t1", subject: "S", date: "2024-01-01", type: "call", priority: "critical" },
          { id: "t2", subject: "S", date: "yesterday", type: "ticket", status: "done" },
        ]),
    });
    expect(failures(output)).toEqual([
      'FAIL interaction-fields: [1].date is "yesterday", expected a date such as "2024-05-01T10:00:00Z"',
      'FAIL interaction-types: [0].type "call" was not requested; return only the requested types: "ticket", "chat"',
      'FAIL interaction-enums: [0].priority "critical" is not one of none|low|normal|high|urgent; [1].status "done" is not one of new|open|pending|solved|closed',
    ]);
  });

  it("interactions wrapped in an object instead of a top-level array", async () => {
    const { output } = await bridgeTest({
      "/talkdesk/interaction_update": (_b, res) => json(res, 200, { interactions: [] }),
    });
    expect(failures(output)).toEqual([
      'FAIL interactions: the reply is {"interactions":[]}, expected a top-level JSON array of interactions (not an object wrapping it)',
    ]);
  });

  it("a non-JSON reply", async () => {
    const { output } = await bridgeTest({
      "/talkdesk/agent_sync": (_b, res) => {
        res.writeHead(200, { "content-type": "text/html" });
        res.end("<html>Internal error</html>");
      },
    });
    expect(failures(output)).toEqual([
      'FAIL content-type: Content-Type is "text/html", expected application/json: set the header on the bridge\'s JSON replies',
      'FAIL json: the body is not JSON; it starts with "<html>Internal error</html>": reply with a JSON document',
    ]);
  });

  it("a JSON reply with the wrong Content-Type", async () => {
    const { output } = await bridgeTest({
      "/talkdesk/agent_sync": (_b, res) => json(res, 200, { agents: [] }, "text/plain; charset=utf-8"),
    });
    expect(failures(output)).toEqual([
      'FAIL content-type: Content-Type is "text/plain; charset=utf-8", expected application/json: set the header on the bridge\'s JSON replies',
    ]);
  });

  it("a redirect is reported, not followed", async () => {
    const { output, received } = await bridgeTest({
      "/talkdesk/auth_validation": (_b, res) => {
        res.writeHead(301, { location: "https://bridge.acme.example.com/v2/auth_validation" });
        res.end();
      },
    });
    expect(received.map((r) => r.path)).not.toContain("/v2/auth_validation");
    const redirect =
      "FAIL no-redirect: the bridge answered 301 redirecting to https://bridge.acme.example.com/v2/auth_validation; Talkdesk does not follow redirects: serve the endpoint at the URL written in the manifest, or write the final URL there";
    // The request with invalid credentials is redirected too.
    expect(failures(output)).toEqual([redirect, redirect]);
  });

  it("a bridge that never answers times out", async () => {
    const { output, report } = await bridgeTest({ "/talkdesk/interaction_update": () => {} }, { timeout: 0.2 });
    expect(failures(output)).toEqual([
      "FAIL answered: no answer within 0.2 s: the bridge must reply before Talkdesk's timeout (raise --timeout only to investigate)",
    ]);
    // The run goes on after a timeout.
    expect(report.calls.at(-1)?.label).toBe("action create_ticket");
  });

  it("an action answering 200 instead of 201", async () => {
    const { output } = await bridgeTest({
      "/talkdesk/actions/create_ticket": (_b, res) => json(res, 200, { ok: true }),
    });
    expect(failures(output)).toEqual([
      "FAIL status: status 200, expected 201 when the action succeeds or 400 (with an optional `message`) when it fails",
    ]);
  });

  it("agents with numeric ids, paged with an integer offset", async () => {
    const { output, received } = await bridgeTest({
      "/talkdesk/agent_sync": (body, res) =>
        (body.meta as { offset?: number } | undefined)?.offset === 1
          ? json(res, 200, { agents: [{ id: 2, name: "Bo", email: "bo@example.com" }] })
          : json(res, 200, { agents: [{ id: "a1", name: "Ada", email: "ada@example.com" }], next_offset: 1 }),
    });
    expect(received.filter((r) => r.path === "/talkdesk/agent_sync").map((r) => r.body.meta)).toEqual([
      undefined,
      { offset: 1 },
    ]);
    expect(failures(output)).toEqual(['FAIL agent-fields: agents[0].id is 2, expected a string such as "2"']);
    const unpaged = await bridgeTest({}, { agentPaging: "none" });
    expect(unpaged.output).toContain("7. agent sync\n");
  });

  it("a 401 on an OAuth integration notes Talkdesk's refresh-and-retry", async () => {
    const { output } = await bridgeTest(
      { "/talkdesk/auth_validation": (_b, res) => json(res, 401, { message: "expired" }) },
      { credentials: "oauth-credentials.json" },
      {},
      "oauth_bridge.json",
    );
    expect(output).toContain("assumed: the OAuth access token travels as auth.access_token (--oauth-token-key)");
    expect(output).toContain(
      "note: Talkdesk would refresh the OAuth token and retry this request once; td-integration does not refresh tokens: renew auth.access_token in the credentials and run again",
    );
  });
});

describe("call: one endpoint", () => {
  it("one contact sync page from an offset, with its context", async () => {
    const { output, received, exitCode } = await call("contact-sync", {}, { offset: "2", context: '{"cursor":"abc"}' });
    expect(exitCode).toBe(0);
    expect(received.map((r) => r.body.meta)).toEqual([{ offset: "2", context: { cursor: "abc" } }]);
    expect(output).toContain("2. contact sync, all 1 page\n");
  });

  it("the first page only, saying what Talkdesk would ask next", async () => {
    const { output, received } = await call("contact-sync");
    expect(received).toHaveLength(1);
    expect(output).toContain('note: Talkdesk would now ask for the next page with meta.offset "2"');
  });

  it("an action needs --action when there are several", async () => {
    await expect(call("action")).rejects.toThrow(
      "2 actions found (add_note, create_ticket): choose one with --action NAME",
    );
    const { received, output } = await call("action", {}, { action: ["create_ticket"] });
    expect(received[0]?.body.meta).toEqual({ contact_external_id: "td-integration-sample-1" });
    expect(output).toContain(
      'note: using a sample contact (id "td-integration-sample-1", Jane Doe); pass --contact FILE to use another',
    );
  });
});

describe("usage problems are BridgeSetupErrors (exit 2)", () => {
  const cases: [string, Parameters<typeof bridgeTest>[1], Record<string, string>, string, string][] = [
    [
      "no --base and no --allow-production",
      { base: undefined },
      {},
      "acme_bridge.json",
      "say where to send the requests: --base URL sends them to a local or staging bridge (for example --base http://localhost:3000), --allow-production calls the endpoints written in the manifest",
    ],
    [
      "a bad --base",
      { base: "localhost:3000" },
      {},
      "acme_bridge.json",
      '--base "localhost:3000" must start with http:// or https://',
    ],
    // Lint's file-read diagnostic, as `lint missing.json` reports it.
    [
      "no manifest",
      {},
      {},
      "missing.json",
      "missing.json:1:1: cannot read the file: the file does not exist (file-read)",
    ],
    [
      "an action instead of the manifest",
      {},
      {},
      "acme_bridge_add_note.json",
      'acme_bridge_add_note.json is an action; pass the integration manifest it belongs to (its provider "acme_bridge") and the action with --actions',
    ],
    [
      "an unreadable credentials file",
      { credentials: "nope.json" },
      {},
      "acme_bridge.json",
      "cannot read credentials file nope.json: the file does not exist",
    ],
    [
      "a credential missing",
      { credentials: undefined },
      { TD_AUTH_SUBDOMAIN: "acme" },
      "acme_bridge.json",
      'no value for auth field "api_token" (or TD_AUTH_API_TOKEN): put it in the --credentials JSON file or set the environment variable',
    ],
    [
      "an unknown --action",
      { action: ["close_ticket"] },
      {},
      "acme_bridge.json",
      'no action named "close_ticket" for acme_bridge; found: add_note, create_ticket (point --actions at the action files)',
    ],
  ];
  for (const [name, options, env, manifest, message] of cases) {
    it(name, async () => {
      const attempt = bridgeTest({}, options, env, manifest);
      await expect(attempt).rejects.toThrow(BridgeSetupError);
      await expect(bridgeTest({}, options, env, manifest)).rejects.toThrow(message);
    });
  }
});

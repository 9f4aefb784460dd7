import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { alterCredential } from "../../src/bridge/sequence.js";
import { compareShapes, shapeOf } from "../../src/bridge/shape.js";
import { temporaryDirectories } from "../support/temp.js";
import { CONFORMING, json, type Route, startBridge, VALID_TOKEN } from "./fake-bridge.js";
import { runBin } from "./support.js";

const tempDir = temporaryDirectories("td-cassette-");
const SECRETS = [VALID_TOKEN, "acme-test", alterCredential(VALID_TOKEN)];
const ARGS = ["bridge-test", "acme_bridge.json", "--credentials", "credentials.json"];

/** A conforming bridge that also echoes the credentials, once behind JSON escapes. */
const ECHOING: Record<string, Route> = {
  "/talkdesk/agent_sync": (body, res) => {
    const token = (body.auth as { api_token: string }).api_token;
    res.writeHead(200, { "content-type": "application/json", location: `https://x.example.com/?t=${token}` });
    res.end(`{"agents":[{"id":"a1","name":"Ada","email":"ada@example.com"}],"seen":"\\u0074${token.slice(1)}"}`);
  },
};

/** Every string of a JSON value, and of each JSON text found in it, decoded. */
function strings(value: unknown): string[] {
  if (typeof value === "string") {
    try {
      const inner = JSON.parse(value);
      if (inner !== null && typeof inner === "object") return [value, ...strings(inner)];
    } catch {}
    return [value];
  }
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
}

async function record(routes: Record<string, Route> = ECHOING): Promise<string> {
  const bridge = await startBridge(routes);
  try {
    const file = path.join(tempDir(), "run.cassette.json");
    const { code, stderr } = await runBin([...ARGS, "--base", bridge.base, "--record", file]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    return file;
  } finally {
    await bridge.close();
  }
}

describe("--record", () => {
  it("saves every request and reply, with no credential in clear: headers, URLs, bodies, decoded JSON", async () => {
    const file = await record();
    const text = readFileSync(file, "utf8");
    const cassette = JSON.parse(text);
    expect(cassette["td-integration-cassette"]).toBe(1);
    expect(cassette.manifest.integration).toBe("acme_bridge");
    expect(cassette.exchanges.map((e: { endpoint: string }) => e.endpoint)).toEqual([
      "auth-validation",
      "auth-validation",
      "contact-sync",
      "contact-sync",
      "interaction-retrieval",
      "agent-sync",
      "action:create_ticket",
    ]);
    expect(cassette.exchanges[1].alteredCredential).toBe("api_token");
    for (const secret of SECRETS) {
      expect(text).not.toContain(secret);
      expect(strings(cassette).filter((s) => s.includes(secret))).toEqual([]);
    }
    const agents = cassette.exchanges[5];
    expect(agents.response.headers.location).toBe("https://x.example.com/?t=***ef (20 chars)");
    expect(JSON.parse(agents.response.body).seen).toBe("***ef (20 chars)");
  });

  it("cannot be combined with --replay, and a cassette that cannot be written is exit 2 with nothing left", async () => {
    const both = await runBin([...ARGS, "--base", "http://127.0.0.1:9", "--record", "a.json", "--replay", "b.json"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("--record and --replay do not go together");
    const bridge = await startBridge();
    try {
      const target = path.join(tempDir(), "missing-dir", "c.json");
      const { code, stderr } = await runBin([...ARGS, "--base", bridge.base, "--record", target]);
      expect(code).toBe(2);
      expect(stderr).toContain("cannot write the cassette");
      expect(existsSync(target)).toBe(false);
    } finally {
      await bridge.close();
    }
  });
});

describe("--replay", () => {
  it("sends the recorded requests with today's credentials and passes when the replies keep their shape", async () => {
    const file = await record();
    const bridge = await startBridge(ECHOING);
    try {
      const { code, stdout } = await runBin([...ARGS, "--base", bridge.base, "--replay", file]);
      expect(stdout).toMatch(/7 requests, \d+ checks, 0 failed/);
      expect(code).toBe(0);
      const auth = { subdomain: "acme-test", api_token: VALID_TOKEN };
      expect(bridge.received.map((r) => r.body.auth)).toEqual([
        auth,
        { ...auth, api_token: alterCredential(VALID_TOKEN) },
        auth,
        auth,
        auth,
        auth,
        auth,
      ]);
      // The second contact page is asked for with the recorded offset and context.
      expect(bridge.received[3]?.body.meta).toEqual({ offset: "2", context: { cursor: "abc" } });
      expect(stdout).not.toContain(VALID_TOKEN);
    } finally {
      await bridge.close();
    }
  });

  it("reports where a reply changed shape: status, types, removed keys; a new key is a note", async () => {
    const file = await record();
    const changed = await startBridge({
      ...ECHOING,
      "/talkdesk/contact_sync": (body, res) =>
        (body.meta as { offset?: string }).offset === undefined
          ? json(res, 200, {
              contacts: [
                { id: 1, name: "Jane Doe", updated_at: "2024-01-01T10:00:00Z", vip: true },
                { id: 2, name: "Joe", updated_at: "2024-01-02T10:00:00Z" },
              ],
              next_offset: "2",
              synchronization_checkpoint: "x",
              context: { cursor: "abc" },
            })
          : CONFORMING["/talkdesk/contact_sync"]?.(body, res, []),
      "/talkdesk/actions/create_ticket": (_b, res) => json(res, 200, { message: "ok" }),
    });
    try {
      const { code, stdout } = await runBin([...ARGS, "--base", changed.base, "--replay", file]);
      expect(code).toBe(1);
      const failed = stdout.split("\n").filter((l) => l.trimStart().startsWith("FAIL"));
      expect(failed).toEqual([
        "   FAIL replay-shape: the reply changed shape: `contacts[].company` is gone (it was string); `contacts[].emails` is gone (it was array); `contacts[].id` is now number (it was string); `contacts[].phones` is gone (it was array)",
        "   FAIL replay-status: status 200; it was 201 when recorded",
        "   FAIL replay-shape: the reply changed shape: `external_id` is gone (it was string)",
      ]);
      expect(stdout).toContain("note: `contacts[].vip` is new (boolean) (not breaking)");
      expect(stdout).toMatch(/endpoint declared at acme_bridge\.json:\d+:3/);
    } finally {
      await changed.close();
    }
  });

  const refused: [string, (cassette: Record<string, unknown>) => unknown, string][] = [
    ["not JSON", () => "{oops", "is not valid JSON"],
    [
      "not a cassette",
      () => ({ exchanges: [] }),
      'is malformed: it is not a td-integration cassette (no "td-integration-cassette" key)',
    ],
    [
      "an unknown version",
      (c) => ({ ...c, "td-integration-cassette": 2 }),
      "has version 2; this td-integration reads version 1",
    ],
    [
      "a malformed exchange",
      (c) => ({ ...c, exchanges: [{ endpoint: "contact-sync", label: "x", request: { body: [] } }] }),
      "exchanges[0].request.body must be the JSON object sent",
    ],
    [
      "another integration",
      (c) => ({ ...c, manifest: { ...(c.manifest as object), integration: "other" } }),
      'was recorded for the integration "other", not "acme_bridge"',
    ],
    [
      "other endpoints",
      (c) => ({ ...c, manifest: { ...(c.manifest as object), hash: "sha256:0" } }),
      "was recorded with other endpoints",
    ],
  ];
  it.each(refused)("refuses %s with exit 2 and says why", async (_name, change, message) => {
    const file = await record();
    const cassette = JSON.parse(readFileSync(file, "utf8"));
    const bad = change(cassette);
    writeFileSync(file, typeof bad === "string" ? bad : JSON.stringify(bad));
    const { code, stderr, stdout } = await runBin([...ARGS, "--base", "http://127.0.0.1:9", "--replay", file]);
    expect(stdout).toBe("");
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it("refuses a cassette past the bounded read (10 MB)", async () => {
    const file = path.join(tempDir(), "huge.json");
    writeFileSync(file, `{"pad":"${"x".repeat(11 * 1024 * 1024)}"}`);
    const { code, stderr } = await runBin([...ARGS, "--base", "http://127.0.0.1:9", "--replay", file]);
    expect(code).toBe(2);
    expect(stderr).toContain("cannot read the cassette");
  });
});

describe("reply shapes", () => {
  it("ignore key order, array lengths and values; compare paths and types", () => {
    const a = shapeOf({ contacts: [{ id: "1", name: "A" }], next_offset: "2" });
    const b = shapeOf({
      next_offset: "3",
      contacts: [
        { name: "B", id: "9" },
        { id: "8", name: "C" },
      ],
    });
    expect(compareShapes(a, b)).toEqual([]);
  });

  it("do not judge elements when either array is empty", () => {
    expect(compareShapes(shapeOf({ contacts: [{ id: "1" }] }), shapeOf({ contacts: [] }))).toEqual([]);
  });

  it("report a container that changed type once, not each key under it", () => {
    const diff = compareShapes(shapeOf({ data: { id: "1", name: "A" } }), shapeOf({ data: [] }));
    expect(diff.map((d) => d.message)).toEqual(["`data` is now array (it was object)"]);
  });

  it("name an array that became an object at the root", () => {
    const diff = compareShapes(shapeOf([{ id: "1" }]), shapeOf({ interactions: [{ id: "1" }] }));
    expect(diff.map((d) => d.message)).toEqual(["the reply is now object (it was array)"]);
  });
});

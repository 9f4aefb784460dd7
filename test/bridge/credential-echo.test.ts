import type { ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { type Route, startBridge, VALID_TOKEN } from "./fake-bridge.js";
import { runBin } from "./support.js";

/** bridge-test of the fixture manifest against `base`, with the fixture credentials and `extra` flags. */
function testBridge(base: string, ...extra: string[]) {
  return runBin(["bridge-test", "acme_bridge.json", "--base", base, "--credentials", "credentials.json", ...extra]);
}

/** Every credential of test/bridge/fixtures/credentials.json, as a bridge could echo it back. */
const SECRETS = ["acme-test", VALID_TOKEN];

/** `"tok-…"` with every character \u-escaped: what JSON.parse decodes to the secret. */
function escaped(text: string): string {
  return [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
}

/** Replies that carry the credentials in every place a reply can: headers, keys, values, escapes, error text. */
function echo(status: number, body: (token: string) => string): Route {
  return (request, res: ServerResponse) => {
    const auth = request.auth as Record<string, string>;
    const token = auth.api_token ?? "";
    res.writeHead(status, {
      "content-type": `application/json; x=${token}`,
      location: `https://evil.example/?token=${encodeURIComponent(token)}&s=${auth.subdomain}`,
      "x-echo": token,
    });
    res.end(body(token));
  };
}

const ROUTES: Record<string, Route> = {
  "/talkdesk/auth_validation": echo(200, (t) => `{"${escaped("api_token")}": "${escaped(t)}"}`),
  "/talkdesk/contact_sync": echo(
    200,
    (t) =>
      `{"contacts": [{"id": "${escaped(t)}", "name": "${t}"}], "next_offset": "${escaped(t)}", "${escaped(t)}": 1}`,
  ),
  "/talkdesk/interaction_update": echo(200, (t) => `[{"id": "1", "type": "${escaped(t)}", "subject": "x"}]`),
  "/talkdesk/agent_sync": echo(200, (t) => `not json ${t} \\u0041 ${escaped(t)}`),
  "/talkdesk/actions/create_ticket": echo(400, (t) => `{"message": "bad token ${escaped(t)}"}`),
};

/** The output, and the output as a JSON reader decodes it (when it is JSON), must not hold a credential. */
function expectNoSecret(output: string): void {
  const decodedForms = [output];
  try {
    decodedForms.push(JSON.stringify(JSON.parse(output), (_k, v) => v));
    decodedForms.push(collectStrings(JSON.parse(output)).join("\n"));
  } catch {}
  for (const text of decodedForms) {
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(text).not.toContain(encodeURIComponent(VALID_TOKEN).replace(/-/g, "%2D"));
  }
}

function collectStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(collectStrings);
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => [k, ...collectStrings(v)]);
  return [];
}

describe("credentials a bridge echoes back never reach any output", () => {
  for (const format of ["text", "json"]) {
    it(`bridge-test --format ${format}`, async () => {
      const bridge = await startBridge(ROUTES);
      try {
        const result = await runBin([
          "bridge-test",
          "acme_bridge.json",
          "--actions",
          "acme_bridge_create_ticket.json",
          "--base",
          bridge.base,
          "--credentials",
          "credentials.json",
          "--format",
          format,
        ]);
        expect(result.code).toBe(1);
        expect(result.stdout.length).toBeGreaterThan(200);
        expectNoSecret(result.stdout);
        expectNoSecret(result.stderr);
        // The echoed values are there, masked.
        expect(result.stdout).toContain("***ef (20 chars)");
      } finally {
        await bridge.close();
      }
    });
  }

  it("call --format json", async () => {
    const bridge = await startBridge(ROUTES);
    try {
      const result = await runBin([
        "call",
        "contact-sync",
        "acme_bridge.json",
        "--base",
        bridge.base,
        "--credentials",
        "credentials.json",
        "--format",
        "json",
      ]);
      expectNoSecret(result.stdout);
      expectNoSecret(result.stderr);
      expect(result.stdout).toContain("***ef (20 chars)");
    } finally {
      await bridge.close();
    }
  });
});

describe("a password in --base", () => {
  it("is masked in the report header and the JSON target", async () => {
    const bridge = await startBridge();
    try {
      const withPassword = bridge.base.replace("http://", "http://user:hunter2-secret@");
      for (const format of ["text", "json"]) {
        const result = await testBridge(withPassword, "--format", format);
        expect(`${result.stdout}${result.stderr}`).not.toContain("hunter2-secret");
        expect(result.stdout).toContain("user:***@127.0.0.1");
      }
    } finally {
      await bridge.close();
    }
  });
});

describe("a bridge body that tries to drive the terminal", () => {
  it("is shown with its control characters escaped in the text report", async () => {
    const bridge = await startBridge({
      "/talkdesk/agent_sync": (_body, res) => {
        res.writeHead(200, { "content-type": "text/plain" });
        res.end("oops\u001b[2J\u001b]0;pwned\u0007\r\u009b1A");
      },
    });
    try {
      const result = await testBridge(bridge.base);
      expect(result.stdout).toContain("oops\\u001b[2J");
      // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
      expect(result.stdout).not.toMatch(/[\u001b\r\u0007\u009b]/);
    } finally {
      await bridge.close();
    }
  });
});

describe("a reply body past --max-body", () => {
  it("is not read to its end: the exchange fails, the run goes on", async () => {
    const endless: Route = (_body, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const write = () => {
        while (res.write(chunk)) {}
        res.once("drain", write);
      };
      write();
    };
    const bridge = await startBridge({ "/talkdesk/agent_sync": endless });
    try {
      const result = await testBridge(bridge.base, "--max-body", "1", "--format", "json");
      expect(result.code).toBe(1);
      const report = JSON.parse(result.stdout);
      const agents = report.calls.find((c: { kind: string }) => c.kind === "agent-sync");
      expect(agents.error).toMatch(/^the reply body is over 1\.0 MB \(decoded\)/);
      expect(report.calls.some((c: { kind: string }) => c.kind === "action")).toBe(true);
    } finally {
      await bridge.close();
    }
  });
});

describe("hostile reply bodies", () => {
  const run = (base: string, format: "json" | "text") => testBridge(base, "--format", format);

  it("a gzip bomb is capped after decompression, not before", async () => {
    // 64 MB of zeros compress to about 64 KB: small on the wire, past the 10 MB default decoded.
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    const gzipped: Route = (_body, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      res.end(bomb);
    };
    const bridge = await startBridge({ "/talkdesk/agent_sync": gzipped });
    try {
      const result = await run(bridge.base, "json");
      expect(result.code).toBe(1);
      const agents = JSON.parse(result.stdout).calls.find((c: { kind: string }) => c.kind === "agent-sync");
      expect(agents.error).toMatch(/^the reply body is over 10\.0 MB \(decoded\)/);
    } finally {
      await bridge.close();
    }
  });

  it.each(["json", "text"] as const)(
    "200,000 nested arrays in a reply are a failed check, not a crash (--format %s)",
    async (format) => {
      const deep = `${"[".repeat(200_000)}${"]".repeat(200_000)}`;
      const nested: Route = (_body, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(deep);
      };
      const bridge = await startBridge({ "/talkdesk/agent_sync": nested, "/talkdesk/contact_sync": nested });
      try {
        const result = await run(bridge.base, format);
        expect(result.stderr).toBe("");
        expect(result.code).toBe(1);
        expect(result.stdout).toContain("the body nests more than 500 levels deep");
        // The body is shown as received, cut short: the report stays small.
        expect(result.stdout.length).toBeLessThan(100_000);
        if (format === "json") JSON.parse(result.stdout);
      } finally {
        await bridge.close();
      }
    },
  );
});

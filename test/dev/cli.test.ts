import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";

describe("td-integration dev: usage problems exit 2 at once, with one line", () => {
  it.each([
    [["dev", "examples/integrations/missing.json"], "missing.json"],
    [["dev", "examples/integrations/acme_helpdesk.json", "--base", "ftp://x"], "must start with http:// or https://"],
    [
      ["dev", "examples/integrations/acme_helpdesk.json", "--credentials", "nope.json"],
      "cannot read credentials file nope.json",
    ],
    [["dev", "examples/integrations/acme_helpdesk.json", "--mock", "--base", "http://localhost:3000"], "drop --base"],
    [["dev", "examples/integrations/acme_helpdesk.json", "--port", "70000"], "expected a port number"],
  ])("%j", (args, message) => {
    const result = runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("td-integration dev --port", () => {
  it("says so when the port is in use (exit 2)", async () => {
    const { createServer } = await import("node:net");
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const result = runCli(["dev", "examples/integrations/acme_helpdesk.json", "--port", String(port)]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`port ${port} is in use`);
    } finally {
      busy.close();
    }
  });
});

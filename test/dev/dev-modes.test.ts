/**
 * `td-integration dev` in its other modes, in a real browser: --mock (the whole flow with no bridge),
 * the preview (no calls), a manifest with a syntax error; then a bridge that is down, slow or answers
 * garbage, and Ctrl+C.
 */
import { writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../support/cli.js";
import { acmeWorkspace, launchBrowser, rawGet, startDev } from "./support.js";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function openPage(url: string) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  await context.route(/^https:\/\/cdn\./, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** POSTs a step as the page does, with the session's cookie; resolves to the status and the sections. */
async function step(port: number, token: string, route: string, body: unknown) {
  const res = await fetch(`http://127.0.0.1:${port}${route}`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: `td_dev_${port}=${token}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, sections: (res.ok ? await res.json() : {}) as Record<string, string> };
}

describe("dev --mock", () => {
  it("runs the whole flow against the built-in mock bridge: connect, sync, a contact, an action", async () => {
    const dev = await startDev(
      ["integrations/acme_helpdesk.json", "--actions", "actions", "--mock"],
      path.join(ROOT, "examples"),
    );
    try {
      expect(dev.stdout()).toContain("calls go to the built-in mock bridge");
      const page = await openPage(dev.url);
      // The mock's sample credentials stand in for every empty box.
      await page.getByRole("button", { name: "Connect" }).click();
      await page
        .getByRole("status", { name: "Connection" })
        .getByText(/^Accepted/)
        .waitFor();
      await page.getByRole("button", { name: "Sync contacts" }).click();
      await page.getByRole("status", { name: "Contact sync" }).getByText("Synced 7 contacts in 3 pages.").waitFor();
      await page.getByRole("button", { name: "Ann Lee" }).click();
      await page
        .getByRole("table", { name: "Interactions of Ann Lee" })
        .getByRole("cell", { name: "ticket", exact: true })
        .waitFor();
      const action = page.getByRole("article", { name: "Then create a ticket" });
      await expect(action.getByLabel("Requester email").inputValue()).resolves.toBe("ann.lee@example.com");
      // The README's command: the actions folder holds other integrations' actions too; only Acme's are shown.
      await expect(page.locator("#actions article").count()).resolves.toBe(1);
      await action.getByRole("button", { name: "Run" }).click();
      await action
        .getByRole("status", { name: "Reply to create_ticket" })
        .getByText(/^Done \(201\)/)
        .waitFor();
      await action.getByText("external_id").waitFor();
      await page.close();
    } finally {
      expect(await dev.stop()).toBe(130);
    }
  });
});

describe("dev without a bridge", () => {
  it("is a preview that says so: forms and problems, Connect and Run disabled", async () => {
    const dir = acmeWorkspace(undefined);
    const dev = await startDev(["acme_helpdesk.json", "--actions", "create_ticket.json"], dir);
    try {
      const page = await openPage(dev.url);
      expect(await page.locator("#mode").textContent()).toContain("Preview: forms, phrasing and problems only");
      expect(await page.getByRole("button", { name: "Connect" }).isDisabled()).toBe(true);
      expect(await page.getByRole("button", { name: "Run" }).isDisabled()).toBe(true);
      expect(await page.getByRole("button", { name: "Sync contacts" }).isDisabled()).toBe(true);
      // Defaults come from render's sample contact.
      await expect(page.getByLabel("Subject").inputValue()).resolves.toBe("Call from Dana Whitfield");
      await expect(page.getByRole("combobox", { name: "Priority" }).inputValue()).resolves.toBe("low");
      // A step posted anyway sends nothing.
      const posted = await step(dev.port, dev.token, "/api/connect", { fields: {} });
      expect(posted.status).toBe(200);
      expect(posted.sections.contract).toContain("No exchange yet.");
      await page.close();
    } finally {
      expect(await dev.stop()).toBe(130);
    }
  });

  it("opens a manifest with a syntax error, shows its problems and the forms that can be built", async () => {
    const dir = acmeWorkspace(undefined);
    const manifest = path.join(dir, "acme_helpdesk.json");
    writeFileSync(
      manifest,
      '{\n  "name": "acme_helpdesk",\n  "display_name": "Acme Helpdesk",\n  "authentication_type": "custom",\n',
    );
    const dev = await startDev(["acme_helpdesk.json", "--actions", "create_ticket.json"], dir);
    try {
      const page = await openPage(dev.url);
      await page.getByRole("heading", { name: "Acme Helpdesk", level: 2 }).waitFor();
      const problems = page.getByRole("table", { name: "Problems" });
      await problems.getByRole("link", { name: "json-syntax" }).waitFor();
      await page.getByRole("article", { name: "Then create a ticket" }).getByLabel("Subject").waitFor();
      await page.close();
    } finally {
      expect(await dev.stop()).toBe(130);
    }
  });
});

describe("dev against a bridge that fails", () => {
  let bad: Server;
  let base: string;
  beforeAll(async () => {
    bad = createServer((req, res) => {
      if (req.url?.endsWith("/auth_validation")) {
        res.writeHead(200, { "content-type": "application/json" });
        res.end("<html>not json</html>");
      } else if (req.url?.endsWith("/contact_sync")) {
        // Never answers: the slow bridge.
      } else {
        res.writeHead(302, { location: "https://elsewhere.example/login" });
        res.end();
      }
    });
    await new Promise<void>((resolve) => bad.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(bad.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    bad.closeAllConnections();
    await new Promise((resolve) => bad.close(resolve));
  });

  it("shows garbage, a timeout, a redirect and a refused connection as failed exchanges; the server stays up", async () => {
    const dir = acmeWorkspace({ subdomain: "a", email: "b@example.com", api_token: "secret-token-123" });
    const dev = await startDev(
      [
        "acme_helpdesk.json",
        "--actions",
        "create_ticket.json",
        "--base",
        base,
        "--credentials",
        "credentials.json",
        "--timeout",
        "0.5",
      ],
      dir,
    );
    try {
      const connect = await step(dev.port, dev.token, "/api/connect", { fields: {} });
      expect(connect.sections["sign-in"]).toContain("Contract failure");
      const sync = await step(dev.port, dev.token, "/api/sync", {});
      expect(sync.sections.contacts).toContain("no answer within 0.5 s");
      const run = await step(dev.port, dev.token, "/api/actions/run", {
        action: "create_ticket",
        fields: { subject: "Hi", requester_email: "a@b.co", priority: "low" },
      });
      expect(run.sections.actions).toContain("Contract failure");
      expect(run.sections.contract).toContain("(not followed)");
      // Mandatory input left empty: refused by the server too, nothing sent.
      const refused = await step(dev.port, dev.token, "/api/actions/run", {
        action: "create_ticket",
        fields: { subject: "", requester_email: "a@b.co", priority: "low" },
      });
      expect(refused.sections.actions).toContain("not sent: mandatory input `subject` has no value");
      expect(JSON.stringify(refused.sections)).not.toContain("secret-token-123");
      const alive = await rawGet(dev.port, "/", {
        host: `127.0.0.1:${dev.port}`,
        cookie: `td_dev_${dev.port}=${dev.token}`,
      });
      expect(alive.status).toBe(200);
      const garbage = await step(dev.port, dev.token, "/api/sync", "not an object");
      expect(garbage.status).toBe(400);
    } finally {
      expect(await dev.stop()).toBe(130);
    }
    // Nothing is left listening after Ctrl+C.
    await expect(fetch(`http://127.0.0.1:${dev.port}/`)).rejects.toThrow();
  });

  it("reports a refused connection (bridge down) as a failed exchange", async () => {
    const down = createServer();
    await new Promise<void>((resolve) => down.listen(0, "127.0.0.1", resolve));
    const port = (down.address() as AddressInfo).port;
    await new Promise((resolve) => down.close(resolve));
    const dir = acmeWorkspace({ subdomain: "a", email: "b@example.com", api_token: "secret-token-123" });
    const dev = await startDev(
      [
        "acme_helpdesk.json",
        "--actions",
        "create_ticket.json",
        "--base",
        `http://127.0.0.1:${port}`,
        "--credentials",
        "credentials.json",
      ],
      dir,
    );
    try {
      const connect = await step(dev.port, dev.token, "/api/connect", { fields: {} });
      expect(connect.sections["sign-in"]).toContain("No answer: connection refused");
    } finally {
      expect(await dev.stop()).toBe(130);
    }
  });
});

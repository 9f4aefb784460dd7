/**
 * `td-integration dev` driven in real headless Chromium as a person uses it, by accessible names,
 * against a local test bridge. The screenshots go to a temporary folder; with UPDATE_DOC_IMAGES=1 they
 * replace those in docs/images (a test run leaves the checkout as it was).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeBridge, startBridge, VALID_TOKEN } from "../bridge/fake-bridge.js";
import { ROOT } from "../support/cli.js";
import { acmeWorkspace, type DevProcess, launchBrowser, rawGet, screenshotFolder, startDev } from "./support.js";

const IMAGES = process.env.UPDATE_DOC_IMAGES === "1" ? path.join(ROOT, "docs/images") : screenshotFolder();
const CREDENTIALS = { subdomain: "acme-test", email: "admin@acme.example.com" };

let browser: Browser;
let bridge: FakeBridge;
let dir: string;
let dev: DevProcess;
let page: Page;

/** A screenshot for the docs: the test bridge's random port reads as 3000, so a run gives the same picture. */
async function shot(name: string, selector: string): Promise<void> {
  await page.evaluate(() => {
    type TextNode = { nodeValue: string };
    type Doc = { body: unknown; createTreeWalker(root: unknown, show: number): { nextNode(): TextNode | null } };
    const doc = (globalThis as unknown as { document: Doc }).document;
    const walker = doc.createTreeWalker(doc.body, 4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      node.nodeValue = node.nodeValue.replace(/127\.0\.0\.1:\d+/g, "127.0.0.1:3000");
    }
  });
  await page
    .locator(selector)
    .screenshot({ path: path.join(IMAGES, `dev-${name}.png`), animations: "disabled", caret: "hide" });
}

beforeAll(async () => {
  browser = await launchBrowser();
  bridge = await startBridge();
  dir = acmeWorkspace(CREDENTIALS);
  dev = await startDev(
    [
      "acme_helpdesk.json",
      "--actions",
      "create_ticket.json",
      "--base",
      bridge.base,
      "--credentials",
      "credentials.json",
    ],
    dir,
  );
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  // The manifest's logo and icon live on the internet; the tests make no outside call.
  await context.route(/^https:\/\/cdn\./, (route) => route.abort());
  page = await context.newPage();
  await page.goto(dev.url);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await dev?.stop();
  await bridge?.close();
});

describe("td-integration dev in a browser, against a test bridge", () => {
  it("shows the integration: display name, images by their alt text, features", async () => {
    await expect(page.getByRole("heading", { name: "Acme Helpdesk", level: 2 }).isVisible()).resolves.toBe(true);
    // The token moved from the address bar into a cookie.
    expect(page.url()).not.toContain("token=");
    await expect(page.getByRole("img", { name: "Acme Helpdesk logo" }).count()).resolves.toBe(1);
    const features = await page.locator("#integration .features").textContent();
    expect(features).toContain("Contacts synced into Talkdesk (contact sync): on");
    expect(await page.locator("#mode").textContent()).toContain(`send requests to ${bridge.base}`);
    await shot("integration", "#integration");
  });

  it("connects: a wrong token is rejected with 401, the right one accepted; credentials never reach the page", async () => {
    const token = page.getByLabel("API token");
    expect(await token.getAttribute("type")).toBe("password");
    // Values from --credentials are said to be set, never shown.
    await expect(page.getByText("A value is already set").count()).resolves.toBe(2);
    await page.getByLabel("Helpdesk subdomain").fill("support");
    expect(await page.locator("#sign-in output").textContent()).toBe("https://support.acme-helpdesk.example.com");
    await page.getByLabel("Helpdesk subdomain").fill("");
    await token.fill("wrong-token-value");
    await page.getByRole("button", { name: "Connect" }).click();
    const outcome = page.getByRole("status", { name: "Connection" });
    await outcome.getByText("Rejected (401)").waitFor();
    await token.fill(VALID_TOKEN);
    await page.getByRole("button", { name: "Connect" }).click();
    await outcome.getByText("Accepted (204)").waitFor();
    const sent = bridge.received.filter((r) => r.path === "/talkdesk/auth_validation").at(-1);
    expect(sent?.body.auth).toEqual({ ...CREDENTIALS, api_token: VALID_TOKEN });
    // What the person typed stays in the box after the page's parts were swapped.
    expect(await token.inputValue()).toBe(VALID_TOKEN);
    await shot("sign-in", "#sign-in");
  });

  it("syncs every page of contacts and shows a chosen contact's interactions", async () => {
    await page.getByRole("button", { name: "Sync contacts" }).click();
    await page.getByRole("status", { name: "Contact sync" }).getByText("Synced 3 contacts in 2 pages.").waitFor();
    const pages = bridge.received.filter((r) => r.path === "/talkdesk/contact_sync").map((r) => r.body.meta);
    expect(pages).toEqual([{}, { offset: "2", context: { cursor: "abc" } }]);
    await page.getByRole("button", { name: "Ann Lee" }).click();
    await page.getByRole("heading", { name: "Interactions of Ann Lee" }).waitFor();
    const table = page.getByRole("table", { name: "Interactions of Ann Lee" });
    await table.getByRole("cell", { name: "Printer on fire" }).waitFor();
    const asked = bridge.received.filter((r) => r.path === "/talkdesk/interaction_update").at(-1);
    expect(asked?.body.data).toMatchObject({ contact_external_id: "c3", contact_name: "Ann Lee" });
    expect(asked?.body.meta).toEqual({ interaction_types: ["ticket", "chat", "call_note"] });
    await shot("contacts", "#contacts");
  });

  it("runs an action with the chosen contact's defaults; a mandatory input left empty is refused", async () => {
    const action = page.getByRole("article", { name: "Then create a ticket" });
    await expect(action.getByLabel("Subject").inputValue()).resolves.toBe("Call from Ann Lee");
    // Ann Lee has no email: the mandatory requester email is empty and the page refuses to send.
    await expect(action.getByLabel("Requester email").inputValue()).resolves.toBe("");
    const before = bridge.received.length;
    await action.getByRole("button", { name: "Run" }).click();
    expect(
      await action
        .getByLabel("Requester email")
        .evaluate((box) => (box as { validity: { valueMissing: boolean } }).validity.valueMissing),
    ).toBe(true);
    expect(bridge.received.length).toBe(before);
    await action.getByLabel("Requester email").fill("ann@example.com");
    await action.getByLabel("Priority").selectOption("high");
    await action.getByRole("button", { name: "Run" }).click();
    await action
      .getByRole("status", { name: "Reply to create_ticket" })
      .getByText("Done (201): Ticket created")
      .waitFor();
    await action.getByText("T-9").waitFor();
    const sent = bridge.received.at(-1);
    expect(sent?.path).toBe("/talkdesk/actions/create_ticket");
    expect(sent?.body.meta).toEqual({ contact_external_id: "c3" });
    expect(sent?.body.data).toEqual({
      subject: "Call from Ann Lee",
      requester_email: "ann@example.com",
      priority: "high",
    });
    await shot("actions", "#actions");
  });

  it("lists every exchange with its checks, credentials masked as bridge-test masks them", async () => {
    const contract = page.locator("#contract");
    await contract
      .getByRole("heading", { name: /auth validation: every check passed/ })
      .first()
      .waitFor();
    const html = await page.content();
    expect(html).not.toContain(VALID_TOKEN);
    expect(html).not.toContain(CREDENTIALS.email);
    expect(html).not.toContain("wrong-token-value");
    expect(await contract.textContent()).toContain("***ef (20 chars)");
    const lastRequest = contract.getByRole("article").last().getByText("Request", { exact: true });
    await lastRequest.click();
    await shot("contract", "#contract");
  });

  it("lints a changed file again and shows the new problem without a reload", async () => {
    await page.evaluate(() => {
      (globalThis as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    const file = path.join(dir, "create_ticket.json");
    const action = JSON.parse(readFileSync(file, "utf8"));
    action.display = "Create a ticket.";
    action.inputs.push({ key: "due", name: "Due date", mandatory: false, type: "Datetime" });
    writeFileSync(file, `${JSON.stringify(action, null, 2)}\n`);
    const problems = page.getByRole("table", { name: "Problems" });
    await problems.getByRole("link", { name: "phrase-trailing-period" }).waitFor({ timeout: 10_000 });
    // The forms follow the file: the new input is on the action's form, as a date/time box.
    expect(await page.getByLabel("Due date").getAttribute("type")).toBe("datetime-local");
    expect(await page.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await shot("problems", "#problems");
  });

  it("refuses a wrong token, a wrong Host and a request without the cookie (403)", async () => {
    const host = `127.0.0.1:${dev.port}`;
    const cookie = `td_dev_${dev.port}=${dev.token}`;
    expect((await rawGet(dev.port, "/", { host, cookie })).status).toBe(200);
    expect((await rawGet(dev.port, "/?token=wrong", { host })).status).toBe(403);
    expect((await rawGet(dev.port, "/", { host: `evil.example:${dev.port}`, cookie })).status).toBe(403);
    expect((await rawGet(dev.port, `/?token=${dev.token}`, { host: "attacker.example" })).status).toBe(403);
    expect((await rawGet(dev.port, "/", { host })).status).toBe(403);
    expect((await rawGet(dev.port, "/sections", { host, cookie: `td_dev_${dev.port}=nope` })).status).toBe(403);
    const first = await rawGet(dev.port, `/?token=${dev.token}`, { host: `localhost:${dev.port}` });
    expect(first.status).toBe(303);
    expect(first.headers["set-cookie"]?.[0]).toMatch(/HttpOnly; SameSite=Strict/);
    // Nothing the server printed holds a credential.
    const printed = dev.stdout() + dev.stderr();
    for (const secret of [VALID_TOKEN, CREDENTIALS.email, "wrong-token-value"]) expect(printed).not.toContain(secret);
  });
});

/** `render --html`: one self-contained page, read in Chromium with scripts off and nothing fetched. */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../support/cli.js";
import { launchBrowser } from "./support.js";

let browser: Browser;
const out = mkdtempSync(path.join(tmpdir(), "td-html-"));

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe("render --html", () => {
  it("writes one page with every view, readable without script and without the network", async () => {
    const file = path.join(out, "preview.html");
    const result = runCli(["render", "--html", "examples", "-o", file]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    const html = readFileSync(file, "utf8");
    expect(html).not.toMatch(/<script|<link|<img|src=/i);

    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1200, height: 900 } });
    const requested: string[] = [];
    context.on("request", (request) => requested.push(request.url()));
    const page = await context.newPage();
    await page.goto(`file://${file}`);
    expect(requested).toEqual([`file://${file}`]);
    for (const name of ["Acme Helpdesk", "Bramble Shop", "Northwind CRM"]) {
      await page.getByRole("heading", { name, level: 2 }).waitFor();
    }
    await page.getByRole("heading", { name: "Then create a ticket" }).waitFor();
    const token = page.getByLabel("API token").first();
    expect(await token.getAttribute("type")).toBe("password");
    expect(await token.isDisabled()).toBe(true);
    await expect(page.getByLabel("Subject").first().inputValue()).resolves.toBe("Call from Dana Whitfield");
    expect(await page.locator("#problems .summary").textContent()).toBe("No problems.");
    await page.screenshot({
      path: path.join(process.env.UPDATE_DOC_IMAGES === "1" ? path.join(ROOT, "docs/images") : out, "render-html.png"),
      clip: { x: 0, y: 0, width: 1200, height: 900 },
    });
    await context.close();
  });

  it("shows problems of a broken file and writes the page to standard output without -o", () => {
    const result = runCli(["render", "--html", "test/dev/fixtures/broken_action.json"]);
    // Warnings only: exit 0, as lint.
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("<!doctype html>");
    expect(result.stdout).toContain("phrase-trailing-period");
    // Markup in a value is text on the page, never markup.
    expect(result.stdout).toContain("&lt;b&gt;ticket&lt;/b&gt;");
    expect(result.stdout).not.toContain("<b>ticket</b>");
  });

  it("refuses --html with --json or --format, and -o without --html (exit 2, nothing written)", () => {
    const file = path.join(out, "never.html");
    expect(runCli(["render", "--html", "--json", "examples", "-o", file]).code).toBe(2);
    expect(runCli(["render", "--html", "--format", "{{contact.email}}", "-o", file]).code).toBe(2);
    const noHtml = runCli(["render", "examples", "-o", file]);
    expect(noHtml.code).toBe(2);
    expect(noHtml.stderr).toContain("add --html");
    expect(existsSync(file)).toBe(false);
    const unwritable = runCli(["render", "--html", "examples", "-o", path.join(out, "missing-folder", "p.html")]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toContain("cannot write");
  });
});

import { describe, expect, it } from "vitest";
import { actionsView, escapeHtml, signInView } from "../../src/render/html.js";
import { renderSource } from "../../src/render/render.js";

const action = renderSource(
  "a.json",
  JSON.stringify({
    provider: "p",
    name: "log_call",
    display: "log a call",
    endpoint: "https://bridge.example.com/log",
    inputs: [
      { key: "minutes", name: "Minutes", type: "Number", format: "5", mandatory: true },
      { key: "note", name: "Note <i>", type: "Textarea", format: "Hi {{contact.first_name}}" },
      { key: "when", name: "When", type: "Datetime" },
    ],
  }),
);
const integration = renderSource(
  "i.json",
  JSON.stringify({
    name: "p",
    display_name: "P",
    authentication_type: "custom",
    authentication_configuration: [
      { api_key: { display: "API key", mandatory: true, type: "input", source: "input" } },
      { token: { display: "Token", type: "oauth", source: "input" } },
    ],
  }),
);

describe("the HTML views", () => {
  it("gives each input its widget, label and default; mandatory boxes are required only where they can be sent", () => {
    if (action.kind !== "action") throw new Error("not an action");
    const dev = actionsView([{ file: "a.json", action: action.action }], { mode: "dev", calls: true });
    expect(dev).toContain(
      '<input type="number" id="input-log_call-0" name="minutes" required aria-required="true" value="5">',
    );
    expect(dev).toContain("Hi Dana</textarea>");
    expect(dev).toContain('type="datetime-local"');
    expect(dev).toContain("Note &lt;i&gt;");
    expect(dev).toContain('<button type="submit">Run</button>');
    const preview = actionsView([{ file: "a.json", action: action.action }], { mode: "dev", calls: false });
    expect(preview).toContain('<button type="submit" disabled>Run</button>');
    const page = actionsView([{ file: "a.json", action: action.action }], { mode: "static" });
    expect(page).not.toContain("<button");
    expect(page).not.toContain(" required");
    expect(page).toContain(" disabled");
  });

  it("shows secrets in password boxes, a preset value as set (never the value), OAuth fields as Talkdesk's", () => {
    if (integration.kind !== "integration") throw new Error("not an integration");
    const html = signInView(integration.integration, { mode: "dev", calls: true, presetFields: new Set(["api_key"]) });
    expect(html).toContain('type="password"');
    expect(html).toContain("A value is already set");
    expect(html).not.toMatch(/name="api_key"[^>]* required[ >]/);
    expect(html).toMatch(/name="api_key"[^>]* aria-required="true"/);
    expect(html).toContain("filled by Talkdesk from the OAuth exchange");
  });

  it("escapes markup and control characters", () => {
    expect(escapeHtml('<a href="x">\u001b[2J')).toBe("&lt;a href=&quot;x&quot;&gt;\\u001b[2J");
  });
});

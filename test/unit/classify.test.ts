import { describe, expect, it } from "vitest";
import { classify, isManifestArray } from "../../src/document/classify.js";

describe("classify", () => {
  it("tells an integration from an action by their keys", () => {
    expect(classify({ name: "acme", display_name: "Acme", authentication_type: "none" })).toBe("integration");
    expect(classify({ provider: "acme", name: "create_ticket", display: "create a ticket" })).toBe("action");
    expect(classify({ name: "demo", version: "1.0.0" })).toBeUndefined();
    expect(classify(["x"])).toBeUndefined();
  });

  describe("an `init --answers` file is not a manifest", () => {
    const cases: [string, Record<string, unknown>][] = [
      [
        "the fewest answers for an integration (only `bridge_url` is no manifest key)",
        {
          name: "mycrm",
          description: "Bring every My CRM ticket next to the caller",
          logo_url: "https://cdn.example.com/logo.png",
          icon_url: "https://cdn.example.com/icon.png",
          bridge_url: "https://bridge.example.com/talkdesk",
        },
      ],
      [
        "an integration with auth fields and features",
        {
          kind: "integration",
          authentication_type: "custom",
          name: "acme",
          display_name: "Acme",
          auth_fields: [{ field_name: "token", display: "API token" }],
          features: ["agent_sync"],
          interaction_types: ["Ticket"],
        },
      ],
      [
        "an action with inputs given as answers",
        {
          kind: "action",
          provider: "acme",
          action_template: "action-generic",
          action_name: "log_call",
          action_description: "log the call in Acme",
          inputs: [{ key: "email", format: "{{contact.email}}" }],
        },
      ],
      [
        "an integration and an action at once",
        {
          kind: "both",
          authentication_type: "custom",
          name: "acme",
          logo_url: "https://cdn.acme.example.com/logo.png",
          bridge_url: "https://bridge.acme.example.com/talkdesk",
          auth_fields: [{ field_name: "token" }],
          action_name: "log_call",
          inputs: [{ key: "priority", type: "Select", format: "low,high" }],
        },
      ],
    ];
    for (const [name, value] of cases) {
      it(name, () => expect(classify(value)).toBeUndefined());
    }
  });

  it("a manifest with a key only init writes stays a manifest, whatever stray answer key it carries", () => {
    expect(
      classify({ name: "acme", authentication_type: "custom", authentication_configuration: [], features: [] }),
    ).toBe("integration");
    expect(
      classify({ provider: "acme", name: "x", display: "do x", endpoint: "https://x.example.com", kind: "a" }),
    ).toBe("action");
  });

  it("a list of answers files is not a manifest list", () => {
    expect(isManifestArray([{ kind: "action", provider: "acme", action_name: "x" }])).toBe(false);
    expect(isManifestArray([{ provider: "acme", display: "x" }])).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { integration, onlyRules, Project } from "./lint-project.js";

// Input defaults, Select options and value providers through the built bin: messages count inputs
// and options from 1, name inputs by key when they have one, and say the same as the rule tables.
let project: Project;
beforeAll(() => {
  const action = {
    provider: "acme",
    name: "log_call",
    display: "log a call",
    description: "log the call on the contact",
    endpoint: "https://bridge.acme.example.com/actions/log_call",
    inputs: [
      { key: "when", name: "When", mandatory: false, type: "datetime", format: "2026-02-30" },
      { name: "Count", mandatory: false, type: "Number", format: "3.5" },
      { key: "when", name: "Priority", mandatory: false, type: "SELECT", format: "low,,high,low" },
      { key: "who", name: "Who", mandatory: false, format: "{{contact.emial}} {{ticket.id}}" },
    ],
  };
  project = new Project();
  project
    .write(
      "td-integration.config.json",
      JSON.stringify({
        rules: onlyRules(
          "input-datetime-format",
          "input-number-format",
          "input-select-options",
          "input-select-duplicates",
          "unique-input-keys",
          "value-provider-field",
          "value-provider-collection",
        ),
      }),
    )
    .write("integrations/acme.json", integration("acme"))
    .write("actions/log_call.json", `${JSON.stringify(action, null, 2)}\n`);
});
afterAll(() => project.remove());

describe("input checks through the bin", () => {
  it("counts from 1 and names inputs by key", () => {
    const result = project.lint(["--format", "compact", "."]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n").filter((line) => line.startsWith("actions/"))).toEqual([
      "actions/log_call.json:13:17: error Datetime input `when`: the default `2026-02-30` is not a real date (2026-02 has no day 30) [input-datetime-format]",
      "actions/log_call.json:19:17: error Number input 2 has the default `3.5`, which is not an integer: write digits with an optional leading minus (such as `3`), or a value provider [input-number-format]",
      "actions/log_call.json:22:14: error duplicate input key `when`: input 1 already uses it, and the bridge receives one value per key: rename or remove one [unique-input-keys]",
      "actions/log_call.json:26:17: warning Select input `when`: the option list `low,,high,low` has `low` more than once; remove the repeat [input-select-duplicates]",
      "actions/log_call.json:26:17: error Select input `when`: the option list `low,,high,low` has an empty option (option 2); remove the extra comma [input-select-options]",
      "actions/log_call.json:32:17: warning `{{ticket.id}}`: unknown value-provider collection `ticket`; known collections: contact (declare others in the config) [value-provider-collection]",
      "actions/log_call.json:32:17: error `{{contact.emial}}`: the contact collection has no field `emial`; did you mean `email`? [value-provider-field]",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { renderPhrase } from "../../src/render/phrasing.js";

interface Case {
  text: unknown;
  field?: "display" | "description";
  limit?: number;
  rendered?: string;
  steps?: string[];
  comboBox?: string;
}

const cases: Case[] = [
  {
    text: "create a ticket",
    rendered: "Then create a ticket",
    steps: ['"create a ticket"', '"Then" added: "Then create a ticket"'],
    comboBox: "create a ticket",
  },
  {
    text: "Create a ticket",
    rendered: "Then create a ticket",
    steps: ['"Create a ticket"', 'first letter lowered: "create a ticket"', '"Then" added: "Then create a ticket"'],
    comboBox: "Create a ticket",
  },
  {
    text: "create a new ticket in Zendesk",
    field: "description",
    rendered: "Then create a new ticket in Zendesk",
  },
  {
    text: "Create A New Ticket",
    rendered: "Then create A New Ticket",
  },
  { text: "then create a ticket", rendered: "Then then create a ticket" },
  { text: "create a ticket.", rendered: "Then create a ticket." },
  {
    text: "create a new ticket in Acme Helpdesk",
    rendered: "Then create a new ticket in Acme Helpdesk",
    comboBox: "create a new ticket in Acme H…",
  },
  { text: "create a ticket now", limit: 10, comboBox: "create a …" },
  {
    name: "description has no combo-box limit",
    text: "create a new ticket in Acme Helpdesk for the caller",
    field: "description",
  } as Case,
  { text: "", rendered: "Then" },
  { text: undefined },
  { text: 42 },
];

describe("renderPhrase", () => {
  for (const c of cases) {
    const field = c.field ?? "display";
    it(`${field} ${JSON.stringify(c.text)}${c.limit ? ` limit ${c.limit}` : ""}`, () => {
      const preview = renderPhrase(c.text, field, `/${field}`, c.limit);
      if (typeof c.text !== "string") {
        expect(preview).toBeUndefined();
        return;
      }
      if (c.rendered !== undefined) expect(preview?.rendered).toBe(c.rendered);
      if (c.steps !== undefined) expect(preview?.steps).toEqual(c.steps);
      if (field === "description") expect(preview?.comboBox).toBeUndefined();
      if (c.comboBox !== undefined) {
        expect(preview?.comboBox).toEqual({
          text: c.comboBox,
          limit: c.limit ?? 30,
          truncated: c.comboBox.endsWith("…"),
        });
      }
    });
  }
});

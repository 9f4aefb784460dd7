import { describe, expect, it } from "vitest";
import { renderPhrase } from "../../src/render/phrasing.js";

interface Case {
  text: unknown;
  field?: "display" | "description";
  limit?: number;
  rendered?: string;
  steps?: string[];
  comboBox?: string;
  /** severity code for each problem. */
  problems: string[];
}

const cases: Case[] = [
  {
    text: "create a ticket",
    rendered: "Then create a ticket",
    steps: ['"create a ticket"', '"Then" added: "Then create a ticket"'],
    comboBox: "create a ticket",
    problems: [],
  },
  {
    text: "Create a ticket",
    rendered: "Then create a ticket",
    steps: ['"Create a ticket"', 'first letter lowered: "create a ticket"', '"Then" added: "Then create a ticket"'],
    comboBox: "Create a ticket",
    problems: ["warning uppercase-start"],
  },
  {
    text: "create a new ticket in Zendesk",
    field: "description",
    rendered: "Then create a new ticket in Zendesk",
    problems: [],
  },
  {
    text: "Create A New Ticket",
    rendered: "Then create A New Ticket",
    problems: ["warning uppercase-start", "warning title-case"],
  },
  { text: "then create a ticket", rendered: "Then then create a ticket", problems: ["warning starts-with-then"] },
  { text: "create a ticket.", rendered: "Then create a ticket.", problems: ["warning trailing-period"] },
  {
    text: "create a new ticket in Acme Helpdesk",
    rendered: "Then create a new ticket in Acme Helpdesk",
    comboBox: "create a new ticket in Acme H…",
    problems: ["warning too-long"],
  },
  { text: "create a ticket now", limit: 10, comboBox: "create a …", problems: ["warning too-long"] },
  {
    name: "description has no combo-box limit",
    text: "create a new ticket in Acme Helpdesk for the caller",
    field: "description",
    problems: [],
  } as Case,
  { text: "", rendered: "Then", problems: ["error empty"] },
  { text: undefined, problems: ["error phrase-missing"] },
  { text: 42, problems: ["error phrase-missing"] },
];

describe("renderPhrase", () => {
  for (const c of cases) {
    const field = c.field ?? "display";
    it(`${field} ${JSON.stringify(c.text)}${c.limit ? ` limit ${c.limit}` : ""}`, () => {
      const { preview, problems } = renderPhrase(c.text, field, `/${field}`, c.limit);
      expect(problems.map((p) => `${p.severity} ${p.code}`)).toEqual(c.problems);
      expect(problems.every((p) => p.pointer === `/${field}`)).toBe(true);
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

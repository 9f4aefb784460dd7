import { describe, expect, it } from "vitest";
import { expandTemplate, missingValueProblems } from "../../src/render/expand.js";
import { renderTemplate } from "../../src/render/render.js";
import type { RenderOptions } from "../../src/render/types.js";
import { urlProblem } from "../../src/render/url.js";
import { authFieldLookup, valueProviderLookup } from "../../src/render/values.js";

interface Case {
  template: string;
  options?: RenderOptions;
  result: string;
  /** name=source for each distinct placeholder. */
  values: string[];
  problems?: string[];
}

const cases: Case[] = [
  { template: "plain text", result: "plain text", values: [] },
  { template: "{{contact.email}}", result: "dana.whitfield@harborlight.example.com", values: ["contact.email=sample"] },
  {
    template: "Call from {{contact.first_name}} {{ contact.last_name }}",
    result: "Call from Dana Whitfield",
    values: ["contact.first_name=sample", "contact.last_name=sample"],
  },
  {
    name: "a repeated placeholder is listed once",
    template: "{{contact.first_name}}/{{contact.first_name}}",
    result: "Dana/Dana",
    values: ["contact.first_name=sample"],
  } as Case,
  {
    template: "{{contact.email}}",
    options: { contact: { email: "sam@northwind.example.com" } },
    result: "sam@northwind.example.com",
    values: ["contact.email=contact-file"],
  },
  {
    name: "--set wins over the --contact file",
    template: "{{contact.email}}",
    options: { contact: { email: "sam@northwind.example.com" }, set: { "contact.email": "a@b.co" } },
    result: "a@b.co",
    values: ["contact.email=set"],
  } as Case,
  {
    name: "no HTML escaping",
    template: "{{contact.company}}",
    options: { set: { "contact.company": `Smith & Sons <"Ltd">` } },
    result: `Smith & Sons <"Ltd">`,
    values: ["contact.company=set"],
  } as Case,
  {
    name: "an explicit empty value is used, not reported",
    template: "[{{contact.title}}]",
    options: { set: { "contact.title": "" } },
    result: "[]",
    values: ["contact.title=set"],
  } as Case,
  {
    template: "{{contact.emial}}",
    result: "⟨missing: contact.emial⟩",
    values: ["contact.emial=missing"],
    problems: [
      "error missing-value: the template: `{{contact.emial}}` has no value (the contact collection has no field `emial`; did you mean `email`?); it is shown as ⟨missing: contact.emial⟩",
    ],
  },
  {
    template: "#{{ticket.id}}",
    options: { allowMissing: true },
    result: "#⟨missing: ticket.id⟩",
    values: ["ticket.id=missing"],
    problems: [
      "warning missing-value: the template: `{{ticket.id}}` has no value (there is no sample for `ticket.id`; preview it with --set ticket.id=VALUE); it is shown as ⟨missing: ticket.id⟩",
    ],
  },
  {
    template: "#{{ticket.id}}",
    options: { set: { "ticket.id": "4821" } },
    result: "#4821",
    values: ["ticket.id=set"],
  },
  {
    template: "Hi {{contact.first_name}",
    result: "Hi {{contact.first_name}",
    values: [],
    problems: [
      "error template-syntax: the template cannot be rendered: `{{` is never closed: add `}}` after the value provider name",
    ],
  },
  {
    template: "https://{{account}}.example.org",
    options: { set: { account: "acme corp" } },
    result: "https://acme corp.example.org",
    values: ["account=set"],
    problems: [
      'error invalid-url: the template expands to "https://acme corp.example.org", which is not a usable URL: its host `acme corp.example.org` contains a space',
    ],
  },
];

describe("renderTemplate (ad hoc templates)", () => {
  for (const c of cases) {
    it(`${(c as Case & { name?: string }).name ?? c.template} ${JSON.stringify(c.options ?? {})}`, () => {
      const render = renderTemplate(c.template, c.options);
      expect(render.expansion.result).toBe(c.result);
      expect(render.expansion.values.map((v) => `${v.name}=${v.source}`)).toEqual(c.values);
      // Render's own problems, with ids `render/<code>`.
      expect(render.diagnostics.every((d) => d.ruleId.startsWith("render/"))).toBe(true);
      expect(render.diagnostics.map((d) => `${d.severity} ${d.ruleId.slice(7)}: ${d.message}`)).toEqual(
        c.problems ?? [],
      );
      expect(render.expansion.complete).toBe((c.problems ?? []).every((p) => p.includes("invalid-url")));
    });
  }
});

describe("auth field formats", () => {
  const lookup = authFieldLookup(["account", "token"], {});
  it.each([
    ["https://{{account}}.example.org", "https://acme.example.org", []],
    ["https://{{acount}}.example.org", "https://⟨missing: acount⟩.example.org", ["acount"]],
    ["https://{{contact.email}}", "https://⟨missing: contact.email⟩", ["contact.email"]],
  ])("%s", (template, result, missing) => {
    const outcome = expandTemplate(template, lookup);
    expect(outcome.expansion.result).toBe(result);
    expect(outcome.missing.map((m) => m.name)).toEqual(missing);
  });

  it("suggests the field a misspelt placeholder meant", () => {
    const outcome = expandTemplate("{{acount}}", lookup);
    expect(missingValueProblems(outcome, { pointer: "/x", label: "format" }, false)).toEqual([
      {
        severity: "error",
        code: "missing-value",
        message:
          "format: `{{acount}}` has no value (`acount` is not a field of this authentication_configuration; did you mean `account`?, or preview it with --set acount=VALUE); it is shown as ⟨missing: acount⟩",
        pointer: "/x",
      },
    ]);
  });

  it("--set overrides the sample of a field", () => {
    const outcome = expandTemplate(
      "https://{{account}}.example.org",
      authFieldLookup(["account"], { set: { account: "eu" } }),
    );
    expect(outcome.expansion.values).toEqual([{ name: "account", value: "eu", source: "set" }]);
  });
});

describe("value providers in inputs", () => {
  it("a single-segment name is not a value provider", () => {
    const outcome = expandTemplate("{{account}}", valueProviderLookup({}));
    expect(outcome.missing).toEqual([
      {
        name: "account",
        hint: "`account` is not a value provider such as `contact.email`; preview it with --set account=VALUE",
      },
    ]);
  });
});

describe("urlProblem", () => {
  it.each([
    ["https://acme.example.org/x", undefined],
    ["http://127.0.0.1:8080/", undefined],
    ["https://acme corp.example.org", "its host `acme corp.example.org` contains a space"],
    ["https://.example.org", "its host `.example.org` has an empty part between dots"],
    ["https://a_b.example.org", "its host `a_b.example.org` contains `_`"],
    [
      "https://-acme.example.org",
      "its host `-acme.example.org` has the part `-acme`, which cannot start or end with `-`",
    ],
    ["https:///path", "it has no host"],
    ["acme.example.org", "it is not an absolute URL such as https://example.com/path"],
    ["mailto://someone", undefined],
  ])("%s", (url, problem) => {
    expect(urlProblem(url)).toBe(problem);
  });
});

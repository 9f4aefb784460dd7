import { describe, expect, it } from "vitest";
import { formatRender, OptionError, PathError, render, renderTemplate } from "../../src/index.js";
import { ROOT } from "../support/cli.js";
import { ACTION } from "./support.js";

const CREATE_TICKET = "examples/actions/acme_helpdesk_create_ticket.json";

describe("render()", () => {
  it("previews an action file: phrasing, form and defaults filled with samples and set values", async () => {
    const [result, ...rest] = await render({ cwd: ROOT, files: [CREATE_TICKET], set: { "contact.first_name": "Sam" } });
    expect(rest).toEqual([]);
    if (result?.kind !== "action") throw new Error(`expected an action, got ${result?.kind}`);
    expect(result.diagnostics).toEqual([]);
    expect(result.action.display?.rendered).toBe("Then create a ticket");
    expect(result.action.inputs.map((i) => [i.key, i.widget, i.mandatory])).toEqual([
      ["subject", "text", true],
      ["description", "textarea", false],
      ["requester_email", "text", true],
      ["callback_number", "tel", false],
      ["priority", "select", true],
    ]);
    expect(result.action.inputs[0]?.default?.values).toEqual([
      { name: "contact.first_name", value: "Sam", source: "set" },
      { name: "contact.last_name", value: "Whitfield", source: "sample" },
    ]);
  });

  it("renders texts and reports their problems in the result", async () => {
    const results = await render({
      texts: [
        { file: "close.json", text: ACTION },
        { file: "x.json", text: "[" },
      ],
    });
    expect(results.map((r) => [r.file, r.kind])).toEqual([
      ["close.json", "action"],
      ["x.json", "invalid"],
    ]);
    // Lint's diagnostic for text that is no JSON (render no longer words its own).
    expect(results[1]?.diagnostics.map((d) => d.ruleId)).toEqual(["json-syntax"]);
    expect(formatRender(results)).toContain("Then close the ticket");
    expect(JSON.parse(formatRender(results, "json"))).toMatchObject({
      files: [{ file: "close.json" }, { file: "x.json" }],
    });
  });

  it("rejects paths passed where the options go, or one path as files", async () => {
    const untyped = (options: unknown) => render(options as Parameters<typeof render>[0]).catch((e) => e);
    const list = await untyped(["actions/create_ticket.json"]);
    expect(list).toBeInstanceOf(OptionError);
    expect(list.message).toBe(
      'render() takes one options object, such as { files: ["actions/create_ticket.json"] }, not a list',
    );
    expect(await untyped({ files: "examples" })).toMatchObject({ code: "INVALID_OPTION" });
  });

  it("expands one template", () => {
    const render = renderTemplate("https://{{account}}.example.org/{{contact.email}}", {
      set: { account: "acme" },
      contact: { email: "sam@example.com" },
    });
    expect(render.expansion).toMatchObject({ result: "https://acme.example.org/sam@example.com", complete: true });
    expect(render.diagnostics).toEqual([]);
    expect(renderTemplate("{{ticket.id}}").diagnostics.map((d) => [d.severity, d.ruleId])).toEqual([
      ["error", "render/missing-value"],
    ]);
    expect(renderTemplate("{{ticket.id}}", { allowMissing: true }).diagnostics.map((d) => d.severity)).toEqual([
      "warning",
    ]);
    expect(formatRender(renderTemplate("{{contact.email}}", { set: { "contact.email": "a@b.co" } }))).toContain(
      "a@b.co",
    );
  });

  it("rejects bad options and paths with typed errors", async () => {
    await expect(render({ texts: [], contact: { emial: "x" } })).rejects.toThrow(
      new OptionError('contact: the contact collection has no field "emial"; did you mean "email"?'),
    );
    expect(() => renderTemplate("{{a}}", { set: { "not a name": "x" } })).toThrow(OptionError);
    expect(() => renderTemplate("{{a}}", { displayMaxLength: 0 })).toThrow(
      "displayMaxLength must be a positive integer, not 0",
    );
    await expect(render({ cwd: ROOT, files: ["examples/nope.json"] })).rejects.toMatchObject({
      code: "PATH_NOT_FOUND",
    });
    await expect(render({ cwd: ROOT, files: ["examples/nope.json"] })).rejects.toBeInstanceOf(PathError);
  });
});

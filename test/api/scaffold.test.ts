import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lint, listScaffoldTemplates, ScaffoldError, scaffold } from "../../src/index.js";

const INTEGRATION = {
  name: "mycrm",
  description: "My CRM next to the caller",
  logo_url: "https://cdn.example.com/logo.png",
  icon_url: "https://cdn.example.com/icon.png",
  bridge_url: "https://bridge.example.com/talkdesk",
};
const ACTION = { action_name: "create_ticket", action_description: "create a ticket for the caller" };

const empty = () => mkdtempSync(path.join(tmpdir(), "td-api-scaffold-"));

describe("scaffold()", () => {
  it("rejects anything but one options object", async () => {
    const untyped = (options: unknown) => scaffold(options as Parameters<typeof scaffold>[0]).catch((e) => e);
    expect(await untyped("integration")).toMatchObject({
      code: "INVALID_OPTION",
      message:
        'scaffold() takes one options object, such as { kind: "integration", answers: { name: "mycrm" } }, not a string',
    });
  });

  it("lists the built-in templates and the answers they take", () => {
    const templates = listScaffoldTemplates();
    expect(templates.map((t) => `${t.kind} ${t.id}`)).toContain("integration integration-none");
    expect(templates.find((t) => t.id === "action-generic")?.questions).toEqual([
      "provider",
      "action_name",
      "action_display",
      "action_description",
      "action_endpoint",
      "inputs",
    ]);
  });

  it("turns answers into files in memory, defaults filled in, and writes nothing", async () => {
    const cwd = empty();
    const result = await scaffold({ cwd, kind: "both", answers: { ...INTEGRATION, ...ACTION } });
    expect(result.files.map((f) => [f.path, f.status])).toEqual([
      ["mycrm.json", "create"],
      ["mycrm_create_ticket.json", "create"],
    ]);
    expect(result.written).toEqual([]);
    expect(existsSync(path.join(cwd, "mycrm.json"))).toBe(false);
    expect(result.answers).toMatchObject({ authentication_type: "none", provider: "mycrm", display_name: "Mycrm" });
    expect(JSON.parse(result.files[1]?.text ?? "")).toEqual({
      provider: "mycrm",
      name: "create_ticket",
      display: "create ticket",
      description: "create a ticket for the caller",
      endpoint: "https://bridge.example.com/talkdesk/actions/create_ticket",
      inputs: [],
    });
    const summary = await lint({
      cwd,
      texts: result.files.map((f) => ({ file: f.path, text: f.text })),
      config: false,
    });
    expect(summary).toMatchObject({ errorCount: 0, warningCount: 0 });
  });

  it("writes with write: true, refuses to overwrite a different file without force", async () => {
    const cwd = empty();
    const first = await scaffold({ cwd, out: "integrations", kind: "integration", answers: INTEGRATION, write: true });
    expect(first.written).toEqual(["integrations/mycrm.json"]);
    expect(readFileSync(path.join(cwd, "integrations/mycrm.json"), "utf8")).toBe(first.files[0]?.text);

    const again = await scaffold({ cwd, out: "integrations", kind: "integration", answers: INTEGRATION, write: true });
    expect(again.files[0]?.status).toBe("identical");
    expect(again.written).toEqual([]);

    writeFileSync(path.join(cwd, "integrations/mycrm.json"), "{}\n");
    const options = { cwd, out: "integrations", kind: "integration", answers: INTEGRATION, write: true } as const;
    const refused = await scaffold(options).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ScaffoldError);
    expect(refused).toMatchObject({ code: "FILE_EXISTS", files: ["integrations/mycrm.json"] });
    expect(readFileSync(path.join(cwd, "integrations/mycrm.json"), "utf8")).toBe("{}\n");
    expect((await scaffold({ ...options, force: true })).written).toEqual(["integrations/mycrm.json"]);
  });

  it("says which answers are missing, by question id", async () => {
    const error = await scaffold({ cwd: empty(), kind: "integration" }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "ANSWERS_MISSING",
      missing: ["name", "description", "logo_url", "icon_url", "bridge_url"],
    });
    const noDefaults = await scaffold({
      cwd: empty(),
      kind: "integration",
      answers: INTEGRATION,
      useDefaults: false,
    }).catch((e: unknown) => e);
    // One call lists every answer still needed: what to create, and the questions of the template it would pick.
    expect(noDefaults).toMatchObject({
      code: "ANSWERS_MISSING",
      missing: ["authentication_type", "display_name", "features"],
    });
    expect((noDefaults as ScaffoldError).message).toMatch(
      /^scaffold needs these answers \(by question id\):\n {2}authentication_type: Authentication type \(one of: none, custom, oauth2, oauth2_password, oauth2_client_credentials; useDefaults takes "none"\)\n {2}display_name: /,
    );
  });

  it("rejects invalid answers with the lint message, unknown answers with a suggestion", async () => {
    const cwd = empty();
    const http = await scaffold({
      cwd,
      kind: "integration",
      answers: { ...INTEGRATION, logo_url: "logo.png" },
    }).catch((e: unknown) => e);
    expect(http).toBeInstanceOf(ScaffoldError);
    expect(http).toMatchObject({ code: "ANSWERS_INVALID", problems: [{ id: "logo_url" }] });
    expect((http as ScaffoldError).message).toMatch(/^answers\.logo_url: .*logo\.png/);
    const unknown = await scaffold({ cwd, kind: "integration", answers: { ...INTEGRATION, nmae: "x" } }).catch(
      (e: unknown) => e,
    );
    expect(unknown).toMatchObject({
      code: "ANSWERS_INVALID",
      message: "unknown answer `nmae`; did you mean `name`?",
      problems: [{ id: "nmae" }],
    });
    await expect(scaffold({ cwd, templates: ["action-generik"] })).rejects.toMatchObject({
      code: "TEMPLATE_INVALID",
      message:
        "template action-generik: no such template folder and no built-in template of that id; did you mean action-generic?",
    });
  });
});

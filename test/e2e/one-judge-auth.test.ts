import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { temporaryDirectories } from "../support/temp.js";

const tempDir = temporaryDirectories("td-one-judge-auth-");

// An OAuth2 integration whose type is written in another case and that lacks two OAuth fields.
const MANIFEST = `${JSON.stringify(
  {
    name: "mycrm",
    display_name: "My CRM",
    description: "Tickets from My CRM next to every call",
    logo_url: "https://cdn.example.com/logo.png",
    icon_url: "https://cdn.example.com/icon.png",
    authentication_type: "OAuth2",
    authentication_configuration: ["site", "client_id", "client_secret"].map((name) => ({
      field_name: name,
      display: name,
      mandatory: true,
      type: "oauth",
      store: true,
    })),
    interaction_types: ["ticket"],
  },
  null,
  2,
)}\n`;

interface JsonResult {
  messages: { ruleId: string; severity: 1 | 2; line: number; column: number; message: string }[];
}

describe("one judge of authentication_type (the built bin)", () => {
  it("one lint run reports the case of `OAuth2` and the OAuth fields it lacks, exit 1", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "mycrm.json"), MANIFEST);
    const result = runCli(["lint", "--no-config", "--format", "json", "mycrm.json"], { cwd: dir });
    expect(result.code).toBe(1);
    const [file] = JSON.parse(result.stdout) as JsonResult[];
    const byRule = new Map(file?.messages.map((m) => [m.ruleId, m]));
    expect([...byRule.keys()].sort()).toEqual(["enum-value", "oauth-required-fields"]);
    expect(byRule.get("enum-value")).toMatchObject({ severity: 2, line: 7, column: 26 });
    expect(byRule.get("enum-value")?.message).toContain("`OAuth2`");
    expect(byRule.get("oauth-required-fields")).toMatchObject({ severity: 2, line: 8, column: 3 });
    expect(byRule.get("oauth-required-fields")?.message).toContain(
      "authentication_type `oauth2` requires the auth fields `authorization_url` and `access_token_url`",
    );
  });

  it("after --fix lowers the case, only the missing OAuth fields remain", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "mycrm.json"), MANIFEST);
    const result = runCli(["lint", "--no-config", "--fix", "--format", "json", "mycrm.json"], { cwd: dir });
    expect(result.code).toBe(1);
    const [file] = JSON.parse(result.stdout) as JsonResult[];
    expect(file?.messages.map((m) => m.ruleId)).toEqual(["oauth-required-fields"]);
  });
});

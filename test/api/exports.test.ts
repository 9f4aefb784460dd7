import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";
import { ROOT } from "../support/cli.js";

describe("package root exports", () => {
  it("exports exactly the documented values", () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        "BaselineInvalidError",
        "ConfigInvalidError",
        "DOCS_BASE_URL",
        "FORMATTERS",
        "FORMAT_NAMES",
        "OptionError",
        "PathError",
        "RULES",
        "SCHEMA_KINDS",
        "ScaffoldError",
        "TdIntegrationError",
        "VERSION",
        "WriteError",
        "compact",
        "docsUrl",
        "format",
        "formatContext",
        "formatRender",
        "github",
        "json",
        "jsonSchema",
        "junit",
        "lint",
        "lintSources",
        "listScaffoldTemplates",
        "render",
        "renderTemplate",
        "sarif",
        "scaffold",
        "stylish",
        "writeBaseline",
        "writeFixes",
      ].sort(),
    );
  });

  it("the built package answers require() with the same exports, and resolves its schemas by path", () => {
    // (test/package checks, in plain Node, that require() and import give the very same module.)
    const requireHere = createRequire(path.join(ROOT, "package.json"));
    const required = requireHere("td-integration") as Record<string, unknown>;
    expect(Object.keys(required).sort()).toEqual(Object.keys(api).sort());
    for (const kind of api.SCHEMA_KINDS)
      expect(requireHere.resolve(`td-integration/schemas/${kind}.schema.json`)).toBe(
        path.join(ROOT, "schemas", `${kind}.schema.json`),
      );
  });

  it("jsonSchema() returns the schemas the package ships", () => {
    expect(api.SCHEMA_KINDS).toEqual(["integration", "action"]);
    for (const kind of api.SCHEMA_KINDS) {
      const shipped = JSON.parse(readFileSync(path.join(ROOT, "schemas", `${kind}.schema.json`), "utf8"));
      expect(api.jsonSchema(kind)).toEqual(shipped);
    }
    expect(() => api.jsonSchema("config" as never)).toThrow(
      new api.OptionError('unknown schema "config"; use integration or action'),
    );
  });

  it("VERSION is the package version; RULES link to their docs", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(api.VERSION).toBe(pkg.version);
    expect(api.RULES.length).toBeGreaterThan(40);
    expect(api.docsUrl("no-bom")).toBe(`${api.DOCS_BASE_URL}/no-bom.md`);
  });

  it("errors are Error subclasses with a name and a code", () => {
    const error = new api.PathError("PATH_NOT_FOUND", "no such file or directory: x");
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(api.TdIntegrationError);
    expect([error.name, error.code, error.message]).toEqual([
      "PathError",
      "PATH_NOT_FOUND",
      "no such file or directory: x",
    ]);
  });
});

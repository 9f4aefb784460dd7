import { describe, expect, it } from "vitest";
import { planOutputs } from "../../src/format/outputs.js";

describe("planOutputs", () => {
  it("defaults to stylish on standard output", () => {
    expect(planOutputs([], [])).toEqual([{ format: "stylish" }]);
  });
  it("sends a named format to its file and keeps the other on standard output", () => {
    expect(planOutputs(["stylish", "sarif"], ["sarif=report.sarif"])).toEqual([
      { format: "stylish" },
      { format: "sarif", file: "report.sarif" },
    ]);
  });
  it("adds a format named only in --output-file", () => {
    expect(planOutputs([], ["junit=out/junit.xml"])).toEqual([
      { format: "stylish" },
      { format: "junit", file: "out/junit.xml" },
    ]);
  });
  it("gives a bare path to the only format", () => {
    expect(planOutputs(["json"], ["lint.json"])).toEqual([{ format: "json", file: "lint.json" }]);
  });
  it("keeps a path with = that does not start with a format name", () => {
    expect(planOutputs(["json"], ["a=b.json"])).toEqual([{ format: "json", file: "a=b.json" }]);
  });
  it("rejects unknown formats, ambiguous paths and two formats on standard output", () => {
    expect(() => planOutputs(["sarf"], [])).toThrow(
      'unknown format "sarf"; use one of stylish, json, compact, sarif, github, junit',
    );
    expect(() => planOutputs(["stylish", "sarif"], ["report"])).toThrow(
      "--output-file report: name the format it is for when several are used, e.g. --output-file sarif=report",
    );
    expect(() => planOutputs(["stylish", "github"], [])).toThrow(
      "only one format can go to standard output; send the others to files, e.g. --output-file github=report.github",
    );
  });
});

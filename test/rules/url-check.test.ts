import { describe, expect, it } from "vitest";
import { classifyUrl, likelyUrl } from "../../src/rules/checks/url.js";

describe("classifyUrl", () => {
  it("reads https and http URLs with a host, in any case of the scheme", () => {
    expect(classifyUrl("https://bridge.example.com/x")).toEqual({ kind: "https" });
    expect(classifyUrl("HTTPS://bridge.example.com")).toEqual({ kind: "https" });
    expect(classifyUrl("https://10.0.0.1:8443/x")).toEqual({ kind: "https" });
    expect(classifyUrl("http://bridge.example.com/x")).toEqual({ kind: "http", fix: "https://bridge.example.com/x" });
    expect(classifyUrl("HTTP://bridge.example.com/x")).toEqual({ kind: "http", fix: "https://bridge.example.com/x" });
  });

  it("tells the empty string apart", () => {
    expect(classifyUrl("")).toEqual({ kind: "empty" });
  });

  it("guesses the URL meant by a text that is not one", () => {
    expect(classifyUrl("bridge.example.com/x")).toEqual({
      kind: "invalid",
      reason: "not-absolute",
      fix: "https://bridge.example.com/x",
    });
    expect(classifyUrl("//cdn.example.com/logo.png")).toMatchObject({ fix: "https://cdn.example.com/logo.png" });
    expect(classifyUrl("/actions/create")).toEqual({ kind: "invalid", reason: "not-absolute", fix: undefined });
    expect(classifyUrl("ftp://cdn.example.com/x")).toEqual({ kind: "invalid", reason: "not-absolute", fix: undefined });
    expect(classifyUrl("https://")).toMatchObject({ kind: "invalid" });
    expect(classifyUrl("   ")).toEqual({ kind: "invalid", reason: "not-absolute", fix: undefined });
  });

  it("says when only surrounding white space spoils a URL, and fixes http to https on the way", () => {
    expect(classifyUrl(" https://a.example.com ")).toEqual({
      kind: "invalid",
      reason: "spaces",
      fix: "https://a.example.com",
    });
    expect(classifyUrl("http://a.example.com\n")).toEqual({
      kind: "invalid",
      reason: "spaces",
      fix: "https://a.example.com",
    });
  });

  it("likelyUrl wants a dotted host", () => {
    expect(likelyUrl("www.example.com/x")).toBe("https://www.example.com/x");
    expect(likelyUrl("images/logo.png")).toBeUndefined();
  });
});

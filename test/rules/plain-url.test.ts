import { describe, expect, it } from "vitest";
import { parseUrl, plainHttpProtocol } from "../../src/rules/checks/url.js";
import { seededRandom } from "../support/random.js";

// plainHttpProtocol lets rules skip `new URL` for the usual endpoint and image URLs: whenever it answers,
// the URL parser must agree (same protocol, a host). Checked on generated texts built from awkward pieces.

const SCHEMES = ["https://", "http://", "HTTPS://", "ftp://", "https:/", "https:", "mailto:", "", " https://"];
const LABELS = [
  "example",
  "a",
  "xn--a",
  "xn--bcher-kva",
  "1",
  "123",
  "0x1f",
  "x1",
  "-a",
  "a-",
  "a--b",
  "b-c",
  "",
  "é",
  "A",
  "bridge",
  "255",
  "4294967296",
];
const GOOD = ["example", "a", "b-c", "x1", "bridge", "td-acme"];
const PORTS = ["", ":", ":443", ":8080", ":65535", ":65536", ":99999", ":x"];
const TAILS = ["", "/", "/actions/create", "?a=1", "#x", "/a b", "/%zz", "\\\\x", "/ok ", "\t", "/é", "@evil", ":@"];

describe("plainHttpProtocol", () => {
  it("answers only for texts the URL parser reads with that protocol and a host", () => {
    const next = seededRandom(42);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
    let answered = 0;
    for (let n = 0; n < 20000; n++) {
      // Mostly well-formed pieces, so that many texts take the fast path; some awkward ones in each.
      const labels = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(next() < 0.7 ? GOOD : LABELS));
      const scheme = next() < 0.7 ? pick(SCHEMES.slice(0, 2)) : pick(SCHEMES);
      const text = `${scheme}${labels.join(".")}${next() < 0.1 ? "." : ""}${pick(PORTS)}${pick(TAILS)}`;
      const protocol = plainHttpProtocol(text);
      if (protocol === undefined) continue;
      answered++;
      const url = parseUrl(text);
      expect(url?.protocol, text).toBe(protocol);
      expect(url?.hostname, text).not.toBe("");
    }
    expect(answered).toBeGreaterThan(1000);
  });

  it("recognises the usual endpoint and image URLs", () => {
    expect(plainHttpProtocol("https://td-northstar.bridge.example.com/actions/close_invoice")).toBe("https:");
    expect(plainHttpProtocol("http://cdn.example.com/logo.png?v=2")).toBe("http:");
    expect(plainHttpProtocol("https://localhost:8443/x")).toBe("https:");
    expect(plainHttpProtocol("https://example.com ")).toBeUndefined();
    expect(plainHttpProtocol("https://10.0.0.1/x")).toBeUndefined();
  });
});

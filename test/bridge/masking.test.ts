import { describe, expect, it } from "vitest";
import { maskBodyText, maskUrl } from "../../src/bridge/credentials.js";

const SECRET = "tok-0123456789abcdef";

describe("maskBodyText", () => {
  it("masks a secret hidden behind JSON escapes, in keys and values", () => {
    const body = `{"\\u0074ok": "\\u0074ok-0123456789abcdef", "${SECRET}": 1}`;
    const masked = maskBodyText(body, [SECRET]);
    expect(JSON.stringify(JSON.parse(masked))).not.toContain(SECRET);
    expect(masked).toContain("***ef (20 chars)");
  });

  it("keeps a body without escapes as written", () => {
    expect(maskBodyText(`{ "a": "${SECRET}" }`, [SECRET])).toBe('{ "a": "***ef (20 chars)" }');
  });

  it("does not walk a body nesting 200,000 levels, and does not show it", () => {
    const deep = `${"[".repeat(200_000)}"\\u0041"${"]".repeat(200_000)}`;
    expect(maskBodyText(deep, [SECRET])).toMatch(/^\(a JSON body nesting more than 500 levels, not shown/);
  });
});

describe("maskUrl", () => {
  it("masks a percent-encoded secret", () => {
    const secret = "s3cr3t/p@ss word";
    const url = `https://x.example/?t=${encodeURIComponent(secret)}`;
    expect(url).not.toContain(secret);
    const masked = maskUrl(url, [secret]);
    expect(decodeURIComponent(masked.replace(/%(?![0-9A-F]{2})/gi, "%25"))).not.toContain(secret);
    expect(masked).toContain("***rd (16 chars)");
  });
});

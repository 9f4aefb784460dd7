import { describe, expect, it } from "vitest";
import { decodeSource, readSource } from "../../src/lint/read.js";

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "utf8")] : p)));

describe("decodeSource", () => {
  it.each([
    ["a lone continuation byte", bytes('{"a": "', [0x80], '"}'), "invalid UTF-8 at line 1 (byte 7)"],
    ["a 3-byte character cut by a quote", bytes('{\n"a": "', [0xe2, 0x82], '"}'), "invalid UTF-8 at line 2 (byte 8)"],
    [
      "a character cut at the end of the file",
      bytes('{"a": "x', [0xf0, 0x9f, 0x98]),
      "invalid UTF-8 at line 1 (byte 8)",
    ],
    ["an overlong encoding", bytes("{", [0xc0, 0xaf], "}"), "invalid UTF-8 at line 1 (byte 1)"],
  ])("%s", (_name, input, reason) => {
    expect(decodeSource(input)).toEqual({ ok: false, reason: `${reason}; save the file with UTF-8 encoding` });
  });

  it("keeps a byte-order mark and astral characters", () => {
    expect(decodeSource(bytes([0xef, 0xbb, 0xbf], '{"a": "😀"}'))).toEqual({ ok: true, text: '\ufeff{"a": "😀"}' });
  });

  it("tells binary and UTF-16 files apart from text", () => {
    expect(decodeSource(bytes("{", [0], "}"))).toEqual({
      ok: false,
      reason: "it is a binary file (it holds NUL bytes), not JSON text",
    });
    expect(decodeSource(bytes([0xfe, 0xff, 0, 0x7b]))).toEqual({
      ok: false,
      reason: "the file is UTF-16 encoded; save it as UTF-8",
    });
  });
});

describe("readSource", () => {
  it("reports a missing file and a directory without throwing", () => {
    expect(readSource("/nonexistent/td-integration/x.json")).toEqual({ ok: false, reason: "the file does not exist" });
    expect(readSource("/")).toEqual({ ok: false, reason: "it is a directory, not a file" });
  });

  it("honours a smaller size limit", () => {
    expect(readSource(new URL("../../package.json", import.meta.url).pathname, { maxBytes: 10 })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^the file is 0\.0 MB, over the 0\.0 MB limit/),
    });
  });
});

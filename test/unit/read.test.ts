import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bytePool, decodeSource, readBytes, readSource } from "../../src/document/read.js";

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

describe("readBytes into a pool", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "td-read-"));
  const file = (name: string, size: number) => {
    const at = path.join(dir, name);
    writeFileSync(at, "x".repeat(size));
    return at;
  };
  const text = (outcome: ReturnType<typeof readBytes>) =>
    outcome.ok ? Buffer.from(outcome.bytes).toString("utf8") : outcome.reason;

  // [the file, its size, room left in a 64-byte pool, size limit, what is read, pool bytes used after]
  it.each([
    ["shorter than the room", 10, 64, 100, "x".repeat(10), 10],
    ["exactly the room", 64, 64, 100, "x".repeat(64), 64],
    ["larger than the room", 65, 64, 100, "x".repeat(65), 0],
    ["at the size limit", 20, 64, 20, "x".repeat(20), 20],
    ["one byte over the limit", 21, 64, 20, "over the 0.0 MB limit", 0],
    ["empty", 0, 64, 100, "", 0],
    ["in a pool already used", 10, 5, 100, "x".repeat(10), 0],
  ])("a file %s", (name, size, room, maxBytes, expected, used) => {
    const pool = bytePool(64);
    pool.used = 64 - room;
    const outcome = readBytes(file(`${name}.json`, size), { maxBytes }, pool);
    expect(text(outcome)).toContain(expected);
    expect(outcome.ok).toBe(!expected.includes("limit"));
    expect(pool.used - (64 - room)).toBe(used);
  });

  it("says what a directory, a missing file and a named pipe are, and does not block on the pipe", () => {
    const pool = bytePool(64);
    expect(readBytes(dir, {}, pool)).toEqual({ ok: false, reason: "it is a directory, not a file" });
    expect(readBytes(path.join(dir, "missing.json"), {}, pool)).toEqual({
      ok: false,
      reason: "the file does not exist",
    });
    const fifo = path.join(dir, "pipe.json");
    execFileSync("mkfifo", [fifo]);
    expect(readBytes(fifo, {}, pool)).toEqual({
      ok: false,
      reason: "it is not a regular file (a device, socket or named pipe)",
    });
    expect(pool.used).toBe(0);
  });
});

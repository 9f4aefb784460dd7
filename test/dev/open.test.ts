import { describe, expect, it } from "vitest";
import { mayOpenBrowser } from "../../src/cli/run-dev.js";

describe("dev --open", () => {
  it("opens a browser only when asked, on a terminal, without BROWSER=none or CI", () => {
    expect(mayOpenBrowser(true, true, {})).toBe(true);
    expect(mayOpenBrowser(undefined, true, {})).toBe(false);
    expect(mayOpenBrowser(true, false, {})).toBe(false);
    expect(mayOpenBrowser(true, true, { BROWSER: "none" })).toBe(false);
    expect(mayOpenBrowser(true, true, { CI: "true" })).toBe(false);
    expect(mayOpenBrowser(true, true, { CI: "1", BROWSER: "firefox" })).toBe(false);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../../bench/generate.mjs";
import { lint, OptionError } from "../../src/index.js";
import { temporaryDirectories } from "../support/temp.js";

const tempDir = temporaryDirectories("td-api-concurrency-");

let cwd: string;
beforeAll(() => {
  cwd = tempDir();
  writeCorpus(cwd, { seed: 11, integrations: 15, actions: 45 });
});

describe("lint({ concurrency })", () => {
  it.each([2, "auto", "off"] as const)(
    "accepts %j and resolves to the same summary as without",
    async (concurrency) => {
      const without = await lint({ cwd, config: false });
      expect(without.errorCount).toBeGreaterThan(0);
      expect(without.results).toHaveLength(60);
      expect(await lint({ cwd, config: false, concurrency })).toEqual(without);
    },
  );

  it.each([0, 1.5, "fast", -2])("rejects concurrency %j with an OptionError", async (concurrency) => {
    const attempt = lint({ cwd, config: false, concurrency: concurrency as never });
    await expect(attempt).rejects.toBeInstanceOf(OptionError);
    await expect(attempt).rejects.toThrow(/concurrency must be "auto", "off" or a whole number of threads/);
  });
});

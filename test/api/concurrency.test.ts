import { beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../../bench/generate.mjs";
// The built package: under vitest the source is TypeScript, which a worker thread cannot load.
import { lint, OptionError } from "../../dist/index.js";
import { temporaryDirectories } from "../support/temp.js";

const tempDir = temporaryDirectories("td-api-concurrency-");

let cwd: string;
beforeAll(() => {
  cwd = tempDir();
  writeCorpus(cwd, { seed: 11, integrations: 150, actions: 450 });
});

describe("lint({ concurrency })", () => {
  it("resolves to the same summary on two threads as on one", async () => {
    const one = await lint({ cwd, config: false });
    const two = await lint({ cwd, config: false, concurrency: 2 });
    expect(one.errorCount).toBeGreaterThan(0);
    expect(one.results).toHaveLength(600);
    expect(two).toEqual(one);
  });

  it.each([0, 1.5, "fast", -2])("rejects concurrency %j with an OptionError", async (concurrency) => {
    const attempt = lint({ cwd, config: false, concurrency: concurrency as never });
    await expect(attempt).rejects.toBeInstanceOf(OptionError);
    await expect(attempt).rejects.toThrow(/concurrency must be "auto", "off" or a whole number of threads/);
  });
});

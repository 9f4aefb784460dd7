import { readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveConfig } from "../../src/config/load.js";
import { CHUNK_SIZE, MIN_FILES_PER_THREAD, passChunk, threadCount } from "../../src/lint/parallel.js";
import { passInParallel } from "../../src/lint/workers.js";
import { absoluteIn } from "../../src/util/absolute-path.js";
import { ROOT } from "../support/cli.js";
import { temporaryDirectories } from "../support/temp.js";

describe("absoluteIn", () => {
  it.each([
    ["/work/repo", "a.json"],
    ["/work/repo", "integrations/acme/integration.json"],
    ["/work/repo", "a b/ü.json"],
    ["/work/repo", "./a.json"],
    ["/work/repo", "../a.json"],
    ["/work/repo", "a/../b.json"],
    ["/work/repo", "a/./b.json"],
    ["/work/repo", "a//b.json"],
    ["/work/repo", ".github/a.json"],
    ["/work/repo", "a/.hidden/b.json"],
    ["/work/repo", "/abs/a.json"],
    ["/work/repo", "a/.."],
    ["/", "a.json"],
    ["/work/repo/", "a.json"],
  ])("in %s, %s is where path.resolve puts it", (cwd, file) => {
    expect(absoluteIn(cwd, file)).toBe(path.resolve(cwd, file));
  });
});

describe("threadCount", () => {
  const half = Math.floor(availableParallelism() / 2);
  it.each([
    ["off", 100_000, 1],
    [1, 100_000, 1],
    // An explicit number is taken as it is, but never more threads than chunks.
    [3, 100_000, 3],
    [8, CHUNK_SIZE * 2, 2],
    [2, 10, 1],
    ["auto", MIN_FILES_PER_THREAD - 1, 1],
    ["auto", 2 * MIN_FILES_PER_THREAD, Math.max(1, Math.min(half, 2))],
    ["auto", 1_000_000, Math.max(1, Math.min(half, 4))],
  ] as const)("%s with %i files gives %i", (concurrency, files, expected) => {
    expect(threadCount(concurrency, files)).toBe(expected);
  });
});

describe("passInParallel", () => {
  const tempDir = temporaryDirectories("td-parallel-");

  it("lints on the main thread the chunks a worker never delivers (here: a worker that cannot start)", async () => {
    // Under vitest this module is TypeScript source, which a worker thread cannot load: every worker fails.
    const cwd = tempDir();
    const examples = ["integrations/acme_helpdesk.json", "actions/acme_helpdesk_create_ticket.json"];
    const files: string[] = [];
    for (let i = 0; i < CHUNK_SIZE + 10; i++) {
      const example = examples[i % 2] as string;
      const file = `${String(i).padStart(4, "0")}.json`;
      writeFileSync(path.join(cwd, file), readFileSync(path.join(ROOT, "examples", example)));
      files.push(file);
    }
    files.push("missing.json");
    const config = resolveConfig({}, undefined, cwd, cwd);
    const parallel = { cwd, config: {}, filepath: undefined, baseDir: cwd, configFor: config.configFor };
    const { chunks, filesPerThread } = await passInParallel(files, parallel, 2);
    expect(filesPerThread).toEqual([files.length, 0]);
    expect(chunks).toEqual([
      passChunk(files.slice(0, CHUNK_SIZE), cwd, config.configFor),
      passChunk(files.slice(CHUNK_SIZE), cwd, config.configFor),
    ]);
    expect(chunks[1]?.failures).toEqual([{ file: "missing.json", reason: "the file does not exist" }]);
    expect(chunks[0]?.passes[0]?.manifest).toEqual({
      file: "0000.json",
      kind: "integration",
      value: { name: "acme_helpdesk", provider: undefined },
    });
  });
});

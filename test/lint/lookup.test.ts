import { mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import type { LintSummary } from "../../src/diagnostic.js";
import { readSource } from "../../src/document/read.js";
import { lintSources } from "../../src/engine/engine.js";
import { lint } from "../../src/index.js";
import { findIntegrations } from "../../src/lint/lookup.js";
import { ROOT } from "../support/cli.js";
import { seededRandom } from "../support/random.js";
import { temporaryDirectories } from "../support/temp.js";

const tempDir = temporaryDirectories("td-lookup-");

const INTEGRATION = readFileSync(path.join(ROOT, "examples/integrations/acme_helpdesk.json"), "utf8");
const ACTION = readFileSync(path.join(ROOT, "examples/actions/acme_helpdesk_create_ticket.json"), "utf8");

const integration = (name: string) => INTEGRATION.replace('"name": "acme_helpdesk"', `"name": ${JSON.stringify(name)}`);
const action = (provider: string) =>
  ACTION.replace('"provider": "acme_helpdesk"', `"provider": ${JSON.stringify(provider)}`);

function write(root: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

/**
 * A project where integrations sit at every usual place and some unusual ones: `integrations/<name>.json`,
 * `<folder>/integration.json` above the actions, a deep path no convention names, a dot folder.
 */
function project(): string {
  const root = tempDir();
  write(root, "integrations/acme.json", integration("acme"));
  write(root, "crm/integration.json", integration("northwind"));
  write(root, "crm/actions/log_call.json", action("northwind"));
  write(root, "misc/deep/zz.json", integration("orbit"));
  write(root, ".hidden/integrations/secret.json", integration("secret"));
  write(root, ".hidden/actions/uses_secret.json", action("secret"));
  write(root, "actions/a_acme.json", action("acme"));
  write(root, "actions/b_orbit.json", action("orbit"));
  write(root, "actions/c_case.json", action("Acme"));
  write(root, "actions/d_typo.json", action("acmee"));
  write(root, "actions/e_northwind.json", action("northwind"));
  write(root, "actions/f_nowhere.json", action("nowhere_at_all"));
  write(root, "other.json", '{ "not": "a manifest" }');
  return root;
}

const ACTIONS = [
  "actions/a_acme.json",
  "actions/b_orbit.json",
  "actions/c_case.json",
  "actions/d_typo.json",
  "actions/e_northwind.json",
  "actions/f_nowhere.json",
  "crm/actions/log_call.json",
  ".hidden/actions/uses_secret.json",
];

/** Today's behaviour, the reference: every JSON file under the roots read to find the integrations. */
async function fullScan(cwd: string, files: readonly string[]): Promise<LintSummary> {
  const config = await loadConfig({ cwd, stopDir: cwd });
  const selected = [...files].sort().filter((file) => config.isSelected(file));
  const sources = selected.flatMap((file) => {
    const read = readSource(path.join(cwd, file));
    return read.ok ? [{ file, text: read.text }] : [];
  });
  const inRun = new Set(selected);
  return lintSources(sources, {
    configFor: (file) => config.configFor(file),
    externalIntegrations: () =>
      findIntegrations(config.integrationRoots, cwd, inRun).filter((doc) => config.isSelected(doc.file)),
  });
}

const shown = (summary: LintSummary) => JSON.stringify(summary.results);

/** Lints every subset given, with and without --cache, and expects the full scan's results. */
async function expectSameAsFullScan(cwd: string, subsets: readonly (readonly string[])[], label: string) {
  for (const files of subsets) {
    const expected = shown(await fullScan(cwd, files));
    expect(shown(await lint({ cwd, files })), `${label}: ${files.join(" ")}`).toBe(expected);
    const cacheLocation = path.join(cwd, "node_modules/.cache/td-integration/");
    expect(shown(await lint({ cwd, files, cache: true, cacheLocation })), `${label} (cache): ${files}`).toBe(expected);
  }
}

function subsets(seed: number): string[][] {
  const random = seededRandom(seed);
  const picked: string[][] = ACTIONS.map((file) => [file]);
  for (let i = 0; i < 6; i++) picked.push(ACTIONS.filter(() => random() < 0.4).sort());
  return picked.filter((files) => files.length > 0);
}

type Edit = [label: string, change: (root: string) => void];

const EDITS: Edit[] = [
  ["as generated", () => {}],
  ["the conventional integration renamed inside", (r) => write(r, "integrations/acme.json", integration("acme_v2"))],
  ["the conventional integration moved away", (r) => renameSync(`${r}/integrations/acme.json`, `${r}/misc/acme.json`)],
  ["the conventional integration deleted", (r) => rmSync(`${r}/integrations/acme.json`)],
  ["the unusual integration renamed inside", (r) => write(r, "misc/deep/zz.json", integration("orbit_v2"))],
  ["the unusual integration deleted", (r) => rmSync(`${r}/misc/deep/zz.json`)],
  ["a second integration of a name", (r) => write(r, "zzz/acme.json", integration("acme"))],
  ["gitignored integrations folder", (r) => writeFileSync(`${r}/.gitignore`, "integrations/\n")],
  ["gitignored sibling integration", (r) => writeFileSync(`${r}/.gitignore`, "crm/integration.json\n")],
  ["node_modules holds the integration", (r) => renameSync(`${r}/integrations`, `${r}/node_modules`)],
  ["config ignores the integration", (r) => write(r, ".td-integrationrc.json", '{ "ignores": ["integrations/"] }')],
  ["integration roots elsewhere", (r) => write(r, ".td-integrationrc.json", '{ "integrationRoots": ["misc"] }')],
  ["an unparsed integration with a name", (r) => write(r, "integrations/acme.json", `${integration("acme")},`)],
  [
    "an unparsed integration without a name",
    (r) => write(r, "misc/broken.json", '{ "authentication_type": "none", "name": [1, }'),
  ],
  ["the integration is a link to a folder", (r) => symlinkSync(`${r}/crm`, `${r}/crm_link`)],
  [
    "the integrations folder is a link",
    (r) => {
      renameSync(`${r}/integrations`, `${r}/real_integrations`);
      symlinkSync(`${r}/real_integrations`, `${r}/integrations`);
    },
  ],
  [
    "the integration is not valid UTF-8",
    (r) => writeFileSync(`${r}/integrations/acme.json`, Buffer.from([0xff, 0xfe])),
  ],
];

describe("provider lookup without a full scan", () => {
  it.each(EDITS.map((edit, i) => [edit[0], i]))("gives the full scan's diagnostics: %s", async (_label, i) => {
    const [label, change] = EDITS[i as number] as Edit;
    const root = project();
    change(root);
    await expectSameAsFullScan(root, subsets(1000 + (i as number)), label);
  });

  it("stays exact when integrations change after the index was written (--cache)", async () => {
    const root = project();
    const cacheLocation = path.join(root, "node_modules/.cache/td-integration/");
    const files = ["actions/b_orbit.json", "actions/a_acme.json"];
    // A provider found nowhere makes the full search run and write the index.
    await lint({ cwd: root, files: ["actions/f_nowhere.json"], cache: true, cacheLocation });
    for (const [label, change] of [
      ["unchanged", () => {}],
      ["moved", () => renameSync(`${root}/misc/deep/zz.json`, `${root}/misc/zz.json`)],
      ["renamed inside", () => write(root, "misc/zz.json", integration("orbit_v3"))],
      ["back", () => write(root, "misc/zz.json", integration("orbit"))],
      ["deleted", () => rmSync(`${root}/misc/zz.json`)],
    ] as const) {
      change();
      const expected = shown(await fullScan(root, files));
      expect(shown(await lint({ cwd: root, files, cache: true, cacheLocation })), label).toBe(expected);
    }
  });

  it("drops a damaged index with a notice and still answers exactly", async () => {
    const root = project();
    const cacheLocation = path.join(root, "cache/");
    await lint({ cwd: root, files: ["actions/f_nowhere.json"], cache: true, cacheLocation });
    const indexFile = path.join(cacheLocation, "integration-index");
    writeFileSync(indexFile, readFileSync(indexFile, "utf8").replace("orbit", "orbiz"));
    const notices: string[] = [];
    const files = ["actions/b_orbit.json"];
    const summary = await lint({ cwd: root, files, cache: true, cacheLocation, onCacheNotice: (m) => notices.push(m) });
    expect(shown(summary)).toBe(shown(await fullScan(root, files)));
    expect(notices).toEqual([expect.stringMatching(/integration-index is damaged/)]);
  });
});

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describeIntegration, type MockIntegration, sampleCredentials } from "./mock/index.js";

/**
 * The files of a runnable bridge project for one manifest and its actions (`init --kind bridge`).
 * The contract handler and the sample backend are the mock bridge's own modules (src/bridge/mock/),
 * copied as they are: one source for `dev --mock`, the tests and every generated bridge.
 */

/** The mock bridge modules a generated bridge runs on, copied into its `bridge/` folder. */
export const KIT_FILES = ["contract.js", "errors.js", "integration.js", "sample-backend.js"] as const;

/**
 * Where the kit's files are: next to this module's source when running from src/ (tests), else in
 * dist/bridge-kit/ of the package (the build copies them there).
 */
export function kitDirectory(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (let dir = here; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, "package.json");
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, "utf8")).name === "td-integration") {
      return here.startsWith(path.join(dir, "src"))
        ? path.join(dir, "src", "bridge", "mock")
        : path.join(dir, "dist", "bridge-kit");
    }
    if (path.dirname(dir) === dir) throw new Error(`the bridge kit was not found above ${here}`);
  }
}

export function readKit(): Record<string, string> {
  const dir = kitDirectory();
  return Object.fromEntries(KIT_FILES.map((file) => [file, readFileSync(path.join(dir, file), "utf8")]));
}

export interface StarterInput {
  /** The manifest text, copied as it is. */
  manifestText: string;
  manifest: Record<string, unknown>;
  /** Action files of this integration: file name and text. */
  actions: { file: string; text: string; value: Record<string, unknown> }[];
  kit: Record<string, string>;
  /** The td-integration version the project's `npm test` depends on. */
  toolVersion: string;
}

export interface StarterFile {
  path: string;
  text: string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function packageName(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[._-]+|[-]+$/g, "");
  return `${slug || "integration"}-bridge`.slice(0, 214);
}

const SERVER = `// The bridge's HTTP server: Node's own node:http, no framework. A bridge answers a handful of POST
// endpoints with JSON; node:http does that in a few lines, starts instantly and has no dependency to
// keep up to date. Run it with \`npm start\` (PORT, default 3000; it listens on 127.0.0.1 only).
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createBridgeHandler } from "./bridge/contract.js";
import { describeIntegration } from "./bridge/integration.js";
import { createSystem } from "./system.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));

/** The manifest and the action files the bridge answers for (copies of yours: keep them in step). */
export function loadIntegration() {
  const actionsDir = path.join(here, "talkdesk", "actions");
  const actions = readdirSync(actionsDir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".json"))
    .map((entry) => readJson(path.join(actionsDir, entry.name)));
  return describeIntegration(readJson(path.join(here, "talkdesk", "manifest.json")), actions);
}

/** Starts the bridge; resolves with its URL and a close function. */
export function startBridge(port = 3000, host = "127.0.0.1") {
  const integration = loadIntegration();
  const handler = createBridgeHandler({
    integration,
    system: createSystem(integration),
    onError: (error) => console.error(error),
  });
  const server = createServer((req, res) => {
    res.on("finish", () => console.log(\`\${req.method} \${req.url} -> \${res.statusCode}\`));
    handler(req, res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const url = \`http://\${host}:\${server.address().port}\`;
      resolve({ url, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 3000);
  const bridge = await startBridge(port);
  console.log(\`bridge listening on \${bridge.url}\`);
  const stop = () => bridge.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
`;

const SYSTEM = `// THE SEAM: where this bridge meets your system. Each function below is called by the contract
// handler (bridge/contract.js), which already speaks Talkdesk's side: it reads the requests, checks
// them, pages, and answers with the statuses and JSON Talkdesk expects. Replace the sample backend
// calls with calls to your system's API, one function at a time; \`npm test\` tells you when a reply
// no longer follows the contract.
//
// To refuse a request, throw unauthorized() (401: the credentials are not valid; Talkdesk asks the
// user to sign in again) or badRequest("why") (400; for an action, Talkdesk shows the message).
import { badRequest, unauthorized } from "./bridge/errors.js";
import { sampleCredentials } from "./bridge/integration.js";
import { createSampleBackend } from "./bridge/sample-backend.js";

export { badRequest, unauthorized };

export function createSystem(integration) {
  // An in-memory stand-in that accepts the values of credentials.example.json.
  const sample = createSampleBackend({ integration, credentials: sampleCredentials(integration) });

  return {
    /** Every request: true when \`auth\` (the user's auth fields, by name) is valid. */
    async authenticate(auth) {
      return sample.authenticate(auth);
    },

    /** Auth validation: auth fields to store for later requests ({} for none: the reply is then 204). */
    async authValidation(auth) {
      return sample.authValidation(auth);
    },

    /**
     * Contact sync, one page. \`checkpoint\`: what you returned as checkpoint last time (absent on the
     * first sync): return only contacts changed since, in ascending order of that change. \`offset\` and
     * \`context\`: your nextOffset and context of the previous page (absent on the first page).
     * Returns { contacts: [{ id, name, emails, phones, company, ... }], checkpoint, nextOffset?, context? }.
     */
    async contactPage({ auth, checkpoint, offset, context }) {
      return sample.contactPage({ auth, checkpoint, offset, context });
    },

    /** The contact's interactions of the requested \`types\`: [{ id, subject, type, date, status, priority, url }]. */
    async interactions({ auth, contact, types }) {
      return sample.interactions({ auth, contact, types });
    },

    /** Agent sync, one page: { agents: [{ id, name, email }], nextOffset? } (an integer offset). */
    async agentPage({ auth, offset }) {
      return sample.agentPage({ auth, offset });
    },

    /**
     * An action: \`action\` is its name, \`data\` its inputs by key (mandatory ones are already checked).
     * Returns { message, externalId, contactExternalId?, contactExternalType?, contactExternalUrl? }.
     */
    async runAction({ auth, action, data, contactId, agentId }) {
      return sample.runAction({ auth, action, data, contactId, agentId });
    },
  };
}
`;

function testScript(hasActions: boolean): string {
  const actions = hasActions ? `"--actions", "talkdesk/actions", ` : "";
  return `// \`npm test\`: starts the bridge on a free port and runs td-integration bridge-test against it.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { startBridge } from "../server.js";

const require = createRequire(import.meta.url);
const bin = path.join(path.dirname(require.resolve("td-integration/package.json")), "bin", "td-integration.js");
const bridge = await startBridge(0);
const args = ["bridge-test", "talkdesk/manifest.json", ${actions}"--base", bridge.url, "--credentials", "credentials.example.json", ...process.argv.slice(2)];
const child = spawn(process.execPath, [bin, ...args], { stdio: "inherit" });
child.on("close", async (code) => {
  await bridge.close();
  process.exit(code ?? 1);
});
`;
}

function readme(integration: MockIntegration, displayName: string, hasActions: boolean): string {
  const endpoints = integration.routes
    .map((r) => `- \`POST ${r.path}\`: ${r.kind === "action" ? `action \`${r.action?.name}\`` : r.kind}`)
    .join("\n");
  return `# ${displayName} bridge

A bridge between Talkdesk and ${displayName}, generated by \`td-integration init --kind bridge\`. It
answers every endpoint of \`talkdesk/manifest.json\`${hasActions ? " and its actions (`talkdesk/actions/`)" : ""}:

${endpoints}

It runs on Node.js 20 or later with no dependency at run time (\`node:http\`); td-integration is a
development dependency for the tests.

## Run it

\`\`\`sh
npm install
PORT=3000 npm start          # listens on http://127.0.0.1:3000
npm test                     # starts the bridge and runs td-integration bridge-test against it
\`\`\`

Out of the box it answers from an in-memory sample backend (seven contacts over three pages, three
agents, interactions of the manifest's types) and accepts the values of \`credentials.example.json\`.

## Next steps

1. Open \`system.js\`, the one module where the bridge meets your system, and replace each sample
   call with a call to your system's API. Run \`npm test\` after each one.
2. Put real credentials of a test account in \`credentials.json\` (ignored by git) and run
   \`npx td-integration bridge-test talkdesk/manifest.json${hasActions ? " --actions talkdesk/actions" : ""} --base http://127.0.0.1:3000 --credentials credentials.json\`.
3. Record a run (\`--record v1.cassette.json\`) and replay it after changes (\`--replay v1.cassette.json\`)
   to catch a reply whose shape changed.
4. When you change the manifest or an action, copy it into \`talkdesk/\` again: the bridge serves the
   endpoint paths written there.
5. Deploy behind HTTPS at the URLs of the manifest's endpoints.

\`bridge/\` holds the contract (\`contract.js\`: requests, paging, statuses) and the sample backend;
you should not need to change it.
`;
}

/** Every file of the project, rendered in memory (nothing is written here). */
export function renderBridgeProject(input: StarterInput): StarterFile[] {
  const integration = describeIntegration(
    input.manifest,
    input.actions.map((a) => a.value),
  );
  const name = typeof input.manifest.name === "string" ? input.manifest.name : "integration";
  const displayName = typeof input.manifest.display_name === "string" ? input.manifest.display_name : name;
  const hasActions = input.actions.length > 0;
  const pkg = {
    name: packageName(name),
    version: "0.1.0",
    private: true,
    description: `Talkdesk bridge for ${displayName}`,
    type: "module",
    engines: { node: ">=20" },
    scripts: { start: "node server.js", test: "node test/bridge-test.js" },
    devDependencies: { "td-integration": `^${input.toolVersion}` },
  };
  const files: StarterFile[] = [
    { path: "package.json", text: json(pkg) },
    { path: "server.js", text: SERVER },
    { path: "system.js", text: SYSTEM },
    { path: "test/bridge-test.js", text: testScript(hasActions) },
    { path: "credentials.example.json", text: json(sampleCredentials(integration)) },
    { path: ".gitignore", text: "node_modules/\ncredentials.json\n*.cassette.json\n" },
    { path: "README.md", text: readme(integration, displayName, hasActions) },
    { path: "talkdesk/manifest.json", text: input.manifestText },
    ...input.actions.map((a) => ({ path: `talkdesk/actions/${a.file}`, text: a.text })),
    ...KIT_FILES.map((file) => ({ path: `bridge/${file}`, text: input.kit[file] ?? "" })),
  ];
  // The actions folder must exist for the server even without actions.
  if (!hasActions) files.push({ path: "talkdesk/actions/.gitkeep", text: "" });
  return files;
}

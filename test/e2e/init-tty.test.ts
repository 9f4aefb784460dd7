import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { lintDir, tempDir } from "../init/support.js";
import { BIN } from "../support/cli.js";

const hasTmux = spawnSync("tmux", ["-V"]).status === 0;
const SOCKET = `td-init-test-${process.pid}`;

function tmux(...args: string[]): string {
  return execFileSync("tmux", ["-L", SOCKET, ...args], { encoding: "utf8" });
}

/** Starts `init` in a real pseudo-terminal; the exit code lands in `rc` in the folder. */
function start(dir: string, args: string[] = []): void {
  const command = `env -u CI node ${BIN} init ${args.join(" ")}; echo $? > rc; sleep 600`;
  tmux("new-session", "-d", "-s", "init", "-x", "120", "-y", "40", "-c", dir, command);
}

// -J joins lines the terminal wrapped, so a long message is matched whole.
const screen = () => tmux("capture-pane", "-p", "-J", "-t", "init");

/** Polls the screen until `text` shows up (no fixed sleeps); fails with the screen after 15 s. */
async function waitFor(text: string | RegExp): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const shown = screen();
    if (typeof text === "string" ? shown.includes(text) : text.test(shown)) return shown;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(text)}; screen:\n${shown}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function waitForExit(dir: string): Promise<number> {
  const file = path.join(dir, "rc");
  const deadline = Date.now() + 15_000;
  while (!existsSync(file) || readFileSync(file, "utf8").trim() === "") {
    if (Date.now() > deadline) throw new Error(`init did not exit; screen:\n${screen()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Number(readFileSync(file, "utf8").trim());
}

const keys = (...k: string[]) => tmux("send-keys", "-t", "init", ...k);
const type = (text: string) => tmux("send-keys", "-t", "init", "-l", text);

const title = hasTmux
  ? "td-integration init in a terminal (tmux)"
  : "td-integration init in a terminal: SKIPPED because tmux is not installed (apt-get install tmux)";

describe.skipIf(!hasTmux)(title, () => {
  afterEach(() => {
    spawnSync("tmux", ["-L", SOCKET, "kill-server"]);
  });

  it("asks the questions, refuses lint's errors inline, shows its warnings without blocking, and writes", async () => {
    const dir = tempDir();
    start(dir);
    await waitFor("What do you want to create?");
    keys("Enter");
    await waitFor("Authentication type:");
    keys("Enter");
    await waitFor("System name");
    type("acme");
    keys("Enter");
    await waitFor("Display name: (Acme)");
    keys("Enter");
    await waitFor("Description");
    type("Acme tickets next to the caller");
    keys("Enter");
    await waitFor("Logo URL");
    type("http://cdn.acme.example.com/logo.png");
    keys("Enter");
    // A lint warning shows under the answered prompt and does not block: the next question comes.
    const warned = await waitFor("Icon URL");
    expect(warned).toContain("✔ Logo URL (https): http://cdn.acme.example.com/logo.png");
    expect(warned).toContain("  ⚠ warning  `logo_url` `http://cdn.acme.example.com/logo.png` uses http://");
    expect(warned).toContain("image-url-https");
    type("https://cdn.acme.example.com/icon.png");
    keys("Enter");
    await waitFor("Base URL of your bridge");
    // A lint error keeps the prompt open with the message under it.
    type("http://bridge.acme.example.com");
    keys("Enter");
    await waitFor("Talkdesk requires https:// for bridge endpoints");
    for (let i = 0; i < "http://".length; i++) keys("Home", "Delete");
    type("https://");
    keys("Enter");
    await waitFor("Features:");
    keys("Enter");
    await waitFor("Contact synchronization endpoint: (https://bridge.acme.example.com/contact_sync)");
    keys("Enter");
    await waitFor("Interaction retrieval endpoint:");
    keys("Enter");
    await waitFor("Interaction types");
    type("ticket, case");
    keys("Enter");
    expect(await waitForExit(dir)).toBe(0);
    expect(await waitFor("created  acme.json")).toContain("Next steps:");
    expect(JSON.parse(readFileSync(path.join(dir, "acme.json"), "utf8"))).toEqual({
      name: "acme",
      display_name: "Acme",
      description: "Acme tickets next to the caller",
      logo_url: "http://cdn.acme.example.com/logo.png",
      icon_url: "https://cdn.acme.example.com/icon.png",
      authentication_type: "none",
      contact_synchronization_endpoint: "https://bridge.acme.example.com/contact_sync",
      interaction_retrieval_endpoint: "https://bridge.acme.example.com/interaction_update",
      interaction_types: ["ticket", "case"],
    });
    expect(lintDir(dir)).toEqual([expect.stringMatching(/^acme\.json:5:15 image-url-https /)]);
  });

  it("Ctrl+C at a prompt exits 130 and writes nothing", async () => {
    const dir = tempDir();
    start(dir, ["--kind=integration", "--auth-type=custom"]);
    await waitFor("System name");
    type("acme");
    keys("Enter");
    await waitFor("Display name: (Acme)");
    keys("C-c");
    expect(await waitForExit(dir)).toBe(130);
    expect(await waitFor("Cancelled: nothing was written.")).toBeTruthy();
    expect(readdirSync(dir)).toEqual(["rc"]);
  });
});

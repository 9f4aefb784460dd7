import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The assets/ folder shipped with the package (found from this module, bundled or not). */
export function assetsDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, "assets");
    if (existsSync(path.join(dir, "package.json")) && existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error("cannot find the assets/ folder of td-integration; reinstall the package");
}

/** One file of assets/ as text (the page's style sheet and script: small, shipped with the package). */
export function readAsset(name: "page.css" | "dev.js"): string {
  return readFileSync(path.join(assetsDir(), name), "utf8");
}

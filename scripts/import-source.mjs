// Imports a TypeScript module of src/ from a build script: esbuild bundles it (dependencies left
// external) into a temporary file beside the project, which is imported and then removed.
import { rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

export async function importSource(entry) {
  const temp = path.resolve(`${path.basename(entry, ".ts")}.tmp-${process.pid}.mjs`);
  try {
    await build({
      entryPoints: [entry],
      outfile: temp,
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      packages: "external",
      logLevel: "warning",
    });
    return await import(pathToFileURL(temp).href);
  } finally {
    rmSync(temp, { force: true });
  }
}

// The floor lint is measured against: find the same files lint finds (tinyglobby, same default
// pattern and ignores), read each one and JSON.parse it. Nothing else.
import { readFileSync } from "node:fs";
import { glob } from "tinyglobby";

const dir = process.argv[2] ?? ".";
const files = await glob(["**/*.json"], {
  cwd: dir,
  ignore: ["**/node_modules/**", "**/.git/**"],
  absolute: true,
  onlyFiles: true,
});
let parsed = 0;
let failed = 0;
for (const file of files) {
  try {
    if (JSON.parse(readFileSync(file, "utf8")) !== undefined) parsed++;
  } catch {
    failed++;
  }
}
process.stdout.write(`${files.length} files, ${parsed} parsed, ${failed} not JSON\n`);

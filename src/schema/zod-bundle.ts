// Entry of dist/zod.cjs (scripts/build.mjs): zod for the commands that validate with it on demand
// (the config file, init, schema). lint's own schemas are in dist/zod-lint.cjs (zod-lint-bundle.ts).
export { z } from "zod";

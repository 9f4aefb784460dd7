// Entry of dist/zod.cjs (scripts/build.mjs): zod for the commands that validate with it on demand
// (the config file, init, schema). lint judges documents with plans derived from its schemas (lint-plans.ts).
export { z } from "zod";

// Entry of dist/zod.cjs (scripts/build.mjs): zod for the commands that validate with it on demand
// (the config file, init templates). Manifests are judged from plain data (src/schema/definitions.ts).
export { z } from "zod";

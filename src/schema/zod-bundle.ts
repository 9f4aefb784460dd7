// Entry of dist/zod.cjs (scripts/build.mjs): the one copy of zod in the package, with lint's schemas,
// loadable synchronously with require() when a document needs zod's verdict.
export { z } from "zod";
export { lintSchemas } from "./lazy-schemas.js";

// Entry of dist/zod-lint.cjs (scripts/build.mjs): lint's schemas on zod's mini build, loaded with
// require() the first time a document fails the fast validator.
export { lintSchemas } from "./lazy-schemas.js";

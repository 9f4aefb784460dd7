// lint checks documents with zod only when the fast validator rejects them, and lint is synchronous:
// in dist/, scripts/build.mjs replaces this module with one that require()s a CommonJS bundle of zod
// and these schemas on first use, so a run over valid documents never loads zod.
import * as schemas from "./schemas.js";

export type LintSchemas = typeof schemas;

export function lintSchemas(): LintSchemas {
  return schemas;
}

declare const __TD_INTEGRATION_VERSION__: string | undefined;

/** Injected at build time from package.json (see scripts/build.mjs and vitest.config.ts). */
export const VERSION: string =
  typeof __TD_INTEGRATION_VERSION__ === "string" ? __TD_INTEGRATION_VERSION__ : "0.0.0-dev";

import { escapeControlKeepingLayout } from "./terminal.js";

// Escaping of GitHub Actions workflow commands (actions/toolkit, core/src/command.ts); other control
// characters are shown as \u escapes, as everywhere a value reaches a log read on a terminal.

/** The message of a workflow command (after `::`). */
export const escapeCommandData = (text: string): string =>
  escapeControlKeepingLayout(text).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");

/** A property value of a workflow command (`file=…,title=…`). */
export const escapeCommandProperty = (text: string): string =>
  escapeCommandData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

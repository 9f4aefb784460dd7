/**
 * Control characters in text shown to a person: manifest values, file names and bridge bodies could
 * otherwise move the cursor, erase lines, set the window title or make links on the reader's terminal.
 * Each one (C0, DEL, C1) is shown as a `\uXXXX` escape instead.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_BUT_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Every control character, except the colour codes (SGR: ESC [ digits ; m) this tool writes itself. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_BUT_STYLES = /\u001b\[[0-9;]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

function escaped(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** `text` with every control character escaped, line breaks and tabs too (one-line fields: names, messages). */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, escaped);
}

/** `text` with every control character escaped but line breaks and tabs (a whole report or body). */
export function escapeControlKeepingLayout(text: string): string {
  return text.replace(CONTROL_BUT_LAYOUT, escaped);
}

/** A whole report this tool coloured itself: its own colour codes stay, every other control character is escaped. */
export function escapeControlKeepingStyles(text: string): string {
  return text.replace(CONTROL_BUT_STYLES, (match) => (match.length > 1 ? match : escaped(match)));
}

/** ESM source exporting `fastValidators: { integration, action }`, each `(value) => boolean`. */
export function fastValidatorCode(): Promise<string>;

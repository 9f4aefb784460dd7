/** `render`: how Talkdesk will show integrations and actions, as pure functions. */
export { expandTemplate, missingMarker } from "./expand.js";
export { formatRenderJson, formatTemplateJson, RENDER_JSON_VERSION } from "./json.js";
export { parseContactJson, parseSetValues, RenderOptionError } from "./options.js";
export { renderSource, renderSources, renderTemplate } from "./render.js";
export { SAMPLE_AUTH_VALUE, SAMPLE_CONTACT } from "./sample.js";
export { formatRenderText, formatTemplateText } from "./text.js";
export type * from "./types.js";

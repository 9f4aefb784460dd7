// XML 1.0 cannot carry most control characters at all, even escaped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being removed
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// A lone surrogate is no character at all: XML parsers refuse it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content: the five special characters escaped, characters XML 1.0 cannot hold removed. */
export function xmlText(text: string): string {
  return text
    .replace(INVALID_XML, "")
    .replace(LONE_SURROGATE, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** An attribute value: line breaks and tabs as character references, or XML parsers turn them into spaces. */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}

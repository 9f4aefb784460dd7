import type { DocumentKind, FixSpec, JsonPath } from "../diagnostic.js";
import { classify, isManifestArray, mayHoldIntegration } from "./classify.js";
import { scanDuplicateKeys } from "./locate.js";
import { countKeyColons, deepNestingOffset, MAX_NESTING, measureParsed, ParsedDocument } from "./parse.js";

/** text.trim() === "", without making the trimmed copy of a text that starts like JSON (nearly every file). */
function isBlank(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first === 123 || first === 91 || first === 34) return false; // { [ "
  return text.trim() === "";
}

/** The rules the loader reports for (src/rules/<id>.ts words each message id). */
export type LoadRuleId = "no-bom" | "document-type" | "json-syntax" | "no-duplicate-keys";

/** A problem found while loading a document, at a span of its text (offsets into the text without BOM). */
export interface LoadFinding {
  ruleId: LoadRuleId;
  messageId: string;
  data?: Readonly<Record<string, string | number>>;
  path: JsonPath;
  span: { offset: number; length: number };
  fix?: FixSpec;
}

/** A document as every command sees it: parsed once, classified, with its document-level problems. */
export interface LoadedDocument {
  doc: ParsedDocument;
  /** A manifest's kind; "skipped" for JSON that is no manifest; "unparsed" when it cannot be judged. */
  kind: DocumentKind | "skipped" | "unparsed";
  /** The manifest's value, when `kind` is a manifest kind. */
  value?: Record<string, unknown>;
  findings: LoadFinding[];
}

const AT_START = { offset: 0, length: 0 };

/**
 * The one way in for a document (lint, render, init's in-memory check and the bridge tester):
 * decode (BOM), parse, classify, and the document-level problems: empty file, syntax error, a
 * top level that is not one object, nesting too deep, repeated keys.
 */
export function loadDocument(text: string): LoadedDocument {
  const doc = new ParsedDocument(text);
  const findings: LoadFinding[] = [];
  if (doc.bom) {
    findings.push({ ruleId: "no-bom", messageId: "bom", path: [], span: AT_START, fix: { kind: "remove-bom" } });
  }
  if (isBlank(doc.body)) {
    findings.push({ ruleId: "document-type", messageId: "empty", path: [], span: AT_START });
    return { doc, kind: "unparsed", findings };
  }
  if (doc.syntaxError) {
    // JSON with comments that is no manifest (tsconfig.json) is skipped; a manifest, or a list of them, is judged.
    if (doc.isJsonc && classify(doc.value) === undefined && !isManifestArray(doc.value)) {
      return { doc, kind: "skipped", findings: [] };
    }
    const { messageId, offset, length } = doc.syntaxError;
    findings.push({ ruleId: "json-syntax", messageId, path: [], span: { offset, length } });
    return { doc, kind: "unparsed", findings };
  }
  const value = doc.value;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    findings.push(
      isManifestArray(value)
        ? { ruleId: "document-type", messageId: "manifestList", path: [], span: AT_START }
        : {
            ruleId: "document-type",
            messageId: "notObject",
            data: { found: Array.isArray(value) ? "a list" : value === null ? "null" : `a ${typeof value}` },
            path: [],
            span: AT_START,
          },
    );
    return { doc, kind: "unparsed", findings };
  }
  const kind = classify(value);
  if (!kind) return { doc, kind: "skipped", findings: [] };
  const measured = measureParsed(value);
  if (measured.tooDeep) {
    const offset = Math.max(0, deepNestingOffset(doc.body));
    findings.push({
      ruleId: "document-type",
      messageId: "tooDeep",
      data: { limit: MAX_NESTING },
      path: [],
      span: { offset, length: 1 },
    });
    return { doc, kind: "unparsed", findings };
  }
  // The scan recurses once per level: a text nesting too deep in a value JSON.parse dropped (a repeated
  // key's first value) is not scanned, as jsonc-parser's tree is not built for it either.
  if (countKeyColons(doc.body) !== measured.keys && !doc.nestsTooDeep) {
    for (const dup of scanDuplicateKeys(doc.body)) {
      findings.push({
        ruleId: "no-duplicate-keys",
        messageId: "duplicate",
        data: { key: dup.key, firstLine: doc.lines.position(dup.firstOffset).line },
        path: dup.path,
        span: { offset: dup.offset, length: dup.length },
      });
    }
  }
  return { doc, kind, value: value as Record<string, unknown>, findings };
}

/**
 * For a file that failed to parse but looks like an integration: the `name` a tolerant parse reads
 * (undefined when it cannot), so cross-file checks need not fail actions because of it.
 */
export function recoverIntegrationName(doc: ParsedDocument): { name: string | undefined } | undefined {
  if (!doc.syntaxError) return undefined;
  // Most files that fail to parse are actions: no tolerant parse (a full jsonc-parser tree) for them.
  if (!mayHoldIntegration(doc.body)) return undefined;
  const tolerant = doc.tolerantValue();
  if (classify(tolerant) !== "integration") return undefined;
  const name = (tolerant as Record<string, unknown>).name;
  return { name: typeof name === "string" ? name : undefined };
}

import { type Node, type ParseError, parse as parseJsonc, parseTree, printParseErrorCode, visit } from "jsonc-parser";
import { LineIndex } from "./lines.js";

/** What is wrong, as a message id of the json-syntax rule (src/rules/json-syntax.ts words it). */
export type SyntaxProblemId =
  | "empty"
  | "tooDeep"
  | "invalid"
  | "trailingComma"
  | "doubleComma"
  | "singleQuotes"
  | "leadingZero"
  | "InvalidSymbol"
  | "InvalidNumberFormat"
  | "PropertyNameExpected"
  | "ValueExpected"
  | "ColonExpected"
  | "CommaExpected"
  | "CloseBraceExpected"
  | "CloseBracketExpected"
  | "EndOfFileExpected"
  | "InvalidCommentToken"
  | "UnexpectedEndOfComment"
  | "UnexpectedEndOfString"
  | "UnexpectedEndOfNumber"
  | "InvalidUnicode"
  | "InvalidEscapeCharacter"
  | "InvalidCharacter";

export interface SyntaxProblem {
  messageId: SyntaxProblemId;
  offset: number;
  length: number;
  /** Set when the text nests deeper than MAX_NESTING, so it was not parsed further. */
  tooDeep?: boolean;
}

/**
 * How deeply objects and lists may nest. A manifest needs about six levels; the limit keeps every
 * recursive walk (jsonc-parser's included) far from the stack limit.
 */
export const MAX_NESTING = 1000;

/** Offset of the `{` or `[` that opens level `limit + 1`, or -1; strings are skipped. One pass, no recursion. */
export function deepNestingOffset(text: string, limit = MAX_NESTING): number {
  // Each level opens with a `{` or `[`: a text with no more of them than `limit` nests no deeper. Counting
  // them with indexOf is several times faster than the scan below, and this runs for every file placed.
  if (text.length <= limit || !hasMoreOpeners(text, limit)) return -1;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // Skip a string, honouring backslash escapes.
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
    } else if (c === 123 || c === 91) {
      if (++depth > limit) return i;
    } else if (c === 125 || c === 93) {
      if (depth > 0) depth--;
    }
  }
  return -1;
}

/** True when the text holds more than `limit` characters `{` and `[` (in strings or not). */
function hasMoreOpeners(text: string, limit: number): boolean {
  let count = 0;
  for (const opener of ["{", "["]) {
    for (let i = text.indexOf(opener); i !== -1; i = text.indexOf(opener, i + 1)) if (++count > limit) return true;
  }
  return false;
}

/**
 * One file's text, parsed once. `value` comes from JSON.parse (the fast path); the
 * position-keeping tree and line index are built only when a diagnostic needs a position.
 */
export class ParsedDocument {
  readonly bom: boolean;
  /** The text without its byte-order mark; all offsets below are into this string. */
  readonly body: string;
  readonly value: unknown;
  readonly syntaxError: SyntaxProblem | undefined;
  /** True when the text is not strict JSON but is valid JSON with comments (tsconfig-style). */
  readonly isJsonc: boolean;
  private treeCache: Node | undefined | null = null;
  private linesCache: LineIndex | undefined;
  private deepCache: boolean | undefined;
  /** How often a position was asked for, and the children of each container once that is often (locate.ts). */
  readonly locateCache: { lookups: number; children: Map<number, unknown> | undefined } = {
    lookups: 0,
    children: undefined,
  };

  constructor(readonly text: string) {
    this.bom = text.charCodeAt(0) === 0xfeff;
    this.body = this.bom ? text.slice(1) : text;
    let value: unknown;
    let syntaxError: SyntaxProblem | undefined;
    let isJsonc = false;
    try {
      value = JSON.parse(this.body);
    } catch {
      const first = firstSyntaxError(this.body);
      syntaxError = first.problem;
      if (syntaxError.tooDeep || (first.code !== undefined && !JSONC_ONLY_ERRORS.has(first.code))) {
        // Text before the first error parses the same with comments and trailing commas allowed, so
        // an error of another kind is an error in JSON with comments too: no second parse needed.
        this.value = undefined;
        this.syntaxError = syntaxError;
        this.isJsonc = false;
        return;
      }
      if (first.trailingComma !== -1) {
        // The commonest JSON-with-comments mistake, and often the only one: when the text parses as
        // JSON without that comma, jsonc-parser's full parse (slow until V8 has optimised it) is not needed.
        const comma = first.trailingComma;
        try {
          value = JSON.parse(this.body.slice(0, comma) + this.body.slice(comma + 1));
          isJsonc = true;
        } catch {
          // More is wrong than that comma: jsonc-parser decides below.
        }
      }
      if (!isJsonc) {
        const jsoncErrors: ParseError[] = [];
        const loose = parseJsonc(this.body, jsoncErrors, { allowTrailingComma: true, disallowComments: false });
        if (jsoncErrors.length === 0 && this.body.trim() !== "") {
          isJsonc = true;
          value = loose;
        }
      }
    }
    this.value = value;
    this.syntaxError = syntaxError;
    this.isJsonc = isJsonc;
  }

  /**
   * The value as far as a tolerant parse can read it (jsonc-parser recovers from missing commas,
   * comments, trailing commas and a text cut short): for a file that failed to parse, enough to learn
   * its name. A string or number the parser had to guess at (cut off by the end of a line or of the
   * file) is left out rather than read wrong: `"name": "acm` gives no name, not the name `acm`.
   */
  tolerantValue(): unknown {
    if (this.syntaxError === undefined) return this.value;
    if (this.nestsTooDeep) return undefined;
    const errors: ParseError[] = [];
    const root = parseTree(this.body, errors, { allowTrailingComma: true, disallowComments: false });
    return root === undefined ? undefined : readTolerantly(root, errors);
  }

  /** True when objects and lists nest deeper than MAX_NESTING somewhere in the text. */
  get nestsTooDeep(): boolean {
    this.deepCache ??= deepNestingOffset(this.body) !== -1;
    return this.deepCache;
  }

  get tree(): Node | undefined {
    if (this.treeCache === null) {
      // jsonc-parser recurses once per level: beyond the limit there is no tree (positions fall back to 1:1).
      this.treeCache = this.nestsTooDeep ? undefined : parseTree(this.body, [], { allowTrailingComma: true });
    }
    return this.treeCache;
  }

  get lines(): LineIndex {
    this.linesCache ??= new LineIndex(this.body);
    return this.linesCache;
  }

  /** Offset in the original text (with BOM) for an offset in `body`. */
  originalOffset(bodyOffset: number): number {
    return this.bom ? bodyOffset + 1 : bodyOffset;
  }
}

const LEFT_OUT = Symbol("left out");

/**
 * The value of a node of a tolerant parse tree, without the strings and numbers an error falls in
 * (jsonc-parser reports a broken token at its start). Recurses once per level: the caller makes sure
 * the text nests no deeper than MAX_NESTING.
 */
function readTolerantly(node: Node, errors: readonly ParseError[]): unknown {
  switch (node.type) {
    case "object": {
      const object: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, valueNode] = property.children ?? [];
        if (key === undefined || valueNode === undefined) continue;
        const value = readTolerantly(valueNode, errors);
        if (value === LEFT_OUT) continue;
        // Defined, not assigned: a key `__proto__` is a key like any other here, as in JSON.parse.
        Object.defineProperty(object, String(key.value), {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return object;
    }
    case "array": {
      const items: unknown[] = [];
      for (const child of node.children ?? []) {
        const value = readTolerantly(child, errors);
        if (value !== LEFT_OUT) items.push(value);
      }
      return items;
    }
    case "string":
    case "number":
      return errors.some((e) => e.offset >= node.offset && e.offset < node.offset + node.length)
        ? LEFT_OUT
        : node.value;
    default:
      return node.value;
  }
}

/**
 * The first errors strict JSON reports where JSON with comments and trailing commas may be fine:
 * a comment, or a comma before a closing bracket (reported as a missing property name or value).
 */
const JSONC_ONLY_ERRORS = new Set([
  "InvalidCommentToken",
  "UnexpectedEndOfComment",
  "PropertyNameExpected",
  "ValueExpected",
]);

/** jsonc-parser's error codes reported as they are (json-syntax has a message for each). */
const PARSER_CODES = new Set([
  "InvalidSymbol",
  "InvalidNumberFormat",
  "PropertyNameExpected",
  "ValueExpected",
  "ColonExpected",
  "CommaExpected",
  "CloseBraceExpected",
  "CloseBracketExpected",
  "EndOfFileExpected",
  "InvalidCommentToken",
  "UnexpectedEndOfComment",
  "UnexpectedEndOfString",
  "UnexpectedEndOfNumber",
  "InvalidUnicode",
  "InvalidEscapeCharacter",
  "InvalidCharacter",
]);

function previousSignificant(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i--;
  return i;
}

/**
 * The first syntax error, pointed where the mistake is rather than where the parser gave up:
 * a trailing comma at the comma, a missing comma just after the value that needs it.
 */
export function findSyntaxError(text: string): SyntaxProblem {
  return firstSyntaxError(text).problem;
}

/** Thrown out of jsonc-parser's visit at its first error (not an Error: no stack trace to capture). */
class FirstError {
  constructor(
    readonly code: string,
    readonly offset: number,
    readonly length: number,
  ) {}
}

interface FirstSyntaxError {
  problem: SyntaxProblem;
  /** The code of the parse error it started from (when there is one). */
  code?: string;
  /** Offset of the comma when the error is a comma after the last member of an object or list, else -1. */
  trailingComma: number;
}

/** findSyntaxError, with what JSON with comments needs to know about it. */
function firstSyntaxError(text: string): FirstSyntaxError {
  if (text.trim() === "") {
    return {
      problem: { messageId: "empty", offset: 0, length: 0 },
      trailingComma: -1,
    };
  }
  const deep = deepNestingOffset(text);
  if (deep !== -1) {
    return { problem: { messageId: "tooDeep", offset: deep, length: 1, tooDeep: true }, trailingComma: -1 };
  }
  let first: FirstError | undefined;
  try {
    visit(
      text,
      {
        // The first error is all that is reported: stop there rather than scan the rest of the file.
        onError(code, offset, length) {
          throw new FirstError(printParseErrorCode(code), offset, length);
        },
      },
      { disallowComments: true, allowTrailingComma: false },
    );
  } catch (error) {
    if (!(error instanceof FirstError)) throw error;
    first = error;
  }
  if (!first) return { problem: { messageId: "invalid", offset: 0, length: 0 }, trailingComma: -1 };
  const trailingComma = trailingCommaBefore(text, first.code, first.offset);
  return {
    problem: describeSyntaxError(text, first, trailingComma),
    code: first.code,
    trailingComma,
  };
}

/**
 * The comma before the closing bracket at which a strict parse stopped expecting another member, or -1.
 * The parse got there, so a member precedes the comma: it is a trailing comma, which JSON with comments allows.
 */
function trailingCommaBefore(text: string, code: string, offset: number): number {
  if (code !== "PropertyNameExpected" && code !== "ValueExpected") return -1;
  if (text[offset] !== "}" && text[offset] !== "]") return -1;
  const prev = previousSignificant(text, offset);
  return text[prev] === "," ? prev : -1;
}

/** The first error in words, pointed at the mistake; `trailingComma` is trailingCommaBefore's answer for it. */
function describeSyntaxError(text: string, { code, offset, length }: FirstError, trailingComma: number): SyntaxProblem {
  const here = text[offset];
  if (trailingComma !== -1) {
    return {
      messageId: "trailingComma",
      offset: trailingComma,
      length: 1,
    };
  }
  if (code === "PropertyNameExpected" || code === "ValueExpected") {
    const prev = previousSignificant(text, offset);
    if (here === "," && text[prev] === ",") {
      return { messageId: "doubleComma", offset, length: 1 };
    }
    if (here === "'") {
      return { messageId: "singleQuotes", offset, length: 1 };
    }
  }
  if (code === "CommaExpected") {
    const prev = previousSignificant(text, offset);
    if (text[prev] === "0" && prev === offset - 1 && /[0-9]/.test(here ?? "")) {
      return { messageId: "leadingZero", offset: prev, length: 1 };
    }
    return { messageId: "CommaExpected", offset: prev + 1, length: 0 };
  }
  if (code === "InvalidSymbol" && here === "'") {
    return { messageId: "singleQuotes", offset, length: 1 };
  }
  return { messageId: PARSER_CODES.has(code) ? (code as SyntaxProblemId) : "invalid", offset, length };
}

/**
 * At least the object keys written in `text`, which must be strict JSON: the colons whose previous
 * character other than a blank is a double quote. Every key is followed by one; a colon inside a
 * string counts only when it follows an escaped quote, as in `"say \"hi\": now"`. Equal to the keys
 * JSON.parse kept, it proves that no key was written twice, and only a text where it is not needs the
 * duplicate-key scan. A colon is found with indexOf: several times faster than finding every string.
 */
export function countKeyColons(text: string): number {
  let count = 0;
  for (let i = text.indexOf(":"); i !== -1; i = text.indexOf(":", i + 1)) {
    let before = i - 1;
    let c = text.charCodeAt(before);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(--before);
    if (c === 34) count++;
  }
  return count;
}

/**
 * Counts the object keys JSON.parse kept, and tells whether the value nests deeper than `limit`.
 * This runs on every manifest, so it allocates nothing: it recurses, at most `limit` levels (the walk
 * stops at the first level past the limit), which stays far from the stack limit.
 */
export function measureParsed(value: unknown, limit = MAX_NESTING): { keys: number; tooDeep: boolean } {
  const keys = countKeys(value, 1, Math.min(limit, MAX_WALK_DEPTH));
  if (keys >= 0) return { keys, tooDeep: false };
  if (limit > MAX_WALK_DEPTH) return measureParsedIteratively(value, limit);
  return { keys: -keys - 1, tooDeep: true };
}

/** Deeper than this, measureParsed walks with its own stack instead of recursing. */
const MAX_WALK_DEPTH = MAX_NESTING;

/**
 * Object keys under `value` (at `depth`), or, when something nests deeper than `limit`, -1 minus the
 * keys counted before it was found.
 */
function countKeys(value: unknown, depth: number, limit: number): number {
  if (value === null || typeof value !== "object") return 0;
  if (depth > limit) return -1;
  let keys = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const child: unknown = value[i];
      if (child === null || typeof child !== "object") continue;
      const inner = countKeys(child, depth + 1, limit);
      if (inner < 0) return inner - keys;
      keys += inner;
    }
    return keys;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    keys++;
    const child = (value as Record<string, unknown>)[key];
    if (child === null || typeof child !== "object") continue;
    const inner = countKeys(child, depth + 1, limit);
    if (inner < 0) return inner - keys;
    keys += inner;
  }
  return keys;
}

/** measureParsed for a limit too deep to recurse to: the same walk with explicit stacks. */
function measureParsedIteratively(value: unknown, limit: number): { keys: number; tooDeep: boolean } {
  let keys = 0;
  const values: unknown[] = [value];
  const depths: number[] = [0];
  while (values.length > 0) {
    const current = values.pop();
    const depth = (depths.pop() as number) + 1;
    if (current === null || typeof current !== "object") continue;
    if (depth > limit) return { keys, tooDeep: true };
    if (Array.isArray(current)) {
      for (const child of current) {
        values.push(child);
        depths.push(depth);
      }
      continue;
    }
    for (const key in current) {
      if (!Object.hasOwn(current, key)) continue;
      keys++;
      values.push((current as Record<string, unknown>)[key]);
      depths.push(depth);
    }
  }
  return { keys, tooDeep: false };
}

export function countParsedKeys(value: unknown): number {
  return measureParsed(value, Number.POSITIVE_INFINITY).keys;
}

export interface DuplicateKey {
  key: string;
  /** Path of the object holding the duplicate. */
  path: (string | number)[];
  offset: number;
  length: number;
  firstOffset: number;
}

/**
 * Every repeated key, with the offset of its later occurrence and of the first one, from jsonc-parser's
 * tree (lint reads strict JSON with scanDuplicateKeys in locate.ts; this is the reference it is tested against).
 */
export function findDuplicateKeys(root: Node | undefined): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const walk = (node: Node, path: (string | number)[]): void => {
    if (node.type === "object") {
      const seen = new Map<string, number>();
      for (const prop of node.children ?? []) {
        const keyNode = prop.children?.[0];
        if (!keyNode) continue;
        const key = String(keyNode.value);
        const first = seen.get(key);
        if (first === undefined) seen.set(key, keyNode.offset);
        else found.push({ key, path, offset: keyNode.offset, length: keyNode.length, firstOffset: first });
        const valueNode = prop.children?.[1];
        if (valueNode) walk(valueNode, [...path, key]);
      }
    } else if (node.type === "array") {
      (node.children ?? []).forEach((child, index) => {
        walk(child, [...path, index]);
      });
    }
  };
  if (root) walk(root, []);
  return found;
}

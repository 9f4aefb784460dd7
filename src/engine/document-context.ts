import type { DocumentKind } from "../diagnostic.js";
import { type AuthFieldRef, authFields } from "../manifest/auth-fields.js";
import { type AuthenticationType, canonicalAuthenticationType, canonicalInputType } from "../manifest/vocabulary.js";
import { type Collections, knownCollections } from "../rules/checks/value-provider.js";
import {
  DEFAULT_RULE_SETTINGS,
  type DocumentContext,
  type InputRef,
  type Report,
  type RuleSettings,
} from "../rules/types.js";
import { type TokenizedTemplate, tokenize } from "../template/tokenize.js";
import { pathsByIndex } from "../util/pointer.js";
import { isPlainObject } from "../util/suggest.js";

const inputPath = pathsByIndex((index) => ["inputs", index]);

/** The action's inputs that are objects, with their canonical types (Text when `type` is absent). */
function readInputs(value: Record<string, unknown>): InputRef[] {
  const refs: InputRef[] = [];
  const inputs = value.inputs;
  if (!Array.isArray(inputs)) return refs;
  for (let index = 0; index < inputs.length; index++) {
    const input: unknown = inputs[index];
    if (!isPlainObject(input)) continue;
    const type = input.type === undefined || input.type === null ? "Text" : canonicalInputType(input.type);
    refs.push({ index, path: inputPath(index), input, type });
  }
  return refs;
}

const NO_VALUE: Record<string, unknown> = {};

/**
 * The context every document rule of a document shares: the parts rules ask for are computed on
 * first request and live as long as the document's pass (the engine's per-document cache).
 *
 * One object serves a whole run: `start` points it at the next document and forgets the previous
 * one's parts, so a document costs only the parts and analyses rules ask for.
 */
export class DocumentPass implements DocumentContext {
  file = "";
  kind: DocumentKind = "integration";
  value: Record<string, unknown> = NO_VALUE;
  settings: RuleSettings = DEFAULT_RULE_SETTINGS;
  private fields: readonly AuthFieldRef[] | undefined = undefined;
  private inputRefs: readonly InputRef[] | undefined = undefined;
  // Rules' own analyses, a handful per document: computing functions and values alternate in one short list.
  private memos: unknown[] | undefined = undefined;
  // Kept while documents share one settings object (every file of a run, but for overrides).
  private collectionsOf: RuleSettings | undefined = undefined;
  private knownCollections: Collections | undefined = undefined;
  private templates: Map<string, TokenizedTemplate> | undefined = undefined;

  constructor(private readonly sink: (report: Report) => void) {}

  start(file: string, kind: DocumentKind, value: Record<string, unknown>, settings: RuleSettings): void {
    this.file = file;
    this.kind = kind;
    this.value = value;
    this.settings = settings;
    this.fields = undefined;
    this.inputRefs = undefined;
    // Made afresh for each document, never emptied and reused: this object lives in the old generation,
    // and a reused list or Map of it would keep every document's analyses alive past young collections.
    this.memos = undefined;
    this.templates = undefined;
  }

  /** Lets the last document's value and parts go (they would otherwise live until the next document). */
  finish(): void {
    this.start("", "integration", NO_VALUE, DEFAULT_RULE_SETTINGS);
  }

  /** Forgets what was merged for a settings object (a new run may bring changed settings in the same object). */
  forgetSettings(): void {
    this.collectionsOf = undefined;
    this.knownCollections = undefined;
  }

  report(report: Report): void {
    this.sink(report);
  }

  authFields(): readonly AuthFieldRef[] {
    this.fields ??= authFields(this.value);
    return this.fields;
  }

  inputs(): readonly InputRef[] {
    this.inputRefs ??= readInputs(this.value);
    return this.inputRefs;
  }

  authenticationType(): AuthenticationType | undefined {
    return canonicalAuthenticationType(this.value.authentication_type);
  }

  readonly tokenized = (template: string): TokenizedTemplate => {
    this.templates ??= new Map();
    let result = this.templates.get(template);
    if (!result) {
      result = tokenize(template);
      this.templates.set(template, result);
    }
    return result;
  };

  collections(): Collections {
    if (this.collectionsOf !== this.settings || !this.knownCollections) {
      this.knownCollections = knownCollections(this.settings.collections);
      this.collectionsOf = this.settings;
    }
    return this.knownCollections;
  }

  memo<T>(compute: (ctx: DocumentContext) => T): T {
    const memos = this.memos;
    if (memos) for (let i = 0; i < memos.length; i += 2) if (memos[i] === compute) return memos[i + 1] as T;
    const value = compute(this);
    // Pushed to the current list: `compute` may have made it (a memo asking for another).
    this.memos ??= [];
    this.memos.push(compute, value);
    return value;
  }
}

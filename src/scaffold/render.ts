import type { JsonPath } from "../diagnostic.js";
import { isPlainObject } from "../util/suggest.js";
import type { GroupQuestion, LoadedTemplate } from "./template.js";

export type Answers = Record<string, unknown>;

/**
 * Placeholders in template files: `${id}`, `${id|filter}`, `${.id}` (an answer of the current group
 * item). A string that is exactly one placeholder takes the answer's JSON value; `"...${id}"` as a
 * list element spreads a list answer; anything else is string interpolation. A value whose answer
 * is absent or empty is left out (its key too), so optional answers simply disappear.
 */
const PLACEHOLDER = /\$\{(\.?[a-z][a-z0-9_]*)(?:\|([a-z]+))?\}/g;
const WHOLE = /^\$\{(\.?[a-z][a-z0-9_]*)(?:\|([a-z]+))?\}$/;
const SPREAD = /^\.\.\.\$\{([a-z][a-z0-9_]*)\}$/;

const FILTERS: Record<string, (text: string) => string> = {
  /** acme_help-desk -> Acme Help Desk */
  title: (text) =>
    text
      .split(/[_\-\s]+/)
      .filter(Boolean)
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join(" "),
  /** create_ticket -> create ticket */
  words: (text) =>
    text
      .split(/[_\-\s]+/)
      .filter(Boolean)
      .join(" "),
  /** drops trailing slashes of a base URL */
  base: (text) => text.replace(/\/+$/, ""),
};

export const FILTER_NAMES = Object.keys(FILTERS);

/** Where an answer ended up: `file` (an output path) and the JSON path in it; no path = the file name. */
export interface Origin {
  file: string;
  path?: JsonPath;
}

export interface RenderedFile {
  /** Output path relative to --out, with / separators. */
  path: string;
  value: unknown;
  text: string;
  templateId: string;
}

export interface RenderResult {
  files: RenderedFile[];
  /** Answer key (`name`, `auth_fields`, `auth_fields/0/display`) -> where it was written. */
  origins: Map<string, Origin[]>;
}

const OMIT = Symbol("omit");

export function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
}

interface Scope {
  answers: Answers;
  item?: { key: string; answers: Answers };
  file: string;
  record(key: string, origin: Origin): void;
  groups: ReadonlyMap<string, GroupQuestion>;
}

function lookup(ref: string, scope: Scope): { key: string; value: unknown } {
  if (ref.startsWith(".")) {
    const id = ref.slice(1);
    return { key: `${scope.item?.key ?? "?"}/${id}`, value: scope.item?.answers[id] };
  }
  return { key: ref, value: scope.answers[ref] };
}

function applyFilter(value: unknown, filter: string | undefined): unknown {
  if (!filter || typeof value !== "string") return value;
  const fn = FILTERS[filter];
  return fn ? fn(value) : value;
}

/** Interpolates a string; undefined when it names an absent answer. `onRef` sees each answer used. */
export function interpolate(
  text: string,
  resolve: (ref: string) => { key: string; value: unknown },
  onRef?: (key: string) => void,
): string | undefined {
  const whole = WHOLE.exec(text);
  let missing = false;
  const out = text.replace(PLACEHOLDER, (_match, ref: string, filter: string | undefined) => {
    const { key, value } = resolve(ref);
    onRef?.(key);
    if (isEmpty(value) || (typeof value === "object" && !whole)) {
      missing = true;
      return "";
    }
    return String(applyFilter(value, filter));
  });
  return missing ? undefined : out;
}

function renderNode(node: unknown, path: JsonPath, scope: Scope): unknown {
  if (typeof node === "string") {
    const whole = WHOLE.exec(node);
    if (whole) {
      const { key, value } = lookup(whole[1] as string, scope);
      scope.record(key, { file: scope.file, path });
      return isEmpty(value) ? OMIT : applyFilter(value, whole[2]);
    }
    const out = interpolate(
      node,
      (ref) => lookup(ref, scope),
      (key) => scope.record(key, { file: scope.file, path }),
    );
    return out === undefined ? OMIT : out;
  }
  if (Array.isArray(node)) {
    const out: unknown[] = [];
    for (const element of node) {
      const spread = typeof element === "string" ? SPREAD.exec(element) : null;
      if (spread) {
        const id = spread[1] as string;
        const value = scope.answers[id];
        if (!Array.isArray(value)) continue;
        const group = scope.groups.get(id);
        value.forEach((item, index) => {
          const itemPath = [...path, out.length];
          scope.record(id, { file: scope.file, path: itemPath });
          const rendered = group ? renderItem(group, item, index, itemPath, scope) : item;
          if (rendered !== OMIT) out.push(rendered);
        });
        continue;
      }
      const rendered = renderNode(element, [...path, out.length], scope);
      if (rendered !== OMIT) out.push(rendered);
    }
    return out;
  }
  if (isPlainObject(node)) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) {
      const rendered = renderNode(child, [...path, key], scope);
      if (rendered !== OMIT) out[key] = rendered;
    }
    return out;
  }
  return node;
}

function renderItem(group: GroupQuestion, item: unknown, index: number, path: JsonPath, scope: Scope): unknown {
  const answers = isPlainObject(item) ? item : {};
  const key = `${group.id}/${index}`;
  if (group.itemTemplate) {
    return renderNode(group.itemTemplate, path, { ...scope, item: { key, answers } });
  }
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(answers)) {
    scope.record(`${key}/${name}`, { file: scope.file, path: [...path, name] });
    if (!isEmpty(value)) out[name] = value;
  }
  return out;
}

/** Renders every file of the templates with the answers given so far (absent answers leave keys out). */
export function renderTemplates(templates: readonly LoadedTemplate[], answers: Answers): RenderResult {
  const origins = new Map<string, Origin[]>();
  const record = (key: string, origin: Origin) => {
    const list = origins.get(key);
    if (list) list.push(origin);
    else origins.set(key, [origin]);
  };
  const files: RenderedFile[] = [];
  for (const template of templates) {
    const groups = new Map<string, GroupQuestion>();
    for (const q of template.questions) if (q.type === "group") groups.set(q.id, q);
    template.files.forEach((file, index) => {
      const usedInName: string[] = [];
      const name =
        interpolate(
          file.to,
          (ref) => ({ key: ref, value: answers[ref] }),
          (key) => usedInName.push(key),
        ) ?? file.to;
      for (const key of usedInName) record(key, { file: name });
      const value = renderNode(template.sources[index], [], { answers, file: name, record, groups });
      files.push({ path: name, value, text: `${JSON.stringify(value, null, 2)}\n`, templateId: template.id });
    });
  }
  return { files, origins };
}

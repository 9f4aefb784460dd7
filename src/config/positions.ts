import path from "node:path";
import { findNodeAtLocation, type Node, type ParseError, parseTree } from "jsonc-parser";
import { readSource } from "../document/read.js";

type KeyPath = readonly PropertyKey[];

/**
 * Where a key path of a JSON config file is, as `:line:column` after the file's name, so a config
 * problem points at its line as a lint problem does. A problem at a missing key points at the object
 * that lacks it. YAML and JavaScript configs have no positions (undefined).
 */
export function configPositions(filepath: string, moduleName: string): ((keyPath: KeyPath) => string) | undefined {
  const extension = path.extname(filepath);
  if (extension !== "" && extension !== ".json") return undefined;
  const read = readSource(filepath);
  if (!read.ok) return undefined;
  const errors: ParseError[] = [];
  const text = read.text;
  const root = parseTree(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, errors);
  // An rc file without an extension may be YAML.
  if (!root || errors.length) return undefined;
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const prefix = path.basename(filepath) === "package.json" ? [moduleName] : [];
  return (keyPath) => {
    const segments = [...prefix, ...keyPath].filter((s): s is string | number => typeof s !== "symbol");
    let node: Node | undefined;
    for (let length = segments.length; length >= 0 && !node; length--) {
      node = findNodeAtLocation(root, segments.slice(0, length));
    }
    if (!node) return "";
    // A key's problem (an unknown key, a value) is shown at the key.
    const at = node.parent?.type === "property" ? (node.parent.children?.[0] ?? node) : node;
    return position(text, at.offset + shift);
  };
}

function position(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `:${line}:${offset - lineStart + 1}`;
}

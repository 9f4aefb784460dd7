import { findNodeAtLocation, type Node } from "jsonc-parser";
import type { JsonPath, Target } from "../lint/types.js";
import type { ParsedDocument } from "./parse.js";

export interface Span {
  offset: number;
  length: number;
}

/**
 * The one place where a JSON path becomes a text range: a value, the key naming it, or the
 * opening brace of an object. A path that does not exist falls back to its nearest existing parent's brace.
 */
export function locate(doc: ParsedDocument, path: JsonPath, target: Target): Span {
  const root = doc.tree;
  if (!root) return { offset: 0, length: 0 };
  let node: Node | undefined = findNodeAtLocation(root, path as (string | number)[]);
  let effectiveTarget = target;
  let depth = path.length;
  while (!node && depth > 0) {
    depth--;
    node = findNodeAtLocation(root, path.slice(0, depth) as (string | number)[]);
    effectiveTarget = "object";
  }
  if (!node) return { offset: 0, length: 0 };
  if (effectiveTarget === "key") {
    const keyNode = node.parent?.type === "property" ? node.parent.children?.[0] : undefined;
    if (keyNode) return { offset: keyNode.offset, length: keyNode.length };
  }
  if (effectiveTarget === "object") return { offset: node.offset, length: 1 };
  return { offset: node.offset, length: node.length };
}

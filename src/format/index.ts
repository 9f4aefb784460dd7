import { compact } from "./compact.js";
import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { Formatter } from "./types.js";

export const FORMATTERS: Record<string, Formatter> = { stylish, json, compact, sarif, github, junit };
export const FORMAT_NAMES = Object.keys(FORMATTERS);

export type { FormatContext, FormatRule, Formatter } from "./types.js";

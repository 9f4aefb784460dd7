import { compact } from "./compact.js";
import { github } from "./github.js";
import { json, jsonPieces } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { Formatter, PieceFormatter } from "./types.js";

export const FORMATTERS: Record<string, Formatter> = { stylish, json, compact, sarif, github, junit };
export const FORMAT_NAMES = Object.keys(FORMATTERS);

/** Formats that can also be written piece by piece (the same text as their Formatter). */
export const PIECE_FORMATTERS: Record<string, PieceFormatter> = { json: jsonPieces };

export type { FormatContext, FormatRule, Formatter, PieceFormatter } from "./types.js";

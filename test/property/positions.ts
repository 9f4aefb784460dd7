import { expect } from "vitest";
import type { LintSummary } from "../../src/diagnostic.js";

/** Line lengths of the text the engine positions into: without a BOM; CRLF, CR and LF each end a line. */
function lineLengths(text: string): number[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.split(/\r\n|\r|\n/).map((line) => line.length);
}

function assertInside(lengths: number[], line: number, column: number, where: string): void {
  expect(
    Number.isInteger(line) && line >= 1 && line <= lengths.length,
    `${where}: line ${line} of ${lengths.length}`,
  ).toBe(true);
  const length = lengths[line - 1] as number;
  expect(
    Number.isInteger(column) && column >= 1 && column <= length + 1,
    `${where}: column ${column} of ${length + 1}`,
  ).toBe(true);
}

/** Every diagnostic's start and end lie inside its file, the end not before the start; fixes are inside the text. */
export function assertPositionsInside(summary: LintSummary, texts: ReadonlyMap<string, string>): void {
  for (const result of summary.results) {
    const text = texts.get(result.file) as string;
    const lengths = lineLengths(text);
    for (const d of result.diagnostics) {
      const where = `${d.ruleId} ${JSON.stringify(d.message.slice(0, 80))}`;
      assertInside(lengths, d.line, d.column, where);
      assertInside(lengths, d.endLine, d.endColumn, `${where} (end)`);
      expect(
        d.endLine > d.line || (d.endLine === d.line && d.endColumn >= d.column),
        `${where}: end before start`,
      ).toBe(true);
      expect(typeof d.message === "string" && d.message.length > 0 && !d.message.includes("\n"), where).toBe(true);
      if (d.fix) {
        expect(0 <= d.fix.start && d.fix.start <= d.fix.end && d.fix.end <= text.length, `${where}: fix span`).toBe(
          true,
        );
      }
      for (const related of d.related ?? []) {
        const other = texts.get(related.file);
        if (other !== undefined) assertInside(lineLengths(other), related.line, related.column, `${where} (related)`);
      }
    }
  }
}

/**
 * A Datetime input's default: `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm:ss`, or that followed by `Z` or an offset
 * `±HH:MM`; the date, time and offset must exist.
 */
export type DatetimeProblem =
  | { code: "notDatetime" }
  | { code: "noSuchMonth"; month: string }
  | { code: "noSuchDay"; yearMonth: string; day: string }
  | { code: "noSuchTime"; time: string }
  | { code: "noSuchOffset"; offset: string };

const DATETIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(Z|[+-](\d{2}):(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Why a Datetime default is wrong, or undefined when it is a valid timestamp. */
export function datetimeProblem(text: string): DatetimeProblem | undefined {
  // Most defaults are valid: check the fixed-width fields in place, and build the match only for a problem.
  if (DATETIME.test(text) && fieldsInRange(text)) return undefined;
  const m = DATETIME.exec(text);
  if (!m) return { code: "notDatetime" };
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12) return { code: "noSuchMonth", month: m[2] as string };
  if (day < 1 || day > daysInMonth(year, month)) {
    return { code: "noSuchDay", yearMonth: `${m[1]}-${m[2]}`, day: m[3] as string };
  }
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 59)) {
    return { code: "noSuchTime", time: `${m[4]}:${m[5]}:${m[6]}` };
  }
  if (m[8] !== undefined && (Number(m[8]) > 23 || Number(m[9]) > 59))
    return { code: "noSuchOffset", offset: m[7] as string };
  return undefined;
}

/** Two digits at `at` as a number. */
function twoDigits(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
}

/** The checks of datetimeProblem on a text DATETIME matches, reading the digits at their fixed places. */
function fieldsInRange(text: string): boolean {
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (text.length === 10) return true;
  if (twoDigits(text, 11) > 23 || twoDigits(text, 14) > 59 || twoDigits(text, 17) > 59) return false;
  // After the seconds: nothing, "Z", or an offset ±HH:MM.
  return text.length <= 20 || (twoDigits(text, 20) <= 23 && twoDigits(text, 23) <= 59);
}

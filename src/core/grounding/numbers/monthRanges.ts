import type { GroundingFinding, TextSpan } from "../groundingFinding";
import { monthIndex, monthPattern } from "./readQuantities";

/** A season of months ("April–October", "from March to October"), each end with where the text names it. */
export interface MonthRange {
  readonly first: TextSpan & { readonly month: number };
  readonly last: TextSpan & { readonly month: number };
}

const month = String.raw`${monthPattern}\.?`;
// Month names keep their capital: "may" the verb is no month.
const monthRange = new RegExp(String.raw`(?<![\p{L}])(?:(?:from|between)[ \t]+)?${month}[ \t]*(?:[-–—]|to|through|thru|until|till|and)[ \t]*${month}(?![\p{L}])`, "gu");

export function readMonthRanges(text: string): MonthRange[] {
  const ranges: MonthRange[] = [];
  for (const match of text.matchAll(monthRange)) {
    // "Between May and June" and "May and June" differ: only "between" makes "and" a range.
    if (/\band\b/.test(match[0]) && !/^between\b/i.test(match[0])) continue;
    const firstStart = match.index + match[0].indexOf(match[1]);
    const lastStart = match.index + match[0].lastIndexOf(match[2]);
    ranges.push({
      first: { start: firstStart, end: firstStart + match[1].length, text: match[1], month: monthIndex(match[1]) },
      last: { start: lastStart, end: lastStart + match[2].length, text: match[2], month: monthIndex(match[2]) },
    });
  }
  return ranges;
}

/** Whether a month lies in a season, which may run over the new year ("November–March"). */
function within(monthNumber: number, range: MonthRange): boolean {
  const { month: first } = range.first;
  const { month: last } = range.last;
  return first <= last ? monthNumber >= first && monthNumber <= last : monthNumber >= first || monthNumber <= last;
}

function monthsOf(range: MonthRange): number[] {
  const months = [range.first.month];
  while (months.length < 12 && months[months.length - 1] !== range.last.month) months.push((months[months.length - 1] % 12) + 1);
  return months;
}

/** Ends of the copy's seasons that fall outside every season the brief gives ("open March to October" on "Open April–October"). */
export function checkMonthRanges(copy: readonly MonthRange[], brief: readonly MonthRange[]): GroundingFinding[] {
  if (brief.length === 0) return [];
  const briefValue = brief.map((range) => `${range.first.text}–${range.last.text}`).join(", ");
  const findings: GroundingFinding[] = [];
  for (const range of copy) {
    // A season inside one of the brief's is backed: every month of it, over the new year too.
    if (brief.some((season) => monthsOf(range).every((one) => within(one, season)))) continue;
    const outside = [range.first, range.last].filter((end) => !brief.some((season) => within(end.month, season)));
    for (const end of outside.length > 0 ? outside : [range.first]) {
      findings.push({ start: end.start, end: end.end, text: end.text, kind: "number", message: `"${end.text}": the brief gives ${briefValue}.`, briefValue });
    }
  }
  return findings;
}

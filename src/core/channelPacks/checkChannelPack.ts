import type { ChannelPack } from "./channelPack";

/** What applying a finding's fix does: replace text[start, end), which read `expected`, with `replacement`. */
export interface PackFix {
  readonly label: string;
  readonly start: number;
  readonly end: number;
  readonly expected: string;
  readonly replacement: string;
}

/** One breach of a channel pack. Offsets are UTF-16 indices into the checked text, as editors use. */
export interface PackFinding {
  readonly packId: string;
  /** The rule's id, or "length" for a field over its limit. */
  readonly ruleId: string;
  readonly kind: "character" | "term" | "length";
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly fix: PackFix;
}

/**
 * Checks one piece of text against a pack. With `field` (a pack field such as "bullet") the
 * field's limit and the rules scoped to it apply as well; without it, only the rules that apply
 * to every field. Findings come in text order.
 */
export function checkChannelPack(text: string, pack: ChannelPack, field?: string): PackFinding[] {
  const applies = (fields: readonly string[] | undefined) => fields === undefined || (field !== undefined && fields.includes(field));
  const findings: PackFinding[] = [];
  const segments = [...graphemes(text)];
  // A character two rules ban is reported once, by the first rule in the pack.
  const reported = new Set<number>();
  for (const rule of pack.bannedCharacters.filter((candidate) => applies(candidate.fields))) {
    for (const { segment, index } of segments) {
      if (reported.has(index) || !rule.pattern.test(segment)) continue;
      reported.add(index);
      findings.push(removal(pack.id, rule.id, "character", text, index, index + segment.length, `${pack.displayName}: "${segment}" is not allowed. ${rule.reason} (${rule.source})`, "Remove the character"));
    }
  }
  for (const rule of pack.bannedTerms.filter((candidate) => applies(candidate.fields))) {
    for (const match of text.matchAll(rule.pattern)) {
      const start = match.index;
      findings.push(removal(pack.id, rule.id, "term", text, start, start + match[0].length, `${pack.displayName}: "${match[0]}" is not allowed. ${rule.reason} (${rule.source})`, "Remove the wording"));
    }
  }
  const limit = field === undefined ? undefined : pack.fields[field];
  if (limit?.maxChars !== undefined) {
    const length = [...text].length;
    if (length > limit.maxChars) {
      const cut = wordBoundaryCut(text, limit.maxChars);
      findings.push(removal(pack.id, "length", "length", text, cut, text.length, `${pack.displayName}: the ${limit.label.toLowerCase()} has ${length} characters; the limit is ${limit.maxChars}.${limit.source ? ` (${limit.source})` : ""}`, `Trim to ${limit.maxChars} characters`));
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Applies one finding's fix. Everything outside [start, end) is kept byte for byte. The text
 * must still read what was found there; an edited text throws, so a stale fix never lands on
 * the wrong words (check again and fix afresh).
 */
export function applyPackFix(text: string, finding: PackFinding): string {
  const { start, end, expected, replacement } = finding.fix;
  if (text.slice(start, end) !== expected) throw new RangeError(`The text changed since it was checked: expected "${expected}" at ${start}.`);
  return text.slice(0, start) + replacement + text.slice(end);
}

/** The pack's required fields that `values` leaves missing or blank. */
export function missingRequiredFields(values: Readonly<Record<string, string | undefined>>, pack: ChannelPack): string[] {
  return pack.requiredFields.filter((name) => (values[name] ?? "").trim().length === 0);
}

function removal(packId: string, ruleId: string, kind: PackFinding["kind"], text: string, start: number, end: number, message: string, label: string): PackFinding {
  const span = kind === "length" ? { start, end } : withOneSpace(text, start, end);
  return { packId, ruleId, kind, start, end, message, fix: { label, ...span, expected: text.slice(span.start, span.end), replacement: "" } };
}

/**
 * A removed word or emoji takes one space beside it, so "Soft 🧦 socks" becomes "Soft socks",
 * not "Soft  socks": the space after it when it starts the text or follows a space, else the
 * space before it when it ends the text or comes before punctuation.
 */
function withOneSpace(text: string, start: number, end: number): { start: number; end: number } {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  if (after === " " && (start === 0 || /\s/u.test(before))) return { start, end: end + 1 };
  if (before === " " && (end === text.length || /[\s.,;:!?)]/u.test(after))) return { start: start - 1, end };
  return { start, end };
}

/** The text with every finding's fix applied, last first so earlier offsets hold; overlapping fixes after the first are skipped. */
export function applyPackFixes(text: string, findings: readonly PackFinding[]): string {
  let result = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const finding of [...findings].sort((a, b) => b.fix.start - a.fix.start)) {
    if (finding.fix.end > limit) continue;
    result = applyPackFix(result, finding);
    limit = finding.fix.start;
  }
  return result;
}

/**
 * Whole user-perceived characters, so an emoji is removed with its skin tone, variation
 * selector or joined parts and no stray modifier is left behind.
 */
function graphemes(text: string): Iterable<{ segment: string; index: number }> {
  return new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text);
}

/**
 * Where to cut text over `maxChars` characters: after the last whole word that fits, with the
 * spaces and clause punctuation before the cut dropped; mid-word only when one word is longer
 * than the limit.
 */
function wordBoundaryCut(text: string, maxChars: number): number {
  const limitIndex = [...text].slice(0, maxChars).join("").length;
  const keepsWholeWord = /\s/u.test(text.charAt(limitIndex));
  let cut = limitIndex;
  if (!keepsWholeWord) {
    const lastSpace = text.slice(0, limitIndex).search(/\s\S*$/u);
    if (lastSpace > 0) cut = lastSpace;
  }
  while (cut > 0 && /[\s,;:–—-]/u.test(text.charAt(cut - 1))) cut -= 1;
  return cut;
}

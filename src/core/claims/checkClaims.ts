import { ClaimContextReader } from "./claimContext";
import { type ClaimKind, type ClaimRule, type ClaimSeverity } from "./claimRule";
import { maskMarkup } from "./markupMask";
import { patternsThatCanMatch, type PatternRun } from "./rulePatterns";
import { learnedClaimSentences } from "./opinion/learnedClaimRule";
import { sentenceRemovalRange, unbalancedTags } from "./sentenceRange";

export type { ClaimKind, ClaimRule, ClaimSeverity } from "./claimRule";
export { claimRulesFor } from "./claimRulesFor";

/** Swap the matched words, or delete the sentence (or bullet, or paragraph) that makes the claim. */
export type ClaimFix =
  | { readonly kind: "replace"; readonly replacement: string }
  | { readonly kind: "removeClaim"; readonly start: number; readonly end: number };

export interface ClaimFinding {
  readonly ruleId: string;
  readonly kind: ClaimKind;
  /** Offsets of the matched words in the checked text. */
  readonly start: number;
  readonly end: number;
  readonly matchedText: string;
  /** Why the rule exists and what to write instead, from the rule. */
  readonly reason: string;
  readonly source: string;
  /** The reason, the fix and the source in one line, for a diagnostic. */
  readonly message: string;
  readonly severity: ClaimSeverity;
  readonly fix: ClaimFix;
}

/**
 * Finds what `rules` forbid in plain text, Markdown or HTML. Only prose counts: tags, attributes,
 * code and link targets are never flagged. Each match then passes the context stage (negation,
 * evidence, qualifiers, disclaimers: see ClaimContextReader). Where matches of different rules
 * overlap, the rule listed first reports them: a profile's own, more specific rule before the
 * shared category rules. A learned rule (learnedClaimRule) then judges the sentences that no
 * pattern matched. Findings come in text order.
 */
export function checkClaims(text: string, rules: readonly ClaimRule[]): ClaimFinding[] {
  const masked = maskMarkup(text);
  const context = new ClaimContextReader(text, masked);
  // Words a rule listed earlier has flagged, or found negated, are settled for the rules after it.
  const settled: SettledRange[] = [];
  const findings: ClaimFinding[] = [];
  const canMatch = patternsThatCanMatch(rules, masked);
  for (const rule of rules) {
    if (rule.learned) continue;
    const settledByRule: SettledRange[] = [];
    for (const range of ruleMatches(canMatch(rule), text, masked)) {
      if (settled.some((other) => overlaps(range, other) && !holdsNegator(range, other))) continue;
      const verdict = context.verdict(rule, range.start, range.end);
      if (verdict === "exempt") continue;
      settledByRule.push({ ...range, negated: verdict === "negated" });
      if (verdict === "claim") findings.push(findingFor(rule, text, masked, range.start, range.end));
    }
    settled.push(...settledByRule);
  }
  // A learned rule judges the sentences no finding is in. It may overrule an exemption (evidence,
  // a negation, a qualifier): with the first model, on held-out round 48, that caught 0.99 of the
  // claims against 0.96 when exempted sentences were left to the rules, at the same precision
  // (bench/README.md, section 15).
  for (const rule of rules) {
    if (!rule.learned) continue;
    for (const sentence of learnedClaimSentences(text, masked, findings)) findings.push(findingFor(rule, text, masked, sentence.start, sentence.end));
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || compareText(a.ruleId, b.ruleId));
}

/**
 * The text with one finding's fix applied. Markup inside the changed span that the rest of the
 * document still needs (a tag closed or opened outside it) is kept. Offsets are those of the text
 * that was checked: after one fix, check again before applying another.
 */
export function applyFix(text: string, finding: ClaimFinding): string {
  if (text.slice(finding.start, finding.end) !== finding.matchedText) {
    throw new Error(`The text changed since it was checked: "${finding.matchedText}" is no longer at offset ${finding.start}. Check it again.`);
  }
  const { start, end, insert } =
    finding.fix.kind === "replace"
      ? { start: finding.start, end: finding.end, insert: finding.fix.replacement }
      : { start: finding.fix.start, end: finding.fix.end, insert: "" };
  const { opened, closed } = unbalancedTags(text.slice(start, end));
  return text.slice(0, start) + closed.join("") + insert + opened.join("") + text.slice(end);
}

interface MatchRange {
  start: number;
  end: number;
}

interface SettledRange extends MatchRange {
  readonly negated: boolean;
}

function overlaps(a: MatchRange, b: MatchRange): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * "You won't find a cheaper four-star stay anywhere": a match that takes in a negated one and
 * starts before it may hold the very words that negated it, which are then its claim, not a denial.
 * It is judged by its own context, which still finds a negator that stands before both.
 */
function holdsNegator(range: MatchRange, negated: SettledRange): boolean {
  return negated.negated && range.start < negated.start && range.end >= negated.end;
}

function ruleMatches(runs: readonly PatternRun[], text: string, masked: string): MatchRange[] {
  const ranges: MatchRange[] = [];
  for (const { pattern, atWordStart, spans } of runs) {
    for (const span of spans) {
      const offset = span.start;
      pattern.lastIndex = 0;
      for (let match = pattern.exec(span.text); match; match = pattern.exec(span.text)) {
        if (match[0].length === 0) pattern.lastIndex++;
        const index = offset + match.index;
        if (atWordStart && index > 0 && /[\p{L}\p{N}]/u.test(masked[index - 1])) {
          pattern.lastIndex = match.index + 1;
          continue;
        }
        // A pattern may open on a rare mark and look back for its claim ("…always!*"): the words of its
        // look-behind group "lead" are part of the match, so the engine skips to the mark.
        let start = index - (match.groups?.lead?.length ?? 0);
        let end = index + match[0].length;
        // A pattern with a leading or trailing \s can take in a blanked-out tag: keep only the words.
        while (start < end && masked[start] !== text[start]) start++;
        while (end > start && masked[end - 1] !== text[end - 1]) end--;
        if (end > start) ranges.push({ start, end });
      }
    }
  }
  // Two patterns of one rule can match the same words ("world's best", "best in the world"): report them once.
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MatchRange[] = [];
  for (const range of ranges) {
    const last = kept[kept.length - 1];
    if (!last || range.start >= last.end) kept.push(range);
  }
  return kept;
}

function findingFor(rule: ClaimRule, text: string, masked: string, start: number, end: number): ClaimFinding {
  const matchedText = text.slice(start, end);
  const fix: ClaimFix =
    rule.kind === "term" && rule.replacement !== undefined
      ? { kind: "replace", replacement: inCaseOf(matchedText, rule.replacement) }
      : { kind: "removeClaim", ...sentenceRemovalRange(text, masked, start, end) };
  const action =
    fix.kind === "replace"
      ? `Write "${fix.replacement}" instead.`
      : rule.kind === "claim"
        ? "Remove the claim, or keep it only with the evidence described."
        : "Remove or reword it.";
  return {
    ruleId: rule.id,
    kind: rule.kind,
    start,
    end,
    matchedText,
    reason: rule.reason,
    source: rule.source,
    message: `"${matchedText}": ${rule.reason} ${action} (${rule.source})`,
    severity: rule.severity,
    fix,
  };
}

/** "Waterproof" becomes "Water-resistant" and "WATERPROOF" becomes "WATER-RESISTANT". */
function inCaseOf(matched: string, replacement: string): string {
  const letters = matched.replace(/[^\p{L}]/gu, "");
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase();
  if (/^\p{Lu}/u.test(matched)) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

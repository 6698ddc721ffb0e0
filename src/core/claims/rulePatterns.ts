import { LiteralScanner } from "../text/literalScanner";
import { claimPatternFlags, type ClaimRule } from "./claimRule";
import { wordStart } from "./lexicons";
import { foldCase, requiredLiterals } from "./requiredLiterals";

export interface CompiledPattern {
  readonly pattern: RegExp;
  /** The source opened with a word-start look-behind, tested in code instead. */
  readonly atWordStart: boolean;
  /** Sets of case-folded strings: every match holds one string of each. Empty where nothing can be said. */
  readonly gate: readonly (readonly string[])[];
}

const compiledPatterns = new Map<string, CompiledPattern>();
const leadingWordStart = [wordStart, "\\b"];
let scanner: LiteralScanner | null = null;

/**
 * Each rule's compiled patterns that can match somewhere in `masked`. One pass over the document
 * finds which gate strings it holds; a pattern whose gate strings are all absent cannot match and
 * is not run. This is what keeps the check within its budget as rules grow: every pattern scans
 * the whole document, and most rules have nothing to find in any one description.
 */
export function patternsThatCanMatch(rules: readonly ClaimRule[], masked: string): (rule: ClaimRule) => CompiledPattern[] {
  const byRule = new Map(rules.map((rule) => [rule, rule.patterns.map((source) => compiled(source, rule.id))]));
  const gates = (scanner ??= new LiteralScanner([...compiledPatterns.values()].flatMap((compiledPattern) => compiledPattern.gate.flat())));
  const present = new Set([...gates.scan(foldCase(masked))].map((index) => gates.strings[index]));
  return (rule) => (byRule.get(rule) ?? []).filter(({ gate }) => gate.every((strings) => strings.some((string) => present.has(string))));
}

/**
 * A rule pattern, compiled once. A leading word-start assertion is taken off and checked on each
 * match: with the Unicode flag an opening look-behind or \b is tried at every position of the
 * text, where a pattern that opens with its words lets the engine skip to candidate letters.
 */
function compiled(source: string, ruleId: string): CompiledPattern {
  let found = compiledPatterns.get(source);
  if (!found) {
    const opening = leadingWordStart.find((prefix) => source.startsWith(prefix) && !/^[|)*+?{]/.test(source.slice(prefix.length)));
    try {
      const pattern = new RegExp(opening ? source.slice(opening.length) : source, claimPatternFlags);
      found = { pattern, atWordStart: opening !== undefined, gate: requiredLiterals(source) };
    } catch (error) {
      throw new Error(`Claim rule "${ruleId}" has a pattern that is not a valid regular expression: ${(error as Error).message}`);
    }
    compiledPatterns.set(source, found);
    // A new pattern's gate strings must be in the scanner: it is built again on the next check.
    scanner = null;
  }
  return found;
}

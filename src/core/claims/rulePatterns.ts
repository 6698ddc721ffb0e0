import { LiteralScanner } from "../text/literalScanner";
import { claimPatternFlags, type ClaimRule } from "./claimRule";
import { wordStart } from "./lexicons";
import { proseBlocks, type ProseBlock } from "./proseBlocks";
import { foldCase, requiredLiterals } from "./requiredLiterals";

export interface CompiledPattern {
  readonly pattern: RegExp;
  /** The source opened with a word-start look-behind, tested in code instead. */
  readonly atWordStart: boolean;
  /** Sets of case-folded strings: every match holds one string of each. Empty where nothing can be said. */
  readonly gate: readonly (readonly string[])[];
  /**
   * The pattern asks about the whole document ("…unless the FDA statement appears anywhere"): it
   * runs on all of it. Every other pattern runs on the blocks that hold its gate strings.
   */
  readonly wholeDocument: boolean;
}

/** A compiled pattern and the stretches of the masked document it is to run on. */
export interface PatternRun extends CompiledPattern {
  readonly spans: readonly ProseBlock[];
}

interface Gates {
  readonly scanner: LiteralScanner;
  /** Per gate string (by its index in the scanner): the patterns it opens, and which of their sets it stands in. */
  readonly openedPatterns: readonly (readonly number[])[];
  readonly openedSets: readonly (readonly number[])[];
  /** Per pattern: the bits of all its gate sets. */
  readonly allSets: readonly number[];
}

/** A compiled pattern and its place among all compiled so far, by which the gates name it. */
type IndexedPattern = CompiledPattern & { readonly index: number };

const compiledPatterns = new Map<string, IndexedPattern>();
const leadingWordStart = [wordStart, "\\b"];
let gates: Gates | null = null;

/**
 * Each rule's compiled patterns that can match somewhere in `masked`, each with the blocks it can
 * match in. One pass over the document finds which gate strings each block holds; a pattern runs
 * only on the blocks that hold a string of each of its gate sets. This is what keeps the check
 * within its budget as rules grow: most rules have nothing to find in any one paragraph, and a
 * pattern run on the whole of a 2,000-word page pays for every character of it.
 */
export function patternsThatCanMatch(rules: readonly ClaimRule[], masked: string): (rule: ClaimRule) => PatternRun[] {
  const byRule = new Map(rules.map((rule) => [rule, rule.patterns.map((source) => compiled(source, rule.id))]));
  const { scanner, openedPatterns, openedSets, allSets } = (gates ??= gatesOf([...compiledPatterns.values()]));
  const blocks = proseBlocks(masked);
  const presentByBlock = scanner.scanEach(blocks.map((block) => foldCase(block.text)));
  const blocksByPattern = new Map<number, ProseBlock[]>();
  const inDocument = new Set<number>();
  // Per pattern: the gate sets met so far in the block being read (one bit a set), and that block.
  const metSets = new Int32Array(compiledPatterns.size);
  const metIn = new Int32Array(compiledPatterns.size).fill(-1);
  presentByBlock.forEach((present, blockIndex) => {
    for (const string of present) {
      inDocument.add(string);
      const patterns = openedPatterns[string];
      for (let i = 0; i < patterns.length; i++) {
        const pattern = patterns[i];
        if (metIn[pattern] !== blockIndex) {
          metIn[pattern] = blockIndex;
          metSets[pattern] = 0;
        }
        const before = metSets[pattern];
        metSets[pattern] |= 1 << openedSets[string][i];
        if (metSets[pattern] === allSets[pattern] && before !== allSets[pattern]) {
          const found = blocksByPattern.get(pattern);
          if (found) found.push(blocks[blockIndex]);
          else blocksByPattern.set(pattern, [blocks[blockIndex]]);
        }
      }
    }
  });
  const wholeText: readonly ProseBlock[] = [{ start: 0, text: masked }];
  const spansOf = (found: IndexedPattern): readonly ProseBlock[] => {
    if (found.gate.length === 0) return found.wholeDocument ? wholeText : blocks;
    if (!found.wholeDocument) return blocksByPattern.get(found.index) ?? [];
    const open = found.gate.every((strings) => strings.some((string) => inDocument.has(scanner.indexOf(string))));
    return open ? wholeText : [];
  };
  return (rule) => (byRule.get(rule) ?? []).map((found) => ({ ...found, spans: spansOf(found) })).filter((run) => run.spans.length > 0);
}

function gatesOf(patterns: readonly IndexedPattern[]): Gates {
  const scanner = new LiteralScanner(patterns.flatMap((found) => found.gate.flat()));
  const openedPatterns: number[][] = scanner.strings.map(() => []);
  const openedSets: number[][] = scanner.strings.map(() => []);
  const allSets: number[] = [];
  for (const found of patterns) {
    allSets[found.index] = (1 << found.gate.length) - 1;
    found.gate.forEach((strings, set) => {
      for (const string of new Set(strings)) {
        const index = scanner.indexOf(string);
        if (index === -1) continue;
        openedPatterns[index].push(found.index);
        openedSets[index].push(set);
      }
    });
  }
  return { scanner, openedPatterns, openedSets, allSets };
}

/**
 * A rule pattern, compiled once. A leading word-start assertion is taken off and checked on each
 * match: with the Unicode flag an opening look-behind or \b is tried at every position of the
 * text, where a pattern that opens with its words lets the engine skip to candidate letters.
 */
function compiled(source: string, ruleId: string): IndexedPattern {
  let found = compiledPatterns.get(source);
  if (!found) {
    const opening = leadingWordStart.find((prefix) => source.startsWith(prefix) && !/^[|)*+?{]/.test(source.slice(prefix.length)));
    try {
      const pattern = new RegExp(opening ? source.slice(opening.length) : source, claimPatternFlags);
      found = { pattern, atWordStart: opening !== undefined, gate: requiredLiterals(source), wholeDocument: readsWholeDocument(source), index: compiledPatterns.size };
    } catch (error) {
      throw new Error(`Claim rule "${ruleId}" has a pattern that is not a valid regular expression: ${(error as Error).message}`);
    }
    compiledPatterns.set(source, found);
    // A new pattern's gate strings must be in the scanner: it is built again on the next check.
    gates = null;
  }
  return found;
}

/**
 * Whether a pattern reaches beyond the block it matches in: it anchors on the document's start or
 * end (`^`, `$`: the flags have no `m`), or reads any run of characters at all (`[\s\S]`).
 */
export function readsWholeDocument(source: string): boolean {
  if (/\[(?:\\s\\S|\\S\\s|\\d\\D|\\D\\d|\\w\\W|\\W\\w|\^)\]/.test(source)) return true;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === "\\") i++;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (char === "^" || char === "$") return true;
  }
  return false;
}

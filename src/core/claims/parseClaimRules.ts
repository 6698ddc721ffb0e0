import type { ProfileClaimRule } from "../profiles/industryProfile";
import { oneOf, ProfileError, record, rejectUnknownKeys, text, textList, type Fail } from "../profiles/validateData";
import {
  claimCategories,
  claimPatternFlags,
  disclaimerKinds,
  evidenceKinds,
  type ClaimCategory,
  type ClaimContext,
  type ClaimKind,
  type ClaimSeverity,
} from "./claimRule";
import { baseLexicons, expandLexicons, type Lexicons } from "./lexicons";

const ruleKeys = ["id", "kind", "patterns", "reason", "source", "replacement", "severity", "violationExamples", "category", "context", "exceptions"];
const contextKeys = ["negation", "evidence", "disclaimers", "qualifiers", "requires", "names", "wholeText"];
const kinds: readonly ClaimKind[] = ["term", "claim"];
const severities: readonly ClaimSeverity[] = ["warning", "error"];
const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ClaimRuleOptions {
  /** The lexicons that {{name}} placeholders in patterns stand for. */
  readonly lexicons?: Lexicons;
  /** The category of every rule in the list (a category file), unless a rule names its own. */
  readonly category?: ClaimCategory;
  /** Extra exception patterns for every rule (an industry's exemptions). */
  readonly exceptions?: readonly string[];
  /**
   * Compile every pattern and run it on the rule's examples and on empty text (the default).
   * Bundled category rules skip it at load, where it would compile every large lexicon pattern
   * before the first check needs it; the unit tests compile and run them all.
   */
  readonly checkExamples?: boolean;
}

/**
 * Validates a list of claim rules, as found in a profile's "avoid" or a category file, and
 * expands their lexicon placeholders, so a bad edit fails the tests with the file and field named.
 */
export function parseClaimRules(data: unknown, fileName: string, field: string, options: ClaimRuleOptions = {}): ProfileClaimRule[] {
  const fail: Fail = (path, problem) => {
    throw new ProfileError(`${fileName}: "${path}" ${problem}`);
  };
  const lexicons = options.lexicons ?? baseLexicons;
  if (!Array.isArray(data)) return fail(field, "must be a list of rules");
  const seen = new Set<string>();
  return data.map((entry: unknown, index) => {
    const at = `${field}[${index}]`;
    const rule = record(entry, at, fail, at);
    rejectUnknownKeys(rule, ruleKeys, `${at}.`, fail);
    const id = text(rule, "id", fail, at);
    if (!kebabCase.test(id)) fail(`${at}.id`, "must be lower-case words joined by hyphens");
    if (seen.has(id)) fail(`${at}.id`, `repeats the rule id "${id}"`);
    seen.add(id);
    const named = `${at}(${id})`;
    const kind = oneOf(rule.kind, kinds, `${named}.kind`, fail);
    const severity = oneOf(rule.severity, severities, `${named}.severity`, fail);
    const expand = (sources: readonly string[], where: string) =>
      sources.map((source, sourceIndex) => expanded(source, lexicons, `${where}[${sourceIndex}]`, fail));
    const patterns = expand(textList(rule.patterns, `${named}.patterns`, fail), `${named}.patterns`);
    if (patterns.length === 0) fail(`${named}.patterns`, "is empty");
    const checkExamples = options.checkExamples ?? true;
    const violationExamples = textList(rule.violationExamples, `${named}.violationExamples`, fail);
    if (checkExamples) {
      const compiled = patterns.map((source, patternIndex) => compilePattern(source, `${named}.patterns[${patternIndex}]`, fail));
      compiled.forEach((pattern, patternIndex) => {
        // A pattern that no example exercises is a pattern nobody has seen work.
        if (!violationExamples.some((example) => matches(pattern, example))) {
          fail(`${named}.patterns[${patternIndex}]`, "matches none of the rule's violationExamples");
        }
      });
    }
    let replacement: string | undefined;
    if (rule.replacement !== undefined) {
      replacement = text(rule, "replacement", fail, named);
      if (kind !== "term") fail(`${named}.replacement`, 'is only for rules of kind "term"; a claim is removed, not reworded');
      // A replacement the rule flags again would make its own fix a violation.
      const flagsItself = patterns.some((source, patternIndex) => matches(compilePattern(source, `${named}.patterns[${patternIndex}]`, fail), replacement as string));
      if (flagsItself) fail(`${named}.replacement`, "is itself flagged by the rule's patterns");
    }
    const category = rule.category === undefined ? options.category : oneOf(rule.category, claimCategories, `${named}.category`, fail);
    const ownExceptions = rule.exceptions === undefined ? [] : expand(textList(rule.exceptions, `${named}.exceptions`, fail), `${named}.exceptions`);
    const exceptions = [...ownExceptions, ...(options.exceptions ?? [])];
    if (checkExamples) exceptions.forEach((source, exceptionIndex) => compilePattern(source, `${named}.exceptions[${exceptionIndex}]`, fail));
    const context = rule.context === undefined ? undefined : parseContext(rule.context, `${named}.context`, lexicons, fail, checkExamples);
    return {
      id,
      kind,
      patterns,
      reason: text(rule, "reason", fail, named),
      source: text(rule, "source", fail, named),
      ...(replacement === undefined ? {} : { replacement }),
      severity,
      ...(category === undefined ? {} : { category }),
      ...(context === undefined ? {} : { context }),
      ...(exceptions.length === 0 ? {} : { exceptions }),
      violationExamples,
    };
  });
}

function parseContext(data: unknown, field: string, lexicons: Lexicons, fail: Fail, compile: boolean): ClaimContext {
  const value = record(data, field, fail, field);
  rejectUnknownKeys(value, contextKeys, `${field}.`, fail);
  const flag = (key: "negation" | "names" | "wholeText"): boolean | undefined => {
    if (value[key] === undefined) return undefined;
    if (typeof value[key] !== "boolean") return fail(`${field}.${key}`, "must be true or false");
    return value[key];
  };
  const patterns = (key: "qualifiers" | "requires"): string[] | undefined => {
    if (value[key] === undefined) return undefined;
    return textList(value[key], `${field}.${key}`, fail).map((source, index) => {
      const where = `${field}.${key}[${index}]`;
      const full = expanded(source, lexicons, where, fail);
      if (compile) compilePattern(full, where, fail);
      return full;
    });
  };
  const evidence = value.evidence === undefined ? undefined : textList(value.evidence, `${field}.evidence`, fail).map((kind, index) => oneOf(kind, evidenceKinds, `${field}.evidence[${index}]`, fail));
  const disclaimers =
    value.disclaimers === undefined
      ? undefined
      : textList(value.disclaimers, `${field}.disclaimers`, fail).map((kind, index) => oneOf(kind, disclaimerKinds, `${field}.disclaimers[${index}]`, fail));
  const entries = {
    negation: flag("negation"),
    names: flag("names"),
    wholeText: flag("wholeText"),
    evidence,
    disclaimers,
    qualifiers: patterns("qualifiers"),
    requires: patterns("requires"),
  };
  return Object.fromEntries(Object.entries(entries).filter(([, entry]) => entry !== undefined)) as ClaimContext;
}

function expanded(source: string, lexicons: Lexicons, field: string, fail: Fail): string {
  try {
    return expandLexicons(source, lexicons);
  } catch (error) {
    return fail(field, (error as Error).message);
  }
}

/** Compiles a rule's pattern, failing on bad syntax and on a pattern that matches empty text. */
export function compilePattern(source: string, field: string, fail: Fail): RegExp {
  let pattern: RegExp;
  try {
    pattern = new RegExp(source, claimPatternFlags);
  } catch (error) {
    return fail(field, `is not a valid regular expression: ${(error as Error).message}`);
  }
  if (matches(pattern, "")) fail(field, "matches empty text, so it would flag every description");
  return pattern;
}

export function matches(pattern: RegExp, value: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(value);
  pattern.lastIndex = 0;
  return found;
}

import * as assert from "node:assert/strict";
import { checkGrounding, type GroundingFinding } from "../../../src/core/grounding/checkGrounding";
import { goldSpans, loadGroundingDevSet, outOfScopeKinds, type GoldSpan, type GroundingDevItem } from "./groundingDevSet";

interface Tally {
  gold: number;
  recalled: number;
  findings: number;
  truePositives: number;
}

interface Figures {
  readonly recall: number;
  readonly precision: number;
  readonly cleanShare: number;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const share = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
const percent = (value: number) => `${(100 * value).toFixed(1)}%`;

describe("grounding development set (measurement)", () => {
  it("recalls the unsupported spans of the development set and flags little else", () => {
    const figures = measure(loadGroundingDevSet());
    assert.ok(figures.recall >= 0.9, `recall ${percent(figures.recall)} is under 90%`);
    assert.ok(figures.precision >= 0.9, `precision ${percent(figures.precision)} is under 90%`);
    assert.ok(figures.cleanShare >= 0.9, `only ${percent(figures.cleanShare)} of the fully grounded items get no finding`);
  });

  it("measures the sets written after the checker, to show how far the figures carry", () => {
    // TAILOR_GROUNDING_SET=name.jsonl measures another set in this folder, such as a new blind batch before any tuning.
    const figures = measure(loadGroundingDevSet(process.env.TAILOR_GROUNDING_SET ?? "groundingFreshSet.jsonl"));
    assert.ok(figures.recall >= 0.9, `recall ${percent(figures.recall)} is under 90%`);
    assert.ok(figures.precision >= 0.9, `precision ${percent(figures.precision)} is under 90%`);
    assert.ok(figures.cleanShare >= 0.9, `only ${percent(figures.cleanShare)} of the fully grounded items get no finding`);
  });

  for (const [ordinal, name] of [["third", "groundingBlindSet3.jsonl"], ["fourth", "groundingBlindSet4.jsonl"], ["fifth", "groundingBlindSet5.jsonl"], ["sixth", "groundingBlindSet6.jsonl"], ["seventh", "groundingBlindSet7.jsonl"], ["eighth", "groundingBlindSet8.jsonl"], ["ninth", "groundingBlindSet9.jsonl"], ["tenth", "groundingBlindSet10.jsonl"], ["eleventh", "groundingBlindSet11.jsonl"], ["twelfth", "groundingBlindSet12.jsonl"], ["thirteenth", "groundingBlindSet13.jsonl"], ["fourteenth", "groundingBlindSet14.jsonl"], ["fifteenth", "groundingBlindSet15.jsonl"], ["sixteenth", "groundingBlindSet16.jsonl"], ["seventeenth", "groundingBlindSet17.jsonl"], ["nineteenth", "groundingBlindSet19.jsonl"], ["twentieth", "groundingBlindSet20.jsonl"], ["twenty-first", "groundingBlindSet21.jsonl"], ["twenty-second", "groundingBlindSet22.jsonl"], ["twenty-third", "groundingBlindSet23.jsonl"], ["twenty-fourth", "groundingBlindSet24.jsonl"], ["twenty-fifth", "groundingBlindSet25.jsonl"], ["twenty-sixth", "groundingBlindSet26.jsonl"], ["twenty-eighth", "groundingBlindSet28.jsonl"], ["twenty-ninth", "groundingBlindSet29.jsonl"], ["thirtieth", "groundingBlindSet30.jsonl"], ["thirty-first", "groundingBlindSet31.jsonl"], ["thirty-second", "groundingBlindSet32.jsonl"], ["thirty-third", "groundingBlindSet33.jsonl"], ["thirty-fourth", "groundingBlindSet34.jsonl"], ["thirty-seventh", "groundingBlindSet37.jsonl"], ["thirty-eighth", "groundingBlindSet38.jsonl"], ["thirty-ninth", "groundingBlindSet39.jsonl"], ["fortieth", "groundingBlindSet40.jsonl"]]) {
    it(`measures the ${ordinal} blind set, written without reading the checker`, () => {
      const figures = measure(loadGroundingDevSet(name));
      assert.ok(figures.recall >= 0.9, `recall ${percent(figures.recall)} is under 90%`);
      assert.ok(figures.precision >= 0.9, `precision ${percent(figures.precision)} is under 90%`);
      assert.ok(figures.cleanShare >= 0.9, `only ${percent(figures.cleanShare)} of the fully grounded items get no finding`);
    });
  }
});

function measure(items: readonly GroundingDevItem[]): Figures {
  const total: Tally = { gold: 0, recalled: 0, findings: 0, truePositives: 0 };
  const byKind = new Map<string, Tally>();
  const tallyOf = (kind: string): Tally => {
    let tally = byKind.get(kind);
    if (!tally) byKind.set(kind, (tally = { gold: 0, recalled: 0, findings: 0, truePositives: 0 }));
    return tally;
  };
  let grounded = 0;
  let groundedClean = 0;
  let outOfScope = 0;
  let outOfScopeRecalled = 0;
  let checkedMs = 0;
  for (const item of items) {
    const gold = goldSpans(item);
    const started = performance.now();
    const findings = checkGrounding(item.copy, item.brief);
    checkedMs += performance.now() - started;
    for (const span of gold) {
      const recalled = findings.some((finding) => overlaps(finding, span));
      if (outOfScopeKinds.has(span.kind)) {
        outOfScope++;
        if (recalled) outOfScopeRecalled++;
        continue;
      }
      for (const tally of [total, tallyOf(span.kind)]) {
        tally.gold++;
        if (recalled) tally.recalled++;
      }
    }
    for (const finding of findings) {
      const truePositive = gold.some((span) => overlaps(finding, span));
      for (const tally of [total, tallyOf(finding.kind)]) {
        tally.findings++;
        if (truePositive) tally.truePositives++;
      }
    }
    if (gold.length === 0) {
      grounded++;
      if (findings.length === 0) groundedClean++;
    }
    if (process.env.TAILOR_GROUNDING_DEBUG) report(item, gold, findings);
  }
  const figures = { recall: share(total.recalled, total.gold), precision: share(total.truePositives, total.findings), cleanShare: share(groundedClean, grounded) };
  console.log(`      ${items.length} items; ${total.gold} unsupported spans in scope, ${outOfScope} free-standing features apart (${outOfScopeRecalled} of them found)`);
  console.log(`      recall ${percent(figures.recall)} (${total.recalled}/${total.gold}), precision ${percent(figures.precision)} (${total.truePositives}/${total.findings})`);
  console.log(`      fully grounded items with no finding: ${percent(figures.cleanShare)} (${groundedClean}/${grounded})`);
  console.log(`      every span, free-standing features included: recall ${percent(share(total.recalled + outOfScopeRecalled, total.gold + outOfScope))}`);
  console.log(`      ${(checkedMs / items.length).toFixed(2)} ms a description, first calls included`);
  console.log(`      ${"kind".padEnd(16)} ${"recall".padStart(7)} ${"of".padStart(4)}  ${"precision".padStart(9)} ${"of".padStart(4)}`);
  for (const [kind, tally] of [...byKind].sort(([a], [b]) => a.localeCompare(b))) {
    const recall = tally.gold === 0 ? "-" : percent(share(tally.recalled, tally.gold));
    const precision = tally.findings === 0 ? "-" : percent(share(tally.truePositives, tally.findings));
    console.log(`      ${kind.padEnd(16)} ${recall.padStart(7)} ${String(tally.gold).padStart(4)}  ${precision.padStart(9)} ${String(tally.findings).padStart(4)}`);
  }
  return figures;
}

function report(item: GroundingDevItem, gold: readonly GoldSpan[], findings: readonly GroundingFinding[]): void {
  for (const span of gold) {
    if (!outOfScopeKinds.has(span.kind) && !findings.some((finding) => overlaps(finding, span))) {
      console.log(`MISS [${span.kind}] ${item.brief.name}: "${item.copy.slice(span.start, span.end)}"`);
    }
  }
  for (const finding of findings) {
    if (!gold.some((span) => overlaps(finding, span))) console.log(`FALSE [${finding.kind}] ${item.brief.name}: ${finding.message}`);
  }
}

import * as assert from "node:assert/strict";
import { groundingCheck, type CopyCheck } from "../../../src/writing/copyChecks";
import { withoutUnbacked } from "../../../src/writing/withoutUnbacked";

const brief = { name: "Harbour Mug", facts: ["350 ml enamel over steel", "dishwasher safe"], keywords: [] };
const checks: readonly CopyCheck[] = [groundingCheck(brief)];

interface Draft {
  readonly tagline: string;
  readonly bullets: readonly string[];
  readonly variants?: readonly { readonly headline: string }[];
}
const threeBullets = (draft: Draft) => (draft.tagline ? [] : ["tagline"]).concat(draft.bullets.length >= 3 ? [] : ["at least 3 bullets"]);

describe("withoutUnbacked: sentences that state what the brief does not give", () => {
  it("drops a bullet that invents a fact when enough bullets remain, and names it", () => {
    const draft: Draft = { tagline: "A mug for every morning.", bullets: ["Holds 350 ml.", "Made in Portugal.", "Enamel over steel.", "Goes in the dishwasher."] };
    const { draft: kept, removed } = withoutUnbacked(draft, checks, { missing: threeBullets });
    assert.deepEqual(kept.bullets, ["Holds 350 ml.", "Enamel over steel.", "Goes in the dishwasher."]);
    assert.deepEqual(removed.map((statement) => [statement.text, statement.finding.text]), [["Made in Portugal.", "Made in Portugal"]]);
    assert.equal(draft.bullets.length, 4, "the draft given was changed");
  });

  it("keeps a bullet the list cannot lose, so the finding stays to be flagged", () => {
    const draft: Draft = { tagline: "A mug for every morning.", bullets: ["Holds 350 ml.", "Made in Portugal.", "Goes in the dishwasher."] };
    const { draft: kept, removed } = withoutUnbacked(draft, checks, { missing: threeBullets });
    assert.deepEqual(kept, draft);
    assert.deepEqual(removed, []);
  });

  it("takes one sentence out of a field and keeps the others with clean spacing", () => {
    const draft: Draft = { tagline: "Holds 350 ml. Keeps tea hot for 6 hours. Goes in the dishwasher.", bullets: ["a", "b", "c"] };
    const { draft: kept, removed } = withoutUnbacked(draft, checks, { missing: threeBullets });
    assert.equal(kept.tagline, "Holds 350 ml. Goes in the dishwasher.");
    assert.deepEqual(removed.map((statement) => statement.text), ["Keeps tea hot for 6 hours."]);
  });

  it("names a sentence once, however many unbacked things it holds, in the draft's order", () => {
    const draft: Draft = { tagline: "Made in Portugal with a 5-year warranty. Holds 350 ml. Keeps tea hot for 6 hours.", bullets: ["a", "b", "c"] };
    const { draft: kept, removed } = withoutUnbacked(draft, checks, { missing: threeBullets });
    assert.equal(kept.tagline, "Holds 350 ml.");
    assert.deepEqual(removed.map((statement) => statement.text), ["Made in Portugal with a 5-year warranty.", "Keeps tea hot for 6 hours."]);
  });

  it("reaches strings inside lists of objects, such as marketing variants", () => {
    const draft: Draft = { tagline: "A mug.", bullets: ["a", "b", "c"], variants: [{ headline: "Holds 350 ml." }, { headline: "Fired in Portugal since 1890. Holds 350 ml." }] };
    const { draft: kept } = withoutUnbacked(draft, checks, { missing: threeBullets });
    assert.deepEqual(kept.variants, [{ headline: "Holds 350 ml." }, { headline: "Holds 350 ml." }]);
  });

  it("changes nothing when no check removes what it finds", () => {
    const flagOnly: CopyCheck = { ...checks[0]!, removesWhatItFinds: false };
    const draft: Draft = { tagline: "A mug.", bullets: ["Made in Portugal.", "b", "c", "d"] };
    assert.deepEqual(withoutUnbacked(draft, [flagOnly], { missing: threeBullets }), { draft, removed: [] });
  });
});

describe("withoutUnbacked: a list already short of its minimum", () => {
  it("takes nothing more out of it, though the number of missing parts would stay the same", () => {
    const short = (draft: { readonly headlines: readonly string[] }) => (draft.headlines.length >= 3 ? [] : [`${draft.headlines.length} headlines; at least 3 needed`]);
    const draft = { headlines: ["Holds 350 ml.", "Made in Portugal."] };
    assert.deepEqual(withoutUnbacked(draft, checks, { missing: short }), { draft, removed: [] });
  });
});

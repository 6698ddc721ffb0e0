import * as assert from "node:assert/strict";
import { overallScore } from "../../../src/core/scores/overallScore";
import type { ScoreCheck, ScoreStatus } from "../../../src/core/scores/scoreCheck";
import { scoreProductDescription } from "../../../src/core/scores/scoreCopy";

const row = (id: string, status: ScoreStatus): ScoreCheck => ({ id, label: id, value: 0, threshold: "", status, advice: "" });

describe("overall score", () => {
  it("weights good as 1, ok as 0.5 and a problem as 0 by each check's weight", () => {
    // readingEase good (2 × 1) + gradeLevel problem (1 × 0) + keyphraseDensity ok (2 × 0.5) = 3 of 5 → 60.
    assert.equal(overallScore([row("readingEase", "good"), row("gradeLevel", "problem"), row("keyphraseDensity", "ok")]), 60);
    // A check without a listed weight counts once.
    assert.equal(overallScore([row("custom", "ok")]), 50);
    assert.equal(overallScore([row("toString", "ok"), row("readingEase", "good")]), 83); // (0.5 + 2) / 3
    assert.equal(overallScore([]), 0);
  });

  it("scores a short description by hand", () => {
    const score = scoreProductDescription(
      {
        title: "Merino Socks",
        body: ["Soft merino wool socks keep your feet warm. They dry fast and never itch."],
        seoTitle: "Merino Socks",
        metaDescription: "Merino socks that keep feet warm.",
      },
      { keyphrase: "merino socks" },
    );
    // Readability (the 14-word text of readability.test.ts): ease 97.0 good (2), grade 1.5 good (1),
    // no sentence over 20 words good (1), 58 letters / 14 words = 4.1 good (1) → 5 of 5.
    // SEO: keyphrase length good (1), title good (2), SEO title good (2), meta good (1),
    // introduction good (1: "merino", "socks" in one sentence), density 0 a problem (2: "merino wool
    // socks" is not the phrase), meta length good (1), SEO title length good (1), 14 words a problem (2)
    // → 9 of 13. Together 14 of 18 = 77.8 → 78.
    assert.deepEqual(
      score.seo.map((c) => c.status),
      ["good", "good", "good", "good", "good", "problem", "good", "good", "problem"],
    );
    assert.deepEqual(score.readability.checks.map((c) => c.status), ["good", "good", "good", "good"]);
    assert.equal(score.score, 78);
  });
});

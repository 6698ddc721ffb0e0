import * as assert from "node:assert/strict";
import { applyFix, checkClaims, claimRulesFor } from "../../../src/core/claims/checkClaims";
import { claimFeatureBuckets } from "../../../src/core/claims/opinion/claimFeatures";
import { ClaimModel, trainClaimModel } from "../../../src/core/claims/opinion/claimModel";
import stored from "../../../src/core/claims/opinion/claimModel.json";
import { learnedClaimRule } from "../../../src/core/claims/opinion/learnedClaimRule";
import { generalRetailProfile } from "../../../src/core/profiles/industryProfiles";
import { claimTrainingSet } from "./claimTrainingSet";
import { readDevSet } from "./devSetRows";

const rules = claimRulesFor(generalRetailProfile);
const idsIn = (text: string) => checkClaims(text, rules).map((finding) => finding.ruleId);

describe("the learned second opinion", () => {
  it("is the model its training set trains (npm run train:claims-opinion after the set changes)", () => {
    const trained = trainClaimModel(claimTrainingSet(readDevSet()));
    assert.deepEqual(stored.trainedOn, trained.trainedOn);
    assert.equal(stored.bits, trained.bits);
    assert.ok(Math.abs(stored.bias - trained.bias) < 1e-6, `bias ${stored.bias} against ${trained.bias}`);
    assert.ok(Math.abs(stored.scale - trained.scale) < 1e-9, `scale ${stored.scale} against ${trained.scale}`);
    const committed = atob(stored.weights);
    const fresh = atob(trained.weights);
    let differing = 0;
    for (let i = 0; i < committed.length; i++) if (committed.charCodeAt(i) !== fresh.charCodeAt(i)) differing++;
    assert.equal(differing, 0, `${differing} of ${committed.length} weights differ`);
  });

  it("flags claims worded past every rule, as one information finding on the sentence", () => {
    for (const claim of [
      "Over 2 million five-star reviews worldwide.",
      "Results you can bank on, or your money back.",
      "Bank on a tidy 12% return every single year.",
      "Your money grows while you sleep, with zero chance of loss.",
    ]) {
      const findings = checkClaims(claim, rules);
      assert.deepEqual(
        findings.map((finding) => [finding.ruleId, finding.severity, finding.matchedText]),
        [["learned-claim", "information", claim]],
        claim,
      );
      assert.match(findings[0].message, /claim model, trained on [\d,]+ labelled sentences/);
    }
  });

  it("stays silent on plain product facts", () => {
    for (const fact of ["The kettle holds 1.7 litres and boils in about four minutes.", "The blanket is machine washable at 30 degrees.", "Available in oat, sage and charcoal."]) {
      assert.deepEqual(idsIn(fact), [], fact);
    }
  });

  it("adds nothing to a sentence in which a rule found a claim", () => {
    assert.deepEqual(idsIn("Our mattress topper melts away the aches of arthritis overnight."), ["disease-claim"]);
  });

  it("judges each sentence, and its fix removes that sentence and leaves the rest byte for byte", () => {
    const text = "Choose from three colours. Your money grows while you sleep, with zero chance of loss. Open an account online.";
    const findings = checkClaims(text, rules);
    assert.deepEqual(
      findings.map((finding) => [finding.ruleId, finding.matchedText]),
      [["learned-claim", "Your money grows while you sleep, with zero chance of loss."]],
    );
    const fixed = applyFix(text, findings[0]);
    assert.equal(fixed, "Choose from three colours. Open an account online.");
    assert.deepEqual(idsIn(fixed), []);
  });

  it("speaks only where the rule list holds it: custom rule sets are checked by their own rules alone", () => {
    assert.ok(rules.includes(learnedClaimRule));
    assert.deepEqual(checkClaims("Over 2 million five-star reviews worldwide.", rules.filter((rule) => !rule.learned)), []);
  });

  it("reads inflections and figures as the same words", () => {
    const sorted = (text: string) => claimFeatureBuckets(text, 17).sort((a, b) => a - b);
    assert.deepEqual(sorted("Prevents 30% of colds"), sorted("prevented 90% of colds"));
    assert.notDeepEqual(sorted("prevents 30% of colds"), sorted("prevents 30 of colds"));
  });

  it("refuses a model trained on other features, saying how to train it again", () => {
    assert.throws(() => new ClaimModel({ ...stored, featuresVersion: stored.featuresVersion + 1 }), /npm run train:claims-opinion/);
  });
});

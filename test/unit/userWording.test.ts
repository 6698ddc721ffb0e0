import * as assert from "node:assert/strict";
import { reviewLines } from "../../src/core/catalog/catalogReport";
import { cancelledNote } from "../../src/writing/outcomeNotes";
import { industryPickerDetail } from "../../src/core/profiles/industryProfile";
import { generalRetailProfile, industryProfiles } from "../../src/core/profiles/industryProfiles";
import { asSentence, countOf, englishList } from "../../src/core/text/english";

describe("Wording the user reads", () => {
  it("lists things as English does", () => {
    assert.equal(englishList([]), "");
    assert.equal(englishList(["7"]), "7");
    assert.equal(englishList(["7", "9"]), "7 and 9");
    assert.equal(englishList(["3", "7", "9"]), "3, 7 and 9");
    assert.equal(countOf(1, "token"), "1 token");
    assert.equal(countOf(0, "token"), "0 tokens");
    assert.equal(asSentence("Calm and factual."), "Calm and factual.");
    assert.equal(asSentence("Calm and factual"), "Calm and factual.");
  });

  it("asks to review one line, or several, in English", () => {
    assert.equal(reviewLines([7]), "Review line 7.");
    assert.equal(reviewLines([9, 3, 7]), "Review lines 3, 7 and 9.");
    assert.equal(reviewLines([]), "");
    assert.equal(reviewLines([1, 2, 3, 4], 2), "Review lines 1, 2 and 2 more.");
  });

  it("never doubles a full stop in the industry picker", () => {
    for (const profile of [generalRetailProfile, ...industryProfiles]) {
      const detail = industryPickerDetail(profile);
      assert.doesNotMatch(detail, /\.\./, `${profile.id}: ${detail}`);
      assert.ok(detail.includes("Buyers look for:"), detail);
    }
  });

  it("says nothing is kept above when a cancel came before the first token", () => {
    assert.equal(cancelledNote(0), "Stopped: cancelled before the model wrote anything.");
    assert.match(cancelledNote(1), /after 1 token\. What the model had written is kept above/);
    assert.match(cancelledNote(42), /after 42 tokens\./);
  });
});

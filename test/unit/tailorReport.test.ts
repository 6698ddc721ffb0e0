import * as assert from "node:assert/strict";
import { checkGrounding } from "../../src/core/grounding/checkGrounding";
import { renderProductDescriptionMarkdown } from "../../src/core/productDescription/renderMarkdown";
import { scoresMarkdown } from "../../src/core/scores/scoresMarkdown";
import { scoreProductDescription } from "../../src/core/scores/scoreCopy";
import { blankLimitCounters } from "../../src/core/text/limitCounters";
import { blankTailorReport } from "../../src/core/text/tailorReport";

const brief = { name: "Harbour Mug", facts: ["350 ml enamel", "dishwasher safe"], keywords: ["enamel mug"] };
const draft = { title: "Harbour Mug", tagline: "A 500 ml mug.", bullets: ["Enamel.", "Dishwasher safe.", "Holds 350 ml."], body: ["A mug.", "For tea."], seoTitle: "Enamel mug | Harbour Mug", metaDescription: "An enamel mug." };
const status = 'Removed 1 sentence stating what the brief does not give: "Fits a 15-inch laptop." (15-inch).';

describe("blankTailorReport", () => {
  it("hides a generated document's status line and scores from the checks, keeping every offset", () => {
    const text = `${renderProductDescriptionMarkdown(draft, status)}\n${scoresMarkdown(scoreProductDescription(draft, { keyphrase: "enamel mug" }))}`;
    const blanked = blankTailorReport(text);
    assert.equal(blanked.length, text.length);
    assert.equal(blanked.split("\n").length, text.split("\n").length);
    assert.doesNotMatch(blanked, /15-inch|Scores:/);
    assert.deepEqual(checkGrounding(blankLimitCounters(blanked), brief).map((finding) => text.slice(finding.start, finding.end)), ["500 ml"], "only the copy's own invented figure is marked");
  });

  it("keeps a closing quotation of the user's own, and copy written after the scores", () => {
    const quote = "Our mugs.\n\n---\n\n> Made in 15 minutes, said a customer.\n";
    assert.equal(blankTailorReport(quote), quote);
    const after = `A mug.\n\n${scoresMarkdown(scoreProductDescription(draft, { keyphrase: "enamel mug" }))}\nNow 500 ml.\n`;
    assert.match(blankTailorReport(after), /Now 500 ml\.\n$/);
  });
});

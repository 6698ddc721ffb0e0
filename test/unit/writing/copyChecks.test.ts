import * as assert from "node:assert/strict";
import { channels } from "../../../src/core/marketing/channels";
import { marketingCopyJob } from "../../../src/core/marketing/marketingCopyJob";
import { renderProductDescriptionMarkdown } from "../../../src/core/productDescription/renderMarkdown";
import { blankLimitCounters } from "../../../src/core/text/limitCounters";
import { groundingCheck } from "../../../src/writing/copyChecks";

const brief = { name: "Harbour Mug", facts: ["350 ml enamel", "dishwasher safe"], keywords: ["enamel mug"] };

describe("The writing path's checks", () => {
  it("blanks Tailor's own length counters, keeping every offset", () => {
    const markdown = "- **SEO title** (58/60): Harbour Mug\n- **Headlines** (2; 3–15 allowed)\n- Tea at dawn (12/30)\n- Fits 3/4 of a pint\n";
    const blanked = blankLimitCounters(markdown);
    assert.equal(blanked.length, markdown.length);
    assert.doesNotMatch(blanked, /58\/60|3–15 allowed|12\/30/);
    assert.match(blanked, /Fits 3\/4 of a pint/, "a fraction in the copy itself was blanked");
  });

  it("checks the brief's facts in rendered copy, not the counters Tailor added", () => {
    const copy = renderProductDescriptionMarkdown({
      title: "Harbour Mug",
      tagline: "A 500 ml enamel mug for the deck.",
      bullets: ["Enamel over steel.", "Goes in the dishwasher.", "Holds your morning tea."],
      body: ["A mug for the harbour.", "Made for long mornings."],
      seoTitle: "enamel mug | Harbour Mug",
      metaDescription: "An enamel mug for tea and coffee, safe in the dishwasher.",
    });
    const findings = groundingCheck(brief).check(copy);
    assert.ok(findings.some((finding) => finding.text.includes("500")), JSON.stringify(findings));
    for (const finding of findings) {
      assert.equal(copy.slice(finding.start, finding.end), finding.text);
      assert.doesNotMatch(finding.text, /^\d+\/\d+$/, `a counter was flagged: ${finding.text}`);
    }
    const inflated = findings.find((finding) => finding.text.includes("500"))!;
    assert.equal(inflated.briefValue, "350 ml");
    assert.match(inflated.rewriteNote, /does not say this; it says "350 ml"/);
  });

  it("does not take the numbers of marketing variants for counts the brief lacks", () => {
    const job = marketingCopyJob(brief, channels["google-ads-rsa"], 2);
    const headlines = ["Enamel mug for tea", "Dishwasher safe mug", "The Harbour Mug"];
    const copy = job.render(job.toDraft({ variants: [{ headlines, descriptions: ["An enamel mug.", "Safe in the dishwasher."] }, { headlines, descriptions: ["A mug for tea.", "Enamel, 350 ml."] }] }));
    assert.match(copy, /## Variant 2/);
    assert.deepEqual(groundingCheck(brief).check(copy), []);
    assert.match(blankLimitCounters("## Variant 12\nPack of 12\n"), /^## Variant {3}\nPack of 12/);
  });
});

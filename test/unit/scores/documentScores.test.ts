import * as assert from "node:assert/strict";
import { maskMarkup } from "../../../src/core/claims/markupMask";
import { renderProductDescriptionMarkdown } from "../../../src/core/productDescription/renderMarkdown";
import type { ProductDescriptionDraft } from "../../../src/core/productDescription/enforceLimits";
import { documentParts } from "../../../src/core/scores/documentParts";
import { scoreProductDescription } from "../../../src/core/scores/scoreCopy";
import { displayValue, scoreRows } from "../../../src/core/scores/scoreDisplay";
import { scoreDocument, scoreReadability } from "../../../src/core/scores/scoreDocument";
import { scoresFooterEndMarker, scoresFooterMarker, scoresMarkdown, withoutScoresFooter } from "../../../src/core/scores/scoresMarkdown";

const german: ProductDescriptionDraft = {
  title: "Socken aus Merinowolle",
  seoTitle: "Socken aus Merinowolle | Nordhof",
  metaDescription: "Socken aus Merinowolle, die warm halten.",
  body: ["Die weichen Socken aus Merinowolle halten die Füße warm. Sie trocknen schnell und kratzen nicht."],
};
const germanOptions = { keyphrase: "Socken aus Merinowolle", language: "de" };

describe("scores of a German description", () => {
  it("scores it by hand, SEO and readability together", () => {
    const score = scoreProductDescription(german, germanOptions);
    // Readability (the 15-word text of readability.test.ts): Amstad 75 good (2), no long sentence good (1),
    // 5.3 letters a word good (1) → 4 of 4.
    // SEO, keyphrase "Socken aus Merinowolle" ("aus" is a function word → 2 content words, good, 1):
    // title good (2), SEO title starts with it good (2), meta once good (1), first sentence has both words good (1),
    // density 1 / 15 words = 6.67% over 3% a problem (2), meta 40 characters good (1), SEO title 32 good (1),
    // 15 words a problem (2) → 9 of 13. Together 13 of 17 = 76.5 → 76.
    assert.deepEqual(
      score.seo.map((check) => [check.id, check.status]),
      [
        ["keyphraseLength", "good"],
        ["keyphraseInTitle", "good"],
        ["keyphraseInSeoTitle", "good"],
        ["keyphraseInMetaDescription", "good"],
        ["keyphraseInIntroduction", "good"],
        ["keyphraseDensity", "problem"],
        ["metaDescriptionLength", "good"],
        ["seoTitleLength", "good"],
        ["textLength", "problem"],
      ],
    );
    assert.ok(Math.abs((score.seo.find((check) => check.id === "keyphraseDensity")?.value ?? 0) - 100 / 15) < 1e-9);
    assert.deepEqual(score.seo.filter((check) => check.id.endsWith("Length") && check.id !== "keyphraseLength").map((check) => check.value), [40, 32, 15]);
    assert.equal(score.score, 76);
  });

  it("gives Tailor's own Markdown of a description the same score as the description", () => {
    const markdown = renderProductDescriptionMarkdown(german, "Cancelled before the end.");
    const score = scoreDocument(markdown, "markdown", germanOptions);
    assert.deepEqual(score.notFound, []);
    assert.equal(score.score, 76);
    assert.equal(score.readability.words, 15);
  });
});

describe("scores of any document", () => {
  it("reads the title, SEO title and meta description of an HTML page, and scores it as the same description", () => {
    const html = `<!doctype html><html><head><title>Merino Socks</title>
<meta content="Merino socks that keep feet warm." name="description"><style>p { color: red }</style></head>
<body><h1>Merino Socks</h1><p>Soft merino wool socks keep your feet
warm. They dry fast and never itch.</p><!-- draft --></body></html>`;
    assert.deepEqual(documentParts(html, "html"), {
      title: "Merino Socks",
      seoTitle: "Merino Socks",
      metaDescription: "Merino socks that keep feet warm.",
      body: ["Soft merino wool socks keep your feet warm. They dry fast and never itch."],
    });
    // The hand-computed 78 of overallScore.test.ts, for the same parts.
    assert.equal(scoreDocument(html, "html", { keyphrase: "merino socks" }).score, 78);
  });

  it("reads Markdown as a reader sees it: no marks, links as text, no code, no front matter", () => {
    const markdown = [
      "---",
      "layout: product",
      "---",
      "# Merino *Socks*",
      "",
      "_Warm feet, all winter_",
      "",
      "## Highlights",
      "",
      "- **Soft** merino",
      "1. Dries [fast](https://example.com)",
      "",
      "First line of a paragraph",
      "continues here. ![photo](socks.png)",
      "",
      "```",
      "code is not copy",
      "```",
      "",
      "> A quoted review.",
    ].join("\n");
    assert.deepEqual(documentParts(markdown, "markdown"), {
      title: "Merino Socks",
      tagline: "Warm feet, all winter",
      bullets: ["Soft merino", "Dries fast"],
      body: ["First line of a paragraph continues here.", "A quoted review."],
    });
  });

  it("leaves out the checks of parts a plain text lacks, and says which", () => {
    const score = scoreDocument("Soft merino wool socks keep your feet warm.\n\n- Dries fast\n• Never itches", "plaintext", { keyphrase: "merino socks" });
    assert.deepEqual(score.notFound, ["title", "SEO title", "meta description"]);
    assert.deepEqual(score.seo.map((check) => check.id), ["keyphraseLength", "keyphraseInIntroduction", "keyphraseDensity", "textLength"]);
    assert.deepEqual(documentParts("Soft socks.\n\n- Dries fast\n• Never itches", "plaintext"), { body: ["Soft socks."], bullets: ["Dries fast", "Never itches"] });
  });

  it("scores readability alone, for an ad or a post", () => {
    const score = scoreReadability("Soft merino wool socks keep your feet warm. They dry fast and never itch.");
    assert.deepEqual(score.seo, []);
    assert.equal(score.score, 100);
  });
});

describe("scores as shown", () => {
  it("rounds each value with its unit", () => {
    const rows = scoreRows(scoreProductDescription(german, germanOptions));
    const value = (id: string) => rows.find((row) => row.id === id)?.value;
    assert.deepEqual(
      ["readingEase", "sentenceLength", "wordLength", "keyphraseLength", "keyphraseInTitle", "keyphraseDensity", "metaDescriptionLength", "textLength"].map(value),
      ["75", "0%", "5.3 letters", "2 words", "1 time", "6.7%", "40 characters", "15 words"],
    );
    assert.equal(displayValue({ id: "keyphraseInTitle", label: "", value: 0, threshold: "", status: "problem", advice: "" }), "none");
    assert.equal(displayValue({ id: "someOtherCheck", label: "", value: 2.345, threshold: "", status: "ok", advice: "" }), "2.3");
  });

  it("writes a footer list that a later scoring of the document skips", () => {
    const score = scoreProductDescription(german, germanOptions);
    const footer = scoresMarkdown(score, ["No meta description found."]);
    assert.ok(footer.startsWith(`${scoresFooterMarker}\n\n## Scores: 76/100\n`));
    assert.match(footer, /^- \*\*good\*\* Reading ease: 75 \(target: 70 or more\)\. Reads easily\.$/mu);
    assert.match(footer, /^- \*\*problem\*\* Keyphrase density: 6\.7% \(target: 0\.5–3% of words\)\. Use the keyphrase less: it reads as stuffed\.$/mu);
    assert.equal(footer.split("\n").filter((line) => line.startsWith("- ")).length, 12);
    assert.match(footer, /^\*No meta description found\.\*$/mu);
    const document = `${renderProductDescriptionMarkdown(german)}\n${footer}`;
    assert.equal(scoreDocument(document, "markdown", germanOptions).readability.words, 15);
  });

  it("is hidden from the claims and grounding checks, offsets kept, since its figures are not the copy's", () => {
    const copy = renderProductDescriptionMarkdown(german);
    const document = `${copy}\n${scoresMarkdown(scoreProductDescription(german, germanOptions))}`;
    const masked = maskMarkup(document);
    assert.equal(masked.length, document.length);
    assert.equal(masked.slice(copy.length).trim(), "");
    assert.equal(masked.slice(0, copy.length), maskMarkup(copy));
  });
});

describe("the scores footer's extent", () => {
  const footer = `${scoresFooterMarker}\n\n## Scores: 76/100\n\n- **problem** Density: 6.7%\n${scoresFooterEndMarker}`;

  it("closes the footer it writes", () => {
    const written = scoresMarkdown(scoreProductDescription(german, germanOptions));
    assert.ok(written.trimEnd().endsWith(scoresFooterEndMarker));
  });

  it("takes out only the footer, so copy added after it is still read", () => {
    const text = `Warm socks.\n${footer}\nKnitted from 80% merino.\n`;
    assert.equal(withoutScoresFooter(text), "Warm socks.\n\nKnitted from 80% merino.\n");
    const masked = maskMarkup(text);
    assert.equal(masked.length, text.length);
    assert.ok(!masked.includes("6.7%"));
    assert.ok(masked.includes("Knitted from 80% merino."));
  });

  it("reads an unclosed footer as running to the end", () => {
    assert.equal(withoutScoresFooter(`Warm socks.\n${scoresFooterMarker}\n- 6.7%\n`), "Warm socks.\n");
  });
});

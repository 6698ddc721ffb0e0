import * as assert from "node:assert/strict";
import { readability, scoredLanguage } from "../../../src/core/scores/readability";
import { textStats } from "../../../src/core/scores/textStats";

const close = (actual: number | undefined, expected: number, label: string) => {
  assert.ok(actual !== undefined && Math.abs(actual - expected) < 1e-6, `${label}: ${actual} is not ${expected}`);
};
const statusOf = (report: ReturnType<typeof readability>, id: string) => report.checks.find((check) => check.id === id)?.status;

describe("readability", () => {
  it("scores easy English by hand: Flesch reading ease and Flesch–Kincaid grade", () => {
    // Sentence 1: Soft 1, merino 3, wool 1, socks 1, keep 1, your 1, feet 1, warm 1 → 8 words, 10 syllables.
    // Sentence 2: They 1, dry 1, fast 1, and 1, never 2, itch 1 → 6 words, 7 syllables.
    // 14 words, 2 sentences, 17 syllables: ASL = 7, ASW = 17/14.
    // Ease = 206.835 − 1.015 × 7 − 84.6 × 17/14 = 206.835 − 7.105 − 102.7285714 = 97.0014286.
    // Grade = 0.39 × 7 + 11.8 × 17/14 − 15.59 = 2.73 + 14.3285714 − 15.59 = 1.4685714.
    const report = readability("Soft merino wool socks keep your feet warm. They dry fast and never itch.", "en");
    assert.deepEqual([report.words, report.sentences, report.syllables], [14, 2, 17]);
    close(report.readingEase, 206.835 - 7.105 - 1438.2 / 14, "ease");
    close(report.readingEase, 97.0014286, "ease, rounded by hand");
    close(report.gradeLevel, 2.73 + 200.6 / 14 - 15.59, "grade");
    assert.equal(statusOf(report, "readingEase"), "good");
    assert.equal(statusOf(report, "gradeLevel"), "good");
  });

  it("scores hard English by hand as a problem on both formulas", () => {
    // Our 1, breathable 3, comfortable 4, merino 3, garments 2, are 1, manufactured 4, using 2,
    // responsibly 4, sourced 1, yarns 1 → 11 words, 1 sentence, 26 syllables: ASL = 11, ASW = 26/11.
    // Ease = 206.835 − 11.165 − 84.6 × 26/11 (199.9636364) = −4.2936364.
    // Grade = 0.39 × 11 + 11.8 × 26/11 − 15.59 = 4.29 + 27.8909091 − 15.59 = 16.5909091.
    const report = readability("Our breathable, comfortable merino garments are manufactured using responsibly sourced yarns.", "en-GB");
    assert.deepEqual([report.words, report.sentences, report.syllables], [11, 1, 26]);
    close(report.readingEase, -4.2936364, "ease");
    close(report.gradeLevel, 16.5909091, "grade");
    assert.equal(statusOf(report, "readingEase"), "problem");
    assert.equal(statusOf(report, "gradeLevel"), "problem");
  });

  it("scores German by hand with Amstad's formula, and gives no grade", () => {
    // Sentence 1: Die 1, weichen 2, Socken 2, aus 1, Merinowolle 5, halten 2, die 1, Füße 2, warm 1 → 9 words, 17 syllables.
    // Sentence 2: Sie 1, trocknen 2, schnell 1, und 1, kratzen 2, nicht 1 → 6 words, 8 syllables.
    // 15 words, 2 sentences, 25 syllables: ASL = 7.5, ASW = 25/15.
    // Amstad = 180 − 7.5 − 58.5 × 25/15 = 180 − 7.5 − 97.5 = 75.
    // Letters: 3+7+6+3+11+6+3+4+4 = 47 and 3+8+7+3+7+5 = 33 → 80 / 15 = 5.3333333 per word.
    const report = readability("Die weichen Socken aus Merinowolle halten die Füße warm. Sie trocknen schnell und kratzen nicht.", "de-DE");
    assert.equal(report.language, "de");
    assert.deepEqual([report.words, report.sentences, report.syllables], [15, 2, 25]);
    close(report.readingEase, 75, "Amstad");
    close(report.lettersPerWord, 80 / 15, "letters per word");
    assert.equal(report.gradeLevel, undefined);
    assert.deepEqual(report.checks.map((check) => [check.id, check.status]), [["readingEase", "good"], ["sentenceLength", "good"], ["wordLength", "good"]]);
  });

  it("scores Spanish, French and Italian by hand with their own formulas", () => {
    // El 1, po-e-ta 3, le-e 2, un 1, dí-a 2 → 5 words, 1 sentence, 9 syllables: ASL 5, ASW 1.8.
    // Fernández Huerta = 206.84 − 60 × 1.8 − 102 / 5 = 206.84 − 108 − 20.4 = 78.44.
    close(readability("El poeta lee un día.", "es").readingEase, 78.44, "Fernández Huerta");
    // La 1, table 1, est 1, belle 1 → 4 words, 4 syllables: ASL 4, ASW 1.
    // Kandel & Moles = 207 − 1.015 × 4 − 73.6 × 1 = 129.34.
    close(readability("La table est belle.", "fr").readingEase, 129.34, "Kandel & Moles");
    // Il 1, gat-to 2, dor-me 2, sul 1, di-va-no 3 → 5 words, 9 syllables: ASL 5, ASW 1.8.
    // Flesch–Vacca = 206 − 65 × 1.8 − 5 = 84.
    close(readability("Il gatto dorme sul divano.", "it").readingEase, 84, "Flesch–Vacca");
  });

  it("gives a language without a formula its lengths only", () => {
    // 5 words, 1 sentence; letters Zachte 6, sokken 6, houden 6, voeten 6, warm 4 = 28 → 5.6 per word.
    const report = readability("Zachte sokken houden voeten warm.", "nl");
    assert.equal(report.language, undefined);
    assert.equal(report.syllables, undefined);
    assert.equal(report.readingEase, undefined);
    assert.deepEqual([report.words, report.sentences], [5, 1]);
    close(report.lettersPerWord, 28 / 5, "letters per word");
    assert.deepEqual(report.checks.map((check) => check.id), ["sentenceLength", "wordLength"]);
  });

  it("ends sentences at . ! ? and line breaks, not at a decimal point", () => {
    assert.deepEqual(textStats("Weighs 2.5 kg! Fits all.\nMachine washable").sentenceLengths, [3, 2, 2]);
    assert.deepEqual(textStats("An eco-friendly, don't-miss deal: 1,200 pairs").words, ["An", "eco-friendly", "don't-miss", "deal", "1,200", "pairs"]);
  });

  it("rates long sentences at Yoast's 25% and 30% shares of sentences over 20 words", () => {
    const sentence = (words: number) => `${Array.from({ length: words }, () => "sock").join(" ")}.`;
    const share = (long: number, total: number) =>
      statusOf(readability([...Array.from({ length: long }, () => sentence(21)), ...Array.from({ length: total - long }, () => sentence(20))].join(" "), "en"), "sentenceLength");
    assert.equal(share(1, 4), "good"); // 25%
    assert.equal(share(3, 10), "ok"); // 30%
    assert.equal(share(4, 13), "problem"); // 30.8%
    assert.equal(share(0, 4), "good"); // a 20-word sentence is not long
  });

  it("rates word length at 6 and 7 letters a word", () => {
    const status = (text: string) => statusOf(readability(text, "en"), "wordLength");
    assert.equal(status("abcdef abcdef."), "good"); // 6
    assert.equal(status("abcdefg abcdefg."), "ok"); // 7
    assert.equal(status("abcdefgh abcdefg."), "problem"); // 7.5
  });

  it("maps language tags to the formulas it has", () => {
    assert.deepEqual(["en-US", "DE", "es_MX", "fr", "it-CH", "pt", ""].map(scoredLanguage), ["en", "de", "es", "fr", "it", undefined, undefined]);
  });
});

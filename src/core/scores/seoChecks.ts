import type { ProductDescriptionDraft } from "../productDescription/enforceLimits";
import { contentWords, hasAllContentWords, keyphraseOccurrences, startsWithKeyphrase } from "./keyphrase";
import { bandStatus, type ScoreCheck, type ScoreStatus } from "./scoreCheck";
import { wordsOf } from "./textStats";

/**
 * Targets after Yoast's product-page assessments. Yoast measures the SEO title in pixels; 60
 * characters is the usual stand-in for its 600 pixels and Tailor's own SEO-title limit, and
 * Shopify's 70 is the most a search result is given. The meta description follows the issue:
 * 120 characters ideally, so it is not cut on phones, and 156 at most.
 */
export const seoTargets = {
  keyphraseWordsGood: 4,
  keyphraseWordsOk: 8,
  densityLow: 0.5,
  densityHigh: 3,
  metaIdeal: 120,
  metaMax: 156,
  seoTitleGood: 60,
  seoTitleMax: 70,
  textWordsGood: 200,
  textWordsOk: 100,
  metaKeyphraseMax: 2,
} as const;

/** The description's running text: tagline, bullets and body, one part a line, the title left out. */
export function productText(draft: ProductDescriptionDraft): string {
  return [draft.tagline ?? "", ...(draft.bullets ?? []), ...(draft.body ?? [])].filter((part) => part.trim().length > 0).join("\n");
}

/**
 * The SEO checks for one description and its keyphrase (the brief's first keyword). Without a
 * keyphrase only its own check and the length checks run, since the others have nothing to find.
 */
export function seoChecks(draft: ProductDescriptionDraft, keyphrase: string): ScoreCheck[] {
  const text = productText(draft);
  const textWords = wordsOf(text).length;
  const lengthChecks = [metaLengthCheck(draft.metaDescription ?? ""), seoTitleLengthCheck(draft.seoTitle ?? ""), textLengthCheck(textWords)];
  if (contentWords(keyphrase).length === 0) return [keyphraseLengthCheck(0), ...lengthChecks];
  return [
    keyphraseLengthCheck(contentWords(keyphrase).length),
    inTitleCheck(draft.title ?? "", keyphrase),
    inSeoTitleCheck(draft.seoTitle ?? "", keyphrase),
    inMetaCheck(draft.metaDescription ?? "", keyphrase),
    inIntroductionCheck(draft.body?.[0] ?? "", keyphrase),
    densityCheck(keyphraseOccurrences(text, keyphrase), textWords),
    ...lengthChecks,
  ];
}

function check(id: string, label: string, value: number, threshold: string, status: ScoreStatus, advice: Readonly<Record<ScoreStatus, string>>): ScoreCheck {
  return { id, label, value, threshold, status, advice: advice[status] };
}

function keyphraseLengthCheck(words: number): ScoreCheck {
  const t = seoTargets;
  const status = bandStatus(words, [1, t.keyphraseWordsGood], [1, t.keyphraseWordsOk]);
  return check("keyphraseLength", "Keyphrase length", words, `1–${t.keyphraseWordsGood} content words`, status, {
    good: "The keyphrase is short enough to be searched for.",
    ok: `Shorten the keyphrase to ${t.keyphraseWordsGood} content words or fewer.`,
    problem: words === 0 ? "Set a keyphrase: the brief's first keyword." : `Shorten the keyphrase to ${t.keyphraseWordsGood} content words or fewer.`,
  });
}

function inTitleCheck(title: string, keyphrase: string): ScoreCheck {
  const found = keyphraseOccurrences(title, keyphrase);
  const status: ScoreStatus = found > 0 ? "good" : hasAllContentWords(title, keyphrase) ? "ok" : "problem";
  return check("keyphraseInTitle", "Keyphrase in title", found, "the keyphrase, words in order", status, {
    good: "The title names the keyphrase.",
    ok: "The title has the keyphrase's words; put them in the keyphrase's order.",
    problem: "Put the keyphrase in the product title.",
  });
}

function inSeoTitleCheck(seoTitle: string, keyphrase: string): ScoreCheck {
  const found = keyphraseOccurrences(seoTitle, keyphrase);
  const status: ScoreStatus = startsWithKeyphrase(seoTitle, keyphrase) ? "good" : found > 0 || hasAllContentWords(seoTitle, keyphrase) ? "ok" : "problem";
  return check("keyphraseInSeoTitle", "Keyphrase in SEO title", found, "the keyphrase, at the start", status, {
    good: "The SEO title starts with the keyphrase.",
    ok: "Move the keyphrase to the start of the SEO title.",
    problem: "Put the keyphrase at the start of the SEO title.",
  });
}

function inMetaCheck(meta: string, keyphrase: string): ScoreCheck {
  const found = keyphraseOccurrences(meta, keyphrase);
  const max = seoTargets.metaKeyphraseMax;
  const status: ScoreStatus = found >= 1 && found <= max ? "good" : found === 0 && hasAllContentWords(meta, keyphrase) ? "ok" : "problem";
  return check("keyphraseInMetaDescription", "Keyphrase in meta description", found, `1–${max} times`, status, {
    good: "The meta description names the keyphrase.",
    ok: "The meta description has the keyphrase's words; put them in the keyphrase's order.",
    problem: found > max ? `Use the keyphrase at most ${max} times in the meta description.` : "Put the keyphrase in the meta description.",
  });
}

function inIntroductionCheck(paragraph: string, keyphrase: string): ScoreCheck {
  const found = keyphraseOccurrences(paragraph, keyphrase);
  const sentences = paragraph.split(/(?<=[.!?…])\s+/u);
  const inOneSentence = sentences.some((sentence) => hasAllContentWords(sentence, keyphrase));
  const status: ScoreStatus = inOneSentence ? "good" : hasAllContentWords(paragraph, keyphrase) ? "ok" : "problem";
  return check("keyphraseInIntroduction", "Keyphrase in first paragraph", found, "its words in one sentence", status, {
    good: "The first paragraph says what the product is.",
    ok: "Bring the keyphrase's words together in one sentence of the first paragraph.",
    problem: "Name the keyphrase in the first paragraph.",
  });
}

function densityCheck(occurrences: number, textWords: number): ScoreCheck {
  const t = seoTargets;
  const density = textWords === 0 ? 0 : (100 * occurrences) / textWords;
  const status: ScoreStatus = density >= t.densityLow && density <= t.densityHigh ? "good" : density > 0 && density < t.densityLow ? "ok" : "problem";
  return check("keyphraseDensity", "Keyphrase density", density, `${t.densityLow}–${t.densityHigh}% of words`, status, {
    good: "The keyphrase is used often enough, and not too often.",
    ok: "Use the keyphrase once or twice more in the text.",
    problem: density > t.densityHigh ? "Use the keyphrase less: it reads as stuffed." : "Use the keyphrase in the text.",
  });
}

function metaLengthCheck(meta: string): ScoreCheck {
  const t = seoTargets;
  const length = [...meta.trim()].length;
  const status = bandStatus(length, [1, t.metaIdeal], [1, t.metaMax]);
  return check("metaDescriptionLength", "Meta description length", length, `${t.metaIdeal} characters ideally, ${t.metaMax} at most`, status, {
    good: "The meta description fits on every screen.",
    ok: `Shorten the meta description to ${t.metaIdeal} characters so phones show all of it.`,
    problem: length === 0 ? "Write a meta description." : `Shorten the meta description to ${t.metaMax} characters or fewer.`,
  });
}

function seoTitleLengthCheck(seoTitle: string): ScoreCheck {
  const t = seoTargets;
  const length = [...seoTitle.trim()].length;
  const status = bandStatus(length, [1, t.seoTitleGood], [1, t.seoTitleMax]);
  return check("seoTitleLength", "SEO title length", length, `${t.seoTitleGood} characters or fewer`, status, {
    good: "The SEO title fits a search result.",
    ok: `Shorten the SEO title to ${t.seoTitleGood} characters so it is not cut off.`,
    problem: length === 0 ? "Write an SEO title." : `Shorten the SEO title to ${t.seoTitleGood} characters.`,
  });
}

function textLengthCheck(words: number): ScoreCheck {
  const t = seoTargets;
  const status = bandStatus(words, [t.textWordsGood, Infinity], [t.textWordsOk, Infinity]);
  return check("textLength", "Text length", words, `${t.textWordsGood} words or more`, status, {
    good: "The text is long enough for a product page.",
    ok: `Add detail: product pages rank better from ${t.textWordsGood} words.`,
    problem: `The text is short: aim for ${t.textWordsGood} words or more.`,
  });
}


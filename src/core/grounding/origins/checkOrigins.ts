import type { GroundingFinding } from "../groundingFinding";
import { cityLines, placeLines, placeStylePhrases } from "../lexicon/placeTable";
import type { Wording } from "../text/briefWording";
import { wordsBefore } from "../text/clauseContext";
import { PhraseMatcher } from "../text/phraseMatcher";

/** A place a text names, with the country it stands for. */
export interface PlaceMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly country: string;
  /** A city or region the lexicon knows, or a place read from "made in …": backed only by the brief naming it. */
  readonly local: boolean;
}

const countryMatcher = new PhraseMatcher(placeLines.map((line) => ({ forms: line.split("|"), value: { country: line.split("|")[0], local: false } })), { caseSensitive: true });
const cityMatcher = new PhraseMatcher(cityLines.map((line) => {
  const [city, country] = line.split("|");
  return { forms: [city], value: { country, local: true } };
}), { caseSensitive: true });
const styleMatcher = new PhraseMatcher(placeStylePhrases.map((phrase) => ({ forms: [phrase], value: true })));
const languages = new Set([
  "English", "French", "Spanish", "German", "Italian", "Portuguese", "Japanese", "Chinese", "Korean", "Dutch", "Russian", "Polish", "Greek", "Swedish",
  "Danish", "Norwegian", "Finnish", "Turkish", "Thai", "Vietnamese", "Czech", "Hungarian", "Indonesian", "Malay", "Romanian", "Ukrainian", "Catalan", "Icelandic",
]);
const languageBefore = new Set(["in", "into", "speak", "speaks", "speaking", "fluent", "translate", "translated", "languages"]);
const languageAfter = /^[\s-]*(?:speaking|language|languages|subtitles|translation|translations|version|menus?|speakers|copy|content|text|interface|ui|voice|audio|dub)(?![\p{L}])/iu;
const styleAfter = /^[\s-]*(?:inspired|style|styled|themed|influenced|look|vibe)(?![\p{L}])/iu;
const originVerbs =
  "made|crafted|built|designed|assembled|manufactured|produced|grown|harvested|sourced|brewed|distilled|roasted|woven|knitted|sewn|stitched|printed|bottled|" +
  "packed|hallmarked|sharpened|forged|finished|engineered|milled|blended|bred|raised|caught|tanned|hand-[a-z]+ed|imported|shipped|developed|hosted|stored|based";
// Verbs may open a sentence ("Made in…"), but the place must be capitalised: no case-folding flag.
const capitalisable = originVerbs.replace(/(^|\|)([a-z])/g, (_, bar: string, letter: string) => `${bar}[${letter}${letter.toUpperCase()}]`);
const madeIn = new RegExp(String.raw`\b(?:${capitalisable})\s+(?:by\s+(?:[\p{L}'’-]+\s+){1,3})?(?:in|from)\s+(?:the\s+)?(?<place>\p{Lu}[\p{L}'’.-]*(?:\s+(?:de\s+|of\s+)?\p{Lu}[\p{L}'’-]*){0,3})`, "gu");
const originLead = new RegExp(String.raw`(?:\b(?:${originVerbs})\s+(?:by\s+(?:[\p{L}'’-]+\s+){1,3})?)?\b(?:in|from)\s+(?:the\s+)?$`, "iu");

/** The places a text names as where a product or its parts come from, leaving out styles ("French press") and languages ("in English"). */
export function readPlaces(text: string): PlaceMatch[] {
  const styles = styleMatcher.find(text);
  const found: PlaceMatch[] = [];
  const named = [...countryMatcher.find(text), ...cityMatcher.find(text)].sort((a, b) => a.start - b.start);
  let previousLanguageEnd = -1;
  for (const match of named) {
    if (styles.some((style) => match.start < style.end && match.end > style.start)) continue;
    if (text[match.end] === "$") continue;
    const after = text.slice(match.end, match.end + 30);
    if (styleAfter.test(after)) continue;
    if (languages.has(match.text)) {
      const chained = previousLanguageEnd >= 0 && /^\s*(?:,|and|or|&)\s*(?:and\s+)?$/i.test(text.slice(previousLanguageEnd, match.start));
      if (chained || languageBefore.has(wordsBefore(text, match.start, 1)[0] ?? "") || languageAfter.test(after)) {
        previousLanguageEnd = match.end;
        continue;
      }
    }
    found.push({ start: match.start, end: match.end, text: match.text, country: match.value.country, local: match.value.local });
  }
  for (const match of text.matchAll(madeIn)) {
    const place = match.groups?.place ?? "";
    const start = match.index + match[0].length - place.length;
    if (found.some((other) => start < other.end && start + place.length > other.start)) continue;
    found.push({ start, end: start + place.length, text: place, country: place, local: true });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Places of origin in the copy that the brief does not name (a city in the brief backs its country). */
export function checkOrigins(copyText: string, copy: readonly PlaceMatch[], brief: readonly PlaceMatch[], briefWording: Wording): GroundingFinding[] {
  const countries = new Set(brief.map((place) => place.country));
  const findings: GroundingFinding[] = [];
  for (const place of copy) {
    const backed = place.local ? briefWording.says(place.text) : countries.has(place.country) || briefWording.says(place.text);
    if (backed) continue;
    const lead = originLead.exec(copyText.slice(Math.max(0, place.start - 60), place.start));
    const start = lead ? place.start - lead[0].length : place.start;
    const text = copyText.slice(start, place.end);
    const briefPlace = brief[0];
    findings.push({
      start,
      end: place.end,
      text,
      kind: "origin",
      message: briefPlace ? `"${text}": the brief names ${briefPlace.text}, not ${place.text}.` : `"${text}": the brief gives no origin.`,
      ...(briefPlace ? { briefValue: briefPlace.text } : {}),
    });
  }
  return findings;
}

import type { GroundingFinding } from "../groundingFinding";
import { cityLines, placeLines, placeStylePhrases, regionLines } from "../lexicon/placeTable";
import type { Wording } from "../text/briefWording";
import { hasCapitals, inCapitals } from "../text/capitals";
import { startsSentence, wordsBefore } from "../text/clauseContext";
import { PhraseMatcher } from "../text/phraseMatcher";

/** A place a text names, with the country it stands for. */
export interface PlaceMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly country: string;
  /** A city or region the lexicon knows, or a place read from "made in …": backed only by the brief naming it. */
  readonly local: boolean;
  /** "Designed in Denmark" says where it was designed, not where it was made. */
  readonly role: "design" | "make" | "other";
  /** Read from "in the heart of …", "located in …": a place unknown to the lexicon, checked only where the brief says where the product is. */
  readonly located?: boolean;
}

const countryMatcher = new PhraseMatcher(placeLines.map((line) => ({ forms: line.split("|"), value: { country: line.split("|")[0], local: false } })), { caseSensitive: true });
const cityMatcher = new PhraseMatcher([...cityLines, ...regionLines].map((line) => {
  const [city, country] = line.split("|");
  return { forms: [city], value: { country, local: true } };
}), { caseSensitive: true });
// The same places without case, for copy set in capitals ("MADE IN ITALY"), where only an origin's lead tells a place from a word.
const capitalsPlaceMatcher = new PhraseMatcher([
  ...placeLines.map((line) => ({ forms: line.split("|").map((form) => form.toLowerCase()), value: { country: line.split("|")[0], local: false } })),
  ...[...cityLines, ...regionLines].map((line) => {
    const [city, country] = line.split("|");
    return { forms: [city.toLowerCase()], value: { country, local: true } };
  }),
]);
const countryOfRegion = new Map(regionLines.map((line) => line.split("|") as [string, string]));
const styleMatcher = new PhraseMatcher(placeStylePhrases.map((phrase) => ({ forms: [phrase], value: true })));
// Demonyms and names that are everyday words at the start of a sentence ("Polish away dry skin").
const everydayPlaceWords = new Set(["Polish", "Turkey", "China", "Jordan", "Chad", "Georgia", "Guinea", "Niger", "Mali", "Lima", "Cork", "Bath", "Reading", "Split"]);
const languages = new Set([
  "English", "French", "Spanish", "German", "Italian", "Portuguese", "Japanese", "Chinese", "Korean", "Dutch", "Russian", "Polish", "Greek", "Swedish",
  "Danish", "Norwegian", "Finnish", "Turkish", "Thai", "Vietnamese", "Czech", "Hungarian", "Indonesian", "Malay", "Romanian", "Ukrainian", "Catalan", "Icelandic",
]);
const languageBefore = new Set(["in", "into", "speak", "speaks", "speaking", "fluent", "translate", "translated", "languages"]);
const languageAfter = /^[\s-]*(?:speaking|language|languages|subtitles|translation|translations|version|menus?|speakers|copy|content|text|interface|ui|voice|audio|dub)(?![\p{L}])/iu;
// A line's end ends the phrase: "Handcrafted in Spain" then a line "Sizes EU 36–46" is no "Spain sizes".
const marketAfter = /^[ \t-]*(?:plugs?|sockets?|outlets?|adapters?|gal|gallons?|pints?|quarts?|fl\.?\s?oz|cups?|tablespoons?|teaspoons?|sizes?|sizing|market|markets|voltage|standard|standards|spec|specs|version|keyboard|layout|airports?|airlines?|customs|border|flights?|domestic)(?![\p{L}])/iu;
// "An Italian garden motif", "a Japanese wave print": a place in a pattern's name is its subject, not where the product comes from.
// "The European toy safety standard", "UK food labelling rules": a jurisdiction's rule the product meets, not where it is made.
const ruleAfter = /^[ \t-]*(?:[\p{L}-]+[ \t]+){0,3}(?:standards?|regulations?|directives?|norms?|laws?|rules|requirements|legislation)(?![\p{L}])/iu;
// "Bridges Scandinavian and industrial styles": a style named in a pair of styles.
const styleAfter = /^(?:[ \t]+(?:and|&|or|meets)[ \t]+[\p{L}-]+)?[\s-]*(?:inspired|styles|style|styled|themed|influenced|look|vibe|(?:\p{L}+[ \t]+)?(?:motifs?|prints?|patterns?))(?![\p{L}])/iu;
const originVerbs =
  "made|crafted|built|designed|assembled|manufactured|produced|grown|harvested|sourced|brewed|distilled|roasted|woven|knitted|sewn|stitched|printed|bottled|" +
  "packed|hallmarked|sharpened|forged|finished|engineered|milled|blended|bred|raised|caught|tanned|hand-[a-z]+ed|imported|shipped|developed|hosted|stored|based";
// Verbs may open a sentence ("Made in…"), but the place must be capitalised: no case-folding flag.
const capitalisable = originVerbs.replace(/(^|\|)([a-z])/g, (_, bar: string, letter: string) => `${bar}[${letter}${letter.toUpperCase()}]`);
const madeIn = new RegExp(String.raw`\b(?:${capitalisable})\s+(?:by\s+(?:[\p{L}'’-]+\s+){1,3})?(?:in|from)\s+(?:the\s+)?(?<place>\p{Lu}(?:[\p{L}'’-]|\.(?=\p{L}))*(?:\s+(?:de\s+|of\s+)?\p{Lu}[\p{L}'’-]*){0,3})`, "gu");
// "Product of Japan", "produce of Spain": a label's way of giving where the product was made.
const originLead = new RegExp(String.raw`(?:(?:\b(?:${originVerbs})\s+(?:by\s+(?:[\p{L}'’-]+\s+){1,3})?)?\b(?:in|from)|\b(?:product|produce)\s+of)\s+(?:the\s+)?$`, "iu");

// "Made in" in French, German and Spanish copy, and those languages' names for the countries most often claimed as origins.
const foreignMadeIn = new RegExp(
  String.raw`\b(?:[Hh]ergestellt|[Pp]roduziert|[Gg]efertigt|[Ee]ntwickelt|[Gg]ebraut|[Gg]eröstet|[Ff]abriqu[ée]e?s?|[Ff]ait(?:e?s)?|[Pp]rodui(?:te?s?)?|[Cc]on[çc]ue?s?|[Cc]ultivée?s?|[Hh]echo|[Hh]echa|[Ff]abricad[oa]s?|[Ee]laborad[oa]s?|[Pp]roducid[oa]s?|[Dd]iseñad[oa]s?|[Cc]ultivad[oa]s?|[Hh]ébergée?s?|[Ss]tockée?s?|[Aa]lojad[oa]s?|[Aa]lmacenad[oa]s?|[Gg]ehostet|[Gg]espeichert)\s+(?:in|en|au|aux|à)\s+(?<place>\p{Lu}[\p{L}'’-]*)`,
  "gu",
);
// German puts the participle last: "in Österreich hergestellt".
const germanMadeIn = /(?<![\p{L}])in\s+(?<place>\p{Lu}[\p{L}'’-]*)\s+(?:hergestellt|produziert|gefertigt|gebraut|geröstet|gebrannt|genäht|gewebt|entwickelt)(?![\p{L}])/gu;
const foreignCountries = new Map<string, string>([
  ["Deutschland", "Germany"], ["Allemagne", "Germany"], ["Alemania", "Germany"],
  ["Frankreich", "France"], ["Francia", "France"], ["France", "France"],
  ["Spanien", "Spain"], ["Espagne", "Spain"], ["España", "Spain"],
  ["Italien", "Italy"], ["Italie", "Italy"], ["Italia", "Italy"],
  ["Schweiz", "Switzerland"], ["Suisse", "Switzerland"], ["Suiza", "Switzerland"],
  ["Österreich", "Austria"], ["Autriche", "Austria"], ["Austria", "Austria"],
  ["Portugal", "Portugal"], ["Belgien", "Belgium"], ["Belgique", "Belgium"], ["Bélgica", "Belgium"],
  ["Japon", "Japan"], ["Japón", "Japan"], ["Japan", "Japan"], ["China", "China"], ["Chine", "China"],
  ["Marokko", "Morocco"], ["Maroc", "Morocco"], ["Marruecos", "Morocco"], ["México", "Mexico"], ["Mexique", "Mexico"], ["Mexiko", "Mexico"],
  ["Neuseeland", "New Zealand"], ["Nouvelle-Zélande", "New Zealand"], ["Nueva Zelanda", "New Zealand"],
  ["Griechenland", "Greece"], ["Grèce", "Greece"], ["Grecia", "Greece"], ["Brasilien", "Brazil"], ["Brésil", "Brazil"], ["Brasil", "Brazil"],
  ["Irland", "Ireland"], ["Irlande", "Ireland"], ["Irlanda", "Ireland"], ["Schottland", "Scotland"], ["Écosse", "Scotland"], ["Escocia", "Scotland"],
  ["Norwegen", "Norway"], ["Norvège", "Norway"], ["Noruega", "Norway"], ["Schweden", "Sweden"], ["Suède", "Sweden"], ["Suecia", "Sweden"],
  ["Dänemark", "Denmark"], ["Danemark", "Denmark"], ["Dinamarca", "Denmark"], ["Niederlande", "Netherlands"], ["Pays-Bas", "Netherlands"], ["Países Bajos", "Netherlands"],
  ["Großbritannien", "United Kingdom"], ["Royaume-Uni", "United Kingdom"], ["Reino Unido", "United Kingdom"], ["Angleterre", "England"], ["Inglaterra", "England"],
  ["Vereinigte Staaten", "United States"], ["États-Unis", "United States"], ["Estados Unidos", "United States"], ["Kanada", "Canada"], ["Canadá", "Canada"],
  ["Australien", "Australia"], ["Australie", "Australia"], ["Türkei", "Turkey"], ["Turquie", "Turkey"], ["Turquía", "Turkey"], ["Indien", "India"], ["Inde", "India"],
  ["Kolumbien", "Colombia"], ["Colombie", "Colombia"], ["Äthiopien", "Ethiopia"], ["Éthiopie", "Ethiopia"], ["Etiopía", "Ethiopia"], ["Polen", "Poland"], ["Pologne", "Poland"],
  ["Polonia", "Poland"], ["Südafrika", "South Africa"], ["Afrique du Sud", "South Africa"], ["Sudáfrica", "South Africa"], ["Argentinien", "Argentina"], ["Pérou", "Peru"],
  ["Perú", "Peru"], ["Ägypten", "Egypt"], ["Égypte", "Egypt"], ["Egipto", "Egypt"], ["Tunesien", "Tunisia"], ["Tunisie", "Tunisia"], ["Túnez", "Tunisia"],
  ["Kroatien", "Croatia"], ["Croatie", "Croatia"], ["Croacia", "Croatia"], ["Ungarn", "Hungary"], ["Hongrie", "Hungary"], ["Hungría", "Hungary"],
  ["Tschechien", "Czech Republic"], ["Finnland", "Finland"], ["Finlande", "Finland"], ["Finlandia", "Finland"], ["Litauen", "Lithuania"], ["Lituanie", "Lithuania"],
  ["Lituania", "Lithuania"], ["Südkorea", "South Korea"], ["Corée du Sud", "South Korea"], ["Corea del Sur", "South Korea"], ["Vietnam", "Vietnam"],
]);
// Those names in a text of their own language ("von Rindern aus Neuseeland"), read as the English ones are; the same spelling is read already.
const foreignCountryMatcher = new PhraseMatcher(
  [...foreignCountries].filter(([name, country]) => name !== country).map(([name, country]) => ({ forms: [name], value: { country, local: false } })),
  { caseSensitive: true },
);
// Where a place is, said in so many words: "in the heart of Courchevel", "nestled in Méribel".
const locatedIn = /(?<![\p{L}])(?:[Ii]n the heart of|[Ll]ocated in|[Ss]ituated in|[Nn]estled in|[Tt]ucked away in|[Ss]its in|[Ll]ies in|[Ss]et in)\s+(?:the\s+)?(?<place>\p{Lu}[\p{L}'’-]*(?:[ -]\p{Lu}[\p{L}'’-]*){0,2})/gu;

/** The places a text names as where a product or its parts come from, leaving out styles ("French press") and languages ("in English"). */
export function readPlaces(text: string, strict: boolean): PlaceMatch[] {
  const styles = styleMatcher.find(text);
  const found: PlaceMatch[] = [];
  const named = [...countryMatcher.find(text), ...cityMatcher.find(text), ...foreignCountryMatcher.find(text)].sort((a, b) => a.start - b.start);
  let previousLanguageEnd = -1;
  for (const match of named) {
    if (styles.some((style) => match.start < style.end && match.end > style.start)) continue;
    if (text[match.end] === "$" || (everydayPlaceWords.has(match.text) && startsSentence(text, match.start))) continue;
    const after = text.slice(match.end, match.end + 30);
    if (styleAfter.test(after)) continue;
    // "US plug", "UK sizes", "certified for the US": a market or a standard the product is sold to, not where it comes from.
    // The brief keeps its markets: "payroll for UK and Ireland" backs the copy naming them.
    if (marketAfter.test(after) || ruleAfter.test(after) || (strict && /(?<![\p{L}])for\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, match.start - 9), match.start)))) continue;
    if (languages.has(match.text)) {
      const chained = previousLanguageEnd >= 0 && /^\s*(?:,|and|or|&)\s*(?:and\s+)?$/i.test(text.slice(previousLanguageEnd, match.start));
      if (chained || languageBefore.has(wordsBefore(text, match.start, 1)[0] ?? "") || languageAfter.test(after)) {
        previousLanguageEnd = match.end;
        continue;
      }
    }
    const lead = originLead.test(text.slice(Math.max(0, match.start - 60), match.start)) || /^[-‐ ]made(?![\p{L}])/u.test(after);
    // A city is an origin only where the copy says so ("roasted in Brooklyn"), not as a scene ("New York lofts").
    if (strict && match.value.local && !lead) continue;
    // "From New York to Tokyo": a span of places, not where the product comes from.
    if (strict && /(?:^|\s)from\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, match.start - 10), match.start)) && /^[^.;:!?\n]{0,40}?\bto\s+\p{Lu}/u.test(after.concat(text.slice(match.end + 30, match.end + 60)))) continue;
    found.push({ start: match.start, end: match.end, text: match.text, country: match.value.country, local: match.value.local, role: roleBefore(text, match.start) });
  }
  if (strict && hasCapitals(text)) {
    for (const match of capitalsPlaceMatcher.find(text)) {
      if (!inCapitals(text, match.start) || !originLead.test(text.slice(Math.max(0, match.start - 60), match.start)) || found.some((other) => match.start < other.end && match.end > other.start)) continue;
      found.push({ start: match.start, end: match.end, text: match.text, country: match.value.country, local: match.value.local, role: roleBefore(text, match.start) });
    }
  }
  for (const match of text.matchAll(madeIn)) {
    let place = match.groups?.place ?? "";
    // "Made from BPA-free ABS": an acronym freed from something, or a material's, is no place.
    if (/^\p{Lu}{2,6}-free\b/u.test(place)) continue;
    let start = match.index + match[0].length - place.length;
    // "Ethiopia's Yirgacheffe": the owner is read as a country above; the place it owns is a place of its own.
    const owner = /^\p{Lu}[\p{L}.-]*['’]s\s+(?=\p{Lu})/u.exec(place);
    if (owner) {
      start += owner[0].length;
      place = place.slice(owner[0].length);
    }
    if (found.some((other) => start < other.end && start + place.length > other.start)) continue;
    found.push({ start, end: start + place.length, text: place, country: place, local: true, role: roleBefore(text, start) });
  }
  for (const match of [...text.matchAll(foreignMadeIn), ...text.matchAll(germanMadeIn)]) {
    const place = match.groups?.place ?? "";
    const start = match.index + (match[0].endsWith(place) ? match[0].length - place.length : match[0].indexOf(place, 2));
    if (found.some((other) => start < other.end && start + place.length > other.start)) continue;
    const country = foreignCountries.get(place);
    found.push({ start, end: start + place.length, text: place, country: country ?? place, local: country === undefined, role: "make" });
  }
  for (const match of text.matchAll(locatedIn)) {
    const place = match.groups?.place ?? "";
    const start = match.index + match[0].length - place.length;
    if (found.some((other) => start < other.end && start + place.length > other.start)) continue;
    found.push({ start, end: start + place.length, text: place, country: place, local: true, role: "other", located: true });
  }
  return found.sort((a, b) => a.start - b.start);
}

const designVerbs = /\b(?:designed|engineered|developed|conceived|created|styled|imagined)\s+(?:by\s+(?:[\p{L}'’-]+\s+){1,3})?(?:in|from)\s+(?:the\s+)?$/iu;
const makeVerbs = new RegExp(String.raw`(?:\b(?:${originVerbs.replace(/\|(?:designed|engineered|developed)(?=\||$)/g, "")})\s+(?:by\s+(?:[\p{L}'’-]+\s+){1,3})?(?:in|from)|\b(?:product|produce)\s+of)\s+(?:the\s+)?$`, "iu");

function roleBefore(text: string, start: number): PlaceMatch["role"] {
  const lead = text.slice(Math.max(0, start - 60), start);
  if (designVerbs.test(lead)) return "design";
  if (makeVerbs.test(lead) || /^[-‐ ]made/.test(text.slice(start).replace(/^\p{L}+/u, ""))) return "make";
  return "other";
}

const regionMembers: ReadonlyMap<string, readonly string[]> = new Map([
  ["Scandinavia", ["Norway", "Sweden", "Denmark", "Finland", "Iceland", "Faroe Islands", "Greenland"]],
  ["Europe", [
    "Austria", "Belgium", "Bulgaria", "Croatia", "Cyprus", "Czech Republic", "Denmark", "Estonia", "Finland", "France", "Germany", "Greece", "Hungary", "Ireland",
    "Italy", "Latvia", "Lithuania", "Luxembourg", "Malta", "Netherlands", "Poland", "Portugal", "Romania", "Slovakia", "Slovenia", "Spain", "Sweden", "Norway",
    "Switzerland", "United Kingdom", "England", "Scotland", "Wales", "Iceland", "Albania", "Serbia", "Montenegro", "Bosnia and Herzegovina", "North Macedonia",
  ]],
]);

/** The wider regions a country lies in, by their table names ("Norway": Scandinavia, Europe). */
function regionsOf(country: string): string[] {
  return [...regionMembers].filter(([, members]) => members.includes(country)).map(([region]) => region);
}

/** Places of origin in the copy that the brief does not name (a city in the brief backs its country). */
export function checkOrigins(copyText: string, copy: readonly PlaceMatch[], brief: readonly PlaceMatch[], briefWording: Wording): GroundingFinding[] {
  const findings: GroundingFinding[] = [];
  for (const place of copy) {
    if (place.located && brief.length === 0) continue;
    // Where a product was designed does not say where it was made.
    const usable = brief.filter((other) => !(place.role === "make" && other.role === "design"));
    // "The Nordic sky" on a brief set in Norway: a region that holds the brief's country says no more than it.
    if (!place.local && usable.some((other) => regionsOf(other.country).includes(place.country))) continue;
    const backed = place.local
      // "Sicilian blood oranges" backs "oranges from Sicily": one line of the table names the place and its people.
      ? usable.some((other) => other.text.toLowerCase() === place.text.toLowerCase() || other.country === place.text) || (usable.length === brief.length && briefWording.says(place.text))
      : usable.some((other) => other.country === place.country || countryOfRegion.get(other.country) === place.country);
    if (backed) continue;
    const lead = originLead.exec(copyText.slice(Math.max(0, place.start - 60), place.start));
    // "See Europe your way" where the brief's keywords say "europe rail pass": a place the brief names, in any case, and the copy names as no origin.
    if (!lead && place.role === "other" && briefWording.says(place.text)) continue;
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

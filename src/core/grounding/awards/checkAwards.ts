import type { GroundingFinding } from "../groundingFinding";
import type { Wording } from "../text/briefWording";
import type { TextSpan } from "../groundingFinding";

const awardPatterns: readonly RegExp[] = [
  /\baward[-‐ ]winning\b/giu,
  // "Held in a four-prong setting of 14k gold", "holds up to 20 kg": a verb of holding, not of holding a title.
  // "Holds a 4 mm stone on a sterling silver post": a metal that is the piece's own material is no medal.
  /\b(?:won|wins|winner of|winning|awarded|earned|received|recipient of|holds?|held)\s+(?!(?:in|by|on|with|at|up|down|together|securely|firmly|tight|tightly|fast|steady|close|open|back|out|into|onto|under|to|for|place)\b)(?:an?\s+|the\s+)?(?:[^.;:!?\n]{0,50}?\b(?:awards?|prize|medal|trophy|stars?)\b|[^.;:!?\n]{0,25}?(?<!\b(?:sterling|solid|plated|rose|white|yellow|\d+\s?(?:k|kt|ct|carat|karat))\s)\b(?:gold|silver|bronze)\b(?![\s-]+(?:posts?|chains?|plat\p{L}*|settings?|bands?|hoops?|tone|finish|frames?|wires?|clasps?)\b))/giu,
  // A name runs along one line: "Made in Mexico" closing one bullet and "Award-winning" opening the next are no "Mexico Award".
  /(?<![\p{L}])(?:\p{Lu}[\p{L}'’&]*[ \t]+){1,4}(?:Awards?|Prize|Medal)\b/gu,
  // "An Allure Best of Beauty winner", "a Which? Best Buy finalist": a named award's title, then the word for who won it.
  /(?<![\p{L}])(?!(?:A|An|The|Our|Each|Every|This)\s)\p{Lu}[\p{L}'’&?]*(?:\s+(?:(?:of|the|for|and|in)\s+)?\p{Lu}[\p{L}'’&?]*){1,4}\s+(?:[Ww]inners?|[Ff]inalists?|[Hh]onou?rees?)\b/gu,
  /\b(?:rated|ranked|voted|named)\s+(?:the\s+)?(?:#\s?1|no\.?\s?1|number[-‐ ]one|best|top)\b[^.;:!?\n,]{0,40}/giu,
  /#\s?1\b[^.;:!?\n,]{0,30}/gu,
  // "The number one ingredient" is read with its noun, so the ingredient list's order is told from a ranking.
  /\bNo\.\s?1\b(?:\s+ingredient\b)?/gu,
  /\bnumber[-‐ ]one\b(?:\s+ingredient\b)?/giu,
  /\bbest[-‐ ]?sell(?:ing|er)s?\b/giu,
  // "One of the lightest trainers in its class", "the quietest fan on the market": a ranking against rivals the brief must give.
  /\b(?:one of the|the)\s+(?:\p{L}+est|most\s+\p{L}+)\s+(?:[\p{L}-]+\s+){0,3}?(?:in its class|in the class|on the market|in the world|in the industry|in its category|you can buy|money can buy|available anywhere|ever made)\b/giu,
  /\b(?:editor'?s'?|editors'?)\s+choice\b/giu,
  /\btravell?ers'?\s+choice\b/giu,
  /\btop[-‐ ]rated\b/giu,
  /\bMichelin[-‐ ]?(?:star(?:red)?|stars|key|guide)?\b/gu,
  /\bRed Dot\b/gu,
  /\bas seen (?:on|in)\b[^.;:!?\n,]{0,30}/giu,
  // "Rated 5 stars", "a 4.8-star rating", "five-star hotel": a star rating, whoever gave it.
  /(?<![\p{L}\p{N}.])(?:(?:rated|awarded|earned|holds?|official(?:ly)?)\s+(?:a\s+)?)?(?:\d(?:\.\d)?|one|two|three|four|five|six|seven)(?:[- ]stars?(?:[- ](?:rated|rating|ratings|reviews?|hotel|resort|property|accommodation|lodging|inn|guesthouse|classification|status))|\s+stars)(?![\p{L}])/giu,
  // "Recognised by Condé Nast Traveller", "featured in Vogue": a named publication or body vouching for the product.
  /\b(?:[Rr]ecogni[sz]ed|[Ff]eatured|[Hh]onou?red|[Ss]hortlisted|[Aa]cclaimed|[Pp]raised|[Cc]ommended|[Ll]auded)\s+(?:by|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’&]*(?:\s+(?=\p{Lu}))?){1,4}/gu,
  /\b(?:used|worn|trusted|chosen|loved|preferred|endorsed) by (?:[\p{L}-]+\s+){0,2}?(?:Olympians?|Olympic\s+\p{L}+|professional\s+\p{L}+|pros|elite\s+\p{L}+|world champions?|champions|NASA|the military|top chefs|celebrities)/giu,
];
const ingredientOrder = /^(?:#\s?1|no\.?\s?1|number[-‐ ]one)\s+ingredient\b/i;
const commonCapitalised = new Set(["Winner", "Award", "Awards", "Rated", "Ranked", "Voted", "Named", "The", "Our", "Best", "Top", "Prize", "Medal", "Gold", "Silver", "Bronze", "Held", "Won", "Since"]);

export function readAwards(text: string): TextSpan[] {
  const found: TextSpan[] = [];
  for (const pattern of awardPatterns) {
    for (const match of text.matchAll(pattern)) found.push({ start: match.index, end: match.index + match[0].trimEnd().length, text: match[0].trimEnd() });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TextSpan[] = [];
  for (const span of found) {
    const last = kept[kept.length - 1];
    if (last && span.start < last.end) {
      if (span.end > last.end) kept[kept.length - 1] = { start: last.start, end: span.end, text: text.slice(last.start, span.end) };
      continue;
    }
    kept.push(span);
  }
  return kept;
}

/** Awards, rankings and bestseller claims the brief does not make. */
export function checkAwards(copy: readonly TextSpan[], briefWording: Wording): GroundingFinding[] {
  const findings: GroundingFinding[] = [];
  for (const award of copy) {
    // "Chicken is the #1 ingredient": the order of the ingredient list, no ranking; the brief's "first ingredient" backs it.
    if (ingredientOrder.test(award.text)) {
      if (!/(?<![\p{L}\p{N}#])(?:first|#\s?1|no\.?\s?1|number[-‐ ]one|main|primary)\s+ingredient(?![\p{L}])/iu.test(briefWording.text)) {
        findings.push({ start: award.start, end: award.end, text: award.text, kind: "property", message: `"${award.text}": the brief does not say which ingredient comes first.` });
      }
      continue;
    }
    const stars = starRating.exec(award.text)?.[1];
    if (stars !== undefined) {
      if (!saysStars(briefWording.text, starValue(stars))) findings.push({ start: award.start, end: award.end, text: award.text, kind: "award", message: `"${award.text}": the brief gives no such star rating.` });
      continue;
    }
    // "Winner of the 2023 Climbing Gear Award": the name as one phrase and the year, not words the brief uses apart ("climbing harness", "gear loops").
    const names = nameRuns(award.text);
    const years = award.text.match(/(?<![\p{N}])(?:19|20)\d{2}(?![\p{N}])/gu) ?? [];
    const backed = (names.length > 0 ? names.every((name) => briefWording.says(name)) : ["award", "winner", "best selling", "bestseller", "#1", "top rated"].some((word) => briefWording.says(word) && award.text.toLowerCase().includes(word.split(" ")[0]))) &&
      years.every((year) => briefWording.says(year));
    if (backed) continue;
    findings.push({ start: award.start, end: award.end, text: award.text, kind: "award", message: `"${award.text}": the brief names no such award or ranking.` });
  }
  return findings;
}

const starRating = /(\d(?:\.\d)?|one|two|three|four|five|six|seven)[- ]?stars?(?![\p{L}])/iu;
const starWords: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

function starValue(written: string): number {
  return starWords[written.toLowerCase()] ?? Number(written);
}

/** Whether the brief gives the same number of stars, in figures or in words. */
function saysStars(briefText: string, value: number): boolean {
  return [...briefText.matchAll(new RegExp(starRating.source, "giu"))].some((match) => starValue(match[1]) === value);
}

/** The award's capitalised names, each run of them one phrase ("Climbing Gear"), less the words any award has ("Winner", "Award"). */
function nameRuns(text: string): string[] {
  const runs = text.match(/\p{Lu}[\p{L}'’]{2,}(?:\s+(?:(?:of|the|for|and|in)\s+)?\p{Lu}[\p{L}'’]{2,})*/gu) ?? [];
  return runs.map((run) => {
    const runWords = run.split(/\s+/);
    while (runWords.length > 0 && (commonCapitalised.has(runWords[0]) || /^(?:of|the|for|and|in)$/.test(runWords[0]))) runWords.shift();
    while (runWords.length > 0 && (commonCapitalised.has(runWords[runWords.length - 1]) || /^(?:of|the|for|and|in)$/.test(runWords[runWords.length - 1]))) runWords.pop();
    return runWords.join(" ");
  }).filter((run) => run.length > 0);
}

import type { GroundingFinding } from "../groundingFinding";
import { animalLines } from "../lexicon/animalTable";
import type { Wording } from "../text/briefWording";
import { wordsBefore } from "../text/clauseContext";
import { PhraseMatcher } from "../text/phraseMatcher";

const animalMatcher = new PhraseMatcher(animalLines.map((line) => ({ forms: line.split("|"), value: line.split("|") })));

// Products only one animal uses: a brief for a litter is a brief for cats, however it is worded.
const productsOfOneAnimal: readonly (readonly [product: string, animal: string])[] = [
  ["litter", "cat"], ["cat litter", "cat"], ["scratching post", "cat"], ["scratcher", "cat"], ["kennel", "dog"], ["dog lead", "dog"], ["hutch", "rabbit"],
  ["horse rug", "horse"], ["saddle", "horse"],
];

const petCue = /(?<![\p{L}])(?:pets?|mice|rodents?|hamsters?|gerbils?|rats?|cages?|hutch|enclosures?|small animals?|bedding)(?![\p{L}])/iu;

/** Animals the copy says the product is for ("for budgies, canaries and cockatiels") that the brief does not name. */
export function checkAnimals(text: string, briefWording: Wording): GroundingFinding[] {
  const findings: GroundingFinding[] = [];
  for (const match of animalMatcher.find(text)) {
    // "Suitable for", "ideal for", "made for": only an animal after "for" is one the product is said to suit.
    if (!wordsBefore(text, match.start, 8).includes("for")) continue;
    // "Gloves, keys and a dog lead", "room for your mouse, your notebook": an animal's word naming a thing, or the reader's own.
    if (/^[ \t]+(?:lead|leash|bowl|bed|walker|walk|walks|hair|lover|lovers|owner|owners|person|people|park)(?![\p{L}])/iu.test(text.slice(match.end, match.end + 10))) continue;
    if (/(?<![\p{L}])your[ \t]+$/iu.test(text.slice(Math.max(0, match.start - 6), match.start)) && /^[ \t]*,[ \t]*your(?![\p{L}])/iu.test(text.slice(match.end, match.end + 8))) continue;
    // "Room for your mouse", "grilled chicken": a computer's mouse, a cooked bird.
    if (match.value.includes("mouse") && !petCue.test(text)) continue;
    // "Just walking the dog", "feeding the cat": the reader's own errand, which the product is not for.
    if (/(?<![\p{L}])(?:walking|walk|walks|feeding|feed|feeds)[ \t]+(?:the|your)[ \t]+$/iu.test(text.slice(Math.max(0, match.start - 16), match.start))) continue;
    if (/(?<![\p{L}])(?:grilled|roast|roasted|fried|baked|smoked|pulled|jerk|bbq|barbecued|spicy|buffalo|chicken|beef|pork|lamb|fish|seafood)[ \t]+$/iu.test(text.slice(Math.max(0, match.start - 12), match.start)) || /^[ \t]+(?:wings?|thighs?|breasts?|fillets?|tacos?|burgers?|stew|soup|curry|dishes|dinner|salad|skewers?)(?![\p{L}])/iu.test(text.slice(match.end, match.end + 10))) continue;
    if (match.value.some((form) => briefWording.says(form))) continue;
    if (productsOfOneAnimal.some(([product, animal]) => match.value.includes(animal) && briefWording.says(product))) continue;
    // "Kittens over 12 weeks": the age or weight that narrows the animal is part of the claim.
    const qualifier = /^\s+(?:over|under|from|up to|aged|of|above|below)\s+\d+(?:[.,]\d+)?\s*[-–]?\s*(?:weeks?|months?|years?|kg|lb|lbs)\b(?:\s+old)?/iu.exec(text.slice(match.end));
    const end = match.end + (qualifier?.[0].length ?? 0);
    findings.push({ start: match.start, end, text: text.slice(match.start, end), kind: "compatibility", message: `"${text.slice(match.start, end)}": the brief does not say it is for ${match.value[1] ?? match.value[0]}.` });
  }
  return findings;
}

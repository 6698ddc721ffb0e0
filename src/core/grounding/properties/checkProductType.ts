import type { GroundingFinding } from "../groundingFinding";
import { productShelves } from "../lexicon/productTypeTable";
import { sameNoun } from "../numbers/nouns";
import type { Wording } from "../text/briefWording";
import { loosePhrase } from "../text/phraseMatcher";

interface ProductType {
  /** The spellings of one thing ("sweater", "jumper", "pullover"). */
  readonly forms: readonly string[];
  readonly shelves: readonly number[];
}

const types: readonly ProductType[] = (() => {
  const byKey = new Map<string, { forms: string[]; shelves: number[] }>();
  productShelves.forEach((shelf, index) => {
    for (const line of shelf) {
      const forms = line.split("|");
      const known = byKey.get(forms[0]);
      if (known) known.shelves.push(index);
      else byKey.set(forms[0], { forms, shelves: [index] });
    }
  });
  return [...byKey.values()];
})();

// "Our sturdy everyday toque", "is a warm, soft toque": the product called by a noun, with up to three describing words.
// "matching" and its kin name a companion piece ("A matching hat completes the look"), never the product.
const describing = String.raw`(?:(?!(?:with|and|or|for|of|in|on|to|from|under|over|your|my|matching|coordinating|complementary|companion)(?![\p{L}]))[\p{L}'’-]+,?[ \t]+){0,3}?`;

// Where a field of copy opens (a tagline, a bullet, a meta description, an HTML paragraph), "A
// sturdy everyday toque …" names the product itself, as "this toque" does in running prose. A
// sentence inside a paragraph that opens "A …" may be about something else, so it is not read.
const fieldOpening = String.raw`(?:^|\n)[ \t]*(?:<[^>\n]{1,80}>[ \t]*|[-*+>#_][ \t]*|\*\*[^*\n]{1,40}\*\*(?:[ \t]*\(\d+\/\d+\))?[ \t]*:[ \t]*|(?:tagline|meta description|description|summary|headline|seo title|title)[ \t]*:[ \t]*)*(?:a|an)[ \t]+`;

/**
 * The copy calling the product another thing of its own shelf ("this toque" for a sock, "our
 * jumper" for a cardigan): a small model's slip that names no figure. Only a noun the brief never
 * uses, after words that point at the product ("this", "our", "is a") or opening a field ("A
 * sturdy toque for …" as a tagline), is read; "pair them with your boots" names something else.
 */
export function checkProductType(text: string, name: string, briefWording: Wording): GroundingFinding[] {
  const named = typeOf(name);
  if (!named) return [];
  const { type: own, word: said } = named;
  const rivals = types.filter((type) => type !== own && type.shelves.some((shelf) => own.shelves.includes(shelf)) && !type.forms.some((form) => briefWording.says(form) || briefWording.says(plural(form))));
  if (rivals.length === 0) return [];
  const nouns = rivals.flatMap((type) => type.forms).sort((a, b) => b.length - a.length).map(loosePhrase).join("|");
  const pointer = String.raw`(?<![\p{L}])(?:(?:this|these|our)[ \t]+|(?:is|are|it['’]s|they['’]re)[ \t]+(?:a|an|the|your|our)[ \t]+)`;
  const pattern = new RegExp(String.raw`(?:${pointer}|${fieldOpening})${describing}(${nouns})(?:e?s)?(?![\p{L}-])`, "giu");
  const findings: GroundingFinding[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index + match[0].length - match[0].slice(match[0].toLowerCase().lastIndexOf(match[1].toLowerCase())).length;
    const end = match.index + match[0].length;
    findings.push({ start, end, text: text.slice(start, end), kind: "property", message: `"${text.slice(start, end)}": the brief's product is a ${said}.`, briefValue: said });
  }
  return findings;
}

/** The kind of thing a product's name says it is, and the word that says it: its last word on a shelf ("Merino Trail Sock": a sock). */
function typeOf(name: string): { readonly type: ProductType; readonly word: string } | undefined {
  const words = name.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  for (let index = words.length - 1; index >= 0; index--) {
    for (const span of [2, 1]) {
      const phrase = words.slice(Math.max(0, index - span + 1), index + 1).join(" ");
      const found = types.find((type) => type.forms.some((form) => sameNoun(phrase, form) || phrase === form));
      if (found) return { type: found, word: phrase };
    }
  }
  return undefined;
}

function plural(form: string): string {
  return /(?:s|x|ch|sh)$/.test(form) ? `${form}es` : `${form}s`;
}

import type { ProductBrief } from "../brief";
import { sameNoun } from "../grounding/numbers/nouns";
import type { ProductDescriptionDraft } from "./enforceLimits";
import { folded } from "./nameInTitle";
import { productDescriptionLimits as limits } from "./schema";
import { trimProse } from "./trimProse";

// Words that open a name's sentence without being part of the name: "Our Merino Trail Socks", "Meet the …".
const leadWords = new Set(["the", "our", "your", "these", "this", "those", "a", "an", "each", "every", "meet", "introducing", "with", "and", "or", "for", "in", "new", "all"]);

/**
 * A product called by a name the brief never gives ("Mercil Hint Socks are warm and practical" for the Merino Trail
 * Sock) takes the brief's name. SmolLM2-135M garbles names often, and a wrong name in a tagline, bullet or paragraph
 * is an invented fact no checkable figure shows. A name is one to three capitalised words before the brief's own head
 * noun ("Socks"); one whose words the brief all uses somewhere (its name, a brand line, a keyword) is the product named
 * shorter or with its brand, and stays. The field is fitted to its limit again, as a longer name may need.
 */
export function withBriefName(draft: ProductDescriptionDraft, brief: ProductBrief): ProductDescriptionDraft {
  const name = brief.name.trim();
  const head = /(\p{L}{3,})[^\p{L}]*$/u.exec(name)?.[1];
  if (!head) return draft;
  const known = new Set(wordsOf([name, ...brief.facts, ...brief.keywords, brief.audience ?? ""].join(" ")));
  const fix = (text: string, limit: number) => {
    const fixed = renamed(text, name, head, known);
    return fixed === text ? text : trimProse(fixed, limit);
  };
  return {
    ...draft,
    ...(draft.tagline !== undefined ? { tagline: fix(draft.tagline, limits.tagline) } : {}),
    ...(draft.bullets ? { bullets: draft.bullets.map((bullet) => fix(bullet, limits.bullet)) } : {}),
    ...(draft.body ? { body: draft.body.map((paragraph) => fix(paragraph, limits.paragraph)) } : {}),
    ...(draft.metaDescription !== undefined ? { metaDescription: fix(draft.metaDescription, limits.metaDescription) } : {}),
  };
}

function renamed(text: string, name: string, head: string, known: ReadonlySet<string>): string {
  // A name is written in capitals to its noun ("Mercil Hint Socks"); "warm socks" is no name.
  return text.replace(/(?<![\p{L}\p{N}'’&-])((?:\p{Lu}[\p{L}'’&-]*[ \t]+){1,3})(\p{Lu}\p{L}*)(?![\p{L}\p{N}])/gu, (whole, lead: string, noun: string) => {
    if (!sameNoun(noun.toLowerCase(), head.toLowerCase())) return whole;
    const words = lead.trim().split(/[ \t]+/u);
    let first = 0;
    while (first < words.length && leadWords.has(words[first]!.toLowerCase())) first++;
    const nameWords = words.slice(first);
    if (nameWords.length === 0 || nameWords.every((word) => wordsOf(word).every((part) => known.has(part)))) return whole;
    const plural = noun.toLowerCase() !== head.toLowerCase() && !/s$/iu.test(head);
    const kept = words.slice(0, first).map((word) => `${word} `).join("");
    return `${kept}${plural ? `${name}s` : name}`;
  });
}

/**
 * Lower-case words without accents, a possessive's "'s" left off ("Finch's" is "finch"), British spellings as American
 * ("Orthopaedic" is "orthopedic", "Colour" "color"): one name however it is spelt.
 */
function wordsOf(text: string): string[] {
  return (folded(text).match(/\p{L}[\p{L}&'’]*/gu) ?? []).map((word) => word.replace(/['’]s$/u, "").replace(/ae/gu, "e").replace(/our$/u, "or"));
}

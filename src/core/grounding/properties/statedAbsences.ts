import type { PropertyMatch } from "./checkProperties";

/**
 * What a product is said to go without: a list that shares one "no" ("no artificial colours or
 * preservatives" says "no preservatives" too), and what it needs none of ("requires no
 * subscription", "no credit card required").
 */

// Things a label says a product is free of: each one a claim of its own.
const freeFromThings = [
  "preservatives", "preservative", "colours", "colors", "colouring", "coloring", "flavours", "flavors", "flavouring", "flavoring", "sweeteners", "sweetener",
  "additives", "fillers", "sugar", "sugars", "gluten", "dairy", "lactose", "soy", "nuts", "gmos", "gmo", "bpa", "phthalates", "parabens", "sulfates",
  "sulphates", "silicones", "fragrance", "fragrances", "perfume", "alcohol", "palm oil", "msg", "nitrates", "nitrites", "hormones", "antibiotics",
  "pesticides", "chemicals", "toxins", "dyes", "binders", "caffeine", "grains", "grain", "wheat", "corn", "by-products", "microplastics", "pfas", "pfoa",
  "ptfe", "latex", "formaldehyde", "vocs", "chlorine", "bleach", "salt", "e-numbers",
];
// Things a service or device can be said to need none of: an account, a fee, a hub. Fixings ("no drilling") are left out:
// they follow from a form the brief may give in other words ("freestanding").
const requirementThings = [
  "subscription", "subscriptions", "monthly fee", "monthly fees", "contract", "credit card", "account", "sign-up", "signup", "hub", "bridge", "app",
  "login", "registration", "download", "internet connection",
];

const freeFromSet = new Set(freeFromThings);
const requirement = [...requirementThings].sort((a, b) => b.length - a.length).join("|");
const negation = /\b(?:no|zero|without(?:\s+any)?|free\s+(?:of|from))\s+/giu;
const listItem = /(?:(?:added|artificial|synthetic|harsh|refined)\s+)?([\p{L}-]+)(?![\p{L}-])/uy;
const nextWord = /\s+([\p{L}-]+)(?![\p{L}-])/uy;
const itemJoiner = /(?:\s*,\s*|,?\s+(?:or|and|nor)\s+)(?:no\s+)?/uy;
const needsNone = new RegExp(
  String.raw`\b(?:(?:requires|needs|takes)\s+no\s+(?<object>${requirement})|no\s+(?<subject>${requirement})\s+(?:required|needed|necessary)|without\s+(?:a|an|any)\s+(?<without>${requirement}))(?![\p{L}])`,
  "giu",
);

/** Each thing of a shared "no" list, and each "needs no X", as a claim the brief must make. */
export function readStatedAbsences(text: string): PropertyMatch[] {
  const found: PropertyMatch[] = [];
  for (const lead of text.matchAll(negation)) {
    const items = itemsFrom(text, lead.index + lead[0].length);
    // One plain thing ("no preservatives") is the lexicon's to read; a list shares its "no" with every thing in it, and
    // a qualified one ("no artificial preservatives") is a claim of its own.
    if (items.length < 2 && !/^(?:added|artificial|synthetic|harsh|refined)\s/i.test(items[0]?.text ?? "")) continue;
    for (const item of items) found.push({ ...item, claim: absenceClaim(item.text) });
  }
  for (const match of text.matchAll(needsNone)) {
    const thing = match.groups?.object ?? match.groups?.subject ?? match.groups?.without ?? "";
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0], claim: { forms: [match[0]], backing: variants(thing), weaker: [] } });
  }
  return found;
}

/** The free-from things listed from `at` on: "artificial colours or preservatives". */
function itemsFrom(text: string, at: number): { start: number; end: number; text: string }[] {
  const items: { start: number; end: number; text: string }[] = [];
  for (let position = at; ;) {
    listItem.lastIndex = position;
    const item = listItem.exec(text);
    if (!item) break;
    let end = item.index + item[0].length;
    let thing = item[1].toLowerCase();
    // "palm oil" is one thing of two words.
    nextWord.lastIndex = end;
    const next = nextWord.exec(text);
    if (next && freeFromSet.has(`${thing} ${next[1].toLowerCase()}`)) {
      thing = `${thing} ${next[1].toLowerCase()}`;
      end += next[0].length;
    }
    if (!freeFromSet.has(thing)) break;
    items.push({ start: item.index, end, text: text.slice(item.index, end) });
    itemJoiner.lastIndex = end;
    const joiner = itemJoiner.exec(text);
    if (!joiner) break;
    position = end + joiner[0].length;
  }
  return items;
}

function absenceClaim(item: string): PropertyMatch["claim"] {
  const thing = item.toLowerCase().replace(/^(?:added|artificial|synthetic|harsh|refined)\s+/, "");
  const backing = variants(thing).flatMap((one) => [`no ${one}`, `no ${item}`, `${one}-free`, `free of ${one}`, `free from ${one}`, `without ${one}`, `zero ${one}`, `no added ${one}`]);
  return { forms: [`no ${item}`], backing, weaker: [] };
}

/** "preservatives" and "preservative", "subscription" and "subscriptions". */
function variants(thing: string): string[] {
  const lower = thing.toLowerCase();
  const single = lower.replace(/ies$/, "y").replace(/s$/, "");
  return [...new Set([lower, single, `${single}s`])];
}

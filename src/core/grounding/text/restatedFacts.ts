/**
 * What a shop's attribute lines say in running words. "Seams: Fully taped" says "fully taped seams", "Tested: Third-party
 * for heavy metals" says "third-party tested", "Calories: 0" says "0 calories": a key and its value read the other way
 * round, as copy writes them. Keys shortened the way shop exports shorten them ("Batt", "Wt", "Dims", "Cap.") are
 * spelt out. Only for "does the brief say this?" lookups: figures and places are read from the brief as written.
 */

const abbreviations: ReadonlyMap<string, string> = new Map([
  ["batt", "battery"], ["wt", "weight"], ["dims", "dimensions"], ["dim", "dimensions"], ["dia", "diameter"], ["cap", "capacity"], ["qty", "quantity"],
  ["incl", "included"],
]);
const abbreviation = new RegExp(String.raw`(?<![\p{L}\p{N}])(${[...abbreviations.keys()].join("|")})\.?(?![\p{L}\p{N}])`, "giu");
const attributeLine = /^[ \t*•-]*([\p{L}][\p{L} '’&/-]{0,30}?)[ \t]*:[ \t]*(.+)$/u;
const itemSeparator = /\s*(?:[,;+]|\band\b|&)\s*/i;
// Where a value's leading phrase ends: what comes after these says how or where ("Third-party for heavy metals").
const phraseEnd = /\s(?:for|with|in|on|at|of|to|from|by|per|up|via|when|if|as|than)\s|[([—–]/i;

// "No artificial colours, flavours or preservatives": what is denied, a describing word it may share, then the list.
const deniedList = /(?<![\p{L}])(no|without|free of|free from)[ \t]+(?:([\p{L}-]+)[ \t]+)?([\p{L}-]+(?:,[ \t]*[\p{L}-]+)*,?[ \t]+(?:and|or|&|nor)[ \t]+[\p{L}-]+)/giu;

export function restatedFacts(text: string): string {
  const spelt = text.replace(abbreviation, (_, short: string) => abbreviations.get(short.toLowerCase()) ?? short);
  const restated: string[] = spelt === text ? [] : [spelt];
  // "No artificial colours, flavours or preservatives" says "no artificial flavours" of each item, and with "artificial" too.
  for (const match of spelt.matchAll(deniedList)) {
    const [lead, shared, list] = [match[1], match[2], match[3]];
    for (const item of list.split(/,[ \t]*|[ \t]+(?:and|or|&|nor)[ \t]+/i).filter(Boolean)) restated.push(shared === undefined ? `${lead} ${item}` : `${lead} ${shared} ${item}\n${lead} ${item}`);
  }
  for (const line of spelt.split("\n")) {
    const attribute = attributeLine.exec(line);
    if (!attribute) continue;
    const key = attribute[1].trim();
    if (key.split(/\s+/).length > 3) continue;
    for (const item of attribute[2].split(itemSeparator)) {
      const head = item.split(phraseEnd)[0].trim().replace(/[.!]+$/, "");
      const size = head.split(/\s+/).filter(Boolean).length;
      if (size >= 1 && size <= 4) restated.push(`${head} ${key}`);
      // "Wax: soy-coconut blend" says "soy wax" and "coconut wax": each part of a blend named with the key.
      const blend = /^([\p{L}]+)[-/]([\p{L}]+)[ \t]+blend$/iu.exec(head);
      if (blend) restated.push(`${blend[1]} ${key}\n${blend[2]} ${key}`);
    }
  }
  return restated.join("\n");
}

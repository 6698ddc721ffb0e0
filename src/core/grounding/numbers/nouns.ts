/** Whether two words name the same thing, singular or plural, in British or American spelling ("sizes", "size"; "colours", "colors"). */
export function sameNoun(a: string, b: string): boolean {
  const forms = singularForms(a).map(spelling);
  return singularForms(b).some((form) => forms.includes(spelling(form)));
}

export function singular(word: string): string {
  return singularForms(word)[0];
}

/**
 * The singulars a plural may stand for, the likelier first: "boxes" is "box", but "sizes" and "cases" only lose their "s",
 * while "buses" and "lenses" lose "es"; a word ending in "s" alone may be either.
 */
function singularForms(word: string): string[] {
  if (/ies$/.test(word)) return [word.replace(/ies$/, "y")];
  if (/(?:x|ch|sh|ss|zz)es$/.test(word)) return [word.replace(/es$/, "")];
  if (/[sz]es$/.test(word)) return /zes$/.test(word) ? [word.replace(/s$/, ""), word.replace(/es$/, "")] : [word.replace(/es$/, ""), word.replace(/s$/, "")];
  return [word.replace(/s$/, "")];
}

// "Colour" and "color", "flavour" and "flavor": one noun spelt two ways.
// "Four colourways", "three shades": the trade's words for a product's colours count them as "colours" does.
function spelling(word: string): string {
  const spelt = word.replace(/(?<=\p{L}{2})our$/u, "or").replace(/^colour/u, "color");
  return colourWords.has(spelt) ? "color" : spelt;
}

const colourWords: ReadonlySet<string> = new Set(["colorway", "color-way", "shade", "hue", "tone"]);

/**
 * The words the claim model reads, as bucket numbers of a fixed-size weight table. Training and
 * scoring share this one function, so a change here needs the model trained again
 * (`npm run train:claims-opinion`); the model records `featuresVersion` to catch a stale one.
 */
export const featuresVersion = 1;

/** Figures stand for their kind, not their value: "30%" and "90%" say the same thing to a claim. */
const token = /[\p{L}]+|\d+(?:[.,]\d+)?%?|[%£$€!*#]/gu;

/**
 * Word and word-pair features, stemmed so that "cures", "cured" and "curing" share their weight,
 * hashed into `2^bits` buckets (FNV-1a): the table then has a fixed size, whatever the vocabulary.
 */
export function claimFeatureBuckets(text: string, bits: number): number[] {
  const words = text.toLowerCase().replace(/['’]/g, "").match(token) ?? [];
  const terms = words.map(termOf);
  const mask = (1 << bits) - 1;
  const buckets = new Set<number>();
  for (let i = 0; i < terms.length; i++) {
    buckets.add(fnv1a(terms[i]) & mask);
    if (i + 1 < terms.length) buckets.add(fnv1a(`${terms[i]} ${terms[i + 1]}`) & mask);
  }
  return [...buckets];
}

function termOf(word: string): string {
  if (/^\d/.test(word)) return word.endsWith("%") ? "<percent>" : "<number>";
  // A light stem, enough to fold inflections together; it needs no dictionary and never fails.
  return word.replace(/(?:ing|ed|es|s|ly)$/u, "").replace(/(.)\1$/u, "$1");
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

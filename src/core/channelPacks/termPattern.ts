/**
 * One pattern for a list of banned terms. Marketplaces ban the wording, not one spelling of it:
 * "eco-friendly" also catches "eco friendly" and "ecofriendly", and "refund*" catches
 * "refunds" and "refundable". Letters or digits may not touch either end, so "sale" does not
 * match "wholesale".
 */
export function termPattern(terms: readonly string[]): RegExp {
  const alternatives = terms.map((term) => {
    const open = term.endsWith("*");
    const words = (open ? term.slice(0, -1) : term).trim().split(/[\s\-‐‑]+/u).filter((word) => word.length > 0);
    const body = words.map(escapeRegExp).join("[\\s\\-‐‑]?");
    return open ? `${body}[\\p{L}\\p{N}]*` : body;
  });
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

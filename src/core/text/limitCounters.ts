/**
 * Tailor's rendered copy shows each limited field's length against its limit: "**SEO title**
 * (58/60): …", "- headline (28/30)". Those counters are Tailor's, not the copy's, so checks that
 * read the copy see them blanked out, offsets unchanged.
 */
export function blankLimitCounters(markdown: string): string {
  const blank = (match: string) => " ".repeat(match.length);
  return markdown
    .replace(/(?<=\*\*[^*\n]+\*\* )\(\d+(?:\/\d+|; \d+–\d+ allowed)\)/g, blank)
    .replace(/(?<=^\s*[-*] .*) \(\d+\/\d+\)$/gm, blank);
}

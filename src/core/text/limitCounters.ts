/**
 * Tailor's rendered copy shows each limited field's length against its limit: "**SEO title**
 * (58/60): …", "- headline (28/30)", and numbers marketing variants ("## Variant 2"). Those
 * counters are Tailor's, not the copy's, so checks that read the copy see them blanked out,
 * offsets unchanged: the grounding check took "Variant 2" for a count the brief does not give.
 */
export function blankLimitCounters(markdown: string): string {
  const blank = (match: string) => " ".repeat(match.length);
  return markdown
    .replace(/(?<=\*\*[^*\n]+\*\* )\(\d+(?:\/\d+|; \d+–\d+ allowed)\)/g, blank)
    .replace(/(?<=^\s*[-*] .*) \(\d+\/\d+\)$/gm, blank)
    .replace(/(?<=^## Variant )\d+$/gm, blank);
}

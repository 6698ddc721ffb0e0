/**
 * Appends `text` to `parent` as text nodes, with every occurrence of a term wrapped in <mark>,
 * so a reader sees where a flagged claim sits. Model text only ever becomes text nodes.
 */
export function appendHighlighted(parent: Node, text: string, terms: readonly string[]): void {
  const pattern = termPattern(terms);
  if (!pattern) {
    parent.appendChild(document.createTextNode(text));
    return;
  }
  let from = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > from) parent.appendChild(document.createTextNode(text.slice(from, start)));
    const mark = document.createElement("mark");
    mark.textContent = match[0];
    parent.appendChild(mark);
    from = start + match[0].length;
  }
  if (from < text.length) parent.appendChild(document.createTextNode(text.slice(from)));
}

/** Longest first, so a longer claim wins over a shorter one it contains. */
function termPattern(terms: readonly string[]): RegExp | undefined {
  const unique = [...new Set(terms.filter((term) => term.trim().length > 0))].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return undefined;
  return new RegExp(unique.map(escapeRegExp).join("|"), "giu");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

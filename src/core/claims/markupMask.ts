import { scoresFooterSpan } from "../scores/scoresMarkdown";

/**
 * Hides everything in a document that is not prose (HTML tags and attributes, comments, scripts,
 * entities, Markdown code and link targets, bare URLs) behind blanks of the same length, so rule
 * patterns run on what a shopper reads while offsets still point into the original text.
 * Block-level tags turn into line breaks so that sentences and bullets never run across them.
 * The scores footer of a document Tailor wrote is Tailor's report on the copy, not copy: its
 * figures and advice are hidden too.
 */
export function maskMarkup(text: string): string {
  return maskMarkdown(maskHtml(text));
}

const blockTags = new Set([
  "address", "article", "aside", "blockquote", "body", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
  "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section",
  "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
]);

/** An HTML tag; quoted attribute values may contain ">". */
export const htmlTagPattern = /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;

function maskHtml(text: string): string {
  const footer = scoresFooterSpan(text);
  return (footer ? text.slice(0, footer.start) + blank(text.slice(footer.start, footer.end)) + text.slice(footer.end) : text)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, blank)
    .replace(htmlTagPattern, (tag: string, name: string) => (blockTags.has(name.toLowerCase()) ? "\n".repeat(tag.length) : blank(tag)))
    .replace(/&(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);/g, blank);
}

function maskMarkdown(text: string): string {
  return text
    .replace(/^([ \t]{0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]{0,3}\2[^\n]*$|(?![\s\S]))/gm, blank)
    .replace(/`[^`\n]+`/g, blank)
    .replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, (target: string) => `]${blank(target.slice(1))}`)
    .replace(/^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$/gm, blank)
    .replace(/\b(?:https?:\/\/|www\.)[^\s<>()]+/gi, blank);
}

function blank(value: string): string {
  return value.replace(/[^\n]/g, " ");
}

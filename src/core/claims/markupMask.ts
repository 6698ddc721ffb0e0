import { scoresFooterSpan } from "../scores/scoresMarkdown";

/**
 * Hides everything in a document that is not prose (HTML tags and attributes, comments, scripts,
 * Markdown code and link targets, bare URLs) behind blanks of the same length, and shows an entity
 * as the character it stands for ("&deg;" as "°") padded to its length, so rule
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
    .replace(/&(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);/g, shownEntity);
}

// The entities product copy uses for what a shopper reads: "-5&deg;C", "sand &amp; olive", "9/16&quot;".
const namedEntities: ReadonlyMap<string, string> = new Map([
  ["amp", "&"], ["deg", "°"], ["quot", '"'], ["apos", "'"], ["lsquo", "‘"], ["rsquo", "’"], ["ldquo", "“"], ["rdquo", "”"], ["ndash", "–"], ["mdash", "—"],
  ["minus", "−"], ["times", "×"], ["frasl", "/"], ["percnt", "%"], ["reg", "®"], ["trade", "™"], ["copy", "©"], ["euro", "€"], ["pound", "£"], ["yen", "¥"],
  ["cent", "¢"], ["micro", "µ"], ["lt", "<"], ["gt", ">"], ["le", "≤"], ["ge", "≥"], ["plusmn", "±"], ["sup2", "²"], ["sup3", "³"], ["prime", "′"], ["Prime", "″"],
]);
// Marks that close what comes before them ("50%", "9/16\"", "Acme®", "Kids'"); every other mark opens what follows ("°C", "€49", "< 20 dB").
const closingMarks = /^[%"”’'®™©²³′″–—]$/u;

/**
 * An entity as the character it shows, kept to the entity's length with blanks on the side away
 * from the text it belongs to, so "-5&deg;C" still reads as a temperature and offsets hold. A
 * space, a letter (which would split a word) or an unknown entity is a blank.
 */
function shownEntity(entity: string): string {
  const name = entity.slice(1, -1);
  const code = name.startsWith("#x") || name.startsWith("#X") ? Number.parseInt(name.slice(2), 16) : name.startsWith("#") ? Number.parseInt(name.slice(1), 10) : undefined;
  const shown = code === undefined ? namedEntities.get(name) : code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  if (shown === undefined || shown.length !== 1 || /[\p{L}\p{N}\s]/u.test(shown)) return blank(entity);
  const padding = " ".repeat(entity.length - 1);
  return closingMarks.test(shown) ? shown + padding : padding + shown;
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

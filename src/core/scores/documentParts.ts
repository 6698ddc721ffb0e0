import { htmlToText } from "../catalog/formats/htmlText";
import type { ProductDescriptionDraft } from "../productDescription/enforceLimits";
import { blankLimitCounters } from "../text/limitCounters";
import { withoutScoresFooter } from "./scoresMarkdown";

export type DocumentFormat = "markdown" | "html" | "plaintext";

/**
 * The parts of any document that the scores read, in the shape of a product description: the
 * first top-level heading is the title, list items are bullets and other blocks are paragraphs.
 * An SEO title and meta description are found where Tailor's Markdown puts them ("**SEO title**: …")
 * or where HTML does (<title>, <meta name="description">). A part the document lacks stays
 * undefined, so its checks can be left out rather than failed.
 */
export function documentParts(text: string, format: DocumentFormat): ProductDescriptionDraft {
  const ownText = withoutScoresFooter(text);
  switch (format) {
    case "markdown":
      return markdownParts(ownText);
    case "html":
      return htmlParts(ownText);
    case "plaintext":
      return blocksToParts(ownText.split(/\r?\n/u).map(plainLine));
  }
}

type Block = { readonly kind: "title" | "tagline" | "bullet" | "line" | "break"; readonly text: string };

const seoTitleLine = /^[ \t]*[-*+][ \t]+\*\*SEO title\*\*[ \t]*:[ \t]*(.*)$/imu;
const metaLine = /^[ \t]*[-*+][ \t]+\*\*Meta description\*\*[ \t]*:[ \t]*(.*)$/imu;

function markdownParts(markdown: string): ProductDescriptionDraft {
  let source = blankLimitCounters(markdown)
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/u, "")
    // Tailor's own status line ("> Cancelled …") closes a generated document; it is not copy.
    .replace(/\r?\n---[ \t]*\r?\n(?:\s*>[^\n]*\n?)+\s*$/u, "\n")
    .replace(/<!--[\s\S]*?-->/gu, "")
    .replace(/^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^[ \t]{0,3}\1[^\n]*$/gmu, "");
  const seoTitle = seoTitleLine.exec(source)?.[1];
  const metaDescription = metaLine.exec(source)?.[1];
  source = source.replace(seoTitleLine, "").replace(metaLine, "");
  const parts = blocksToParts(source.split(/\r?\n/u).map(markdownLine));
  if (seoTitle !== undefined) parts.seoTitle = markdownInline(seoTitle);
  if (metaDescription !== undefined) parts.metaDescription = markdownInline(metaDescription);
  return parts;
}

function markdownLine(line: string): Block {
  const heading = /^[ \t]{0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/u.exec(line);
  // Only the first level-one heading is the title; lower headings name sections and are not copy.
  if (heading) return heading[1] === "#" ? { kind: "title", text: markdownInline(heading[2] ?? "") } : { kind: "break", text: "" };
  if (/^[ \t]{0,3}(?:[-*_][ \t]*){3,}$/u.test(line)) return { kind: "break", text: "" };
  const item = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(.*)$/u.exec(line);
  if (item) return { kind: "bullet", text: markdownInline(item[1] ?? "") };
  // A line in emphasis alone is how Tailor's Markdown sets the tagline ("*Warm feet, all winter*").
  if (/^[ \t]*([*_])(?![*_\s]).*[^*_\s]\1[ \t]*$/u.test(line)) return { kind: "tagline", text: markdownInline(line) };
  return lineBlock(markdownInline(line.replace(/^[ \t]*>[ \t]?/u, "")));
}

/** The words a reader sees: no emphasis marks, links as their text, images and code spans dropped. */
function markdownInline(text: string): string {
  return htmlToText(
    text
      .replace(/!\[[^\]]*\]\([^)]*\)/gu, "")
      .replace(/\[([^\]]*)\]\([^)]*\)/gu, "$1")
      .replace(/`[^`]*`/gu, "")
      .replace(/(?<![\p{L}\p{N}])[*_]+|[*_]+(?![\p{L}\p{N}])/gu, ""),
  );
}

function htmlParts(html: string): ProductDescriptionDraft {
  const source = html.replace(/<!--[\s\S]*?-->/gu, "").replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/giu, "");
  const seoTitle = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/iu.exec(source)?.[1];
  const meta = /<meta\b(?=[^>]*\bname\s*=\s*["']description["'])[^>]*\bcontent\s*=\s*("([^"]*)"|'([^']*)')[^>]*>/iu.exec(source);
  const body = source
    .replace(/<head\b[\s\S]*?<\/head\s*>/iu, "")
    .replace(/<title\b[\s\S]*?<\/title\s*>/iu, "")
    .replace(/<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/giu, (_whole, inner: string) => `\n\u0001${htmlToText(inner)}\n`)
    .replace(/<h[2-6]\b[^>]*>[\s\S]*?<\/h[2-6]\s*>/giu, "\n\n")
    .replace(/<li\b[^>]*>([\s\S]*?)<\/li\s*>/giu, (_whole, inner: string) => `\n\u0002${htmlToText(inner)}\n`)
    .replace(/<\/?(?:p|div|ul|ol|br|section|article|table|tr|td|th|blockquote|header|footer|main|body|html)\b[^>]*>/giu, "\n\n");
  const blocks = body.split(/\n/u).map((line): Block => {
    if (line.startsWith("\u0001")) return { kind: "title", text: line.slice(1) };
    if (line.startsWith("\u0002")) return { kind: "bullet", text: line.slice(1) };
    return lineBlock(htmlToText(line));
  });
  const parts = blocksToParts(blocks);
  if (seoTitle !== undefined) parts.seoTitle = htmlToText(seoTitle);
  if (meta) parts.metaDescription = htmlToText(meta[2] ?? meta[3] ?? "");
  return parts;
}

function plainLine(line: string): Block {
  const item = /^[ \t]*[-*•–][ \t]+(.*)$/u.exec(line);
  return item ? { kind: "bullet", text: item[1]?.trim() ?? "" } : lineBlock(line.trim());
}

function lineBlock(text: string): Block {
  return text.trim().length === 0 ? { kind: "break", text: "" } : { kind: "line", text: text.trim() };
}

/** Consecutive lines make one paragraph; bullets, titles and blank lines end it. */
function blocksToParts(blocks: readonly Block[]): ProductDescriptionDraft {
  const parts: ProductDescriptionDraft = {};
  const bullets: string[] = [];
  const body: string[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) body.push(paragraph.join(" "));
    paragraph = [];
  };
  for (const block of blocks) {
    if (block.kind === "line") {
      paragraph.push(block.text);
      continue;
    }
    endParagraph();
    if (block.kind === "bullet" && block.text.length > 0) bullets.push(block.text);
    if (block.kind === "title" && parts.title === undefined && block.text.length > 0) parts.title = block.text;
    // Only before any other copy: emphasis further down is a paragraph like the rest.
    if (block.kind === "tagline") {
      if (parts.tagline === undefined && body.length === 0 && bullets.length === 0) parts.tagline = block.text;
      else body.push(block.text);
    }
  }
  endParagraph();
  if (bullets.length > 0) parts.bullets = bullets;
  if (body.length > 0) parts.body = body;
  return parts;
}

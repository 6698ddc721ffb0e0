import { channelList, type ChannelSpec } from "../marketing/channels";
import { scoresFooterSpan } from "../scores/scoresMarkdown";
import type { ChannelPack } from "./channelPack";
import { channelPackTargets, type ChannelPackTarget } from "./channelPackTargets";
import { checkChannelPack, type PackFinding } from "./checkChannelPack";

/** A span of a document that a pack checks as one value of `field` (pack-wide rules only when absent). */
export interface PackPiece {
  readonly start: number;
  readonly end: number;
  readonly field?: string;
}

/** Which pack checks a document, and the pieces of it that pack reads. */
export interface PackedDocument {
  readonly packId: string;
  readonly pieces: readonly PackPiece[];
}

/** `<!-- tailor-pack: amazon-listing bullet -->`: the pack's id, then optionally the field each line is. */
const markerPattern = /^[ \t]*<!--\s*tailor-pack:\s*([a-z0-9]+(?:-[a-z0-9]+)*)(?:\s+([A-Za-z][A-Za-z0-9_]*))?\s*-->[ \t]*$/m;

/**
 * Which pack applies to a document. A marker line names it outright, and then every other
 * non-blank line (less a list marker or heading marks) is one value of the marker's field.
 * Without one, a document Tailor rendered for a channel with a pack (its first line is
 * "# Amazon product bullets") is checked field by field, as written for that channel.
 * Anything else is checked by no pack.
 */
export function packedDocument(text: string): PackedDocument | undefined {
  const marker = markerPattern.exec(text);
  if (marker) {
    const [line, packId, field] = marker;
    const markerEnd = marker.index + line.length;
    const pieces = lines(text)
      .filter((span) => span.end <= marker.index || span.start >= markerEnd)
      .map((span) => contentOf(text, span))
      .filter((span) => span.end > span.start)
      .map((span) => ({ ...span, ...(field ? { field } : {}) }));
    return { packId: packId!, pieces };
  }
  const channel = renderedChannel(text);
  const target = channel && channelPackTargets[channel.id];
  return channel && target ? { packId: target.packId, pieces: renderedChannelPieces(text, channel, target) } : undefined;
}

/** The pack's findings in each piece, in the document's offsets. */
export function checkPackedDocument(text: string, pieces: readonly PackPiece[], pack: ChannelPack): PackFinding[] {
  return pieces.flatMap((piece) =>
    checkChannelPack(text.slice(piece.start, piece.end), pack, piece.field).map((finding) => ({
      ...finding,
      start: finding.start + piece.start,
      end: finding.end + piece.start,
      fix: { ...finding.fix, start: finding.fix.start + piece.start, end: finding.fix.end + piece.start },
    })),
  );
}

/** The channel whose rendered copy (renderMarketingMarkdown) this is, by its first line. */
function renderedChannel(text: string): ChannelSpec | undefined {
  const firstLine = (text.split("\n", 1)[0] ?? "").trimEnd();
  return channelList.find((channel) => firstLine === `# ${channel.displayName}`);
}

/**
 * The values of the target's fields in rendered channel copy: "**Label** (n/m): text" for a
 * one-line text, the lines under "**Label** (n/m)" for a multi-line one, and each "- item (n/m)"
 * under a list's label. The counters are Tailor's, not the copy's, so they are left out.
 */
export function renderedChannelPieces(text: string, channel: ChannelSpec, target: ChannelPackTarget): PackPiece[] {
  const pieces: PackPiece[] = [];
  let current: { readonly key: string; readonly kind: "text" | "list"; readonly multiline: boolean } | undefined;
  let block: { start: number; end: number } | undefined;
  const closeBlock = () => {
    if (block && current) pieces.push({ ...block, field: target.fields[current.key] });
    block = undefined;
  };
  for (const span of lines(text)) {
    const line = text.slice(span.start, span.end);
    const label = /^\*\*(.+?)\*\* \([^)]*\)(: )?/.exec(line);
    if (label || line.startsWith("## ") || line.startsWith("---") || line.startsWith("# ")) {
      closeBlock();
      const field = label && channel.fields.find((candidate) => candidate.label === label[1]);
      current = field && target.fields[field.key] !== undefined ? { key: field.key, kind: field.kind, multiline: field.kind === "text" && field.multiline === true } : undefined;
      if (label && current?.kind === "text" && !current.multiline && label[2]) pieces.push({ start: span.start + label[0].length, end: span.end, field: target.fields[current.key] });
      continue;
    }
    if (!current) continue;
    if (current.kind === "list") {
      const item = /^- (.*?)(?: \(\d+\/\d+\))?$/.exec(line);
      if (item) pieces.push({ start: span.start + 2, end: span.start + 2 + item[1]!.length, field: target.fields[current.key] });
    } else if (current.multiline && line.trim()) {
      block = { start: block?.start ?? span.start, end: span.end };
    }
  }
  closeBlock();
  return pieces;
}

/** The lines of a document outside the scores footer Tailor appends, which is its report, not copy. */
function lines(text: string): { start: number; end: number }[] {
  const footer = scoresFooterSpan(text);
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    const end = start + line.replace(/\r$/, "").length;
    if (!footer || end <= footer.start || start >= footer.end) spans.push({ start, end });
    start += line.length + 1;
  }
  return spans;
}

/** A line less its list marker or heading marks and its outer spaces. */
function contentOf(text: string, span: { start: number; end: number }): { start: number; end: number } {
  const line = text.slice(span.start, span.end);
  const lead = /^\s*(?:[-*+] |\d+[.)] |#+ |> )?\s*/.exec(line)![0].length;
  const trail = line.length - line.trimEnd().length;
  return { start: span.start + lead, end: Math.max(span.start + lead, span.end - trail) };
}

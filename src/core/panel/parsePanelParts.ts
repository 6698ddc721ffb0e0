import { isChannelId, type ChannelId } from "../marketing/channels";
import { isIndustryIdText, isPanelLength, isPanelOutput, type PanelForm } from "./panelForm";
import type { PanelHistoryItem, PanelModelInfo, PanelOption } from "./panelMessages";
import { panelMessageLimits as limits } from "./panelMessageLimits";
import type { ScoreRow } from "../scores/scoreDisplay";
import { previewStatuses, type PanelPreview, type PanelScores, type PreviewBlock, type PreviewFinding, type PreviewStatus } from "./panelPreview";
import { boundedArray, boundedString, optionalBoundedString, positiveInteger, strictRecord } from "./strictData";

const formKeys = ["name", "facts", "audience", "tone", "industry", "length", "keywords", "output"] as const;

export function parsePanelForm(value: unknown): PanelForm | undefined {
  const record = strictRecord(value, formKeys);
  if (!record) return undefined;
  const name = boundedString(record.name, limits.formText);
  const facts = boundedString(record.facts, limits.facts);
  const audience = boundedString(record.audience, limits.formText);
  const tone = boundedString(record.tone, limits.formText);
  const keywords = boundedString(record.keywords, limits.formText);
  const industry = boundedString(record.industry, limits.industryId);
  const { length, output } = record;
  if (name === undefined || facts === undefined || audience === undefined || tone === undefined || keywords === undefined) return undefined;
  if (industry === undefined || !isIndustryIdText(industry)) return undefined;
  if (typeof length !== "string" || !isPanelLength(length) || typeof output !== "string" || !isPanelOutput(output)) return undefined;
  return { name, facts, audience, tone, industry, length, keywords, output };
}

export function parsePanelPreview(value: unknown): PanelPreview | undefined {
  const record = strictRecord(value, ["blocks", "status", "findings"], ["note", "scores"]);
  if (!record) return undefined;
  const blocks = boundedArray(record.blocks, limits.previewBlocks, parsePreviewBlock);
  const status = typeof record.status === "string" && isPreviewStatus(record.status) ? record.status : undefined;
  const note = optionalBoundedString(record.note, limits.notice);
  const findings = boundedArray(record.findings, limits.findings, parseFinding);
  const scores = record.scores === undefined ? undefined : parseScores(record.scores);
  if (!blocks || !status || !note.ok || !findings || (record.scores !== undefined && !scores)) return undefined;
  return { blocks, status, ...(note.value === undefined ? {} : { note: note.value }), findings, ...(scores ? { scores } : {}) };
}

function parseScores(value: unknown): PanelScores | undefined {
  const record = strictRecord(value, ["overall", "rows"]);
  if (!record) return undefined;
  const { overall } = record;
  const rows = boundedArray(record.rows, limits.scoreRows, parseScoreRow);
  if (typeof overall !== "number" || !Number.isFinite(overall) || overall < 0 || overall > 100 || !rows) return undefined;
  return { overall, rows };
}

function parseScoreRow(value: unknown): ScoreRow | undefined {
  const record = strictRecord(value, ["id", "label", "value", "threshold", "status", "advice"]);
  if (!record) return undefined;
  const [id, label, shown, threshold, advice] = [record.id, record.label, record.value, record.threshold, record.advice].map((text) => boundedString(text, limits.label));
  const status = record.status === "good" || record.status === "ok" || record.status === "problem" ? record.status : undefined;
  if (id === undefined || label === undefined || shown === undefined || threshold === undefined || advice === undefined || !status) return undefined;
  return { id, label, value: shown, threshold, status, advice };
}

export function parseModelInfo(value: unknown): PanelModelInfo | undefined {
  const record = strictRecord(value, ["name", "state"]);
  if (!record) return undefined;
  const name = boundedString(record.name, limits.modelName);
  const state = boundedString(record.state, limits.modelState);
  return name === undefined || state === undefined ? undefined : { name, state };
}

export function parseHistoryItem(value: unknown): PanelHistoryItem | undefined {
  const record = strictRecord(value, ["id", "label", "createdAt", "output"]);
  if (!record) return undefined;
  const id = boundedString(record.id, limits.id);
  const label = boundedString(record.label, limits.label);
  const { output, createdAt } = record;
  if (!id || label === undefined || typeof output !== "string" || !isPanelOutput(output)) return undefined;
  if (typeof createdAt !== "number" || !Number.isFinite(createdAt) || createdAt < 0) return undefined;
  return { id, label, createdAt, output };
}

/** An industry choice; "" is not one, since the webview offers "workspace setting" itself. */
export function parseOption(value: unknown): PanelOption | undefined {
  const record = strictRecord(value, ["id", "label"]);
  if (!record) return undefined;
  const id = boundedString(record.id, limits.industryId);
  const label = boundedString(record.label, limits.label);
  return id && isIndustryIdText(id) && label ? { id, label } : undefined;
}

export function parseChannelOption(value: unknown): PanelOption<ChannelId> | undefined {
  const record = strictRecord(value, ["id", "label"]);
  if (!record) return undefined;
  const label = boundedString(record.label, limits.label);
  return typeof record.id === "string" && isChannelId(record.id) && label ? { id: record.id, label } : undefined;
}

function parsePreviewBlock(value: unknown): PreviewBlock | undefined {
  const record = strictRecord(value, ["kind"], ["text", "heading", "items", "label", "limit"]);
  if (!record) return undefined;
  switch (record.kind) {
    case "title":
    case "tagline": {
      const text = strictRecord(record, ["kind", "text"]) && boundedString(record.text, limits.previewText);
      return typeof text === "string" ? { kind: record.kind, text } : undefined;
    }
    case "bullets":
      return parseListBlock(record, "bullets");
    case "paragraphs":
      return parseListBlock(record, "paragraphs");
    case "field": {
      if (!strictRecord(record, ["kind", "label", "text"], ["limit"])) return undefined;
      const label = boundedString(record.label, limits.label);
      const text = boundedString(record.text, limits.previewText);
      const limit = record.limit === undefined ? undefined : positiveInteger(record.limit, limits.previewText);
      if (label === undefined || text === undefined || (record.limit !== undefined && limit === undefined)) return undefined;
      return limit === undefined ? { kind: "field", label, text } : { kind: "field", label, text, limit };
    }
    default:
      return undefined;
  }
}

function parseListBlock(record: Readonly<Record<string, unknown>>, kind: "bullets" | "paragraphs"): PreviewBlock | undefined {
  if (!strictRecord(record, ["kind", "items"], kind === "bullets" ? ["heading", "limit"] : ["heading"])) return undefined;
  const heading = optionalBoundedString(record.heading, limits.label);
  const items = boundedArray(record.items, limits.previewItems, (item) => boundedString(item, limits.previewText));
  const limit = record.limit === undefined ? undefined : positiveInteger(record.limit, limits.previewText);
  if (!heading.ok || !items || (record.limit !== undefined && limit === undefined)) return undefined;
  const withHeading = heading.value === undefined ? {} : { heading: heading.value };
  if (kind === "paragraphs") return { kind, items, ...withHeading };
  return { kind, items, ...withHeading, ...(limit === undefined ? {} : { limit }) };
}

function parseFinding(value: unknown): PreviewFinding | undefined {
  const record = strictRecord(value, ["text", "reason"]);
  if (!record) return undefined;
  const text = boundedString(record.text, limits.label);
  const reason = boundedString(record.reason, limits.notice);
  return text && reason !== undefined ? { text, reason } : undefined;
}

function isPreviewStatus(value: string): value is PreviewStatus {
  return (previewStatuses as readonly string[]).includes(value);
}

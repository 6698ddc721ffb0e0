import type { ChannelDraft, ChannelFieldValue, ChannelVariantDraft } from "../marketing/channelDraft";
import type { ChannelSpec } from "../marketing/channels";
import type { ChannelPack } from "./channelPack";
import { channelPacks } from "./channelPacks";
import { channelPackTargets, type ChannelPackTarget } from "./channelPackTargets";
import { applyPackFixes, checkChannelPack, type PackFinding } from "./checkChannelPack";
import { checkPackedDocument, renderedChannelPieces } from "./packedDocument";

/** The pack that copy written for `channel` must pass, with how the channel's fields map onto it. */
export interface ChannelCopyPack {
  readonly channel: ChannelSpec;
  readonly target: ChannelPackTarget;
  readonly pack: ChannelPack;
}

/** The pack for `channel` among `packs` (the built-in ones, or those with a workspace's applied); none for a channel without one. */
export function channelPackFor(channel: ChannelSpec, packs: readonly ChannelPack[] = channelPacks): ChannelCopyPack | undefined {
  const target = channelPackTargets[channel.id];
  const pack = target && packs.find((candidate) => candidate.id === target.packId);
  return target && pack ? { channel, target, pack } : undefined;
}

/** The pack's findings in copy rendered for its channel (renderMarketingMarkdown), field by field. */
export function checkChannelCopy(markdown: string, copyPack: ChannelCopyPack): PackFinding[] {
  return checkPackedDocument(markdown, renderedChannelPieces(markdown, copyPack.channel, copyPack.target), copyPack.pack);
}

/**
 * The draft with the characters the pack bans (emoji, symbols) taken out of every field it
 * checks, and values left empty by that dropped. Removing a character never changes what the
 * copy says, so it is done outright rather than spending the one rewrite on it.
 */
export function withoutBannedCharacters(draft: ChannelDraft, copyPack: ChannelCopyPack): ChannelDraft {
  return { variants: draft.variants.map((variant) => cleanVariant(variant, copyPack)) };
}

function cleanVariant(variant: ChannelVariantDraft, { target, pack }: ChannelCopyPack): ChannelVariantDraft {
  const result: { [key: string]: ChannelFieldValue | undefined } = { ...variant };
  for (const [key, field] of Object.entries(target.fields)) {
    const value = variant[key];
    if (value === undefined) continue;
    const clean = (text: string) => applyPackFixes(text, checkChannelPack(text, pack, field).filter((finding) => finding.kind === "character"));
    result[key] = typeof value === "string" ? clean(value) : value.map(clean).filter((item) => item.trim().length > 0);
  }
  return result;
}

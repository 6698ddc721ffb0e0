import { briefSearchText, type ProductBrief } from "../brief";
import type { ChannelPack } from "../channelPacks/channelPack";
import { channelPackFor, withoutBannedCharacters } from "../channelPacks/channelCopyPack";
import { channelPacks } from "../channelPacks/channelPacks";
import { withBrokenRules } from "../promptParts";
import { chatLeakSource } from "../text/promptLeaks";
import type { StructuredJob } from "../structuredJob";
import { channelBackedValue } from "./channelBackedValue";
import type { ChannelDraft } from "./channelDraft";
import { channelJsonSchema } from "./channelSchema";
import type { ChannelSpec } from "./channels";
import { enforceChannelLimits, violations } from "./enforceChannelLimits";
import { draftFromJson } from "./fromJson";
import { buildMarketingCopyPrompt } from "./marketingPrompt";
import { renderMarketingMarkdown } from "./renderMarketingMarkdown";

/**
 * How hard repeats are penalised while marketing copy is written. SmolLM2-135M wrote one headline
 * or bullet again and again ("100 g 100 g 100 g"), so enforcement dropped the repeats and left
 * too few; with the penalty 10 sampled marketing briefs went from 40% to 80% complete. Product
 * descriptions get none: there it made the model borrow the worked example's facts instead
 * (bench/README.md, "One change at a time").
 */
export const marketingFrequencyPenalty = 0.4;

/**
 * Variants of copy for one channel, its limits enforced: shared by the command and the panel.
 * Where the channel has a marketplace pack (among `packs`: the built-in ones, or the workspace's),
 * its banned characters are taken out of every draft and its other rules join the checks.
 */
export function marketingCopyJob(brief: ProductBrief, channel: ChannelSpec, variants: number, packs: readonly ChannelPack[] = channelPacks): StructuredJob<ChannelDraft> {
  const channelPack = channelPackFor(channel, packs);
  return {
    label: `${channel.displayName} copy`,
    briefText: briefSearchText(brief),
    buildMessages: (guidance, mustAvoid, budget) => withBrokenRules(buildMarketingCopyPrompt(brief, channel, variants, guidance, budget), mustAvoid),
    jsonSchema: channelJsonSchema(channel, variants),
    toDraft: (value) => {
      const draft = enforceChannelLimits(channel, draftFromJson(channel, value));
      return channelPack ? withoutBannedCharacters(draft, channelPack) : draft;
    },
    render: (draft, footer) => renderMarketingMarkdown(channel, draft, footer),
    missing: (draft) => violations(channel, draft, variants),
    promptLeakSource: () => chatLeakSource(buildMarketingCopyPrompt(brief, channel, variants, ""), brief, channelJsonSchema(channel, variants)),
    backedValue: (draft, path) => channelBackedValue(channel, brief, draft, path),
    frequencyPenalty: marketingFrequencyPenalty,
    ...(channelPack ? { channelPack } : {}),
  };
}

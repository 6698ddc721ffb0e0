import { briefSearchText, type ProductBrief } from "../brief";
import { withBrokenRules } from "../promptParts";
import type { StructuredJob } from "../structuredJob";
import type { ChannelDraft } from "./channelDraft";
import { channelJsonSchema } from "./channelSchema";
import type { ChannelSpec } from "./channels";
import { enforceChannelLimits, violations } from "./enforceChannelLimits";
import { draftFromJson } from "./fromJson";
import { buildMarketingCopyPrompt } from "./marketingPrompt";
import { renderMarketingMarkdown } from "./renderMarketingMarkdown";

/** Variants of copy for one channel, its limits enforced: shared by the command and the panel. */
export function marketingCopyJob(brief: ProductBrief, channel: ChannelSpec, variants: number): StructuredJob<ChannelDraft> {
  return {
    label: `${channel.displayName} copy`,
    briefText: briefSearchText(brief),
    buildMessages: (guidance, mustAvoid, budget) => withBrokenRules(buildMarketingCopyPrompt(brief, channel, variants, guidance, budget), mustAvoid),
    jsonSchema: channelJsonSchema(channel, variants),
    toDraft: (value) => enforceChannelLimits(channel, draftFromJson(channel, value)),
    render: (draft, footer) => renderMarketingMarkdown(channel, draft, footer),
    missing: (draft) => violations(channel, draft, variants),
  };
}

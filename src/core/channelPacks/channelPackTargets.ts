import type { ChannelId } from "../marketing/channels";

/** Which pack a marketing channel's copy must pass, and which pack field each channel field is. */
export interface ChannelPackTarget {
  readonly packId: string;
  /** A channel field's key ("bullets") to the pack field its values are checked as ("bullet"). */
  readonly fields: Readonly<Record<string, string>>;
}

/**
 * The channels a marketplace publishes as they are. The others (email, social posts, meta tags)
 * go to places with no pack of their own: their channel limits are all that applies.
 */
export const channelPackTargets: Readonly<Partial<Record<ChannelId, ChannelPackTarget>>> = {
  "amazon-bullets": { packId: "amazon-listing", fields: { bullets: "bullet" } },
  "google-ads-rsa": { packId: "google-ads", fields: { headlines: "headline", descriptions: "description" } },
};

import type { ChannelPack } from "./channelPack";
import { parseChannelPack } from "./parseChannelPack";
import amazonListing from "./packs/amazon-listing.json";
import googleAds from "./packs/google-ads.json";
import googleMerchant from "./packs/google-merchant.json";
import shopifySeo from "./packs/shopify-seo.json";
import { termPattern } from "./termPattern";

export type { ChannelPack } from "./channelPack";

/** The pack files as bundled, by file name, so a validation error can name the file. */
export const channelPackFiles: Readonly<Record<string, unknown>> = {
  "amazon-listing.json": amazonListing,
  "google-ads.json": googleAds,
  "google-merchant.json": googleMerchant,
  "shopify-seo.json": shopifySeo,
};

export const channelPacks: readonly ChannelPack[] = Object.entries(channelPackFiles).map(([fileName, data]) => parseChannelPack(data, fileName));

export function findChannelPack(id: string): ChannelPack | undefined {
  return channelPacks.find((pack) => pack.id === id);
}

/**
 * The pack with a campaign's excluded terms added as one more banned-term rule, for every field.
 * Google Ads keeps these per campaign, so they come with the job, not in the pack file.
 */
export function withExcludedTerms(pack: ChannelPack, terms: readonly string[]): ChannelPack {
  const wanted = terms.map((term) => term.trim()).filter((term) => /[\p{L}\p{N}]/u.test(term));
  if (wanted.length === 0) return pack;
  const rule = {
    id: "campaign-excluded-terms",
    terms: wanted,
    reason: "The campaign excludes this term.",
    source: "the campaign's excluded terms",
    pattern: termPattern(wanted),
  };
  return { ...pack, bannedTerms: [...pack.bannedTerms.filter((existing) => existing.id !== rule.id), rule] };
}

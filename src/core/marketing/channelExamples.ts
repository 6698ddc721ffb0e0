import type { ChannelVariantDraft } from "./channelDraft";
import type { ChannelId } from "./channels";

/**
 * One variant for each channel, written for exampleBrief (../exampleBrief.ts): the answer of the
 * worked example the marketing prompt shows. Each keeps to its channel's limits and counts.
 */
export const channelExamples: Readonly<Record<ChannelId, ChannelVariantDraft>> = {
  "google-ads-rsa": {
    headlines: ["Canvas Tote Bag", "Fits a 15-Inch Laptop", "Organic Cotton Canvas"],
    descriptions: ["A sturdy canvas tote bag in 12 oz organic cotton, with an inner zip pocket.", "Room for a 15-inch laptop. Made for the daily commute."],
  },
  meta: {
    title: "Canvas Tote Bag in Organic Cotton Canvas",
    description: "A canvas tote bag in 12 oz organic cotton canvas that fits a 15-inch laptop, with an inner zip pocket for keys and cards.",
  },
  email: {
    subject: "A canvas tote bag that fits your laptop",
    preheader: "12 oz organic cotton canvas and an inner zip pocket for the commute.",
  },
  "x-post": {
    post: "Meet the Canvas Tote Bag: 12 oz organic cotton canvas, room for a 15-inch laptop and an inner zip pocket for your keys.",
  },
  instagram: {
    caption: "Your commute, sorted. The Canvas Tote Bag fits a 15-inch laptop, and the inner zip pocket keeps keys and cards close.",
    hashtags: ["#totebag", "#canvasbag", "#commute"],
  },
  "amazon-bullets": {
    bullets: [
      "ORGANIC CANVAS: made of 12 oz organic cotton canvas.",
      "LAPTOP SIZE: fits a 15-inch laptop.",
      "ZIP POCKET: an inner zip pocket keeps keys and cards close.",
      "FOR COMMUTERS: one bag for the laptop and the small things of the day.",
      "EVERYDAY TOTE: a plain canvas tote bag for the daily commute.",
    ],
  },
};

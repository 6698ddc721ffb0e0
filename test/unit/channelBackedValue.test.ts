import * as assert from "node:assert/strict";
import { channelBackedValue } from "../../src/core/marketing/channelBackedValue";
import { channels } from "../../src/core/marketing/channels";

const brief = { name: "Sencha Green Tea", facts: ["100 g loose leaf", "first flush from Shizuoka", "steep at 70 °C for 1 minute"], keywords: [] };

describe("channelBackedValue: a channel field from the brief's own words", () => {
  it("names the product in a phrase such as an email subject, and lists the facts in prose within the limit", () => {
    const draft = { variants: [{ subject: "Canvas Tote Bag", preheader: "Fits a 15-inch laptop." }] };
    assert.equal(channelBackedValue(channels.email, brief, draft, ["variants", 0, "subject"]), "Sencha Green Tea");
    const preheader = channelBackedValue(channels.email, brief, draft, ["variants", 0, "preheader"])!;
    assert.ok(preheader.length <= 100, preheader);
    assert.match(preheader, /^Sencha Green Tea: 100 g loose leaf, first flush from Shizuoka.*\.$/);
  });

  it("gives a list item a fact its list does not hold yet, within the item's limit", () => {
    const headlines = ["100 g loose leaf", "Fits a 15-inch laptop", "Sencha Green Tea"];
    const draft = { variants: [{ headlines, descriptions: [] }] };
    // "steep at 70 °C for 1 minute" and "first flush from Shizuoka" are 27 and 25 characters: both fit 30.
    assert.equal(channelBackedValue(channels["google-ads-rsa"], brief, draft, ["variants", 0, "headlines", 1]), "First flush from Shizuoka");
  });

  it("makes no hashtag from a fact, and nothing for a field the channel does not have", () => {
    const draft = { variants: [{ caption: "Tea.", hashtags: ["#tote", "#tea", "#canvas"] }] };
    assert.equal(channelBackedValue(channels.instagram, brief, draft, ["variants", 0, "hashtags", 0]), undefined);
    assert.equal(channelBackedValue(channels.instagram, brief, draft, ["variants", 0, "subject"]), undefined);
  });
});

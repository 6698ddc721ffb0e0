import * as assert from "node:assert/strict";
import type { ProductBrief } from "../../src/core/brief";
import { parsePartialJson } from "../../src/core/partialJson";
import { defaultProfileGuidance } from "../../src/core/profiles/defaultProfile";
import type { ChannelDraft, ChannelVariantDraft } from "../../src/core/marketing/channelDraft";
import { channelJsonSchema, type StringListSchema, type StringSchema } from "../../src/core/marketing/channelSchema";
import { channelList, channels, type ChannelId, type ChannelSpec } from "../../src/core/marketing/channels";
import { enforceChannelLimits, violations } from "../../src/core/marketing/enforceChannelLimits";
import { draftFromJson } from "../../src/core/marketing/fromJson";
import { normaliseHashtags } from "../../src/core/marketing/hashtags";
import { buildMarketingCopyPrompt } from "../../src/core/marketing/marketingPrompt";
import { renderMarketingMarkdown } from "../../src/core/marketing/renderMarketingMarkdown";
import { trimLinesToLimit } from "../../src/core/marketing/trimLines";

/** The limits as the product brief states them, written out here so the data is checked against them. */
const specified: Record<ChannelId, Record<string, { maxLength: number; minItems?: number; maxItems?: number }>> = {
  "google-ads-rsa": { headlines: { maxLength: 30, minItems: 3, maxItems: 15 }, descriptions: { maxLength: 90, minItems: 2, maxItems: 4 } },
  meta: { title: { maxLength: 60 }, description: { maxLength: 155 } },
  email: { subject: { maxLength: 60 }, preheader: { maxLength: 100 } },
  "x-post": { post: { maxLength: 280 } },
  instagram: { caption: { maxLength: 2200 }, hashtags: { maxLength: 30, minItems: 3, maxItems: 10 } },
  "amazon-bullets": { bullets: { maxLength: 200, minItems: 5, maxItems: 5 } },
};

const vocabulary = ["merino", "socks", "keep", "feet", "warm,", "dry", "and", "comfortable", "on", "long", "winter", "trails;", "cushioned", "heels", "last"];

/** Real-looking prose of at least `length` characters; `seed` makes each item start differently. */
function prose(length: number, seed: number): string {
  const words = [`Pick${seed}`];
  for (let i = 0; words.join(" ").length < length; i++) words.push(vocabulary[(i + seed) % vocabulary.length]);
  return words.join(" ");
}

/** Prose with line breaks and runs of blank lines, as a caption is written. */
function multilineProse(length: number, seed: number): string {
  return prose(length, seed).replace(/ (trails;|last) /g, (_, word: string) => ` ${word}\n\n\n`);
}

const badHashtags = ["Merino Wool", "##trail-running", "#merino wool", "#2024", "#", "#ThisHashtagIsFarTooLongToBeAnyUse", "#hike! #winter?", "#café"];

function overlongVariant(channel: ChannelSpec, seed: number): ChannelVariantDraft {
  const variant: { [key: string]: string | string[] } = {};
  for (const field of channel.fields) {
    if (field.kind === "text") {
      variant[field.key] = field.multiline ? multilineProse(field.maxLength * 3, seed) : prose(field.maxLength * 3, seed);
    } else if (field.format === "hashtag") {
      const extra = Array.from({ length: field.maxItems * 2 }, (_, i) => `#tag${seed}x${i}`);
      variant[field.key] = [...badHashtags, ...extra];
    } else {
      variant[field.key] = Array.from({ length: field.maxItems + 5 }, (_, i) => prose(field.maxLength * 3, seed * 100 + i));
    }
  }
  return variant;
}

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

/** The kept text is the original's beginning and stops where a word stops. */
function assertWordBoundaryPrefix(kept: string, original: string, where: string): void {
  let keptFlat = collapse(kept);
  const originalFlat = collapse(original);
  // Prose ended early (at a clause, or before a loop) closes with a full stop where the original went on.
  if (!originalFlat.startsWith(keptFlat) && keptFlat.endsWith(".")) keptFlat = keptFlat.slice(0, -1);
  assert.ok(originalFlat.startsWith(keptFlat), `${where}: "${keptFlat}" is not a prefix of the original`);
  const next = originalFlat.charAt(keptFlat.length);
  assert.doesNotMatch(next, /[\p{L}\p{N}]/u, `${where}: cut mid-word before "${originalFlat.slice(keptFlat.length, keptFlat.length + 12)}"`);
}

describe("marketing channels", () => {
  it("define every channel of the brief with the specified limits", () => {
    assert.deepEqual(channelList.map((channel) => channel.id).sort(), Object.keys(specified).sort());
    for (const channel of channelList) {
      assert.ok(channel.displayName.length > 0);
      const fields = Object.fromEntries(
        channel.fields.map((field) => [field.key, field.kind === "text" ? { maxLength: field.maxLength } : { maxLength: field.maxLength, minItems: field.minItems, maxItems: field.maxItems }]),
      );
      assert.deepEqual(fields, specified[channel.id], channel.id);
    }
  });
});

describe("channelJsonSchema", () => {
  it("asks for exactly the requested number of variants, with slack on strings and the specified item counts", () => {
    for (const channel of channelList) {
      for (let variants = 1; variants <= 5; variants++) {
        const schema = channelJsonSchema(channel, variants);
        assert.deepEqual(schema.required, ["variants"]);
        const list = schema.properties.variants;
        assert.equal(list.minItems, variants);
        assert.equal(list.maxItems, variants);
        assert.deepEqual([...list.items.required].sort(), Object.keys(specified[channel.id]).sort());
        for (const [key, spec] of Object.entries(specified[channel.id])) {
          const field = list.items.properties[key];
          const string: StringSchema = field.type === "array" ? field.items : field;
          assert.ok(string.maxLength > spec.maxLength, `${channel.id}.${key}: maxLength ${string.maxLength} leaves no slack over ${spec.maxLength}`);
          assert.equal(string.minLength, 1);
          if (spec.minItems === undefined) {
            assert.equal(field.type, "string", `${channel.id}.${key}`);
          } else {
            assert.equal(field.type, "array", `${channel.id}.${key}`);
            assert.equal((field as StringListSchema).minItems, spec.minItems);
            assert.equal((field as StringListSchema).maxItems, spec.maxItems);
          }
        }
      }
    }
  });

  it("refuses a variant count outside 1 to 5", () => {
    for (const variants of [0, 6, 2.5, -1]) assert.throws(() => channelJsonSchema(channels.meta, variants), RangeError);
  });
});

describe("enforceChannelLimits", () => {
  for (const channel of channelList) {
    it(`brings a far-too-long ${channel.id} draft within every limit, cutting only between words`, () => {
      const draft: ChannelDraft = { variants: [overlongVariant(channel, 1), overlongVariant(channel, 2)] };
      const result = enforceChannelLimits(channel, draft);
      assert.equal(result.variants.length, 2);
      result.variants.forEach((variant, v) => {
        const original = draft.variants[v];
        for (const field of channel.fields) {
          const value = variant[field.key];
          const where = `${channel.id} variant ${v + 1} ${field.key}`;
          if (field.kind === "text") {
            assert.equal(typeof value, "string", where);
            const text = value as string;
            assert.ok(text.length > 0, `${where} is empty`);
            assert.ok(text.length <= field.maxLength, `${where} is ${text.length} > ${field.maxLength}`);
            assertWordBoundaryPrefix(text, original[field.key] as string, where);
            if (field.multiline) assert.match(text, /\n\n/, `${where} lost its paragraph breaks`);
            assert.doesNotMatch(text, /\n\n\n/, `${where} kept a run of blank lines`);
            continue;
          }
          assert.ok(Array.isArray(value), where);
          const items = value as readonly string[];
          assert.ok(items.length >= field.minItems && items.length <= field.maxItems, `${where}: ${items.length} items`);
          assert.equal(new Set(items.map((item) => item.toLowerCase())).size, items.length, `${where} has repeats`);
          for (const item of items) {
            assert.ok(item.length > 0 && item.length <= field.maxLength, `${where}: "${item}" is ${item.length} > ${field.maxLength}`);
            if (field.format === "hashtag") assert.match(item, /^#[\p{L}\p{M}\p{Nd}_]+$/u, where);
          }
          if (field.format !== "hashtag") {
            items.forEach((item, i) => assertWordBoundaryPrefix(item, (original[field.key] as string[])[i], `${where}[${i}]`));
          }
        }
      });
      assert.deepEqual(violations(channel, result), [], `${channel.id} still has problems`);
    });
  }

  it("turns what a model writes as hashtags into valid, distinct tags", () => {
    const result = enforceChannelLimits(channels.instagram, { variants: [{ caption: "Warm socks.", hashtags: badHashtags }] });
    assert.deepEqual(result.variants[0].hashtags, ["#MerinoWool", "#trailrunning", "#hike", "#winter", "#café"]);
  });

  it("drops a single word too long for its field and lets violations name the gap", () => {
    const result = enforceChannelLimits(channels.email, { variants: [{ subject: "x".repeat(80), preheader: "Fine." }] });
    assert.equal(result.variants[0].subject, undefined);
    assert.deepEqual(violations(channels.email, result), ["Variant 1: no subject."]);
  });

  it("keeps at most five variants", () => {
    const variant = { title: "Merino socks", description: "Warm socks." };
    assert.equal(enforceChannelLimits(channels.meta, { variants: Array.from({ length: 7 }, () => variant) }).variants.length, 5);
  });
});

describe("trimLinesToLimit", () => {
  it("keeps whole lines while they fit and cuts the next one between words", () => {
    const text = "First line here.\n\n\n\nSecond  line\nThird line is the one that gets cut";
    assert.equal(trimLinesToLimit(text, 200), "First line here.\n\nSecond line\nThird line is the one that gets cut");
    assert.equal(trimLinesToLimit(text, 45), "First line here.\n\nSecond line\nThird line is");
    assert.equal(trimLinesToLimit(text, 29), "First line here.\n\nSecond line");
  });

  it("ends the line that does not fit at its last sentence or clause", () => {
    const text = "Hook line.\nWarm on the trail. Dry in the rain, light in the pack and soft";
    assert.equal(trimLinesToLimit(text, 40), "Hook line.\nWarm on the trail.");
    assert.equal(trimLinesToLimit(text, 55), "Hook line.\nWarm on the trail. Dry in the rain.");
  });
});

describe("enforceChannelLimits on prose and phrases", () => {
  it("ends an over-long preheader at a sentence and cuts a subject between words, never on 'and'", () => {
    const preheader = "Soft merino keeps your feet warm and dry on cold winter trails. The cushioned heel lasts for many seasons";
    const subject = "Merino trail socks that keep your feet warm on every hike and in the snow";
    const result = enforceChannelLimits(channels.email, { variants: [{ subject, preheader }] });
    assert.equal(result.variants[0].preheader, "Soft merino keeps your feet warm and dry on cold winter trails.");
    assert.equal(result.variants[0].subject, "Merino trail socks that keep your feet warm on every hike");
  });
});

describe("marketing violations", () => {
  it("reports too few items, missing fields, malformed and repeated items, and missing variants", () => {
    const draft: ChannelDraft = {
      variants: [
        { headlines: ["Warm socks", "Dry feet"], descriptions: ["Merino socks for winter.", "Cushioned heels."] },
        { headlines: ["Warm socks", "warm socks", "x".repeat(31)] },
      ],
    };
    assert.deepEqual(violations(channels["google-ads-rsa"], draft, 3), [
      "Asked for 3 variants; got 2.",
      "Variant 1: 2 headlines; Google Ads responsive search ad needs at least 3.",
      "Variant 2: headline 2, \"warm socks\", repeats an earlier headline.",
      "Variant 2: headline 3 is 31 characters; the limit is 30.",
      "Variant 2: 0 descriptions; Google Ads responsive search ad needs at least 2.",
    ]);
    assert.deepEqual(violations(channels.instagram, { variants: [{ caption: "Hi", hashtags: ["#ok", "#two", "not one"] }] }), [
      'Variant 1: hashtag 3, "not one", is not a valid hashtag ("#" then letters, digits or underscores).',
    ]);
    assert.deepEqual(violations(channels.meta, { variants: [] }), ["No variants were written."]);
  });
});

describe("marketing draftFromJson", () => {
  it("reads the channel's fields from streaming JSON and ignores the rest", () => {
    const json = '{"variants": [{"subject": "Warm feet", "preheader": "Merino socks", "extra": 1}, {"subject": "Dry too", "prehea';
    assert.deepEqual(draftFromJson(channels.email, parsePartialJson(json)), {
      variants: [{ subject: "Warm feet", preheader: "Merino socks" }, { subject: "Dry too" }],
    });
  });

  it("accepts a bare array of variants, a single variant, and a list written as one string", () => {
    assert.deepEqual(draftFromJson(channels.meta, [{ title: "A", description: "B" }]), { variants: [{ title: "A", description: "B" }] });
    assert.deepEqual(draftFromJson(channels.instagram, { caption: "C", hashtags: "#a #b" }), { variants: [{ caption: "C", hashtags: ["#a #b"] }] });
    assert.deepEqual(draftFromJson(channels.meta, { unrelated: true }), { variants: [] });
    assert.deepEqual(draftFromJson(channels.meta, undefined), { variants: [] });
  });

  it("splits hashtags written as one string during enforcement", () => {
    assert.deepEqual(normaliseHashtags(["#a #b, #c"], 30), ["#a", "#b", "#c"]);
  });
});

describe("buildMarketingCopyPrompt", () => {
  const brief: ProductBrief = { name: "Merino Trail Sock", facts: ["80% merino wool", "Cushioned heel"], keywords: ["hiking socks"] };

  for (const channel of channelList) {
    it(`states every ${channel.id} limit, the fields and the variant count`, () => {
      const messages = buildMarketingCopyPrompt(brief, channel, 3);
      // A worked example comes between the system prompt and the request.
      const [system, user] = [messages[0]!, messages[messages.length - 1]!];
      assert.equal(system.role, "system");
      assert.ok(system.content.startsWith(defaultProfileGuidance));
      assert.match(user.content, /exactly 3 variants/);
      assert.match(user.content, /80% merino wool/);
      assert.match(user.content, /hiking socks/);
      for (const [key, spec] of Object.entries(specified[channel.id])) {
        const line = user.content.split("\n").find((candidate) => candidate.startsWith(`- "${key}"`));
        assert.ok(line, `no line for ${key}`);
        assert.match(line, new RegExp(`at most ${spec.maxLength} characters`), line);
        if (spec.minItems !== undefined) {
          const count = spec.minItems === spec.maxItems ? `exactly ${spec.minItems}` : `${spec.minItems} to ${spec.maxItems}`;
          assert.ok(line.includes(count), `${line} does not say ${count}`);
        }
      }
    });
  }

  it("uses the given guidance instead of the default profile's", () => {
    const [system] = buildMarketingCopyPrompt(brief, channels.email, 1, "You write for a bakery.");
    assert.ok(system.content.startsWith("You write for a bakery."));
    assert.ok(!system.content.includes(defaultProfileGuidance));
  });

  it("refuses a variant count outside 1 to 5", () => {
    assert.throws(() => buildMarketingCopyPrompt(brief, channels.email, 6), RangeError);
  });

  for (const channel of channelList) {
    it(`shows a worked ${channel.id} example that keeps every limit of the channel`, () => {
      const messages = buildMarketingCopyPrompt(brief, channel, 3);
      assert.deepEqual(
        messages.map((message) => message.role),
        ["system", "user", "assistant", "user"],
      );
      const example = JSON.parse(messages[2]!.content) as ChannelDraft;
      assert.deepEqual(Object.keys(example.variants[0]!), channel.fields.map((field) => field.key));
      assert.deepEqual(violations(channel, example, 1), []);
    });
  }
});

describe("renderMarketingMarkdown", () => {
  it("shows every variant with character counters", () => {
    const markdown = renderMarketingMarkdown(
      channels["google-ads-rsa"],
      { variants: [{ headlines: ["Merino socks for cold trails", "Warm feet"], descriptions: ["Soft merino."] }, { headlines: ["Dry feet"] }] },
      "Writing…",
    );
    assert.match(markdown, /^# Google Ads responsive search ad\n/);
    assert.match(markdown, /## Variant 1[\s\S]*## Variant 2/);
    assert.match(markdown, /- Merino socks for cold trails \(28\/30\)/);
    assert.match(markdown, /- Soft merino\. \(12\/90\)/);
    assert.match(markdown, /\*\*Headlines\*\* \(2; 3–15 allowed\)/);
    assert.match(markdown, /> Writing…\n$/);
  });

  it("counts text fields and keeps hashtags on one line and caption line breaks", () => {
    const markdown = renderMarketingMarkdown(channels.instagram, { variants: [{ caption: "Warm.\n\nDry.", hashtags: ["#merino", "#hiking", "#socks"] }] });
    assert.match(markdown, /\*\*Caption\*\* \(11\/2200\)\n\nWarm\.\n\nDry\.\n/);
    assert.match(markdown, /\*\*Hashtags\*\* \(3; 3–10 allowed\): #merino #hiking #socks/);
    const meta = renderMarketingMarkdown(channels.meta, { variants: [{ title: "Merino Trail Sock" }] });
    assert.match(meta, /\*\*Title\*\* \(17\/60\): Merino Trail Sock/);
  });
});

import * as assert from "node:assert/strict";
import type { ProductBrief } from "../../../src/core/brief";
import { productDescriptionJob } from "../../../src/core/productDescription/productDescriptionJob";
import { marketingCopyJob } from "../../../src/core/marketing/marketingCopyJob";
import { channels } from "../../../src/core/marketing/channels";
import { chatLeakSource, promptLeakSource, promptLeaks, schemaKeys } from "../../../src/core/text/promptLeaks";
import { descriptionTranslationJob } from "../../../src/core/translation/translationJobs";
import { withoutPromptLeaks } from "../../../src/writing/withoutPromptLeaks";

const lead: ProductBrief = {
  name: "Biothane Dog Lead",
  facts: ["2 m long, 16 mm wide", "waterproof Biothane webbing", "brass snap hook"],
  audience: "dog owners who walk in all weathers",
  tone: "warm",
  keywords: ["waterproof dog lead"],
};

describe("promptLeaks: what a draft repeats of its own request", () => {
  const source = productDescriptionJob(lead).promptLeakSource!();

  it("finds the answer's keys and JSON punctuation written inside a field", () => {
    for (const text of [
      "seoTitle:",
      "It clips on fast.','metaDescription':'A lead for wet walks",
      "bullets':'A lead that stays clean.",
      "A lead for rainy days. }",
      "The \"title\": Biothane Dog Lead",
    ]) {
      const leaks = promptLeaks(text, source);
      assert.equal(leaks[0]?.kind, "structure", text);
      assert.equal(leaks[0]!.end, text.length, `${text}: everything after the key is the next field`);
    }
  });

  it("finds runs of the prompt's own words: the field instructions, the worked example, the rewrite's header", () => {
    for (const text of [
      "Biothane Dog Lead: the product title, at most right here.",
      "An inner zip pocket keeps keys and cards safe.",
      "Made of 12 oz organic cotton canvas.",
      "Your previous draft broke these rules, sorry.",
    ]) assert.equal(promptLeaks(text, source)[0]?.kind, "echo", text);
  });

  it("leaves the brief's own words, the keyword in any sentence, and plain English alone", () => {
    for (const text of [
      "A waterproof dog lead for dog owners who walk in all weathers.",
      "Waterproof Biothane webbing with a brass snap hook, 2 m long, 16 mm wide.",
      "One sentence with waterproof dog lead in it reads fine.",
      "Title your walk: rain or shine, the lead stays clean and the body of the hook stays bright.",
      "Made for people who walk every day, whatever the weather.",
    ]) assert.deepEqual(promptLeaks(text, source), [], text);
  });

  it("takes every key of a nested schema, such as marketing's variants", () => {
    assert.deepEqual(new Set(schemaKeys({ type: "object", properties: { variants: { type: "array", items: { type: "object", properties: { headline: {}, primaryText: {} } } } } })), new Set(["variants", "headline", "primaryText"]));
  });

  it("never takes the guidance in the system prompt for scaffolding", () => {
    const own = chatLeakSource([{ role: "system", content: "Mention how the lead feels in a wet hand after a long walk." }, { role: "user", content: "Product: X" }], lead, {});
    assert.deepEqual(promptLeaks("Mention how the lead feels in a wet hand after a long walk.", own), []);
  });

  it("finds the worked example's product in a sentence that names two of its words the brief does not use", () => {
    const sock = { name: "Merino Trail Sock", facts: ["70% merino wool", "cushioned sole"], keywords: ["trail socks"] };
    const source = productDescriptionJob(sock).promptLeakSource!();
    const copy = "A sturdy everyday tote bag with a comfortable cushion. Soft merino for long days.";
    assert.deepEqual(promptLeaks(copy, source).map((leak) => copy.slice(leak.start, leak.end)), ["tote bag"]);
    // One such word is ordinary English, and a brief's own word is the product's.
    assert.deepEqual(promptLeaks("Fits in a jacket pocket. Keeps feet dry.", source), []);
    const tote = { name: "Harbour Tote Bag", facts: ["waxed canvas", "leather handles"], keywords: [] };
    assert.deepEqual(promptLeaks("A waxed canvas tote bag with leather handles.", productDescriptionJob(tote).promptLeakSource!()), []);
    // Translations check keys only.
    assert.deepEqual(promptLeaks(copy, promptLeakSource([], [], ["title"])), []);
  });

  it("reads a key word as a key only where JSON or a label makes it one", () => {
    const keyed = promptLeakSource([], [], ["title", "body"]);
    assert.deepEqual(promptLeaks("A title worthy of the body of work.", keyed), []);
    assert.equal(promptLeaks('Clean lines. "body": more', keyed)[0]?.start, 14);
    assert.equal(promptLeaks("title: Biothane", keyed)[0]?.start, 0);
  });
});

describe("withoutPromptLeaks: the draft without them", () => {
  const job = productDescriptionJob(lead);
  const source = job.promptLeakSource!();

  it("keeps a paragraph's sentences before a key, and gives an emptied field the brief's words", () => {
    const draft = {
      title: "Biothane Dog Lead",
      tagline: "seoTitle':'Biothane Dog Lead','tagline':'A lead",
      bullets: ["Waterproof Biothane webbing.", "An inner zip pocket keeps keys and cards safe.", "Brass snap hook.", "2 m long."],
      body: ["It wipes clean after a muddy walk. It stays supple in the cold. metaDescription':'A lead", "Brass snap hook, 2 m long."],
    };
    const { draft: kept, leaked } = withoutPromptLeaks(draft, source, job);
    assert.equal(kept.body[0], "It wipes clean after a muddy walk. It stays supple in the cold.");
    assert.deepEqual(kept.bullets, ["Waterproof Biothane webbing.", "2 m long, 16 mm wide.", "Brass snap hook.", "2 m long."], "an echoed bullet gives way to a fact no bullet states");
    assert.equal(kept.tagline, "Biothane Dog Lead: 2 m long, 16 mm wide.", "the tagline, wholly a leak, is written from the brief");
    assert.deepEqual(leaked, [draft.tagline, draft.bullets[1], draft.body[0]]);
    assert.equal(draft.bullets.length, 4, "the draft given was changed");
  });

  it("takes out only the echoing sentence, not the string around it", () => {
    const { draft } = withoutPromptLeaks({ body: ["Clip it on and go. Made of 12 oz organic cotton canvas. It dries in minutes."] }, source, { backedValue: () => undefined });
    assert.deepEqual(draft.body, ["Clip it on and go. It dries in minutes."]);
  });

  it("changes nothing in clean copy", () => {
    const draft = { title: "Biothane Dog Lead", bullets: ["Waterproof Biothane webbing.", "Brass snap hook."] };
    assert.deepEqual(withoutPromptLeaks(draft, source, job), { draft, leaked: [] });
  });

  it("serves marketing copy too, leaving its variants' own words", () => {
    const marketing = marketingCopyJob(lead, channels["google-ads-rsa"], 1);
    const clean = { variants: [{ headlines: ["Waterproof Dog Lead", "Wipes Clean After Walks"] }] };
    assert.deepEqual(withoutPromptLeaks(clean, marketing.promptLeakSource!(), marketing).leaked, []);
    const leaky = { variants: [{ headlines: ["Waterproof Dog Lead", "headlines':'Wipes Clean", "Brass Snap Hook"] }] };
    assert.deepEqual(withoutPromptLeaks(leaky, marketing.promptLeakSource!(), marketing).draft.variants[0]!.headlines.includes("headlines':'Wipes Clean"), false);
  });
});

describe("withoutPromptLeaks: a translation", () => {
  it("loses a key written into a field, but keeps the source's words, which a translation may repeat", () => {
    const job = descriptionTranslationJob({ title: "Biothane Dog Lead", tagline: "A lead for wet walks." }, "de", { preferred: [], doNotTranslate: [] });
    const draft = { title: "Biothane Dog Lead", tagline: "Eine Leine für nasse Spaziergänge. metaDescription':'Eine" };
    assert.deepEqual(withoutPromptLeaks(draft, job.promptLeakSource!(), job).draft, { title: "Biothane Dog Lead", tagline: "Eine Leine für nasse Spaziergänge." });
  });
});

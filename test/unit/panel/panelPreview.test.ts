import * as assert from "node:assert/strict";
import { channelList, channels } from "../../../src/core/marketing/channels";
import { parseHostToWebview, previewFromChannelDraft, previewFromProductDescription } from "../../../src/core/panel/panelMessages";

describe("previewFromProductDescription", () => {
  it("maps every section to a block, in order, with the SEO limits", () => {
    const preview = previewFromProductDescription(
      {
        title: " Merino Trail Sock ",
        tagline: "Warm miles.",
        bullets: ["Soft", "Dry"],
        body: ["First.", "Second."],
        seoTitle: "Merino Trail Socks",
        metaDescription: "Merino socks for trails.",
      },
      "completed",
      undefined,
      [{ text: "Warm", reason: "Say how warm." }],
    );
    assert.deepEqual(preview, {
      blocks: [
        { kind: "title", text: "Merino Trail Sock" },
        { kind: "tagline", text: "Warm miles." },
        { kind: "bullets", heading: "Highlights", items: ["Soft", "Dry"], limit: 160 },
        { kind: "paragraphs", heading: "Description", items: ["First.", "Second."] },
        { kind: "field", label: "SEO title", text: "Merino Trail Socks", limit: 60 },
        { kind: "field", label: "Meta description", text: "Merino socks for trails.", limit: 155 },
      ],
      status: "completed",
      findings: [{ text: "Warm", reason: "Say how warm." }],
    });
  });

  it("shows only the sections a streaming draft has started, with its note", () => {
    const preview = previewFromProductDescription({ title: "Lamp", bullets: [] }, "writing", "Loading the model…");
    assert.deepEqual(preview.blocks.map((block) => block.kind), ["title", "bullets"]);
    assert.equal(preview.note, "Loading the model…");
    assert.deepEqual(preview.findings, []);
  });
});

describe("previewFromChannelDraft", () => {
  it("gives each text field its character limit and each list its per-item limit", () => {
    const preview = previewFromChannelDraft("google-ads-rsa", { variants: [{ headlines: ["Warm Socks", "Soft Merino", "Trail Ready"], descriptions: ["Merino socks."] }] }, "completed");
    assert.deepEqual(preview.blocks, [
      { kind: "title", text: "Google Ads responsive search ad" },
      { kind: "bullets", heading: "Headlines (3; 3–15 allowed)", items: ["Warm Socks", "Soft Merino", "Trail Ready"], limit: 30 },
      { kind: "bullets", heading: "Descriptions (1; 2–4 allowed)", items: ["Merino socks."], limit: 90 },
    ]);
  });

  it("numbers fields when there are several variants and keeps multi-line text", () => {
    const preview = previewFromChannelDraft(channels.email, { variants: [{ subject: "A", preheader: "B" }, { subject: "C" }] }, "incomplete", "Variant 2 has no preheader.");
    assert.deepEqual(preview.blocks.slice(1), [
      { kind: "field", label: "Variant 1 · Subject", text: "A", limit: 60 },
      { kind: "field", label: "Variant 1 · Preheader", text: "B", limit: 100 },
      { kind: "field", label: "Variant 2 · Subject", text: "C", limit: 60 },
    ]);
    const post = previewFromChannelDraft("x-post", { variants: [{ post: "Line one\nLine two" }] }, "completed");
    assert.deepEqual(post.blocks[1], { kind: "field", label: "Post", text: "Line one\nLine two", limit: 280 });
  });

  it("shows hashtags as one line and a fixed count as n/max", () => {
    const instagram = previewFromChannelDraft("instagram", { variants: [{ caption: "Hi", hashtags: ["#merino", "#hiking", "#socks"] }] }, "completed");
    assert.deepEqual(instagram.blocks[2], { kind: "field", label: "Hashtags (3; 3–10 allowed)", text: "#merino #hiking #socks" });
    const amazon = previewFromChannelDraft("amazon-bullets", { variants: [{ bullets: ["a", "b", "c", "d", "e"] }] }, "completed");
    assert.deepEqual(amazon.blocks[1], { kind: "bullets", heading: "Bullets (5/5)", items: ["a", "b", "c", "d", "e"], limit: 200 });
  });

  it("builds previews that the webview's validator accepts, for every channel", () => {
    for (const channel of channelList) {
      const variant = Object.fromEntries(channel.fields.map((field) => [field.key, field.kind === "text" ? "Some text" : ["#one", "#two", "#three"]]));
      const preview = previewFromChannelDraft(channel, { variants: [variant, variant] }, "completed", "Done.", [{ text: "Some", reason: "r" }]);
      assert.deepEqual(parseHostToWebview({ type: "finished", preview }), { type: "finished", preview }, channel.id);
    }
    const description = previewFromProductDescription({ title: "T", bullets: ["b"], body: ["p"], seoTitle: "s", metaDescription: "m", tagline: "t" }, "failed", "The model stopped.");
    assert.deepEqual(parseHostToWebview({ type: "preview", preview: description }), { type: "preview", preview: description });
  });
});

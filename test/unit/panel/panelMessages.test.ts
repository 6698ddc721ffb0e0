import * as assert from "node:assert/strict";
import { channelIds } from "../../../src/core/marketing/channels";
import {
  briefFromPanelForm,
  emptyPanelForm,
  panelFormFieldProblems,
  panelFormLimits,
  panelFormProblems,
  panelLengthWords,
  panelMessageLimits,
  parseHostToWebview,
  parseWebviewToHost,
  type HostToWebview,
  type PanelForm,
  type PanelPreview,
  type WebviewToHost,
} from "../../../src/core/panel/panelMessages";

const form: PanelForm = {
  name: "Merino Trail Sock",
  facts: "- 80% merino wool\n\n  Cushioned heel  \r\n2. Made in Portugal\n",
  audience: "Hikers",
  tone: "Warm, plain",
  industry: "outdoor-sports",
  length: "long",
  keywords: "merino socks, , hiking socks ,",
  output: "description",
};

const preview: PanelPreview = {
  blocks: [
    { kind: "title", text: "Merino Trail Sock" },
    { kind: "tagline", text: "Warm miles." },
    { kind: "bullets", heading: "Highlights", items: ["Soft", "Dry"], limit: 160 },
    { kind: "bullets", items: [] },
    { kind: "paragraphs", heading: "Description", items: ["One.", "Two."] },
    { kind: "paragraphs", items: ["Only."] },
    { kind: "field", label: "SEO title", text: "Merino socks", limit: 60 },
    { kind: "field", label: "Hashtags (3; 3–10 allowed)", text: "#a #b #c" },
  ],
  status: "completed",
  note: "Checked.",
  findings: [{ text: "Warm", reason: "A claim to back up." }],
  scores: { overall: 76, rows: [{ id: "readingEase", label: "Reading ease", value: "75", threshold: "70 or more", status: "good", advice: "Reads easily." }] },
};

const historyItem = { id: "h1", label: "Merino Trail Sock", createdAt: 1_700_000_000_000, output: "email" } as const;

const webviewMessages: WebviewToHost[] = [
  { type: "ready" },
  { type: "generate", form },
  { type: "cancel" },
  { type: "insert" },
  { type: "openDocument" },
  { type: "copy" },
  { type: "restore", id: "h1" },
  { type: "switchModel" },
  { type: "formChanged", form: emptyPanelForm },
];

const hostMessages: HostToWebview[] = [
  {
    type: "init",
    form,
    industries: [{ id: "outdoor-sports", label: "Outdoor & sports" }],
    channels: [{ id: "email", label: "Email subject and preheader" }],
    model: { name: "Qwen2.5 1.5B Instruct", state: "Ready" },
    history: [historyItem],
  },
  { type: "model", model: { name: "", state: "Not set" } },
  { type: "started" },
  { type: "preview", preview: { blocks: [], status: "writing", findings: [] } },
  { type: "finished", preview },
  { type: "history", items: [historyItem, { ...historyItem, id: "h2", output: "description" }] },
  { type: "restored", form, preview },
  { type: "notice", message: "Copied." },
];

/** A copy of `value` with `path` (keys into nested objects and arrays) set to `replacement`. */
function withValue(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(value));
  let target = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (replacement === undefined) delete target[last];
  else target[last] = replacement;
  return copy;
}

describe("panel messages from the webview", () => {
  it("accepts every well-formed message and returns an equal copy", () => {
    for (const message of webviewMessages) {
      const parsed = parseWebviewToHost(JSON.parse(JSON.stringify(message)));
      assert.deepEqual(parsed, message, message.type);
    }
  });

  it("rejects what is not a message", () => {
    for (const value of [undefined, null, "ready", 3, [], [{ type: "ready" }], {}, { type: 3 }, { type: "Ready" }, { type: "toString" }, { type: "hasOwnProperty" }]) {
      assert.equal(parseWebviewToHost(value), undefined, JSON.stringify(value));
    }
  });

  it("rejects unknown types, extra keys and missing fields", () => {
    assert.equal(parseWebviewToHost({ type: "delete" }), undefined);
    assert.equal(parseWebviewToHost({ type: "ready", extra: 1 }), undefined);
    assert.equal(parseWebviewToHost({ type: "cancel", form }), undefined);
    assert.equal(parseWebviewToHost({ type: "generate" }), undefined);
    assert.equal(parseWebviewToHost({ type: "restore" }), undefined);
    assert.equal(parseWebviewToHost({ type: "restore", id: "" }), undefined);
    assert.equal(parseWebviewToHost({ type: "restore", id: 7 }), undefined);
    assert.equal(parseWebviewToHost({ type: "restore", id: "x".repeat(panelMessageLimits.id + 1) }), undefined);
  });

  it("rejects a form with a wrong type, a missing or extra field, or an unknown choice", () => {
    const generate = { type: "generate", form };
    const bad: [string, (string | number)[], unknown][] = [
      ["name is a number", ["form", "name"], 3],
      ["facts is a list", ["form", "facts"], ["a", "b"]],
      ["audience is null", ["form", "audience"], null],
      ["tone is missing", ["form", "tone"], undefined],
      ["an extra field", ["form", "price"], "9.99"],
      ["an unknown output", ["form", "output"], "tiktok"],
      ["an output from the prototype", ["form", "output"], "constructor"],
      ["an unknown length", ["form", "length"], "medium"],
      ["an industry that is not an id", ["form", "industry"], "<script>"],
      ["an industry that is too long", ["form", "industry"], "a".repeat(panelMessageLimits.industryId + 1)],
    ];
    for (const [why, path, value] of bad) assert.equal(parseWebviewToHost(withValue(generate, path, value)), undefined, why);
  });

  it("accepts every channel as an output and the workspace's industry as an empty id", () => {
    for (const output of channelIds) assert.ok(parseWebviewToHost({ type: "generate", form: { ...form, output } }), output);
    assert.ok(parseWebviewToHost({ type: "generate", form: { ...form, industry: "" } }));
  });

  it("rejects strings over their caps and accepts them at the cap", () => {
    const caps: [keyof PanelForm, number][] = [
      ["name", panelMessageLimits.formText],
      ["audience", panelMessageLimits.formText],
      ["tone", panelMessageLimits.formText],
      ["keywords", panelMessageLimits.formText],
      ["facts", panelMessageLimits.facts],
    ];
    for (const [field, cap] of caps) {
      assert.ok(parseWebviewToHost({ type: "formChanged", form: { ...form, [field]: "x".repeat(cap) } }), `${field} at ${cap}`);
      assert.equal(parseWebviewToHost({ type: "formChanged", form: { ...form, [field]: "x".repeat(cap + 1) } }), undefined, `${field} over ${cap}`);
    }
  });

  it("rejects prototype tricks: an own __proto__ key, inherited fields, getters, class instances", () => {
    assert.equal(parseWebviewToHost(JSON.parse('{"type": "ready", "__proto__": {"x": 1}}')), undefined);
    assert.equal(parseWebviewToHost(JSON.parse(`{"type": "generate", "form": ${JSON.stringify({ ...form })}, "__proto__": null}`)), undefined);
    const formWithProto: unknown = JSON.parse(JSON.stringify(form).replace(/^\{/, '{"__proto__": {"admin": true},'));
    assert.equal(parseWebviewToHost({ type: "generate", form: formWithProto }), undefined);
    assert.equal(parseWebviewToHost(Object.create({ type: "ready" })), undefined);
    assert.equal(parseWebviewToHost({ type: "generate", form: Object.assign(Object.create({ output: "description" }), { ...form, output: undefined }) }), undefined);
    const getter = { get type() { return "ready"; } };
    assert.equal(parseWebviewToHost(getter), undefined);
    class Ready { readonly type = "ready"; }
    assert.equal(parseWebviewToHost(new Ready()), undefined);
    assert.deepEqual(parseWebviewToHost(Object.assign(Object.create(null), { type: "ready" })), { type: "ready" });
  });
});

describe("panel messages from the host", () => {
  it("accepts every well-formed message and returns an equal copy", () => {
    for (const message of hostMessages) {
      const parsed = parseHostToWebview(JSON.parse(JSON.stringify(message)));
      assert.deepEqual(parsed, message, message.type);
    }
  });

  it("rejects unknown types and messages with missing or extra parts", () => {
    for (const value of [{ type: "eval" }, { type: "started", preview }, { type: "finished" }, { type: "notice" }, { type: "notice", message: 3 }, { type: "model", model: { name: "x" } }]) {
      assert.equal(parseHostToWebview(value), undefined, JSON.stringify(value));
    }
  });

  it("rejects malformed previews", () => {
    const finished = { type: "finished", preview };
    const bad: [string, (string | number)[], unknown][] = [
      ["an unknown status", ["preview", "status"], "done"],
      ["a missing findings list", ["preview", "findings"], undefined],
      ["an unknown block kind", ["preview", "blocks", 0, "kind"], "html"],
      ["a title that is not text", ["preview", "blocks", 0, "text"], { html: "<b>" }],
      ["a block with an extra key", ["preview", "blocks", 1, "html"], "<b>x</b>"],
      ["a bullet that is not text", ["preview", "blocks", 2, "items", 1], 2],
      ["a negative limit", ["preview", "blocks", 2, "limit"], -1],
      ["a fractional limit", ["preview", "blocks", 6, "limit"], 1.5],
      ["a limit as text", ["preview", "blocks", 6, "limit"], "60"],
      ["a limit on paragraphs", ["preview", "blocks", 4, "limit"], 600],
      ["a field without a label", ["preview", "blocks", 6, "label"], undefined],
      ["a note that is not text", ["preview", "note"], 1],
      ["a finding without a reason", ["preview", "findings", 0, "reason"], undefined],
      ["an over-long text", ["preview", "blocks", 0, "text"], "x".repeat(panelMessageLimits.previewText + 1)],
      ["too many blocks", ["preview", "blocks"], Array.from({ length: panelMessageLimits.previewBlocks + 1 }, () => ({ kind: "title", text: "t" }))],
      ["too many items", ["preview", "blocks", 2, "items"], Array.from({ length: panelMessageLimits.previewItems + 1 }, () => "i")],
      ["a sparse list", ["preview", "blocks", 2, "items"], [, "a"]], // eslint-disable-line no-sparse-arrays
      ["an unknown score status", ["preview", "scores", "rows", 0, "status"], "great"],
      ["a score over 100", ["preview", "scores", "overall"], 101],
      ["a score row without advice", ["preview", "scores", "rows", 0, "advice"], undefined],
      ["a score value as a number", ["preview", "scores", "rows", 0, "value"], 75],
      ["scores that are not a record", ["preview", "scores"], "76"],
    ];
    for (const [why, path, value] of bad) assert.equal(parseHostToWebview(withValue(finished, path, value)), undefined, why);
  });

  it("rejects init with unknown channels, bad industries or bad history", () => {
    const init = hostMessages[0];
    const bad: [string, (string | number)[], unknown][] = [
      ["an unknown channel", ["channels", 0, "id"], "myspace"],
      ["a channel without a label", ["channels", 0, "label"], ""],
      ["an industry id that is not an id", ["industries", 0, "id"], "Outdoor Sports"],
      ["an empty industry id", ["industries", 0, "id"], ""],
      ["a history item with an unknown output", ["history", 0, "output"], "fax"],
      ["a history item with a bad time", ["history", 0, "createdAt"], "yesterday"],
      ["a history item with a negative time", ["history", 0, "createdAt"], -1],
      ["a history item without an id", ["history", 0, "id"], ""],
      ["a model name that is too long", ["model", "name"], "m".repeat(panelMessageLimits.modelName + 1)],
      ["a missing model", ["model"], undefined],
    ];
    for (const [why, path, value] of bad) assert.equal(parseHostToWebview(withValue(init, path, value)), undefined, why);
    assert.equal(parseHostToWebview({ type: "history", items: [{ ...historyItem, createdAt: Number.NaN }] }), undefined);
    assert.equal(parseHostToWebview({ type: "history", items: [{ ...historyItem, createdAt: Number.POSITIVE_INFINITY }] }), undefined);
  });

  it("rejects a notice over its cap and prototype tricks", () => {
    assert.equal(parseHostToWebview({ type: "notice", message: "x".repeat(panelMessageLimits.notice + 1) }), undefined);
    assert.equal(parseHostToWebview(JSON.parse('{"type": "started", "__proto__": {}}')), undefined);
    assert.equal(parseHostToWebview(Object.create({ type: "started" })), undefined);
  });
});

describe("briefFromPanelForm", () => {
  it("splits facts by line and keywords by comma, trimmed, without empties or list markers", () => {
    assert.deepEqual(briefFromPanelForm(form), {
      name: "Merino Trail Sock",
      facts: ["80% merino wool", "Cushioned heel", "Made in Portugal"],
      audience: "Hikers",
      tone: "Warm, plain",
      keywords: ["merino socks", "hiking socks"],
      words: 300,
    });
  });

  it("leaves out an empty audience and tone and maps every length to its words", () => {
    const brief = briefFromPanelForm({ ...emptyPanelForm, facts: "Soft", audience: "  ", tone: "" });
    assert.equal(brief.audience, undefined);
    assert.equal(brief.tone, undefined);
    assert.deepEqual(brief.keywords, []);
    assert.deepEqual(panelLengthWords, { short: 80, standard: 150, long: 300 });
    for (const length of ["short", "standard", "long"] as const) assert.equal(briefFromPanelForm({ ...form, length }).words, panelLengthWords[length]);
  });
});

describe("panelFormProblems", () => {
  it("finds nothing wrong with a good form", () => {
    assert.deepEqual(panelFormProblems(form), []);
  });

  it("asks for at least one fact", () => {
    assert.deepEqual(panelFormProblems({ ...form, facts: " \n - \n" }), ["Add at least one fact."]);
    assert.deepEqual(panelFormFieldProblems({ ...form, facts: "" }).map((problem) => problem.field), ["facts"]);
  });

  it("names each field over its limit", () => {
    const long = (limit: number) => "x".repeat(limit + 1);
    const problems = panelFormFieldProblems({
      ...form,
      name: long(panelFormLimits.name),
      audience: long(panelFormLimits.audience),
      tone: long(panelFormLimits.tone),
      keywords: Array.from({ length: panelFormLimits.keywordCount + 1 }, (_, i) => `k${i}`).join(","),
    });
    assert.deepEqual(problems.map((problem) => problem.field), ["name", "audience", "tone", "keywords"]);
    assert.match(problems[0].message, /at most 200 characters/);
  });

  it("keeps its limits within what the message validators accept, so a valid form always gets through", () => {
    for (const field of ["name", "audience", "tone", "keywords"] as const) assert.ok(panelFormLimits[field] <= panelMessageLimits.formText, field);
    assert.ok(panelFormLimits.facts <= panelMessageLimits.facts);
  });
});

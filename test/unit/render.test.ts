import * as assert from "node:assert/strict";
import { parsePartialJson } from "../../src/core/partialJson";
import { draftFromJson } from "../../src/core/productDescription/fromJson";
import { buildProductDescriptionPrompt } from "../../src/core/productDescription/prompt";
import { renderProductDescriptionMarkdown } from "../../src/core/productDescription/renderMarkdown";

describe("parsePartialJson", () => {
  it("parses complete JSON like JSON.parse", () => {
    const text = '{"a": [1, 2.5, true, null], "b": "x\\n\\u00e9"}';
    assert.deepEqual(parsePartialJson(text), JSON.parse(text));
  });

  it("closes what is still open and keeps an unfinished string", () => {
    assert.deepEqual(parsePartialJson('{"title": "Soft so'), { title: "Soft so" });
    assert.deepEqual(parsePartialJson('{"title": "A", "bullets": ["one", "tw'), { title: "A", bullets: ["one", "tw"] });
  });

  it("leaves out a key that has no value yet", () => {
    assert.deepEqual(parsePartialJson('{"title": "A", "tagl'), { title: "A" });
    assert.deepEqual(parsePartialJson('{"title": "A", "tagline":'), { title: "A" });
    assert.deepEqual(parsePartialJson('{"n": 1, "m": tr'), { n: 1 });
  });

  it("returns undefined before anything starts and throws on text that is not JSON", () => {
    assert.equal(parsePartialJson("  "), undefined);
    assert.throws(() => parsePartialJson("Hello there"), SyntaxError);
  });
});

describe("product description rendering", () => {
  it("renders every section of a complete description as Markdown", () => {
    const markdown = renderProductDescriptionMarkdown({
      title: "Merino Trail Sock",
      tagline: "Warm miles.",
      bullets: ["Soft", "Dry", "Tough"],
      body: ["First paragraph.", "Second paragraph."],
      seoTitle: "Merino Trail Socks",
      metaDescription: "Merino socks for trails.",
    });
    assert.match(markdown, /^# Merino Trail Sock\n/);
    assert.match(markdown, /\*Warm miles\.\*/);
    assert.match(markdown, /## Highlights\n\n- Soft\n- Dry\n- Tough\n/);
    assert.match(markdown, /## Description\n\nFirst paragraph\.\n\nSecond paragraph\.\n/);
    assert.match(markdown, /\*\*SEO title\*\* \(18\/60\): Merino Trail Socks/);
    assert.match(markdown, /\*\*Meta description\*\* \(24\/155\)/);
  });

  it("renders a streaming draft with only the sections that have started, and a footer", () => {
    const draft = draftFromJson(parsePartialJson('{"title": "Lamp", "tagline": "Bright', ));
    const markdown = renderProductDescriptionMarkdown(draft, "Writing…");
    assert.match(markdown, /# Lamp/);
    assert.match(markdown, /\*Bright\*/);
    assert.doesNotMatch(markdown, /## Highlights/);
    assert.match(markdown, /> Writing…\n$/);
  });

  it("ignores fields of the wrong type", () => {
    assert.deepEqual(draftFromJson({ title: 3, bullets: ["a", 2, "b"] }), { bullets: ["a", "b"] });
  });
});

describe("buildProductDescriptionPrompt", () => {
  /** The system prompt and the final user message, which holds the request (a worked example comes between). */
  const systemAndRequest = (messages: ReturnType<typeof buildProductDescriptionPrompt>) => [messages[0]!, messages[messages.length - 1]!] as const;

  it("puts every brief field into the user message and asks for JSON within the limits", () => {
    const [system, user] = systemAndRequest(buildProductDescriptionPrompt({
      name: "Desk Lamp",
      facts: ["LED", "USB-C"],
      audience: "students",
      tone: "playful",
      keywords: ["study lamp"],
    }));
    assert.equal(system.role, "system");
    assert.match(system.content, /JSON/);
    assert.equal(user.role, "user");
    for (const expected of ["Desk Lamp", "- LED", "- USB-C", "students", "playful", "study lamp", "at most 60", "at most 155"]) {
      assert.ok(user.content.includes(expected), `missing ${expected}`);
    }
  });

  it("uses the profile's guidance and states broken rules outright on a retry", () => {
    const [system, user] = systemAndRequest(
      buildProductDescriptionPrompt(
        { name: "Vitamin C", facts: ["500 mg"], keywords: [] },
        { guidance: "GUIDANCE FOR SUPPLEMENTS", mustAvoid: ['"cures colds": a disease claim'] },
      ),
    );
    assert.match(system.content, /^GUIDANCE FOR SUPPLEMENTS/);
    assert.match(user.content, /previous draft broke these rules[\s\S]*"cures colds": a disease claim/);
  });

  it("asks the model to infer a name when none is given", () => {
    const [, user] = systemAndRequest(buildProductDescriptionPrompt({ name: "", facts: ["a fact"], keywords: [] }));
    assert.match(user.content, /infer/);
    assert.match(user.content, /Tone: clear, warm and confident/);
  });
});

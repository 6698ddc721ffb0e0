import * as assert from "node:assert/strict";
import { defaultProfileGuidance } from "../../src/core/profiles/defaultProfile";
import { parseCsv } from "../../src/core/rewrite/csv";
import { buildPersonalizePrompt, parseSegments, SegmentError } from "../../src/core/rewrite/personalizePrompt";
import { buildRewritePrompt, rewriteModes, type RewriteMode } from "../../src/core/rewrite/rewritePrompt";
import { RewriteError } from "../../src/core/rewrite/rewriteRules";

const original = "Our merino trail sock keeps feet warm and dry.\nCushioned heel. 80% merino wool.";

describe("buildRewritePrompt", () => {
  const instructions: Record<RewriteMode, RegExp> = {
    shorter: /noticeably shorter/,
    longer: /to be longer/,
    "more-formal": /more formal, professional register/,
    friendlier: /warmer and friendlier/,
    audience: /for this audience: first-time hikers\./,
    translate: /Translate the text into German\./,
  };

  for (const mode of rewriteModes) {
    it(`asks for "${mode}" with the text, keeping the facts, as plain text`, () => {
      const messages = buildRewritePrompt(original, mode, { audience: "first-time hikers", language: "German" });
      assert.deepEqual(messages.map((message) => message.role), ["system", "user"]);
      assert.ok(messages[0].content.startsWith(defaultProfileGuidance));
      const user = messages[1].content;
      assert.match(user, instructions[mode]);
      assert.ok(user.includes(`<text>\n${original}\n</text>`), "the text is not in the prompt");
      assert.match(user, mode === "shorter" ? /never change a fact or add one/ : /Do not add facts/);
      assert.match(user, /as plain text/);
      if (mode === "translate") assert.doesNotMatch(user, /same language/);
      else assert.match(user, /same language as the original/);
    });
  }

  it("needs the audience and the language for the modes that use them", () => {
    assert.throws(() => buildRewritePrompt(original, "audience"), RewriteError);
    assert.throws(() => buildRewritePrompt(original, "translate", { language: "   " }), RewriteError);
  });

  it("refuses empty text and uses given guidance", () => {
    assert.throws(() => buildRewritePrompt(" \n ", "shorter"), RewriteError);
    const [system] = buildRewritePrompt(original, "shorter", { guidance: "You write for a bakery." });
    assert.ok(system.content.startsWith("You write for a bakery."));
  });
});

describe("buildPersonalizePrompt", () => {
  it("names the segment, describes it, and carries the text and the fact rule", () => {
    const [system, user] = buildPersonalizePrompt(original, { name: "Trail runners", description: "want light, fast-drying gear" });
    assert.ok(system.content.startsWith(defaultProfileGuidance));
    assert.match(user.content, /customer segment: Trail runners\./);
    assert.match(user.content, /About this segment: want light, fast-drying gear/);
    assert.ok(user.content.includes(`<text>\n${original}\n</text>`));
    assert.match(user.content, /Do not add facts/);
  });

  it("leaves the description line out when there is none", () => {
    const [, user] = buildPersonalizePrompt(original, { name: "Parents" });
    assert.doesNotMatch(user.content, /About this segment/);
  });
});

describe("parseCsv", () => {
  it("reads quoted delimiters, doubled quotes, line breaks in quotes, CRLF and blank lines", () => {
    const text = 'name,note\r\n"Smith, J.","said ""hi""\nthen left"\r\n\r\nplain,\n';
    assert.deepEqual(parseCsv(text), [
      ["name", "note"],
      ["Smith, J.", 'said "hi"\nthen left'],
      ["plain", ""],
    ]);
  });
});

describe("parseSegments", () => {
  it("reads CSV with a header, quoted commas and extra columns", () => {
    const csv = [
      "Segment,Description,Age",
      '"Parents, new","Busy; want ""easy care"" socks",25-34',
      "Trail runners,Want light gear,",
      "Retirees,,65+",
    ].join("\n");
    assert.deepEqual(parseSegments(csv), [
      { name: "Parents, new", description: 'Busy; want "easy care" socks; Age: 25-34' },
      { name: "Trail runners", description: "Want light gear" },
      { name: "Retirees", description: "Age: 65+" },
    ]);
  });

  it("finds the name column wherever it is and reads semicolon-separated CSV", () => {
    assert.deepEqual(parseSegments("id;name\n1;Skiers\n2;\"Hikers; casual\""), [
      { name: "Skiers", description: "id: 1" },
      { name: "Hikers; casual", description: "id: 2" },
    ]);
  });

  it("reports a row with more fields than the header, a row without a name, and an open quote", () => {
    assert.throws(() => parseSegments("name,description\nParents,busy, tired"), /Row 2 has 3 fields but the header has 2/);
    assert.throws(() => parseSegments("name,description\n,busy"), /Row 2 has no name/);
    assert.throws(() => parseSegments('name\n"Parents'), SegmentError);
  });

  it("reads JSON arrays of strings and of objects", () => {
    assert.deepEqual(parseSegments('["Parents", " Skiers "]'), [{ name: "Parents" }, { name: "Skiers" }]);
    assert.deepEqual(parseSegments('[{"name": "Parents", "description": "busy"}, {"name": "Skiers", "region": "Alps"}, {"name": "Runners"}]'), [
      { name: "Parents", description: "busy" },
      { name: "Skiers", description: "region: Alps" },
      { name: "Runners" },
    ]);
    assert.throws(() => parseSegments('[{"description": "no name"}]'), /Segment 1 in the JSON has no name/);
    assert.throws(() => parseSegments("[oops"), SegmentError);
  });

  it("reads one segment per line, without list markers, even when a line has a comma", () => {
    assert.deepEqual(parseSegments("- Parents, on a budget\n\n2. Skiers\n* Trail runners\n"), [
      { name: "Parents, on a budget" },
      { name: "Skiers" },
      { name: "Trail runners" },
    ]);
  });

  it("follows an explicit format and refuses input with no segments", () => {
    assert.deepEqual(parseSegments("who,why\nParents,busy", "csv"), [{ name: "Parents", description: "why: busy" }]);
    assert.throws(() => parseSegments("  \n "), /No segments found/);
  });
});

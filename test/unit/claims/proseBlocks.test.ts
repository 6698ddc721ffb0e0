import * as assert from "node:assert/strict";
import { maskMarkup } from "../../../src/core/claims/markupMask";
import { proseBlocks } from "../../../src/core/claims/proseBlocks";
import { readsWholeDocument } from "../../../src/core/claims/rulePatterns";

const blockTexts = (text: string) => proseBlocks(maskMarkup(text)).map((block) => block.text.trim());

describe("prose blocks", () => {
  it("cuts at blank lines, list items, headings, quotes and table rows", () => {
    const text = "# Trail sock\n\nSoft merino.\nWarm when wet.\n\n- Cushioned heel\n* Seamless toe\n1. Wash cold\n2) Dry flat\n> A quote\n| a | b |\n| c | d |";
    assert.deepEqual(blockTexts(text), ["# Trail sock", "Soft merino.\nWarm when wet.", "- Cushioned heel", "* Seamless toe", "1. Wash cold", "2) Dry flat", "> A quote", "| a | b |", "| c | d |"]);
  });

  it("keeps a wrapped list item with its continuation lines", () => {
    assert.deepEqual(blockTexts("- A long item that\n  wraps here\n- Next"), ["- A long item that\n  wraps here", "- Next"]);
  });

  it("cuts HTML at block-level tags and not at inline ones", () => {
    assert.deepEqual(blockTexts("<p>One <em>two</em> three.</p><ul><li>Four</li><li>Five</li></ul>"), ["One     two      three.", "Four", "Five"]);
  });

  it("gives each block with the line break on either side, at its offset in the document", () => {
    const text = "Intro.\n\n- Item one\n- Item two";
    const blocks = proseBlocks(text);
    assert.deepEqual(blocks.map((block) => block.text), ["Intro.\n", "\n- Item one\n", "\n- Item two"]);
    for (const block of blocks) assert.equal(text.slice(block.start, block.start + block.text.length), block.text);
  });

  it("has nothing to give for an empty or blank document", () => {
    assert.deepEqual(proseBlocks(""), []);
    assert.deepEqual(proseBlocks(" \n\n\t\n"), []);
  });
});

describe("patterns that read the whole document", () => {
  it("are those anchored on its start or end, or reading any character at all", () => {
    assert.equal(readsWholeDocument("^(?=[\\s\\S]*results\\s+may\\s+vary)"), true);
    assert.equal(readsWholeDocument("supports\\s+immune(?![\\s\\S]*not\\s+been\\s+evaluated)"), true);
    assert.equal(readsWholeDocument("end of story$"), true);
    assert.equal(readsWholeDocument("[^]*"), true);
  });

  it("are not those with a caret or dollar inside a class or escaped", () => {
    assert.equal(readsWholeDocument("(?<![\\p{L}])cures?\\s+[^.!?\\n]{0,40}arthritis"), false);
    assert.equal(readsWholeDocument("\\$\\d+\\s+off"), false);
    assert.equal(readsWholeDocument("[$€£]\\d+"), false);
    assert.equal(readsWholeDocument("a\\^b"), false);
  });
});

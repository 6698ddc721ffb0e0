import * as assert from "node:assert/strict";
import { BriefError, parseBrief } from "../../../src/core/brief";
import { buildProductDescriptionPrompt } from "../../../src/core/productDescription/prompt";

describe("a brief's language", () => {
  it("reads a code or an English name, keeps English implicit, and refuses an unknown language", () => {
    assert.equal(parseBrief("name: Sock\nfacts: [merino]\nlanguage: DE\n").language, "de");
    assert.equal(parseBrief('{"name": "Sock", "facts": ["merino"], "language": "French"}').language, "fr");
    assert.equal(parseBrief("name: Sock\nfacts: [merino]\nlanguage: en\n").language, undefined);
    assert.throws(() => parseBrief("name: Sock\nfacts: [merino]\nlanguage: Elvish\n"), (error: unknown) => error instanceof BriefError && /not a language Tailor knows.*de, fr/.test(error.message));
  });

  it("names the language outright in the prompt, and says nothing for English", () => {
    const german = buildProductDescriptionPrompt({ name: "Sock", facts: ["merino"], keywords: [], language: "de" });
    assert.match(german.at(-1)!.content, /^Language: German\. Write every value in German\.$/m);
    const english = buildProductDescriptionPrompt({ name: "Sock", facts: ["merino"], keywords: [] });
    assert.doesNotMatch(english.at(-1)!.content, /Language:/);
  });
});

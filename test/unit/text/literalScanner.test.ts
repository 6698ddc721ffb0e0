import * as assert from "node:assert/strict";
import { LiteralScanner } from "../../../src/core/text/literalScanner";

const found = (strings: string[], text: string) => {
  const scanner = new LiteralScanner(strings);
  return [...scanner.scan(text)].map((index) => scanner.strings[index]).sort();
};

describe("literal scanner", () => {
  it("finds overlapping strings and strings inside others", () => {
    assert.deepEqual(found(["he", "she", "his", "hers"], "ushers"), ["he", "hers", "she"]);
  });

  it("finds a string reached only by falling back from a longer partial match", () => {
    assert.deepEqual(found(["copper", "pperm"], "coppermint"), ["copper", "pperm"]);
    assert.deepEqual(found(["abcd", "bcx"], "abcx"), ["bcx"]);
  });

  it("finds nothing that is not there, and ignores the empty string", () => {
    assert.deepEqual(found(["cure", "", "proof"], "a waterproo f jacket"), []);
  });

  it("reports each string once however often it occurs, and starts afresh on every scan", () => {
    const scanner = new LiteralScanner(["safe", "afe"]);
    assert.deepEqual([...scanner.scan("safe, safe, safe")].sort(), [0, 1]);
    assert.deepEqual([...scanner.scan("unsafe")].sort(), [0, 1]);
    assert.deepEqual([...scanner.scan("cafe")], [1]);
  });

  it("scans many texts in one sweep as if each were scanned alone", () => {
    const scanner = new LiteralScanner(["safe", "afe", "cure"]);
    const texts = ["unsafe", "", "cafe cure", "safe", "a waterproof bag"];
    assert.deepEqual(scanner.scanEach(texts), texts.map((text) => scanner.scan(text)));
    assert.deepEqual(scanner.scanEach(["saf", "e"]), [new Set(), new Set()]);
  });

  it("knows the index of each of its strings, and -1 for others", () => {
    const scanner = new LiteralScanner(["cure", "", "proof", "cure"]);
    assert.deepEqual(["cure", "proof", "", "safe"].map((string) => scanner.indexOf(string)), [0, 1, -1, -1]);
  });

  it("matches text outside the Basic Multilingual Plane code unit by code unit", () => {
    assert.deepEqual(found(["🌿 pure", "é"], "Made with 🌿 pure oils, née"), ["é", "🌿 pure"]);
  });
});

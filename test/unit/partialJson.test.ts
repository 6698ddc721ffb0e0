import * as assert from "node:assert/strict";
import { parsePartialJson } from "../../src/core/partialJson";

describe("parsePartialJson: JSON as far as a stream has written it", () => {
  it("reads complete JSON as JSON.parse does", () => {
    const text = '{"title":"Mug","bullets":["a","b"],"n":3,"ok":true,"none":null,"nested":{"x":[1,{"y":"z"}]}}';
    assert.deepEqual(parsePartialJson(text), JSON.parse(text));
  });

  it("keeps what a cut object or array has so far", () => {
    assert.deepEqual(parsePartialJson('{"title":"Mug","bullets":["one","tw'), { title: "Mug", bullets: ["one", "tw"] });
    assert.deepEqual(parsePartialJson('{"title":"Mug","bul'), { title: "Mug" });
    assert.deepEqual(parsePartialJson('{"title":"Mug",'), { title: "Mug" });
    assert.deepEqual(parsePartialJson('[1, 2, '), [1, 2]);
  });

  it("refuses text that is not JSON", () => {
    assert.throws(() => parsePartialJson('{title: "Mug"}'), SyntaxError);
    assert.throws(() => parsePartialJson('{"title" "Mug"}'), SyntaxError);
  });
});

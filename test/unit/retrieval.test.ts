import * as assert from "node:assert/strict";
import { Bm25Index } from "../../src/core/retrieval/bm25";
import { tokenize } from "../../src/core/retrieval/tokenize";

const approved = [
  { id: "beanie", text: "A merino wool beanie with a double-layer cuff for cold winter walks." },
  { id: "sweater", text: "A chunky wool sweater knitted from British wool, warm for winter." },
  { id: "tee", text: "An organic cotton tee with a relaxed fit for everyday wear." },
  { id: "speaker", text: "A Bluetooth speaker with 14 hours of battery life and an IP67 rating." },
  { id: "mug", text: "A stoneware mug that holds 350 ml and goes in the dishwasher." },
];

describe("tokenize", () => {
  it("keeps lower-case Unicode words and numbers, without stopwords", () => {
    assert.deepEqual(tokenize("The Café's crème brûlée, for 2 — and IP67!"), ["café", "s", "crème", "brûlée", "2", "ip67"]);
    assert.deepEqual(tokenize("Ｆｕｌｌ-width letters"), ["full", "width", "letters"]);
    assert.deepEqual(tokenize("the and of"), []);
  });
});

describe("Bm25Index", () => {
  const index = new Bm25Index(approved);

  it("puts the most similar description first and unrelated ones last, with no score", () => {
    const ranked = index.rank("Merino beanie for winter", approved.length);
    assert.equal(ranked[0].id, "beanie");
    assert.equal(ranked[1].id, "sweater");
    assert.ok(ranked[0].score > ranked[1].score && ranked[1].score > 0);
    assert.deepEqual(
      ranked.slice(2).map((hit) => [hit.id, hit.score]),
      [
        ["mug", 0],
        ["speaker", 0],
        ["tee", 0],
      ],
    );
    assert.deepEqual(
      index.rank("speaker battery", 1).map((hit) => hit.id),
      ["speaker"],
    );
  });

  it("scores with Okapi BM25, k1 = 1.2 and b = 0.75", () => {
    const small = new Bm25Index([
      { id: "d1", text: "apple apple banana" },
      { id: "d2", text: "banana cherry" },
    ]);
    const [top] = small.rank("apple", 1);
    // N = 2, n(apple) = 1, tf = 2, |d1| = 3, avgdl = 2.5
    const idf = Math.log(1 + (2 - 1 + 0.5) / (1 + 0.5));
    const expected = (idf * (2 * 2.2)) / (2 + 1.2 * (1 - 0.75 + (0.75 * 3) / 2.5));
    assert.equal(top.id, "d1");
    assert.ok(Math.abs(top.score - expected) < 1e-12, `${top.score} vs ${expected}`);
  });

  it("prefers the shorter of two documents with the same matches, and counts a query term once", () => {
    const lengths = new Bm25Index([
      { id: "long", text: "linen shirt with mother of pearl buttons and a curved hem for summer evenings" },
      { id: "short", text: "linen shirt" },
    ]);
    assert.deepEqual(
      lengths.rank("linen", 2).map((hit) => hit.id),
      ["short", "long"],
    );
    assert.deepEqual(lengths.rank("linen linen linen", 2), lengths.rank("linen", 2));
  });

  it("breaks ties by id, whatever the order of the documents", () => {
    const docs = [
      { id: "c", text: "wool scarf" },
      { id: "a", text: "wool scarf" },
      { id: "b", text: "wool scarf" },
    ];
    for (const order of [docs, [...docs].reverse()]) {
      const ranked = new Bm25Index(order).rank("scarf", 3);
      assert.deepEqual(
        ranked.map((hit) => hit.id),
        ["a", "b", "c"],
      );
      assert.equal(new Set(ranked.map((hit) => hit.score)).size, 1);
    }
  });

  it("returns at most k results, none for k = 0 or an empty index, and rejects repeated ids", () => {
    assert.equal(index.rank("wool", 2).length, 2);
    assert.deepEqual(index.rank("wool", 0), []);
    assert.deepEqual(new Bm25Index([]).rank("wool", 3), []);
    assert.deepEqual(
      new Bm25Index([{ id: "x", text: "" }]).rank("wool", 3),
      [{ id: "x", score: 0 }],
    );
    assert.equal(index.size, approved.length);
    assert.throws(() => new Bm25Index([...approved, { id: "mug", text: "again" }]), /Two documents have the id "mug"/);
  });
});

import * as assert from "node:assert/strict";
import { curatedModels, defaultCuratedModel, fileNameOfUri, largestModelWithin, ModelListError, parseModelList } from "../../../src/core/models/modelList";
import { formatBytes } from "../../../src/core/text/formatBytes";
import { downloadUriOf, localPathOf, parseModelReference } from "../../../src/core/models/modelReference";

describe("model catalog", () => {
  it("holds the models product copy needs, each complete, with one default that an 8 GB laptop runs", () => {
    const ids = curatedModels.map((model) => model.id);
    for (const id of [
      "qwen2.5-0.5b-instruct",
      "qwen2.5-1.5b-instruct",
      "qwen2.5-3b-instruct",
      "llama-3.2-1b-instruct",
      "llama-3.2-3b-instruct",
      "smollm2-360m-instruct",
      "smollm2-1.7b-instruct",
      "gemma-3-1b-it",
      "phi-3.5-mini-instruct",
    ]) {
      assert.ok(ids.includes(id), `missing ${id}`);
    }
    const standard = defaultCuratedModel();
    assert.ok(standard.sizeBytes < 2e9, "the default must leave room on an 8 GB laptop");
    for (const model of curatedModels.filter((m) => /gemma|llama/.test(m.id))) assert.equal(model.license.requiresAcceptance, true, model.id);
  });

  it("rejects catalog data with a missing field, a bad URI, a repeated id or no single default", () => {
    const good = { models: curatedModels.map((model) => ({ ...model })) };
    const broken = (change: (models: Record<string, unknown>[]) => void) => {
      const copy = JSON.parse(JSON.stringify(good)) as { models: Record<string, unknown>[] };
      change(copy.models);
      return () => parseModelList(copy);
    };
    assert.throws(broken((models) => delete models[0].license), ModelListError);
    assert.throws(broken((models) => (models[0].uri = "https://example.com/model.gguf")), /hf:owner/);
    assert.throws(broken((models) => (models[1].id = models[0].id)), /repeats/);
    assert.throws(broken((models) => (models[0].default = true)), /Exactly one/);
    assert.equal(parseModelList(good).length, curatedModels.length);
  });

  it("offers the largest model that fits in a budget", () => {
    const within = largestModelWithin(1e9);
    assert.ok(within && within.sizeBytes <= 1e9);
    assert.ok(curatedModels.filter((m) => m.sizeBytes <= 1e9).every((m) => m.sizeBytes <= within.sizeBytes));
    assert.equal(largestModelWithin(1e6), undefined);
  });

  it("formats sizes and file names for people", () => {
    assert.equal(formatBytes(1_117_320_736), "1.1 GB");
    assert.equal(formatBytes(386_404_992), "386 MB");
    assert.equal(fileNameOfUri("hf:Qwen/Qwen2.5-0.5B-Instruct-GGUF/qwen2.5-0.5b-instruct-q4_k_m.gguf"), "qwen2.5-0.5b-instruct-q4_k_m.gguf");
  });
});

describe("parseModelReference", () => {
  it("tells catalog ids, hf: URIs, absolute and home paths apart", () => {
    const catalog = parseModelReference("qwen2.5-1.5b-instruct");
    assert.equal(catalog.kind, "catalog");
    assert.equal(localPathOf(catalog, "/models"), "/models/qwen2.5-1.5b-instruct-q4_k_m.gguf");
    assert.equal(downloadUriOf(catalog), "hf:Qwen/Qwen2.5-1.5B-Instruct-GGUF/qwen2.5-1.5b-instruct-q4_k_m.gguf");
    const hf = parseModelReference("hf:owner/repo/file.gguf");
    assert.deepEqual(hf, { kind: "hf", uri: "hf:owner/repo/file.gguf" });
    assert.equal(localPathOf(hf, "/models"), "/models/file.gguf");
    assert.deepEqual(parseModelReference("/abs/model.gguf"), { kind: "file", path: "/abs/model.gguf" });
    assert.deepEqual(parseModelReference("~/m.gguf", "/home/u"), { kind: "file", path: "/home/u/m.gguf" });
    assert.deepEqual(parseModelReference("  "), { kind: "none" });
    assert.deepEqual(parseModelReference("relative/model.gguf"), { kind: "unknown", value: "relative/model.gguf" });
    assert.equal(downloadUriOf(parseModelReference("/abs/model.gguf")), undefined);
  });
});

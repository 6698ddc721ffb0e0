import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { GgufHeaderError, readGgufHeader, type GgufArraySummary } from "../../../src/engine/gguf/ggufHeader";
import { ModelFileError, precheckModelFile, type ModelFileErrorCode } from "../../../src/engine/gguf/modelPrecheck";
import { GgufWriter, float32ToFloat16Bits } from "../../../scripts/fixtures/ggufWriter";
import { TINY_A_SENTENCE, fixtureFiles, tinyModel, writeFixtureFile, writeFixtures } from "../../../scripts/fixtures/writeFixtures";

async function rejectsWith(promise: Promise<unknown>, code: ModelFileErrorCode, file: string): Promise<ModelFileError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof ModelFileError, `expected a ModelFileError "${code}", got ${String(caught)}`);
  assert.equal(caught.code, code, caught.message);
  assert.ok(caught.message.includes(path.basename(file)), `the message should name the file: ${caught.message}`);
  return caught;
}

/** A header-only GGUF whose single metadata entry is an array of `length` strings with no data behind it. */
function arrayHeader(length: bigint): Buffer {
  const head = Buffer.alloc(24);
  head.write("GGUF", 0, "ascii");
  head.writeUInt32LE(3, 4);
  head.writeBigUInt64LE(0n, 8);
  head.writeBigUInt64LE(1n, 16);
  const key = Buffer.alloc(8 + 1 + 4 + 4 + 8);
  key.writeBigUInt64LE(1n, 0);
  key.write("x", 8, "ascii");
  key.writeUInt32LE(9, 9);
  key.writeUInt32LE(8, 13);
  key.writeBigUInt64LE(length, 17);
  return Buffer.concat([head, key, Buffer.alloc(64)]);
}

describe("GGUF header reader and model pre-check", () => {
  let dir: string;
  const at = (name: string) => path.join(dir, name);

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "tailor-gguf-"));
    writeFixtures(dir);
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reads tiny-a's header: name, architecture, keys, summarised vocabulary, data end at end of file", async () => {
    const header = await readGgufHeader(at("tiny-a.gguf"));
    assert.equal(header.version, 3);
    assert.equal(header.metadata.get("general.name"), "Tailor Tiny A");
    assert.equal(header.metadata.get("general.architecture"), "llama");
    assert.equal(header.metadata.get("llama.context_length"), 4096);
    assert.equal(header.metadata.get("llama.feed_forward_length"), 128);
    assert.equal(header.metadata.get("tokenizer.ggml.model"), "llama");
    const tokens = header.metadata.get("tokenizer.ggml.tokens") as GgufArraySummary;
    assert.equal(tokens.kind, "array");
    assert.equal(tokens.elementType, "string");
    assert.equal(tokens.length, 350);
    assert.equal(tokens.values, undefined);
    assert.equal(header.tensorCount, 21);
    assert.equal(header.tensors.length, 21);
    assert.deepEqual(header.tensors.find((t) => t.name === "token_embd.weight")?.dims, [64, 350]);
    assert.equal(header.dataStart % 32, 0);
    assert.equal(header.dataEnd, fs.statSync(at("tiny-a.gguf")).size);
    assert.deepEqual(header.unknownTypeTensors, []);
  });

  it("keeps the values of short arrays", async () => {
    const file = at("short-array.gguf");
    fs.writeFileSync(file, new GgufWriter().int32Array("a", [7, -3]).stringArray("b", ["x", "yz"]).toBuffer());
    const header = await readGgufHeader(file);
    assert.deepEqual((header.metadata.get("a") as GgufArraySummary).values, [7, -3]);
    assert.deepEqual((header.metadata.get("b") as GgufArraySummary).values, ["x", "yz"]);
  });

  it("accepts tiny-a and tiny-b, which have different names", async () => {
    const a = await precheckModelFile(at("tiny-a.gguf"), { freeMemoryBytes: 1e12 });
    const b = await precheckModelFile(at("tiny-b.gguf"), { freeMemoryBytes: 1e12 });
    assert.deepEqual(a, {
      path: at("tiny-a.gguf"),
      name: "Tailor Tiny A",
      architecture: "llama",
      fileSizeBytes: fs.statSync(at("tiny-a.gguf")).size,
      contextLength: 4096,
      blockCount: 2,
    });
    assert.equal(b.name, "Tailor Tiny B");
    assert.notEqual(fs.readFileSync(at("tiny-a.gguf")).equals(fs.readFileSync(at("tiny-b.gguf"))), true);
  });

  it("names a model without general.name after its file", async () => {
    const file = at("Unnamed-Model.Q8_0.gguf");
    fs.writeFileSync(file, tinyModel({ name: "x", seed: 9, sentence: TINY_A_SENTENCE, omitKeys: ["general.name"] }).toBuffer());
    assert.equal((await precheckModelFile(file, { freeMemoryBytes: 1e12 })).name, "Unnamed-Model.Q8_0");
  });

  it("refuses a file cut in the middle of its tensor data, with expected and actual sizes", async () => {
    const file = at("broken-truncated.gguf");
    const error = await rejectsWith(precheckModelFile(file), "truncated", file);
    const expected = fs.statSync(at("tiny-a.gguf")).size;
    assert.match(error.message, new RegExp(`${expected} bytes.*${fs.statSync(file).size} bytes`));
    assert.match(error.message, /download it again/);
  });

  it("refuses a file cut inside its header", async () => {
    const file = at("cut-header.gguf");
    fs.writeFileSync(file, fs.readFileSync(at("tiny-a.gguf")).subarray(0, 300));
    await rejectsWith(precheckModelFile(file), "truncated", file);
  });

  it("refuses a file that is not GGUF", async () => {
    const file = at("broken-not-gguf.gguf");
    const error = await rejectsWith(precheckModelFile(file), "not-gguf", file);
    assert.match(error.message, /magic/);
  });

  it("refuses a model without the keys that crash llama.cpp, naming them", async () => {
    const file = at("broken-missing-keys.gguf");
    const error = await rejectsWith(precheckModelFile(file), "missing-keys", file);
    assert.match(error.message, /llama\.feed_forward_length/);
    assert.match(error.message, /llama\.attention\.head_count\b/);
    assert.match(error.message, /crash/);
  });

  it("does not require attention and feed-forward keys of a recurrent architecture", async () => {
    const model = (architecture: string) =>
      new GgufWriter()
        .string("general.architecture", architecture)
        .uint32(`${architecture}.context_length`, 1024)
        .uint32(`${architecture}.embedding_length`, 64)
        .uint32(`${architecture}.block_count`, 1)
        .string("tokenizer.ggml.model", "llama")
        .stringArray("tokenizer.ggml.tokens", ["<unk>"])
        .toBuffer();
    fs.writeFileSync(at("mamba.gguf"), model("mamba"));
    fs.writeFileSync(at("llama-no-ffn.gguf"), model("llama"));
    assert.equal((await precheckModelFile(at("mamba.gguf"))).architecture, "mamba");
    await rejectsWith(precheckModelFile(at("llama-no-ffn.gguf")), "missing-keys", at("llama-no-ffn.gguf"));
  });

  it("reports a missing path as not-found", async () => {
    const file = at("does-not-exist.gguf");
    await rejectsWith(precheckModelFile(file), "not-found", file);
  });

  it("reports a directory as not-a-file", async () => {
    const folder = at("a-folder.gguf");
    fs.mkdirSync(folder);
    await rejectsWith(precheckModelFile(folder), "not-a-file", folder);
  });

  it("refuses a model larger than the free memory, giving both sizes in GB", async () => {
    const file = at("tiny-a.gguf");
    const error = await rejectsWith(precheckModelFile(file, { freeMemoryBytes: 100_000 }), "too-large-for-memory", file);
    assert.match(error.message, /0\.00052 GB.*0\.0001 GB/);
  });

  it("refuses an absurd array length as a damaged header without looping or allocating", async () => {
    const file = at("absurd-array.gguf");
    fs.writeFileSync(file, arrayHeader(1n << 60n));
    await assert.rejects(readGgufHeader(file), (error: unknown) => error instanceof GgufHeaderError && error.kind === "corrupt");
    await rejectsWith(precheckModelFile(file), "not-gguf", file);
  });

  it("refuses an array longer than the rest of the file could hold as truncated", async () => {
    const file = at("long-array.gguf");
    fs.writeFileSync(file, arrayHeader(1n << 27n));
    await assert.rejects(readGgufHeader(file), (error: unknown) => error instanceof GgufHeaderError && error.kind === "truncated");
  });

  it("refuses GGUF version 1", async () => {
    const file = at("version-1.gguf");
    const bytes = Buffer.from(fs.readFileSync(at("tiny-a.gguf")));
    bytes.writeUInt32LE(1, 4);
    fs.writeFileSync(file, bytes);
    const error = await rejectsWith(precheckModelFile(file), "unsupported-version", file);
    assert.match(error.message, /version 1\b/);
  });
});

describe("GGUF fixture writer", () => {
  it("writes byte-identical files and skips rewriting them", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tailor-fixtures-"));
    try {
      const [tinyA] = fixtureFiles();
      assert.equal(writeFixtureFile(dir, tinyA), "written");
      const first = fs.readFileSync(path.join(dir, tinyA.fileName));
      assert.equal(first.length, tinyA.size);
      assert.equal(writeFixtureFile(dir, fixtureFiles()[0]), "up to date");
      fs.writeFileSync(path.join(dir, tinyA.fileName), Buffer.alloc(first.length));
      assert.equal(writeFixtureFile(dir, tinyA), "written");
      assert.ok(fs.readFileSync(path.join(dir, tinyA.fileName)).equals(first));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("encodes Q8_0 scales as IEEE half floats", () => {
    assert.equal(float32ToFloat16Bits(1), 0x3c00);
    assert.equal(float32ToFloat16Bits(-2), 0xc000);
    assert.equal(float32ToFloat16Bits(65504), 0x7bff);
    assert.equal(float32ToFloat16Bits(1e6), 0x7c00);
    assert.equal(float32ToFloat16Bits(1e-7), 0x0002);
    assert.equal(float32ToFloat16Bits(3e-5), 0x01f7);
    assert.equal(float32ToFloat16Bits(0.02 / 73), 0x0c7d);
  });
});

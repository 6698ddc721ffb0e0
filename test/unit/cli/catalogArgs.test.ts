import * as assert from "node:assert/strict";
import { CliUsageError, defaultConcurrency, defaultProductTimeoutSeconds, parseCatalogArgs } from "../../../src/cli/catalogArgs";
import { defaultMaxTokens, defaultSeed, defaultTemperature } from "../../../src/core/generationDefaults";

describe("tailor catalog's options", () => {
  it("defaults to the editor's generation settings", () => {
    const args = parseCatalogArgs(["in.csv"]);
    assert.deepEqual(
      { seed: args.seed, maxTokens: args.maxTokens, temperature: args.temperature, parallel: args.parallel, threads: args.threads, contextSize: args.contextSize },
      { seed: defaultSeed, maxTokens: defaultMaxTokens, temperature: defaultTemperature, parallel: 0, threads: 0, contextSize: 0 },
    );
    assert.equal(args.mode, "fillEmpty");
    assert.equal(args.logPrompts, false);
  });

  it("reads every numeric option within its bounds, and refuses one outside them", () => {
    const args = parseCatalogArgs(["in.csv", "--seed", "7", "--max-tokens", "700", "--temperature", "0.5", "--parallel", "2", "--threads", "1", "--context-size", "2048"]);
    assert.deepEqual([args.seed, args.maxTokens, args.temperature, args.parallel, args.threads, args.contextSize], [7, 700, 0.5, 2, 1, 2048]);
    assert.throws(() => parseCatalogArgs(["in.csv", "--max-tokens", "32"]), /--max-tokens must be a number from 64 to 32768/);
    assert.throws(() => parseCatalogArgs(["in.csv", "--seed", "1.5"]), /--seed must be a whole number/);
    assert.throws(() => parseCatalogArgs(["in.csv", "--temperature"]), /--temperature needs a value/);
  });

  it("reads a feed file and a language list, and refuses a language it does not know", () => {
    const args = parseCatalogArgs(["in.csv", "--feed", "merchant.tsv", "--languages", "de,FR"]);
    assert.equal(args.feed, "merchant.tsv");
    assert.deepEqual(args.languages, ["de", "fr"]);
    assert.deepEqual(parseCatalogArgs(["in.csv"]).languages, []);
    assert.throws(() => parseCatalogArgs(["in.csv", "--languages", "de,xx"]), (error: unknown) => error instanceof CliUsageError && /--languages: "xx"/.test(error.message));
    assert.throws(() => parseCatalogArgs(["in.csv", "--feed"]), /--feed needs a value/);
  });

  it("names an unknown option, a bad mapping and a missing input", () => {
    assert.throws(() => parseCatalogArgs(["in.csv", "--fast"]), (error: unknown) => error instanceof CliUsageError && /Unknown option --fast/.test(error.message));
    assert.throws(() => parseCatalogArgs(["in.csv", "--map", "colour=Colour"]), /--map takes FIELD=COLUMN/);
    assert.deepEqual(parseCatalogArgs(["in.csv", "--map", "facts=Key features"]).mapping, { facts: "Key features" });
    assert.throws(() => parseCatalogArgs([]), /Name the CSV file to fill/);
  });

  it("reads an inference server's address, concurrency and timeout, with defaults for the last two", () => {
    const local = parseCatalogArgs(["in.csv"]);
    assert.equal(local.endpoint, undefined);
    assert.deepEqual([local.concurrency, local.timeout], [defaultConcurrency, defaultProductTimeoutSeconds]);
    const server = parseCatalogArgs(["in.csv", "--endpoint", "http://gpu-box:8080/v1", "--model", "qwen2.5-7b", "--concurrency", "8", "--timeout", "2.5"]);
    assert.deepEqual([server.endpoint, server.model, server.concurrency, server.timeout], ["http://gpu-box:8080/v1", "qwen2.5-7b", 8, 2.5]);
    assert.equal(parseCatalogArgs(["in.csv", "--endpoint", "https://llm.example.com/v1/"]).endpoint, "https://llm.example.com/v1/");
  });

  it("refuses an endpoint that is not an http(s) URL, saying what it takes", () => {
    const usage = (argv: readonly string[], message: RegExp) => assert.throws(() => parseCatalogArgs(argv), (error: unknown) => error instanceof CliUsageError && message.test(error.message));
    usage(["in.csv", "--endpoint", "gpu box"], /--endpoint takes the server's base URL, such as http:\/\/127\.0\.0\.1:8080\/v1; got "gpu box"/);
    usage(["in.csv", "--endpoint", "ftp://gpu-box/v1"], /--endpoint must be an http or https URL; got "ftp:\/\/gpu-box\/v1"/);
    // Without a scheme, "host:port" reads as a scheme of its own.
    usage(["in.csv", "--endpoint", "gpu-box:8080"], /--endpoint must be an http or https URL; got "gpu-box:8080"/);
    usage(["in.csv", "--endpoint"], /--endpoint needs a value/);
    usage(["in.csv", "--endpoint", "--model", "m"], /--endpoint needs a value/);
  });

  it("refuses a concurrency that is not a whole number of at least 1, and a timeout under a second", () => {
    assert.throws(() => parseCatalogArgs(["in.csv", "--concurrency", "0"]), /--concurrency must be a number from 1 to 256; got "0"/);
    assert.throws(() => parseCatalogArgs(["in.csv", "--concurrency", "2.5"]), /--concurrency must be a whole number/);
    assert.throws(() => parseCatalogArgs(["in.csv", "--concurrency", "four"]), /--concurrency must be a number/);
    assert.throws(() => parseCatalogArgs(["in.csv", "--timeout", "0.5"]), /--timeout must be a number from 1 to 86400; got "0.5"/);
    assert.throws(() => parseCatalogArgs(["in.csv", "--timeout", "-3"]), /--timeout must be a number from 1 to 86400; got "-3"/);
  });
});

import * as assert from "node:assert/strict";
import { CliUsageError, parseCatalogArgs } from "../../../src/cli/catalogArgs";
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

  it("names an unknown option, a bad mapping and a missing input", () => {
    assert.throws(() => parseCatalogArgs(["in.csv", "--fast"]), (error: unknown) => error instanceof CliUsageError && /Unknown option --fast/.test(error.message));
    assert.throws(() => parseCatalogArgs(["in.csv", "--map", "colour=Colour"]), /--map takes FIELD=COLUMN/);
    assert.deepEqual(parseCatalogArgs(["in.csv", "--map", "facts=Key features"]).mapping, { facts: "Key features" });
    assert.throws(() => parseCatalogArgs([]), /Name the CSV file to fill/);
  });
});

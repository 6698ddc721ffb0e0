import * as assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fixture } from "../support/paths";
import { journalEntries, runCatalogCli, type CliResult } from "../support/tailorCli";

function runCli(args: readonly string[], onSpawn?: (child: ChildProcess) => void, cwd?: string): Promise<CliResult> {
  return runCatalogCli(args, { onSpawn, cwd });
}

describe("tailor catalog (the command line, on the fixture model)", function () {
  // Three runs of 40 products, each checked and (the fixture writes about cotton) written twice.
  this.timeout(10 * 60_000);
  let dir: string;
  let input: string;
  const model = fixture("tiny-a");
  // The fixture spends a token a character; 700 keeps prompt and answer inside its context.
  const common = ["--model", model, "--seed", "7", "--parallel", "2", "--max-tokens", "700", "--threads", "1"];

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "tailor-cli-"));
    input = path.join(dir, "catalog.csv");
    const rows = ["\uFEFFname,facts,audience,Notes"];
    for (let i = 1; i <= 40; i++) rows.push(`Trail sock ${i},"merino wool; size ${i}; ""cushioned"" heel",hikers,"kept 🧦 as is\r\nline two"`);
    writeFileSync(input, `${rows.join("\r\n")}\r\n`);
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it("after kill -9 midway, a resumed run writes the same file as an uninterrupted one", async () => {
    const inputBytes = readFileSync(input);
    const uninterrupted = path.join(dir, "uninterrupted.csv");
    const whole = await runCli([input, "--out", uninterrupted, ...common]);
    assert.equal(whole.code, 0, whole.stderr);

    const resumedOutput = path.join(dir, "resumed.csv");
    const journal = `${resumedOutput}.tailor-journal`;
    let journaledAtKill = 0;
    const killed = await runCli([input, "--out", resumedOutput, ...common], (child) => {
      const watch = setInterval(() => {
        journaledAtKill = journalEntries(journal);
        if (journaledAtKill >= 10) {
          clearInterval(watch);
          child.kill("SIGKILL");
        }
      }, 20);
      child.on("close", () => clearInterval(watch));
    });
    assert.equal(killed.signal, "SIGKILL", `the run ended before it could be killed: ${killed.stdout}`);
    assert.ok(!existsSync(resumedOutput), "a killed run left an output file behind");
    const kept = journalEntries(journal);
    assert.ok(kept >= 10 && kept < 40, `the journal kept ${kept} products`);

    const resumed = await runCli([input, "--out", resumedOutput, ...common]);
    assert.equal(resumed.code, 0, resumed.stderr);
    assert.match(resumed.stdout, new RegExp(`Resumed: ${kept} products`), "the resumed run redid products the journal had");
    assert.deepEqual(readFileSync(resumedOutput), readFileSync(uninterrupted), "the resumed file differs from the uninterrupted one");
    // The scores came through the journal: the resumed run reports every product as the uninterrupted one did.
    assert.match(resumed.stdout, /^Scores of 40 products: median \d+(\.5)? \(\d+–\d+\)\.$/mu);
    assert.match(resumed.stdout, new RegExp(`^Scores per product: .*resumed\\.report\\.csv$`, "mu"));
    assert.deepEqual(readFileSync(path.join(dir, "resumed.report.csv")), readFileSync(path.join(dir, "uninterrupted.report.csv")), "the resumed run's score report differs");
    assert.deepEqual(readFileSync(input), inputBytes, "the input file changed");
    assert.ok(!existsSync(journal), "the finished run left its journal");
  });

  it("refuses to write over its input, and names the line of malformed input without writing anything", async () => {
    const same = await runCli([input, "--out", input, ...common]);
    assert.equal(same.code, 1);
    assert.match(same.stderr, /never overwrites the input/i);

    const broken = path.join(dir, "broken.csv");
    writeFileSync(broken, "name,facts\nSock,merino\nBottle,steel,extra\n");
    const result = await runCli([broken, ...common]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /line 3/i);
    assert.ok(!existsSync(path.join(dir, "broken.tailor.csv")));
  });

  it("explains its usage when the arguments are wrong", async () => {
    const result = await runCli(["--parallel", "zero", input]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--parallel must be a number/);
    assert.match(result.stderr, /Usage: tailor catalog/);
  });

  it("takes any profile by id or name for --industry, general retail too, and refuses one it does not know", async () => {
    const unknown = await runCli([input, "--industry", "quantum widgets", "--model", model]);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--industry quantum widgets is not a known industry profile/);
    // A model that is not there stops the run after the profile was accepted, before any product.
    for (const industry of ["general-retail", "General retail", "Food & beverage"]) {
      const named = await runCli([input, "--out", path.join(dir, "industry.csv"), "--industry", industry, "--model", path.join(dir, "no-such-model.gguf")]);
      assert.doesNotMatch(named.stderr, /not a known industry profile/, `${industry}: ${named.stderr}`);
      assert.match(named.stderr, /no-such-model\.gguf/);
    }
  });
});

describe("tailor catalog on a file with no products", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "tailor-cli-empty-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const [name, text, expected] of [
    // A Shopify export saved with old Mac line endings reads as a single header line.
    ["old Mac line endings", "Handle,Title,Body (HTML),Vendor\rbottle,Summit Bottle,,Summit\rmug,Camp Mug,,Summit\r", /carriage return only/],
    ["only a header", "name,facts,audience\n", /header row but no product rows/],
  ] as const) {
    it(`says that no products were found (${name}), writes nothing and fails`, async () => {
      const input = path.join(dir, `${name.replace(/\W+/g, "-")}.csv`);
      writeFileSync(input, text);
      const output = path.join(dir, "out.csv");
      const result = await runCli([input, "--out", output, "--model", fixture("tiny-a")]);
      assert.notEqual(result.code, 0, result.stdout);
      assert.match(result.stderr, /No products found/);
      assert.match(result.stderr, expected);
      assert.doesNotMatch(result.stdout, /0\/0 products/);
      assert.equal(existsSync(output), false);
      assert.equal(readFileSync(input, "utf8"), text);
    });
  }
});

describe("tailor catalog with a workspace's brand voice", () => {
  let dir: string;
  const tone = "Brisk, nautical and dry-humoured";
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "tailor-cli-brand-"));
    const workspace = path.join(dir, "shop");
    mkdirSync(path.join(workspace, ".tailor"), { recursive: true });
    writeFileSync(path.join(workspace, ".tailor", "brand.json"), JSON.stringify({ tone, glossary: { banned: [{ term: "cheap", replacement: "affordable" }] } }));
    writeFileSync(path.join(workspace, "catalog.csv"), "name,facts\nHarbour Mug,350 ml enamel\n");
    mkdirSync(path.join(dir, "elsewhere"));
    writeFileSync(path.join(dir, "elsewhere", "catalog.csv"), "name,facts\nHarbour Mug,350 ml enamel\n");
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  // A short answer budget: the prompt is what is checked, not the (gibberish) copy.
  const quick = ["--model", fixture("tiny-a"), "--max-tokens", "64", "--threads", "1", "--log-prompts"];

  it("steers with .tailor/brand.json beside the input", async () => {
    const result = await runCli([path.join(dir, "shop", "catalog.csv"), "--out", path.join(dir, "beside.csv"), ...quick], undefined, dir);
    assert.match(result.stderr, /Brand voice: .*shop[\\/]\.tailor/);
    assert.ok(result.stderr.includes(tone), "the brand's tone is not in the prompt");
    assert.match(result.stderr, /cheap/, "the brand's banned term is not in the prompt");
  });

  it("steers with .tailor/ in the working directory when none is beside the input", async () => {
    const result = await runCli([path.join(dir, "elsewhere", "catalog.csv"), "--out", path.join(dir, "cwd.csv"), ...quick], undefined, path.join(dir, "shop"));
    assert.ok(result.stderr.includes(tone), "the brand's tone is not in the prompt");
  });

  it("writes without a brand voice when there is none", async () => {
    const result = await runCli([path.join(dir, "elsewhere", "catalog.csv"), "--out", path.join(dir, "none.csv"), ...quick], undefined, path.join(dir, "elsewhere"));
    assert.match(result.stderr, /Prompt \(product description/);
    assert.ok(!result.stderr.includes(tone));
    assert.doesNotMatch(result.stderr, /Brand voice:/);
  });
});

import * as assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { parse } from "csv-parse/sync";
import { isRecord } from "../../src/core/values";
import { productDescriptionJsonSchema, productDescriptionLimits, type ProductDescription } from "../../src/core/productDescription/schema";
import { FakeLlmServer, type LlmAnswer, type RecordedLlmRequest } from "../support/fakeLlmServer";
import { journalEntries, runCatalogCli, type CliResult } from "../support/tailorCli";

const apiKey = "sk-tailor-catalog-9c41e07b5d2a48f6-SECRET";

/** Runs `tailor catalog …` as a user would, with the server's key in its environment. */
function runCli(args: readonly string[], onSpawn?: (child: ChildProcess) => void): Promise<CliResult> {
  return runCatalogCli(args, { onSpawn, env: { TAILOR_CATALOG_API_KEY: apiKey } });
}

/** Acts on the running CLI once its journal holds `entries` products; nothing happens if it exits first. */
function onceJournaled(journal: string, entries: number, act: (child: ChildProcess) => void) {
  return (child: ChildProcess) => {
    const watch = setInterval(() => {
      if (journalEntries(journal) < entries) return;
      clearInterval(watch);
      act(child);
    }, 20);
    child.on("close", () => clearInterval(watch));
  };
}

interface Brief {
  readonly name: string;
  readonly facts: readonly string[];
  readonly audience: string;
}

const families: readonly (Omit<Brief, "name"> & { readonly family: string })[] = [
  { family: "Summit Water Bottle", facts: ["18/8 stainless steel", "750 ml capacity", "keeps drinks cold for 24 hours"], audience: "hikers" },
  { family: "Harbour Mug", facts: ["350 ml enamel", "dishwasher safe", "stacks neatly"], audience: "campers" },
  { family: "Trail Sock", facts: ["merino wool", "cushioned heel", "reinforced toe"], audience: "hikers" },
  { family: "Canvas Weekender", facts: ["waxed cotton canvas", "leather handles", "padded laptop sleeve"], audience: "weekend travellers" },
  { family: "Desk Lamp", facts: ["dimmable LED", "USB-C powered", "aluminium arm"], audience: "home offices" },
  { family: "Linen Shirt", facts: ["100% linen", "mother-of-pearl buttons", "relaxed fit"], audience: "summer travellers" },
  { family: "Chef's Knife", facts: ["20 cm blade", "walnut handle", "hand sharpened"], audience: "home cooks" },
  { family: "Rain Shell", facts: ["waterproof fabric", "taped seams", "packs into its own pocket"], audience: "cyclists" },
];
const colours = ["Slate", "Moss", "Sand", "Ember", "Fjord"];

const products: readonly Brief[] = colours.flatMap((colour) => families.map(({ family, facts, audience }) => ({ name: `${colour} ${family}`, facts, audience })));

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Small, plain copy from the brief alone: the product's name and its facts, nothing else. */
function copyFor(brief: Brief): ProductDescription {
  const [first, second, third] = brief.facts;
  return {
    title: brief.name,
    tagline: `The ${brief.name}, made for ${brief.audience}.`,
    bullets: brief.facts.map((fact) => `${capitalized(fact)}.`),
    body: [`The ${brief.name} is made for ${brief.audience}.`, `${capitalized(first)}, ${second} and ${third}.`],
    seoTitle: brief.name,
    metaDescription: `${brief.name}: ${first}, ${second} and ${third}.`,
  };
}

/** The answer's JSON in `pieces` nearly equal chunks, as a server streams tokens. */
function streamed(copy: ProductDescription, pieces = 8): string[] {
  const json = JSON.stringify(copy);
  const size = Math.ceil(json.length / pieces);
  return Array.from({ length: Math.ceil(json.length / size) }, (_, i) => json.slice(i * size, (i + 1) * size));
}

/** The product a request is for, read back from its prompt's last user message as a server's model would. */
function briefIn(body: unknown): Brief | undefined {
  if (!isRecord(body) || !Array.isArray(body.messages)) return undefined;
  const user = (body.messages as unknown[]).filter((message) => isRecord(message) && message.role === "user").at(-1);
  if (!isRecord(user) || typeof user.content !== "string") return undefined;
  const text = user.content;
  const name = /^Product: (.+)$/m.exec(text)?.[1];
  const audience = /^Audience: (.+)$/m.exec(text)?.[1];
  const factLines = /^Facts:\n((?:- .+\n?)+)/m.exec(text)?.[1];
  if (!name || !audience || !factLines) return undefined;
  return { name, audience, facts: factLines.trimEnd().split("\n").map((line) => line.slice(2)) };
}

function productOf(request: RecordedLlmRequest): string | undefined {
  return briefIn(request.body)?.name;
}

/**
 * The server's answers: each product's own copy, unless `special` answers that product's nth
 * request (1 for the first) otherwise. Counted by the server, not the clock.
 */
function answers(special?: (name: string, attempt: number) => LlmAnswer | undefined) {
  const attempts = new Map<string, number>();
  return (body: unknown): LlmAnswer | undefined => {
    const brief = briefIn(body);
    if (!brief) return undefined;
    const attempt = (attempts.get(brief.name) ?? 0) + 1;
    attempts.set(brief.name, attempt);
    return special?.(brief.name, attempt) ?? { reply: streamed(copyFor(brief)) };
  };
}

/** Answers the first `count` requests and holds every later one open, unanswered. */
function answerOnly(count: number) {
  let asked = 0;
  return answers(() => (++asked > count ? { fault: { kind: "holdAfter", chunks: 0 } } : undefined));
}

type Row = Readonly<Record<string, string | undefined>>;

function rowsOf(bytes: Buffer): Row[] {
  return parse(bytes, { bom: true, columns: true }) as Row[];
}

describe("tailor catalog on an inference server (a real HTTP server on 127.0.0.1)", function () {
  // One run of 40 products takes a few seconds; the server that goes away is waited on through the client's backoff.
  this.timeout(5 * 60_000);
  let server: FakeLlmServer;
  let dir: string;
  let input: string;
  let inputBytes: Buffer;
  /** Each product's first line in the file, which also names its key (row-N). */
  const lines: number[] = [];
  let reference: { readonly result: CliResult; readonly bytes: Buffer; readonly requests: readonly RecordedLlmRequest[]; readonly maxInFlight: number };

  const endpoint = () => `${server.baseUrl}/v1`;
  const serverArgs = () => ["--endpoint", endpoint(), "--model", "qwen2.5-7b-instruct", "--concurrency", "4", "--seed", "7"];
  let outputs = 0;
  const freshOutput = () => path.join(dir, `out-${++outputs}.csv`);
  const lineOf = (name: string) => lines[products.findIndex((product) => product.name === name)];

  before(async () => {
    server = await FakeLlmServer.start();
    dir = mkdtempSync(path.join(tmpdir(), "tailor-server-cli-"));
    input = path.join(dir, "catalog.csv");
    // A BOM, CRLF, quoted fields and a cell over two lines: the input must come back byte for byte around the new cells.
    const records = ["\uFEFFname,facts,audience,Notes"];
    let line = 2;
    products.forEach((product, i) => {
      const notes = i % 7 === 3 ? '"kept ""as is"" 🧦\r\nsecond line"' : "";
      records.push(`${product.name},"${product.facts.join("; ")}",${product.audience},${notes}`);
      lines.push(line);
      line += notes.includes("\n") ? 2 : 1;
    });
    writeFileSync(input, `${records.join("\r\n")}\r\n`);
    inputBytes = readFileSync(input);

    // The first answer waits for a second request to arrive, so that a client that writes products
    // at once is seen to, however fast this server answers. The timer only ends the wait for one
    // that never sends a second: the test then fails instead of hanging. The others stream piece by
    // piece, as a model writes, so that a client keeping too many in flight would be seen to.
    let secondAsked: () => void = () => undefined;
    const second = new Promise<void>((resolve) => (secondAsked = resolve));
    const giveUp = setTimeout(secondAsked, 20_000);
    let asked = 0;
    server.replyFor = answers((name) => {
      if (++asked === 2) secondAsked();
      const product = products.find((candidate) => candidate.name === name)!;
      return { reply: streamed(copyFor(product)), fault: asked === 1 ? { kind: "waitFor", until: second } : { kind: "trickle", everyMs: 20 } };
    });
    const output = freshOutput();
    const result = await runCli([input, "--out", output, ...serverArgs()]);
    clearTimeout(giveUp);
    reference = { result, bytes: existsSync(output) ? readFileSync(output) : Buffer.alloc(0), requests: [...server.requests], maxInFlight: server.maxInFlight };
  });

  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(() => server.reset());

  it("answers each product with copy within the schema's limits, streamed in pieces", () => {
    for (const product of products) {
      const copy = copyFor(product);
      assert.ok(copy.title.length <= productDescriptionLimits.title && copy.seoTitle.length <= productDescriptionLimits.seoTitle, product.name);
      assert.ok(copy.tagline.length <= productDescriptionLimits.tagline && copy.metaDescription.length <= productDescriptionLimits.metaDescription, product.name);
      assert.equal(copy.body.length, productDescriptionLimits.paragraphs);
      assert.ok(copy.bullets.length >= productDescriptionLimits.minBullets && copy.bullets.length <= productDescriptionLimits.maxBullets);
      assert.equal(streamed(copy).join(""), JSON.stringify(copy));
    }
  });

  it("writes all 40 products in input order, at most 4 at once, and leaves the input as it was", () => {
    const { result, bytes, requests, maxInFlight } = reference;
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, new RegExp(`Writing on the inference server at ${endpoint().replace(/[.]/g, "\\.")} \\(model qwen2\\.5-7b-instruct\\), 4 product\\(s\\) at once`));
    assert.match(result.stdout, /^Done: 40 written, 0 skipped, 0 flagged, 0 failed of 40 products\.$/m);
    assert.deepEqual(readFileSync(input), inputBytes, "the input file changed");

    const before = rowsOf(inputBytes);
    const after = rowsOf(bytes);
    assert.equal(after.length, 40);
    // The input's columns as they were, then the new ones in the header's own style.
    assert.deepEqual(Object.keys(after[0]), ["name", "facts", "audience", "Notes", "Description", "SEO Title", "SEO Description"]);
    after.forEach((row, i) => {
      const product = products[i];
      assert.deepEqual({ name: row.name, facts: row.facts, audience: row.audience, Notes: row.Notes }, before[i], `row ${i + 1}'s own cells changed or moved`);
      const copy = copyFor(product);
      const description = row.Description ?? "";
      assert.ok(description.includes(copy.tagline) && description.includes(copy.body[0]) && description.includes(copy.body[1]), `row ${i + 1} (${product.name}) has another product's copy: ${description}`);
      for (const bullet of copy.bullets) assert.ok(description.includes(`- ${bullet}`), `row ${i + 1} lacks "${bullet}"`);
      assert.equal(row["SEO Title"], product.name);
      assert.equal(row["SEO Description"], copy.metaDescription);
    });

    // One request a product: the checks found nothing in the copy to rewrite.
    assert.equal(requests.length, 40);
    assert.deepEqual(new Set(requests.map(productOf)), new Set(products.map((product) => product.name)));
    for (const request of requests) {
      assert.equal(request.path, "/v1/chat/completions");
      assert.equal(request.headers.authorization, `Bearer ${apiKey}`);
      assert.ok(isRecord(request.body));
      assert.equal(request.body.model, "qwen2.5-7b-instruct");
      assert.deepEqual(request.body.response_format, { type: "json_schema", json_schema: { name: "tailor_copy", schema: productDescriptionJsonSchema } });
      assert.ok(Number.isInteger(request.body.seed), "no seed was sent");
    }
    assert.equal(new Set(requests.map((request) => isRecord(request.body) && request.body.seed)).size, 40, "products shared a seed");
    assert.ok(maxInFlight <= 4, `the server had ${maxInFlight} requests open at once with --concurrency 4`);
    assert.ok(maxInFlight > 1, "the products were written one at a time");

    for (const text of [result.stdout, result.stderr]) assert.ok(!text.includes(apiKey), "the API key was printed");
    assert.ok(!existsSync(`${path.join(dir, "out-1.csv")}.tailor-journal`), "the finished run left its journal");
  });

  it("after kill -9 midway, a resumed run asks only for the rest and writes the same file as an uninterrupted one", async () => {
    const output = freshOutput();
    const journal = `${output}.tailor-journal`;
    server.replyFor = answerOnly(12);
    const killed = await runCli([input, "--out", output, ...serverArgs()], onceJournaled(journal, 12, (child) => child.kill("SIGKILL")));
    assert.equal(killed.signal, "SIGKILL", `the run ended before it could be killed: ${killed.stdout}`);
    assert.ok(!existsSync(output), "a killed run left an output file behind");
    assert.equal(journalEntries(journal), 12);
    const journaled = new Set(server.requests.slice(0, 12).map(productOf));

    server.reset();
    server.replyFor = answers();
    const resumed = await runCli([input, "--out", output, ...serverArgs()]);
    assert.equal(resumed.code, 0, resumed.stderr);
    assert.match(resumed.stdout, /Resumed: 12 products/);
    assert.equal(server.requests.length, 28, "the resumed run asked again for products the journal had");
    for (const request of server.requests) assert.ok(!journaled.has(productOf(request)), `${productOf(request)} was written twice`);
    const seeds = (requests: readonly RecordedLlmRequest[]) => new Map(requests.map((request) => [productOf(request), isRecord(request.body) ? request.body.seed : undefined]));
    const first = seeds(reference.requests);
    for (const [product, seed] of seeds(server.requests)) assert.equal(seed, first.get(product), `${product} was asked with another seed`);
    assert.deepEqual(readFileSync(output), reference.bytes, "the resumed file differs from the uninterrupted one");
    assert.ok(!existsSync(journal));
  });

  it("waits out Retry-After on a 429 and a 503, then writes those products as an uninterrupted run does", async () => {
    const limited = products[3].name;
    const unavailable = products[17].name;
    server.replyFor = answers((name, attempt) => {
      if (attempt > 1) return undefined;
      if (name === limited) return { fault: { kind: "status", status: 429, retryAfter: "1" } };
      if (name === unavailable) return { fault: { kind: "status", status: 503, retryAfter: "1" } };
      return undefined;
    });
    const output = freshOutput();
    const result = await runCli([input, "--out", output, ...serverArgs()]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Done: 40 written, 0 skipped, 0 flagged, 0 failed of 40 products\./);
    for (const [name, status] of [[limited, 429], [unavailable, 503]] as const) {
      const asked = server.requests.filter((request) => productOf(request) === name);
      assert.equal(asked.length, 2, `${name} was asked ${asked.length} times`);
      const [refused, retry] = asked;
      assert.equal(refused.fault?.kind === "status" && refused.fault.status, status);
      assert.ok(refused.answeredAt !== undefined);
      const waited = retry.arrivedAt - refused.answeredAt;
      assert.ok(waited >= 1000, `the retry after a ${status} with Retry-After: 1 came ${waited.toFixed(0)} ms after it`);
    }
    assert.equal(server.requests.length, 42);
    assert.deepEqual(readFileSync(output), reference.bytes);
  });

  it("fails a product the server is too slow for, naming the timeout, while the others finish; the next run writes it", async () => {
    const slow = products[9];
    // A character every 250 ms: alive, never stalled, and minutes from done.
    server.replyFor = answers((name) => (name === slow.name ? { reply: streamed(copyFor(slow), 1000), fault: { kind: "trickle", everyMs: 250 } } : undefined));
    const output = freshOutput();
    // Not 2 s: the deadline also counts this machine's own work, and the first products' checks,
    // cold and on two busy cores, held the event loop for 2 s and more, failing products the
    // server had answered at once.
    const timeout = ["--timeout", "8"];
    const result = await runCli([input, "--out", output, ...serverArgs(), ...timeout]);
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stdout, /Done: 39 written, 0 skipped, 0 flagged, 1 failed of 40 products\./);
    const line = lineOf(slow.name);
    // The stream never stalls for the 8 s the request's own idle timeout allows: only the product's deadline can end it.
    assert.match(result.stdout, new RegExp(`^  failed, line ${line} \\(row-${line}\\): the server took longer than 8 s for this product; .*raise the timeout$`, "m"));
    assert.match(result.stdout, /Journal kept at .*: run the same command again to resume\./);
    const [slowRequest] = server.requests.filter((request) => productOf(request) === slow.name);
    await slowRequest.closed;
    assert.equal(slowRequest.completed, false, "the slow answer was read to its end");

    server.reset();
    server.replyFor = answers();
    const rerun = await runCli([input, "--out", output, ...serverArgs(), ...timeout]);
    assert.equal(rerun.code, 0, rerun.stderr);
    assert.match(rerun.stdout, /Resumed: 39 products/);
    assert.deepEqual(server.requests.map(productOf), [slow.name]);
    assert.deepEqual(readFileSync(output), reference.bytes);
  });

  it("fails a product whose answer is not JSON, and one whose stream has a broken line, and goes on with the rest", async () => {
    const chatty = products[0];
    const broken = products[26];
    server.replyFor = answers((name) => {
      if (name === chatty.name) return { reply: ["Sorry, ", "I can't ", "help with that."] };
      if (name === broken.name) return { reply: streamed(copyFor(broken)), fault: { kind: "malformedAfter", chunks: 2 } };
      return undefined;
    });
    const output = freshOutput();
    const result = await runCli([input, "--out", output, ...serverArgs()]);
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stdout, /Done: 38 written, 0 skipped, 0 flagged, 2 failed of 40 products\./);
    const chattyLine = lineOf(chatty.name);
    const brokenLine = lineOf(broken.name);
    assert.match(result.stdout, new RegExp(`^  failed, line ${chattyLine} \\(row-${chattyLine}\\): the model's answer lacked title, tagline, at least 3 bullets, 2 body paragraphs, SEO title, meta description$`, "m"));
    assert.match(result.stdout, new RegExp(`^  failed, line ${brokenLine} \\(row-${brokenLine}\\): The response from 127\\.0\\.0\\.1:\\d+ broke off: a malformed line arrived \\(not JSON: .*\\)\\. The text is incomplete\\.$`, "m"));
    assert.equal(server.requests.length, 40, "a failed product was asked again in the same run");

    server.reset();
    server.replyFor = answers();
    const rerun = await runCli([input, "--out", output, ...serverArgs()]);
    assert.equal(rerun.code, 0, rerun.stderr);
    assert.match(rerun.stdout, /Resumed: 38 products/);
    assert.deepEqual(new Set(server.requests.map(productOf)), new Set([chatty.name, broken.name]));
    assert.deepEqual(readFileSync(output), reference.bytes);
  });

  it("sends the key from TAILOR_CATALOG_API_KEY as a bearer token, and when it is refused stops the run without printing it", async () => {
    server.replyFor = () => ({ fault: { kind: "echoKey", status: 401 } });
    const output = freshOutput();
    const result = await runCli([input, "--out", output, ...serverArgs(), "--log-prompts"]);
    assert.equal(result.code, 1, result.stderr);
    assert.ok(server.requests.length >= 1);
    for (const request of server.requests) assert.equal(request.headers.authorization, `Bearer ${apiKey}`);
    assert.ok(server.requests[0].errorBody?.includes(apiKey), "the server did not echo the key");
    assert.match(result.stderr, /rejected the API key \(HTTP 401\)\. Set the key the server expects in TAILOR_CATALOG_API_KEY\./);
    assert.doesNotMatch(result.stderr, /Tailor: Set API Key/, "the command line was told to run an editor command");
    assert.match(result.stderr, /The run stopped\. The products already written are kept in the journal/);
    for (const text of [result.stdout, result.stderr]) assert.ok(!text.includes(apiKey), `the API key was printed:\n${text}`);
    // Every product would meet the same refusal: the run stops instead of asking for all 40.
    assert.ok(server.requests.length <= 4, `${server.requests.length} requests after the key was refused`);
    assert.ok(!existsSync(output));
  });

  it("stops cleanly when the server goes away mid-run, keeps what was written, and a rerun once it is back completes", async () => {
    const output = freshOutput();
    const journal = `${output}.tailor-journal`;
    const port = server.port;
    server.replyFor = answerOnly(10);
    let gone: Promise<void> | undefined;
    const stopped = await runCli([input, "--out", output, ...serverArgs()], onceJournaled(journal, 10, () => (gone = server.close())));
    assert.ok(gone, `the run ended before the server went away: ${stopped.stdout}`);
    await gone;
    assert.equal(stopped.code, 1, stopped.stderr);
    assert.match(stopped.stderr, new RegExp(`Could not reach http://127\\.0\\.0\\.1:${port}`));
    assert.match(stopped.stderr, /The run stopped\. The products already written are kept in the journal: run the same command again to resume\./);
    assert.ok(!existsSync(output), "a stopped run wrote an output file");
    assert.equal(journalEntries(journal), 10);

    server = await FakeLlmServer.start(port);
    server.replyFor = answers();
    const rerun = await runCli([input, "--out", output, ...serverArgs()]);
    assert.equal(rerun.code, 0, rerun.stderr);
    assert.match(rerun.stdout, /Resumed: 10 products/);
    assert.equal(server.requests.length, 30);
    assert.deepEqual(readFileSync(output), reference.bytes);
  });

  it("carries on when the server restarts mid-run: the requests it dropped before any text are asked again", async () => {
    const output = freshOutput();
    const journal = `${output}.tailor-journal`;
    const port = server.port;
    server.replyFor = answerOnly(10);
    let dropped: RecordedLlmRequest[] = [];
    let back: Promise<FakeLlmServer> | undefined;
    const result = await runCli([input, "--out", output, ...serverArgs()], onceJournaled(journal, 10, () => {
      dropped = server.requests.slice(10);
      back = server.close().then(async () => {
        const restarted = await FakeLlmServer.start(port);
        // Set before any request can be read: reading one takes the event loop's next turns.
        restarted.replyFor = answers();
        return restarted;
      });
    }));
    assert.ok(back, `the run ended before the server restarted: ${result.stdout}`);
    server = await back;
    assert.equal(result.code, 0, `${result.stdout}\n${result.stderr}`);
    assert.match(result.stdout, /Done: 40 written, 0 skipped, 0 flagged, 0 failed of 40 products\./);
    assert.ok(dropped.length > 0, "no request was open when the server went away");
    const askedAgain = new Set(server.requests.map(productOf));
    for (const request of dropped) assert.ok(askedAgain.has(productOf(request)), `${productOf(request)}, dropped by the restart, was not asked again`);
    assert.deepEqual(readFileSync(output), reference.bytes);
  });

  it("refuses an --endpoint that is not an http(s) URL before sending anything", async () => {
    const result = await runCli([input, "--endpoint", "gpu-box:8080/v1", "--model", "m"]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--endpoint must be an http or https URL; got "gpu-box:8080\/v1"/);
    assert.match(result.stderr, /Usage: tailor catalog/);
    const unnamed = await runCli([input, "--endpoint", endpoint()]);
    assert.equal(unnamed.code, 2);
    assert.match(unnamed.stderr, /Name the server's model: --model NAME/);
    assert.equal(server.requests.length, 0);
  });
});

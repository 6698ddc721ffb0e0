import * as assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { parse } from "csv-parse/sync";
import * as vscode from "vscode";
import { isRecord } from "../../src/core/values";
import type { CatalogCommandResult } from "../../src/vscode/commands/generateCatalog";
import type { TailorApi } from "../../src/vscode/tailorContext";
import { activateTailor, driveUi, fixtureModel, keyboard, readLogs, setModel, waitFor } from "./helpers";

const apiKey = "srv-key-NEVER-LOG-THIS-81c2e0";
const serverModel = "catalog-test-model";

interface Product {
  readonly name: string;
  readonly facts: readonly string[];
}

const products: readonly Product[] = [
  { name: "Alpine Trail Sock", facts: ["merino wool", "cushioned heel", "reinforced toe"] },
  { name: "Harbor Rain Jacket", facts: ["taped seams", "adjustable hood", "zip pockets"] },
  { name: "Canyon Day Pack", facts: ["padded straps", "side bottle pockets", "top lid pocket"] },
];

const catalogCsv = `name,facts\n${products.map((product) => `${product.name},"${product.facts.join("; ")}"`).join("\n")}\n`;

/** The copy the server writes for a product: only the brief's own facts, so no check asks for a rewrite. */
function copyFor(product: Product): Record<string, unknown> {
  const [a, b, c] = product.facts;
  return {
    title: product.name,
    tagline: `${product.name} with ${a}.`,
    bullets: [...product.facts],
    body: [`${product.name} has ${a} and ${b}.`, `It also has ${c}.`],
    seoTitle: product.name,
    metaDescription: `${product.name}: ${product.facts.join(", ")}.`,
  };
}

interface ServerRequest {
  readonly path: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Record<string, unknown>;
}

/**
 * An inference server that answers each product with its own JSON, as a real model would:
 * test/support/fakeLlmServer.ts streams one reply for every request. The first product's answer
 * comes last, so the output's order cannot come from the order of the answers.
 */
class ProductServer {
  readonly requests: ServerRequest[] = [];
  /** Answer every request with this status instead (401: a refused key). */
  status: number | undefined;
  private readonly server = http.createServer((req, res) => void this.handle(req, res));

  async start(): Promise<this> {
    this.server.listen(0, "127.0.0.1");
    await new Promise<void>((resolve) => this.server.once("listening", resolve));
    return this;
  }

  get endpoint(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  get host(): string {
    return new URL(this.endpoint).host;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    let raw = "";
    for await (const chunk of req) raw += String(chunk);
    const body = JSON.parse(raw) as unknown;
    assert.ok(isRecord(body));
    this.requests.push({ path: req.url ?? "", headers: req.headers, body });
    if (this.status !== undefined) {
      res.writeHead(this.status, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: `scripted ${this.status}` } }));
      return;
    }
    const messages = Array.isArray(body.messages) ? body.messages.filter(isRecord) : [];
    const asked = String(messages.filter((message) => message.role === "user").at(-1)?.content ?? "");
    const index = products.findIndex((product) => asked.includes(`Product: ${product.name}`));
    if (index === 0) await new Promise((resolve) => setTimeout(resolve, 400));
    const text = index < 0 ? "{}" : JSON.stringify(copyFor(products[index]!));
    res.writeHead(200, { "content-type": "text/event-stream" });
    const frame = (delta: Record<string, string>, finish: string | null) => `data: ${JSON.stringify({ choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
    const half = Math.floor(text.length / 2);
    res.end(frame({ content: text.slice(0, half) }, null) + frame({ content: text.slice(half) }, null) + frame({}, "stop") + "data: [DONE]\n\n");
  }
}

type Done = Extract<CatalogCommandResult, { status: "done" }>;

describe("Catalog runs on an inference server", function () {
  let api: TailorApi;
  let dir: string;
  let server: ProductServer;
  const catalog = () => vscode.workspace.getConfiguration("tailor.catalog");

  before(async () => {
    let extensionPath: string;
    ({ api, extensionPath } = await activateTailor());
    await setModel(fixtureModel(extensionPath, "tiny-a"));
    server = await new ProductServer().start();
    dir = mkdtempSync(path.join(tmpdir(), "tailor-catalog-server-"));
  });

  beforeEach(async () => {
    server.requests.length = 0;
    server.status = undefined;
    await useServer(server);
  });

  after(async () => {
    for (const key of ["endpoint", "endpointModel", "concurrency", "timeoutSeconds"]) await catalog().update(key, undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand("tailor.clearCatalogServerApiKey");
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function useServer(target: ProductServer): Promise<void> {
    // Machine-scoped settings are written for the user: the only place VS Code reads them from.
    await catalog().update("endpoint", target.endpoint, vscode.ConfigurationTarget.Global);
    await catalog().update("endpointModel", serverModel, vscode.ConfigurationTarget.Global);
    await catalog().update("concurrency", 2, vscode.ConfigurationTarget.Global);
    await catalog().update("timeoutSeconds", 60, vscode.ConfigurationTarget.Global);
  }

  function csv(name: string): string {
    const input = path.join(dir, name);
    writeFileSync(input, catalogCsv);
    return input;
  }

  /** Starts the command; the promise comes back wrapped so that awaiting this does not wait for the run. */
  function start(input: string): { result: Promise<CatalogCommandResult>; settled: () => boolean } {
    let settled = false;
    const result = Promise.resolve(vscode.commands.executeCommand<CatalogCommandResult>("tailor.generateCatalog", { input, replace: true })).finally(() => (settled = true));
    return { result, settled: () => settled };
  }

  /**
   * Answers the consent pick as a person would: "Send" is its first item, "Always" its second.
   * Returns the pick's title, read from the workbench, while nothing has been sent yet.
   */
  async function answerConsent(answer: "send" | "always" | "cancel", settled: () => boolean, target = server): Promise<string | undefined> {
    const sentBefore = target.requests.length;
    if (keyboard.available) {
      // The pick's title shows before its items arrive from the extension host, and Enter on a
      // pick with no active item does nothing: a key pressed then left the run waiting for good.
      const [title] = (await driveUi([
        { waitFor: ".quick-input-widget .quick-input-title:has-text('Send')" },
        { waitFor: ".quick-input-widget .monaco-list-row.focused:has-text('Send')" },
        { readText: ".quick-input-widget .quick-input-title" },
      ]))!;
      assert.equal(target.requests.length, sentBefore, "a brief was sent before the user answered");
      for (const press of answer === "send" ? ["Enter"] : answer === "always" ? ["ArrowDown", "Enter"] : ["Escape"]) await driveUi([{ press }]);
      return title ?? undefined;
    }
    // @vscode/test-electron has no page to drive: VS Code's own commands answer the pick.
    assert.notEqual(answer, "always", "choosing the second item needs the offline runner's keyboard");
    const command = answer === "cancel" ? "workbench.action.closeQuickOpen" : "workbench.action.acceptSelectedQuickOpenItem";
    await waitFor("the consent pick to be answered", () => {
      if (!settled() && target.requests.length === sentBefore) void vscode.commands.executeCommand(command);
      return settled() || target.requests.length > sentBefore;
    });
    return undefined;
  }

  function done(result: CatalogCommandResult): Done {
    assert.equal(result.status, "done", `the catalog run did not finish: ${JSON.stringify(result)}`);
    return result as Done;
  }

  it("names the server once, sends the key only as a bearer token, and writes every product in input order", async function () {
    // The key goes through the real password box, typed as a person would: only the offline runner can.
    if (!keyboard.available) this.skip();
    let keySettled = false;
    const keyStored = Promise.resolve(vscode.commands.executeCommand<boolean>("tailor.setCatalogServerApiKey")).finally(() => (keySettled = true));
    await keyboard.typeIntoInputBox(apiKey);
    await waitFor("the key to be stored", () => keySettled);
    assert.equal(await keyStored, true);

    const engineRequests = api.engine.stats.requestsStarted;
    const logsBefore = readLogs(api.logFolder).length;
    const run = start(csv("products.csv"));
    const title = await answerConsent("send", run.settled);
    const summary = done(await run.result);

    assert.equal(title, `Tailor: Send 3 products' briefs to ${server.host} (model ${serverModel})?`);
    assert.deepEqual({ written: summary.written, flagged: summary.flagged, failed: summary.failed }, { written: 3, flagged: [], failed: [] });
    assert.equal(server.requests.length, 3, "one request a product: the consent was not per product, and no rewrite was needed");
    for (const request of server.requests) {
      assert.equal(request.path, "/v1/chat/completions");
      assert.equal(request.headers.authorization, `Bearer ${apiKey}`);
      assert.equal(request.body.model, serverModel);
      assert.equal(request.body.stream, true);
      const format = request.body.response_format;
      assert.ok(isRecord(format) && format.type === "json_schema" && isRecord(format.json_schema) && isRecord(format.json_schema.schema), `no JSON schema: ${JSON.stringify(format)}`);
    }
    assert.equal(api.engine.stats.requestsStarted, engineRequests, "the local model wrote too");

    const rows = parse(readFileSync(summary.outputPath), { columns: true }) as Record<string, string>[];
    assert.deepEqual(rows.map((row) => row.name), products.map((product) => product.name));
    rows.forEach((row, index) => {
      const product = products[index]!;
      for (const fact of product.facts) assert.ok(row.description!.includes(fact), `row ${index + 2} lacks "${fact}": ${row.description}`);
      assert.equal(row.seo_title, product.name);
      assert.equal(row.seo_description, `${product.name}: ${product.facts.join(", ")}.`);
    });

    const logs = readLogs(api.logFolder).slice(logsBefore);
    assert.match(logs, new RegExp(`inference server at ${server.endpoint.replace(/[.]/g, "\\.")}`), "the log does not say where the products went");
    assert.ok(!readLogs(api.logFolder).includes(apiKey), "the key is in the output channel's log");
    assert.ok(!readFileSync(summary.outputPath, "utf8").includes(apiKey));
    assert.ok(!JSON.stringify(vscode.workspace.getConfiguration("tailor")).includes(apiKey), "the key is in the settings");
    assert.ok(!api.messages.some((message) => message.text.includes(apiKey)));
  });

  it("sends nothing and writes nothing when the user cancels the consent", async () => {
    const input = csv("declined.csv");
    const run = start(input);
    await answerConsent("cancel", run.settled);
    const result = await run.result;
    assert.equal(result.status, "dismissed");
    assert.equal(server.requests.length, 0);
    assert.ok(!existsSync(path.join(dir, "declined.tailor.csv")), "an output was written");
    assert.ok(!existsSync(path.join(dir, "declined.tailor.csv.tailor-journal")), "a journal was written");
  });

  it("stops the whole run once when the server refuses the key, keeping the journal to resume from", async () => {
    server.status = 401;
    const input = csv("refused.csv");
    const run = start(input);
    await answerConsent("send", run.settled);
    const result = await run.result;
    assert.equal(result.status, "failed", JSON.stringify(result));
    assert.ok(server.requests.length <= 2, `${server.requests.length} requests: the run went on after the refusal`);
    const stopped = api.messages.at(-1);
    assert.match(stopped?.text ?? "", /stopped.*finished so far are kept; run the command again to resume/s);
    assert.deepEqual(stopped?.actions, ["Open Settings", "Set API Key"]);
    assert.ok(existsSync(path.join(dir, "refused.tailor.csv.tailor-journal")), "the journal was not kept");

    server.status = undefined;
    const again = start(input);
    await answerConsent("send", again.settled);
    assert.equal(done(await again.result).written, 3);
  });

  it("remembers 'Always send' for this server only, and sends no key once it is cleared", async function () {
    if (!keyboard.available) this.skip();
    await vscode.commands.executeCommand("tailor.clearCatalogServerApiKey");
    const first = start(csv("always.csv"));
    await answerConsent("always", first.settled);
    done(await first.result);
    server.requests.length = 0;
    // Asked nothing this time: the pick would hold the run until the test timed out.
    const second = done(await vscode.commands.executeCommand<CatalogCommandResult>("tailor.generateCatalog", { input: csv("always-again.csv"), replace: true }));
    assert.equal(second.written, 3);
    for (const request of server.requests) assert.match(request.headers.authorization ?? "", /^(Bearer\s*)?$/, "a cleared key was sent");

    const other = await new ProductServer().start();
    try {
      await useServer(other);
      const run = start(csv("other-server.csv"));
      const title = await answerConsent("cancel", run.settled, other);
      if (title !== undefined) assert.match(title, new RegExp(other.host));
      assert.equal((await run.result).status, "dismissed");
      assert.equal(other.requests.length, 0);
    } finally {
      await other.close();
    }
  });

  it("refuses an endpoint that is not an http or https URL, saying how to fix it, and sends nothing", async () => {
    for (const [endpoint, expected] of [
      ["gpu-box:8080/v1", /must be an http or https URL, such as http:\/\/gpu-box:8080\/v1/],
      ["not a url", /is not a URL\. Set it to the inference server's OpenAI-compatible base URL/],
      ["http://user:secret@127.0.0.1:9/v1", /holds a user name or password\. Remove it from the URL and run Tailor: Set Catalog Server API Key/],
    ] as const) {
      await catalog().update("endpoint", endpoint, vscode.ConfigurationTarget.Global);
      const result = await vscode.commands.executeCommand<CatalogCommandResult>("tailor.generateCatalog", { input: csv("invalid.csv"), replace: true });
      assert.equal(result.status, "failed");
      const message = api.messages.at(-1);
      assert.match(message?.text ?? "", expected);
      assert.deepEqual(message?.actions, ["Open Settings"]);
      assert.ok(!message?.text.includes("secret"), "the endpoint's password was repeated");
    }
    assert.ok(!existsSync(path.join(dir, "invalid.tailor.csv")));
  });

  it("ignores tailor.catalog.endpoint in a workspace's settings: the run stays on this machine", async () => {
    const decoy = await new ProductServer().start();
    const settingsFile = path.join(vscode.workspace.workspaceFolders![0]!.uri.fsPath, ".vscode", "settings.json");
    await catalog().update("endpoint", undefined, vscode.ConfigurationTarget.Global);
    // The fixture model spends a token a character: a smaller answer budget fits its context.
    await vscode.workspace.getConfiguration("tailor").update("generation.maxTokens", 700, vscode.ConfigurationTarget.Global);
    try {
      mkdirSync(path.dirname(settingsFile), { recursive: true });
      // tailor.brief.tone may be set by a workspace: seeing it proves VS Code read this file.
      writeFileSync(settingsFile, JSON.stringify({ "tailor.catalog.endpoint": decoy.endpoint, "tailor.catalog.endpointModel": "decoy", "tailor.brief.tone": "decoy-tone" }));
      await waitFor("VS Code to read the workspace's settings", () => vscode.workspace.getConfiguration("tailor.brief").get("tone") === "decoy-tone");
      assert.equal(catalog().get("endpoint"), "", "a workspace set the machine-scoped endpoint");

      const input = path.join(dir, "workspace.csv");
      writeFileSync(input, `name,facts\n${products[0]!.name},"${products[0]!.facts.join("; ")}"\n`);
      const engineRequests = api.engine.stats.requestsStarted;
      const result = await vscode.commands.executeCommand<CatalogCommandResult>("tailor.generateCatalog", { input, replace: true });
      assert.equal(result.status, "done", JSON.stringify(result));
      assert.equal(decoy.requests.length, 0, "the workspace's endpoint got the product");
      assert.ok(api.engine.stats.requestsStarted > engineRequests, "the local model did not write the product");
    } finally {
      rmSync(path.dirname(settingsFile), { recursive: true, force: true });
      await vscode.workspace.getConfiguration("tailor").update("generation.maxTokens", undefined, vscode.ConfigurationTarget.Global);
      await decoy.close();
    }
  });
});

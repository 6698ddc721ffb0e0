import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import type { TailorApi } from "../../src/vscode/tailorContext";
import { activateTailor, briefYaml, closeAllEditors, codeActionsUntil, fixtureModel, generateOnSelectedBrief, readLogs, setModel, waitFor } from "./helpers";

const tailorDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === "Tailor");

describe("Industry profiles and claim checks", function () {
  let api: TailorApi;
  let extensionPath: string;
  const config = () => vscode.workspace.getConfiguration("tailor");

  before(async () => {
    ({ api, extensionPath } = await activateTailor());
    await setModel(fixtureModel(extensionPath, "tiny-a"));
  });

  afterEach(closeAllEditors);

  after(async () => {
    await config().update("industry", undefined, vscode.ConfigurationTarget.Global);
    await config().update("logPrompts", undefined, vscode.ConfigurationTarget.Global);
  });

  it("flags a banned claim in a Markdown file, and its quick fix removes it", async () => {
    await config().update("industry", "health-supplements", vscode.ConfigurationTarget.Global);
    await waitFor("the industry to switch", () => api.industry.id === "health-supplements");
    assert.match(api.industry.statusText, /Health/);
    const document = await vscode.workspace.openTextDocument({
      language: "markdown",
      content: "# Vitamin C gummies\n\nOur gummies cure colds in a day. Each one tastes of real orange.\n",
    });
    await vscode.window.showTextDocument(document);
    await waitFor("a Tailor diagnostic on the claim", () => tailorDiagnostics(document.uri).length > 0);
    const [diagnostic] = tailorDiagnostics(document.uri);
    assert.equal(diagnostic.code, "disease-claim");
    assert.equal(document.getText(diagnostic.range), "cure colds");

    const actions = await codeActionsUntil(document.uri, diagnostic.range, (action) => action.title.startsWith("Remove the claim"));
    const fix = actions.find((action) => action.title.startsWith("Remove the claim"));
    assert.ok(fix?.edit, `no quick fix among: ${actions.map((a) => a.title).join("; ")}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await waitFor("the diagnostic to clear", () => tailorDiagnostics(document.uri).length === 0);
    assert.doesNotMatch(document.getText(), /cure colds/);
    assert.match(document.getText(), /Each one tastes of real orange\./);
  });

  it("checks on demand with Tailor: Check Copy", async () => {
    await config().update("industry", "health-supplements", vscode.ConfigurationTarget.Global);
    await waitFor("the industry to switch", () => api.industry.id === "health-supplements");
    const document = await vscode.workspace.openTextDocument({ language: "plaintext", content: "This tea detoxifies your body." });
    await vscode.window.showTextDocument(document);
    const count = await vscode.commands.executeCommand<number>("tailor.checkCopy");
    assert.ok(count >= 1, `Check Copy found ${count}`);
  });

  it("switching industry changes the prompt, as the prompt log shows", async () => {
    await config().update("logPrompts", true, vscode.ConfigurationTarget.Global);
    await config().update("industry", "fashion-apparel", vscode.ConfigurationTarget.Global);
    await waitFor("fashion", () => api.industry.id === "fashion-apparel");
    assert.equal((await generateOnSelectedBrief()).status === "failed", false);
    await config().update("industry", "consumer-electronics", vscode.ConfigurationTarget.Global);
    await waitFor("electronics", () => api.industry.id === "consumer-electronics");
    assert.equal((await generateOnSelectedBrief()).status === "failed", false);

    let log = "";
    await waitFor("both prompts in the Tailor log", () => {
      log = readLogs(api.logFolder);
      return log.includes("product description, Fashion") && log.includes("product description, Consumer electronics");
    });
    const fashionPrompt = log.slice(log.lastIndexOf("product description, Fashion"), log.lastIndexOf("product description, Consumer electronics"));
    const electronicsPrompt = log.slice(log.lastIndexOf("product description, Consumer electronics"));
    assert.match(fashionPrompt, /drape/);
    assert.doesNotMatch(fashionPrompt, /battery life/);
    assert.match(electronicsPrompt, /battery life/);
    assert.doesNotMatch(electronicsPrompt, /drape/);
  });

  it("a brief that names its industry is written with that profile, and the log says why", async () => {
    await config().update("logPrompts", true, vscode.ConfigurationTarget.Global);
    await config().update("industry", "consumer-electronics", vscode.ConfigurationTarget.Global);
    await waitFor("electronics", () => api.industry.id === "consumer-electronics");
    assert.equal((await generateOnSelectedBrief(`${briefYaml}\nindustry: Outdoor & Sports`)).status === "failed", false);

    let log = "";
    await waitFor("the brief's prompt in the Tailor log", () => (log = readLogs(api.logFolder)).includes("product description, Outdoor & sports"));
    assert.match(log, /Writing the product description with Outdoor & sports, as the brief says \(tailor\.industry is Consumer electronics\)/);
    const prompt = log.slice(log.lastIndexOf("product description, Outdoor & sports"));
    assert.match(prompt, /hydrostatic head/);
    assert.doesNotMatch(prompt, /battery life/);
    assert.equal(api.industry.id, "consumer-electronics", "the brief changed the workspace's setting");
  });
});


describe("Workspace brand voice", function () {
  let api: TailorApi;
  let tailorFolder: vscode.Uri;
  const config = () => vscode.workspace.getConfiguration("tailor");

  before(async () => {
    let extensionPath: string;
    ({ api, extensionPath } = await activateTailor());
    await setModel(fixtureModel(extensionPath, "tiny-a"));
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, "the integration run opens a workspace folder");
    assert.ok(vscode.workspace.isTrusted);
    tailorFolder = vscode.Uri.joinPath(folder.uri, ".tailor");
    const write = (name: string, text: string) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(tailorFolder, name), new TextEncoder().encode(text));
    // The fixture model always writes "Soft cotton shirt…": a brand that bans "cotton" sees every draft break its rule.
    await write("brand.json", JSON.stringify({ tone: "calm", glossary: { preferred: ["merino"], banned: [{ term: "cotton", replacement: "merino", reason: "We only sell merino." }] } }));
    await write("approved/trail-sock.md", "APPROVED-EXAMPLE: Our merino trail sock keeps feet dry on long climbs and warm on cold descents.");
    await config().update("logPrompts", true, vscode.ConfigurationTarget.Global);
  });

  afterEach(closeAllEditors);

  after(async () => {
    await vscode.workspace.fs.delete(tailorFolder, { recursive: true });
    await config().update("logPrompts", undefined, vscode.ConfigurationTarget.Global);
  });

  it("steers the prompt with approved examples, retries once on a broken brand rule, and flags what still breaks it", async () => {
    // The brand files reach Tailor through a file watcher: wait until it has read them.
    for (let tries = 0; (await api.industry.brandTone()) !== "calm"; tries++) {
      assert.ok(tries < 400, "Tailor never read .tailor/brand.json");
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    // The brief backs the fixture's cotton shirt, so the grounding check leaves the sentence that breaks the brand's rule in place.
    const result = await generateOnSelectedBrief(["name: Everyday Shirt", "facts:", "  - soft cotton, light and breathable", "  - classic fit", "keywords: [cotton shirt]"].join("\n"));
    assert.notEqual(result.status, "failed", result.error);
    assert.ok(result.flagged && result.flagged.length > 0, "copy that breaks the brand's rule was not flagged");
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === result.document?.toString());
    assert.ok(document);
    assert.match(document.getText(), /Flagged: even after a rewrite this copy breaks \d+ rule\(s\): "cotton"/);
    await waitFor("diagnostics on the flagged copy", () => tailorDiagnostics(document.uri).some((d) => document.getText(d.range).toLowerCase() === "cotton"));

    let log = "";
    await waitFor("the retry's prompt in the log", () => (log = readLogs(api.logFolder)).includes("retry"));
    const retry = log.slice(log.lastIndexOf("retry"));
    assert.match(retry, /previous draft broke these rules[\s\S]*"cotton"/i);
    assert.match(log, /APPROVED-EXAMPLE: Our merino trail sock/);
  });
});

import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import type { TailorApi } from "../../src/vscode/tailorContext";
import { activateTailor, closeAllEditors, fixtureModel, keyboard, setModel, slowModel, takeScreenshot, waitFor } from "./helpers";

describe("Ghost text", function () {
  let api: TailorApi;
  let extensionPath: string;

  before(async () => {
    ({ api, extensionPath } = await activateTailor());
  });

  afterEach(closeAllEditors);

  after(async () => {
    await setModel(fixtureModel(extensionPath, "tiny-a"));
  });

  async function openMarkdown(content: string): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument({ language: "markdown", content });
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const end = document.lineAt(document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    return editor;
  }

  it("appears while typing in Markdown, from the fixture model, and Tab accepts it", async () => {
    await setModel(fixtureModel(extensionPath, "tiny-a"));
    await waitFor("tiny-a to be configured", () => api.engine.state.modelPath?.endsWith("tiny-a.gguf") === true);
    const editor = await openMarkdown("# Merino trail sock\n\n");
    const before = api.inline.stats.suggestions;
    await keyboard.type("Soft cotton ");
    await waitFor("a ghost-text suggestion from the model", () => api.inline.stats.suggestions > before);
    const suggestion = api.inline.stats.lastSuggestion!;
    assert.ok(suggestion.trim().length > 0);
    assert.ok(!suggestion.startsWith(" "), "the suggestion doubles the space before the cursor");
    await keyboard.ghostTextShown();
    await takeScreenshot("ghost-text");

    await keyboard.pressTab();
    await waitFor("Tab to insert the suggestion", () => editor.document.getText().includes(suggestion));
    assert.equal(editor.document.getText(), `# Merino trail sock\n\nSoft cotton ${suggestion}`);
  });

  // One keystroke completes the word, so the one suggestion asked for is the one for the whole word.
  for (const [start, typed] of [
    ["Soft cotton shirt made for every day, light an", "d"],
    ["Soft cotton shirt made for every day, a coo", "l"],
  ] as const) {
    it(`keeps a space between a complete word and the accepted text, after "…${start.slice(-8)}${typed}"`, async () => {
      await setModel(fixtureModel(extensionPath, "tiny-a"));
      await waitFor("tiny-a to be configured", () => api.engine.state.modelPath?.endsWith("tiny-a.gguf") === true);
      const editor = await openMarkdown(`# Merino trail sock\n\n${start}`);
      const prefix = editor.document.getText() + typed;
      const before = api.inline.stats.suggestions + api.inline.stats.fromCache;
      await keyboard.type(typed);
      await waitFor("the typed word", () => editor.document.getText() === prefix);
      await waitFor("a suggestion", () => api.inline.stats.suggestions + api.inline.stats.fromCache > before);
      await keyboard.ghostTextShown();
      await keyboard.pressTab();
      await waitFor("Tab to insert the suggestion", () => editor.document.getText().length > prefix.length);
      const text = editor.document.getText();
      assert.ok(text.startsWith(prefix), `the accepted text changed what was typed: ${JSON.stringify(text)}`);
      // The fixture continues with a word, which must not be glued on ("andbreathable", "coolSoft").
      assert.match(text.slice(prefix.length), /^ \w/, `accepted ${JSON.stringify(text.slice(prefix.length))} after ${JSON.stringify(typed)}`);
    });
  }

  it("can be accepted word by word with VS Code's own command", async () => {
    await setModel(fixtureModel(extensionPath, "tiny-a"));
    const editor = await openMarkdown("# Merino trail sock\n\n");
    const before = api.inline.stats.suggestions + api.inline.stats.fromCache;
    await keyboard.type("Soft cotton ");
    await waitFor("a suggestion", () => api.inline.stats.suggestions + api.inline.stats.fromCache > before);
    const suggestion = api.inline.stats.lastSuggestion!;
    // The suggestion may begin with the space after "cotton" when it was asked for before the space was typed.
    const firstWord = /\S+/.exec(suggestion)![0];
    await keyboard.ghostTextShown();
    await vscode.commands.executeCommand("editor.action.inlineSuggest.acceptNextWord");
    await waitFor("the first word to be inserted", () => editor.document.getText().includes(`Soft cotton ${firstWord}`));
    assert.ok(editor.document.getText().length < `# Merino trail sock\n\nSoft cotton ${suggestion}`.length, "more than one word was accepted");
  });

  it("is not offered inside a Markdown code block", async () => {
    await setModel(fixtureModel(extensionPath, "tiny-a"));
    await openMarkdown("Intro\n\n```text\n");
    const requestsBefore = api.inline.stats.requests;
    const suggestionsBefore = api.inline.stats.suggestions;
    const declinedBefore = api.inline.stats.declinedInCode;
    await keyboard.type("Soft cotton ");
    await waitFor("the provider to be asked, and to decline", () => api.inline.stats.declinedInCode > declinedBefore);
    assert.equal(api.inline.stats.requests, requestsBefore, "the model was asked inside a code block");
    assert.equal(api.inline.stats.suggestions, suggestionsBefore);
  });

  it("cancels the request in flight when typing continues, and the model stops", async () => {
    await setModel(fixtureModel(extensionPath, slowModel));
    await waitFor("the slow model to be configured", () => api.engine.state.modelPath?.endsWith(`${slowModel}.gguf`) === true);
    await openMarkdown("# Merino trail sock\n\nOur sock is knitted from soft merino wool that ");
    const engineCancelsBefore = api.engine.stats.requestsCancelled;
    const inlineCancelsBefore = api.inline.stats.cancelled;
    await keyboard.type("k");
    await waitFor("a ghost-text request to be running in the model", () => api.engine.state.kind === "generating" || api.engine.state.kind === "loading", 60_000);
    await keyboard.type("e");
    await waitFor("the stale request to be cancelled", () => api.inline.stats.cancelled > inlineCancelsBefore, 60_000);
    await waitFor("the engine to count the cancel", () => api.engine.stats.requestsCancelled > engineCancelsBefore, 60_000);
  });
});

import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { channels } from "../../src/core/marketing/channels";
import { renderMarketingMarkdown } from "../../src/core/marketing/renderMarketingMarkdown";
import type { TailorApi } from "../../src/vscode/tailorContext";
import { activateTailor, closeAllEditors, codeActionsUntil, waitFor } from "./helpers";

const packDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === "Tailor" && String(d.code).startsWith("amazon-listing/"));
const codes = (uri: vscode.Uri) => packDiagnostics(uri).map((d) => String(d.code)).sort();

describe("Channel packs", function () {
  let api: TailorApi;
  let packsFolder: vscode.Uri;

  before(async () => {
    ({ api } = await activateTailor());
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, "the integration run opens a workspace folder");
    packsFolder = vscode.Uri.joinPath(folder.uri, ".tailor", "packs");
  });

  afterEach(closeAllEditors);

  after(async () => {
    await vscode.workspace.fs.delete(packsFolder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it("marks an emoji in an Amazon-bullets output, and its quick fix removes just the emoji", async () => {
    const bullets = ["Soft merino 🧦 keeps feet warm", "Cushioned heel and toe", "Reinforced seams", "Machine washable at 30 °C", "Made in Portugal"];
    const content = renderMarketingMarkdown(channels["amazon-bullets"], { variants: [{ bullets }] });
    const document = await vscode.workspace.openTextDocument({ language: "markdown", content });
    await vscode.window.showTextDocument(document);
    await waitFor("the pack's diagnostic on the emoji", () => packDiagnostics(document.uri).length > 0);
    const [diagnostic] = packDiagnostics(document.uri);
    assert.equal(diagnostic.code, "amazon-listing/emoji");
    assert.equal(document.getText(diagnostic.range), "🧦");
    assert.match(diagnostic.message, /Amazon Seller Central/);

    const actions = await codeActionsUntil(document.uri, diagnostic.range, (action) => action.title.startsWith("Remove the character"));
    const fix = actions.find((action) => action.title.startsWith("Remove the character"));
    assert.ok(fix?.edit, `no quick fix among: ${actions.map((a) => a.title).join("; ")}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await waitFor("the diagnostic to clear", () => packDiagnostics(document.uri).length === 0);
    assert.equal(document.getText(), content.replace("🧦 ", ""));
  });

  it("adds a workspace pack's rule from .tailor/packs, and keeps the built-in rules when the file breaks", async () => {
    const packFile = vscode.Uri.joinPath(packsFolder, "amazon-listing.json");
    const write = (text: string) => vscode.workspace.fs.writeFile(packFile, new TextEncoder().encode(text));
    await write(JSON.stringify({ id: "amazon-listing", bannedTerms: [{ id: "house-terms", terms: ["cheap"], reason: "Not our voice.", source: "Brand book", fields: ["bullet"] }] }));
    const document = await vscode.workspace.openTextDocument({ language: "markdown", content: "<!-- tailor-pack: amazon-listing bullet -->\n\n- Cheap socks 🧦\n- Warm merino\n" });
    await vscode.window.showTextDocument(document);
    await waitFor("the workspace rule and the built-in one", () => codes(document.uri).join() === "amazon-listing/emoji,amazon-listing/house-terms");

    await write("{ \"id\": \"amazon-listing\", ");
    await waitFor("the built-in rule alone", () => codes(document.uri).join() === "amazon-listing/emoji");
    await waitFor("a message naming the file", () => api.messages.some((m) => m.severity === "warning" && m.text.includes(".tailor/packs/amazon-listing.json: not valid JSON")));
  });
});

import * as path from "node:path";
import * as vscode from "vscode";
import { channelList } from "../../core/marketing/channels";
import { createNonce, panelHtml } from "../../core/panel/panelHtml";
import { panelFormProblems, parseWebviewToHost, type HostToWebview, type PanelForm, type PanelModelInfo, type WebviewToHost } from "../../core/panel/panelMessages";
import { parsePanelForm } from "../../core/panel/parsePanelParts";
import { industryProfiles } from "../../core/profiles/industryProfiles";
import type { EngineState } from "../../engine/engineTypes";
import { reportFailure } from "../commands/structuredGeneration";
import { ensureModelReady } from "../models/modelReadiness";
import type { TailorServices } from "../tailorServices";
import { emptyPanelForm, panelFormFromDefaults } from "../../core/panel/panelForm";
import { readBriefDefaults } from "../settings";
import { generateFromPanelForm } from "./panelGeneration";
import { PanelHistory, type PanelResult } from "./panelHistory";

const formKey = "tailor.panel.form";

const engineStateLabels: Readonly<Record<EngineState["kind"], string>> = {
  noModel: "Not set",
  notLoaded: "Loads on first use",
  loading: "Loading…",
  idle: "Ready",
  generating: "Writing…",
  error: "Error",
  crashed: "Stopped; restarts on next use",
};

/** What tests and other extensions can see of the panel. */
export interface PanelStats {
  generations: number;
  /** Preview updates sent while writing: more than one means the preview streamed. */
  previews: number;
  lastStatus?: string;
  /** Messages from the webview that failed validation and were dropped. */
  rejectedMessages: number;
}

/**
 * The Tailor panel: a brief form and a live preview in a webview view. The page is static and
 * talks only through validated messages (core/panel/panelMessages); generation goes through the
 * same checked path as the commands.
 */
export class TailorPanelProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly viewType = "tailor.panel";
  readonly stats: PanelStats = { generations: 0, previews: 0, rejectedMessages: 0 };
  private view: vscode.WebviewView | undefined;
  private running: AbortController | undefined;
  private current: PanelResult | undefined;
  /** The editor to insert into: focus in the panel leaves activeTextEditor set, but not always. */
  private lastEditor: vscode.TextEditor | undefined = vscode.window.activeTextEditor;
  private readonly history: PanelHistory;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly services: TailorServices,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.history = new PanelHistory(services.workspaceState);
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor) this.lastEditor = editor;
      }),
      services.engine.onDidChangeState((state) => this.post({ type: "model", model: this.modelInfo(state) })),
    );
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    const roots = [vscode.Uri.joinPath(this.extensionUri, "dist", "webview"), vscode.Uri.joinPath(this.extensionUri, "media", "panel")];
    view.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: roots };
    view.webview.html = panelHtml({
      cspSource: view.webview.cspSource,
      nonce: createNonce(),
      scriptUri: view.webview.asWebviewUri(vscode.Uri.joinPath(roots[0]!, "panel.js")).toString(),
      styleUri: view.webview.asWebviewUri(vscode.Uri.joinPath(roots[1]!, "panel.css")).toString(),
    });
    this.disposables.push(
      view.webview.onDidReceiveMessage((raw: unknown) => {
        const message = parseWebviewToHost(raw);
        if (!message) {
          this.stats.rejectedMessages++;
          this.services.log.warn(`The Tailor panel sent a malformed message; it was ignored: ${JSON.stringify(raw).slice(0, 200)}`);
          return;
        }
        void this.handle(message);
      }),
      view.onDidDispose(() => {
        this.running?.abort();
        this.view = undefined;
      }),
    );
  }

  dispose(): void {
    this.running?.abort();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }

  private async handle(message: WebviewToHost): Promise<void> {
    switch (message.type) {
      case "ready":
        this.post({
          type: "init",
          form: parsePanelForm(this.services.workspaceState.get(formKey)) ?? panelFormFromDefaults(readBriefDefaults(emptyPanelForm)),
          industries: industryProfiles.map((profile) => ({ id: profile.id, label: profile.displayName })),
          channels: channelList.map((channel) => ({ id: channel.id, label: channel.displayName })),
          model: this.modelInfo(this.services.engine.state),
          history: this.history.items(),
        });
        // A page reloaded mid-generation gets the rest of it.
        if (this.running) this.post({ type: "started" });
        return;
      case "formChanged":
        await this.services.workspaceState.update(formKey, message.form);
        return;
      case "generate":
        await this.services.workspaceState.update(formKey, message.form);
        return this.generate(message.form);
      case "cancel":
        this.running?.abort();
        return;
      case "insert":
        return this.insert();
      case "openDocument":
        return this.openDocument();
      case "copy": {
        const result = this.currentResult();
        if (!result) return this.notice("Nothing to copy yet: generate first.");
        await vscode.env.clipboard.writeText(result.markdown);
        return this.notice("Copied.");
      }
      case "restore": {
        const result = this.history.find(message.id);
        if (!result) return this.notice("That result is no longer in the history.");
        this.current = result;
        this.post({ type: "restored", form: result.form, preview: result.preview });
        return;
      }
      case "switchModel":
        await vscode.commands.executeCommand("tailor.selectModel");
        return;
    }
  }

  private async generate(form: PanelForm): Promise<void> {
    if (this.running) return this.notice("Tailor is already writing: cancel it first.");
    const problems = panelFormProblems(form);
    if (problems.length > 0) return this.notice(problems.join(" "));
    const controller = this.services.generations.start();
    this.running = controller;
    // Started before the model is checked or loaded, so Cancel already works while it loads.
    this.post({ type: "started" });
    try {
      if (!(await ensureModelReady(this.services))) {
        this.post({ type: "finished", preview: { blocks: [], status: "cancelled", note: "No model to write with: choose one with Switch model.", findings: [] } });
        return;
      }
      const result = await generateFromPanelForm(this.services, form, controller.signal, (preview) => {
        this.stats.previews++;
        this.post({ type: "preview", preview });
      });
      this.current = result;
      this.stats.generations++;
      this.stats.lastStatus = result.preview.status;
      this.post({ type: "finished", preview: result.preview });
      if (result.preview.blocks.length > 0) {
        await this.history.add(result, historyLabel(form));
        this.post({ type: "history", items: this.history.items() });
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.stats.generations++;
      this.stats.lastStatus = "failed";
      this.post({ type: "finished", preview: { blocks: [], status: "failed", note: message, findings: [] } });
      reportFailure(this.services, error);
    } finally {
      this.services.generations.end(controller);
      this.running = undefined;
    }
  }

  /**
   * What Insert, Open and Copy act on. After a window reload the page still shows its last result
   * (its saved state) while this host starts empty: that result is the newest in the history.
   */
  private currentResult(): PanelResult | undefined {
    this.current ??= this.history.newest();
    return this.current;
  }

  private async insert(): Promise<void> {
    const result = this.currentResult();
    if (!result) return this.notice("Nothing to insert yet: generate first.");
    const editor = vscode.window.activeTextEditor ?? this.lastEditor;
    if (!editor || editor.document.isClosed) return this.notice("Open a document to insert into, or use Open as document.");
    const text = editor.document.languageId === "html" && result.html ? result.html : result.markdown;
    const inserted = await editor.edit((edit) => edit.replace(editor.selection, text));
    if (!inserted) return this.notice(`Could not insert into ${path.basename(editor.document.fileName)}: it may be read-only.`);
    this.notice(`Inserted into ${path.basename(editor.document.fileName)}.`);
  }

  private async openDocument(): Promise<void> {
    const result = this.currentResult();
    if (!result) return this.notice("Nothing to open yet: generate first.");
    const document = await vscode.workspace.openTextDocument({ language: "markdown", content: result.markdown });
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Active, preview: false });
    this.notice("Opened as a new document.");
  }

  private notice(message: string): void {
    this.post({ type: "notice", message });
  }

  private post(message: HostToWebview): void {
    void this.view?.webview.postMessage(message);
  }

  private modelInfo(state: EngineState): PanelModelInfo {
    const name = state.modelName ?? (state.modelPath ? path.basename(state.modelPath) : "No model");
    return { name, state: engineStateLabels[state.kind] };
  }
}

function historyLabel(form: PanelForm): string {
  const name = form.name.trim() || form.facts.trim().split(/\r?\n/)[0]!.slice(0, 60);
  const kind = form.output === "description" ? "Description" : (channelList.find((channel) => channel.id === form.output)?.displayName ?? form.output);
  return `${name} · ${kind}`;
}

import { basename } from "node:path";
import * as vscode from "vscode";
import type { EngineState } from "../engine/engineTypes";
import { openMachineSettingCommand } from "./machineSettings";
import type { ResolvedModel } from "./models/modelStore";

/** The model's name and state, bottom right. A click opens the tailor.model setting. */
export class ModelStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("tailor.model", vscode.StatusBarAlignment.Right, 100);

  private readonly openSetting = openMachineSettingCommand("tailor.model");
  private configured: ResolvedModel;
  private lastState: EngineState;

  constructor(state: EngineState, configured: ResolvedModel) {
    this.configured = configured;
    this.lastState = state;
    this.item.name = "Tailor Model";
    this.item.command = this.openSetting;
    this.show(state);
    this.item.show();
  }

  get text(): string {
    return this.item.text;
  }

  get command(): vscode.Command {
    return this.openSetting;
  }

  get tooltip(): string {
    return typeof this.item.tooltip === "string" ? this.item.tooltip : (this.item.tooltip?.value ?? "");
  }

  /** The configured model, to name one that is not downloaded yet. */
  setConfiguredModel(configured: ResolvedModel): void {
    this.configured = configured;
    this.show(this.lastState);
  }

  show(state: EngineState): void {
    this.lastState = state;
    const name = state.modelName ?? (state.modelPath ? basename(state.modelPath, ".gguf") : "no model");
    const click = '\n\nClick to open the tailor.model setting, or run "Tailor: Select Model" to pick or download one.';
    this.item.backgroundColor = undefined;
    switch (state.kind) {
      case "noModel":
        if (this.configured.downloadUri && !this.configured.present) {
          this.item.text = `$(cloud-download) Tailor: ${this.configured.label} (not downloaded)`;
          this.item.tooltip = `${this.configured.downloadUri}\nDownloaded, after you confirm, on first use.${click}`;
          return;
        }
        this.item.text = "$(circle-slash) Tailor: no model";
        this.item.tooltip = `No model is set: choose one with "Tailor: Select Model".${click}`;
        this.item.backgroundColor = new vscode.ThemeColor("statusBarItem.warningBackground");
        return;
      case "notLoaded":
        this.item.text = `$(circle-outline) Tailor: ${name}${state.message ? " (unloaded)" : ""}`;
        this.item.tooltip = `${state.modelPath}\n${state.message ?? "Not loaded yet: it loads on first use."}${click}`;
        return;
      case "loading":
        this.item.text = `$(loading~spin) Tailor: ${name} (loading)`;
        this.item.tooltip = `Loading ${state.modelPath}…`;
        return;
      case "idle":
        this.item.text = `$(check) Tailor: ${name}`;
        this.item.tooltip = `${state.modelPath}\nLoaded and idle.${click}`;
        return;
      case "generating":
        this.item.text = `$(sync~spin) Tailor: ${name} (generating)`;
        this.item.tooltip = `${state.modelPath}\nWriting…`;
        return;
      case "error":
        this.item.text = `$(error) Tailor: ${name} (error)`;
        this.item.tooltip = `${state.message ?? "The model could not be used."}${click}`;
        this.item.backgroundColor = new vscode.ThemeColor("statusBarItem.errorBackground");
        return;
      case "crashed":
        this.item.text = `$(error) Tailor: ${name} (model process stopped)`;
        this.item.tooltip = `${state.message ?? "The model process stopped."}${click}`;
        this.item.backgroundColor = new vscode.ThemeColor("statusBarItem.errorBackground");
        return;
    }
  }

  dispose(): void {
    this.item.dispose();
  }
}

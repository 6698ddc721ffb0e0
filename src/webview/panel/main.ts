import { channelList, type ChannelId } from "../../core/marketing/channels";
import {
  panelFormFieldProblems,
  parseHostToWebview,
  type HostToWebview,
  type PanelModelInfo,
  type PanelOutput,
  type PanelPreview,
} from "../../core/panel/panelMessages";
import { applyButtonStates, type PanelPhase } from "./buttonStates";
import { findPanelElements } from "./elements";
import { fillIndustries, fillOutputs, hasShownProblems, readForm, showProblems, writeForm } from "./formControls";
import { clearPreview, renderPreview } from "./renderPreview";
import { renderHistory } from "./renderHistory";
import { readSavedState, type SavedState } from "./savedState";
import { connectToHost } from "./vscodeApi";

const vscode = connectToHost();
const ui = findPanelElements();
const saved = readSavedState(vscode.getState());

let phase: PanelPhase = saved.preview ? "done" : "idle";
/** The phase to go back to when the host declines a generate with a notice. */
let phaseBeforeWaiting: PanelPhase = phase;
let lastPreview: PanelPreview | undefined = saved.preview;
/** Once the user has edited or restored a form on this page, the host's copy in `init` is older. */
let formIsLocal = saved.form !== undefined;
let channelLabels = new Map<ChannelId, string>(channelList.map((channel) => [channel.id, channel.displayName]));

if (saved.form) writeForm(ui, saved.form);
if (saved.preview) renderPreview(ui, saved.preview);
updateButtons();

function setPhase(next: PanelPhase): void {
  phase = next;
  updateButtons();
}

function updateButtons(): void {
  applyButtonStates(ui, phase, (lastPreview?.blocks.length ?? 0) > 0);
}

function saveState(): void {
  const state: SavedState = { form: readForm(ui), ...(lastPreview && lastPreview.status !== "writing" ? { preview: lastPreview } : {}) };
  vscode.setState(state);
}

function outputLabel(output: PanelOutput): string {
  return output === "description" ? "Product description" : (channelLabels.get(output) ?? output);
}

function showModel(model: PanelModelInfo): void {
  ui.modelName.textContent = model.name || "none";
  ui.modelState.textContent = model.state ? `(${model.state})` : "";
}

function showPreview(preview: PanelPreview): void {
  lastPreview = preview;
  renderPreview(ui, preview);
}

function handle(message: HostToWebview): void {
  switch (message.type) {
    case "init": {
      fillIndustries(ui, message.industries);
      fillOutputs(ui, message.channels);
      channelLabels = new Map(message.channels.map((channel) => [channel.id, channel.label]));
      if (formIsLocal) vscode.postMessage({ type: "formChanged", form: readForm(ui) });
      else writeForm(ui, message.form);
      showModel(message.model);
      renderHistory(ui.history, ui.historyEmpty, message.history, outputLabel, restore);
      updateButtons();
      saveState();
      return;
    }
    case "model":
      showModel(message.model);
      return;
    case "started":
      ui.notice.textContent = "";
      clearPreview(ui);
      lastPreview = undefined;
      setPhase("writing");
      return;
    case "preview":
      showPreview(message.preview);
      if (phase !== "writing") setPhase("writing");
      return;
    case "finished":
      showPreview(message.preview);
      setPhase("done");
      saveState();
      return;
    case "history":
      renderHistory(ui.history, ui.historyEmpty, message.items, outputLabel, restore);
      updateButtons();
      return;
    case "restored":
      formIsLocal = true;
      writeForm(ui, message.form);
      showProblems(ui, []);
      showPreview(message.preview);
      setPhase("done");
      saveState();
      return;
    case "notice":
      ui.notice.textContent = message.message;
      if (phase === "waiting") setPhase(phaseBeforeWaiting);
      return;
  }
}

function restore(id: string): void {
  if (phase === "waiting" || phase === "writing") return;
  ui.notice.textContent = "";
  vscode.postMessage({ type: "restore", id });
}

function generate(): void {
  if (phase === "waiting" || phase === "writing") return;
  const form = readForm(ui);
  const firstBad = showProblems(ui, panelFormFieldProblems(form));
  if (firstBad) {
    firstBad.focus();
    return;
  }
  ui.notice.textContent = "";
  phaseBeforeWaiting = phase;
  setPhase("waiting");
  vscode.postMessage({ type: "generate", form });
}

window.addEventListener("message", (event: MessageEvent<unknown>) => {
  const message = parseHostToWebview(event.data);
  if (message) handle(message);
});

ui.form.addEventListener("submit", (event) => {
  event.preventDefault();
  generate();
});
ui.form.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    generate();
  }
});
ui.form.addEventListener("input", () => {
  formIsLocal = true;
  if (hasShownProblems(ui)) showProblems(ui, panelFormFieldProblems(readForm(ui)));
  saveState();
});
ui.form.addEventListener("change", () => {
  vscode.postMessage({ type: "formChanged", form: readForm(ui) });
});

ui.regenerate.addEventListener("click", generate);
ui.cancel.addEventListener("click", () => vscode.postMessage({ type: "cancel" }));
ui.switchModel.addEventListener("click", () => vscode.postMessage({ type: "switchModel" }));
for (const [button, type] of [
  [ui.insert, "insert"],
  [ui.openDocument, "openDocument"],
  [ui.copy, "copy"],
] as const) {
  button.addEventListener("click", () => {
    ui.notice.textContent = "";
    vscode.postMessage({ type });
  });
}

vscode.postMessage({ type: "ready" });

import type { PanelElements } from "./elements";

/**
 * Where the panel is in a generation: "waiting" from posting generate until the host answers
 * (started, or a notice that it will not start), "writing" until finished.
 */
export type PanelPhase = "idle" | "waiting" | "writing" | "done";

export function applyButtonStates(ui: PanelElements, phase: PanelPhase, hasContent: boolean): void {
  const busy = phase === "waiting" || phase === "writing";
  ui.generate.disabled = busy;
  ui.regenerate.disabled = busy || phase === "idle";
  ui.cancel.disabled = phase !== "writing";
  for (const button of [ui.insert, ui.openDocument, ui.copy]) button.disabled = busy || !hasContent;
  // A restore would replace the preview the running generation is writing into.
  for (const button of ui.history.querySelectorAll("button")) button.disabled = busy;
  ui.form.setAttribute("aria-busy", String(busy));
}

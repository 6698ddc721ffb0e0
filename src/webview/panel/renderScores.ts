import type { PanelScores } from "../../core/panel/panelMessages";
import type { PanelElements } from "./elements";

/**
 * One line per check: its status as a word (colour alone would not reach everyone), its label and
 * value, then the advice in small type. The target shows on hover, since it rarely changes.
 */
export function renderScores(ui: PanelElements, scores: PanelScores | undefined): void {
  ui.scoresSection.hidden = scores === undefined;
  ui.scoresOverall.textContent = scores ? `${scores.overall}/100` : "";
  ui.scores.replaceChildren(
    ...(scores?.rows ?? []).map((row) => {
      const entry = document.createElement("li");
      entry.className = "score-row";
      entry.dataset.status = row.status;
      entry.dataset.check = row.id;
      entry.title = `Target: ${row.threshold}`;
      const head = document.createElement("div");
      head.className = "score-head";
      head.append(span("score-status", row.status), span("score-label", row.label), span("score-value", row.value));
      entry.append(head, span("score-advice", row.advice));
      return entry;
    }),
  );
}

function span(className: string, text: string): HTMLSpanElement {
  const node = document.createElement("span");
  node.className = className;
  node.textContent = text;
  return node;
}

import type { PanelHistoryItem, PanelOutput } from "../../core/panel/panelMessages";

/** Newest first, one button per item, so the list works with Tab and Enter alone. */
export function renderHistory(
  list: HTMLUListElement,
  empty: HTMLElement,
  items: readonly PanelHistoryItem[],
  outputLabel: (output: PanelOutput) => string,
  onRestore: (id: string) => void,
): void {
  const newestFirst = [...items].sort((a, b) => b.createdAt - a.createdAt);
  list.replaceChildren(
    ...newestFirst.map((item) => {
      const when = new Date(item.createdAt).toLocaleString();
      const what = outputLabel(item.output);
      const button = document.createElement("button");
      button.type = "button";
      button.className = "history-item";
      button.setAttribute("aria-label", `Restore ${item.label}, ${what}, ${when}`);
      const label = document.createElement("span");
      label.className = "history-label";
      label.textContent = item.label;
      const detail = document.createElement("span");
      detail.className = "history-detail";
      detail.textContent = `${what} · ${when}`;
      button.append(label, detail);
      button.addEventListener("click", () => onRestore(item.id));
      const entry = document.createElement("li");
      entry.appendChild(button);
      return entry;
    }),
  );
  empty.hidden = items.length > 0;
}

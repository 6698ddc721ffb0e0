import type { PanelPreview, PreviewBlock, PreviewFinding, PreviewStatus } from "../../core/panel/panelMessages";
import type { PanelElements } from "./elements";
import { appendHighlighted } from "./highlight";
import { renderScores } from "./renderScores";

const statusLabels: Readonly<Record<PreviewStatus, string>> = {
  writing: "Writing…",
  completed: "Done.",
  incomplete: "Stopped before the end.",
  cancelled: "Cancelled.",
  failed: "Failed.",
};

/** Builds the preview with DOM calls and text nodes only: the text comes from the model. */
export function renderPreview(ui: PanelElements, preview: PanelPreview): void {
  const terms = preview.findings.map((finding) => finding.text);
  ui.preview.replaceChildren(...preview.blocks.map((block) => renderBlock(block, terms)));
  ui.preview.setAttribute("aria-busy", String(preview.status === "writing"));
  ui.status.textContent = preview.note ? `${statusLabels[preview.status]} ${preview.note}` : statusLabels[preview.status];
  ui.status.dataset.status = preview.status;
  renderFindings(ui, preview.findings);
  renderScores(ui, preview.scores);
}

export function clearPreview(ui: PanelElements): void {
  ui.preview.replaceChildren();
  ui.preview.setAttribute("aria-busy", "false");
  renderFindings(ui, []);
  renderScores(ui, undefined);
}

function renderBlock(block: PreviewBlock, terms: readonly string[]): HTMLElement {
  switch (block.kind) {
    case "title":
      return element("h2", "preview-title", block.text, terms);
    case "tagline":
      return element("em", "preview-tagline", block.text, terms);
    case "bullets":
      return listSection(block.heading, block.items, terms, block.limit);
    case "paragraphs":
      return paragraphSection(block.heading, block.items, terms);
    case "field":
      return field(block.label, block.text, terms, block.limit);
  }
}

function listSection(heading: string | undefined, items: readonly string[], terms: readonly string[], limit: number | undefined): HTMLElement {
  const section = headedSection(heading);
  const list = document.createElement("ul");
  for (const item of items) {
    const entry = document.createElement("li");
    appendHighlighted(entry, item, terms);
    if (limit !== undefined) entry.append(" ", counter(item, limit));
    list.appendChild(entry);
  }
  section.appendChild(list);
  return section;
}

function paragraphSection(heading: string | undefined, items: readonly string[], terms: readonly string[]): HTMLElement {
  const section = headedSection(heading);
  for (const item of items) section.appendChild(element("p", "preview-paragraph", item, terms));
  return section;
}

function field(label: string, text: string, terms: readonly string[], limit: number | undefined): HTMLElement {
  const wrapper = document.createElement("div");
  wrapper.className = "preview-field";
  const head = document.createElement("div");
  head.className = "preview-field-label";
  head.textContent = label;
  if (limit !== undefined) head.append(" ", counter(text, limit));
  wrapper.append(head, element("p", "preview-field-text", text, terms));
  return wrapper;
}

/** "42/60", flagged when over, since a platform cuts or refuses text past its limit. */
function counter(text: string, limit: number): HTMLElement {
  const span = document.createElement("span");
  const over = text.length > limit;
  span.className = over ? "counter over-limit" : "counter";
  span.textContent = `${text.length}/${limit}`;
  span.title = over ? `${text.length - limit} characters over the limit of ${limit}` : `${text.length} of at most ${limit} characters`;
  return span;
}

function headedSection(heading: string | undefined): HTMLElement {
  const section = document.createElement("section");
  section.className = "preview-section";
  if (heading !== undefined) {
    const title = document.createElement("h3");
    title.textContent = heading;
    section.appendChild(title);
  }
  return section;
}

function element(tag: "h2" | "em" | "p", className: string, text: string, terms: readonly string[]): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  appendHighlighted(node, text, terms);
  return node;
}

function renderFindings(ui: PanelElements, findings: readonly PreviewFinding[]): void {
  ui.findings.replaceChildren(
    ...findings.map((finding) => {
      const entry = document.createElement("li");
      const mark = document.createElement("mark");
      mark.textContent = finding.text;
      entry.append(mark, ` — ${finding.reason}`);
      return entry;
    }),
  );
  ui.findingsSection.hidden = findings.length === 0;
}

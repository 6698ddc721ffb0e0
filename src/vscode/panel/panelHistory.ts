import type * as vscode from "vscode";
import type { PanelForm, PanelHistoryItem, PanelPreview } from "../../core/panel/panelMessages";
import { parsePanelForm, parsePanelPreview } from "../../core/panel/parsePanelParts";

/** A finished result as kept: what the panel shows, and the texts Insert, Open and Copy use. */
export interface PanelResult {
  readonly form: PanelForm;
  readonly preview: PanelPreview;
  /** Markdown, as Open as document and Copy give it. */
  readonly markdown: string;
  /** For HTML documents, when the output has an HTML form (product descriptions). */
  readonly html?: string;
}

interface StoredEntry extends PanelResult {
  readonly item: PanelHistoryItem;
}

const storageKey = "tailor.panel.history";
export const historyLimit = 20;

/** The last 20 results of this workspace (workspaceState), newest first. */
export class PanelHistory {
  constructor(private readonly state: vscode.Memento) {}

  items(): PanelHistoryItem[] {
    return this.entries().map((entry) => entry.item);
  }

  find(id: string): PanelResult | undefined {
    return this.entries().find((entry) => entry.item.id === id);
  }

  newest(): PanelResult | undefined {
    return this.entries()[0];
  }

  async add(result: PanelResult, label: string): Promise<PanelHistoryItem> {
    const createdAt = Date.now();
    const item: PanelHistoryItem = { id: `${createdAt.toString(36)}-${Math.random().toString(36).slice(2, 8)}`, label, createdAt, output: result.form.output };
    await this.state.update(storageKey, [{ ...result, item }, ...this.entries()].slice(0, historyLimit));
    return item;
  }

  /** Stored data is input too: an entry from an older or damaged store is dropped, not trusted. */
  private entries(): StoredEntry[] {
    const stored = this.state.get<unknown>(storageKey);
    if (!Array.isArray(stored)) return [];
    return stored.flatMap((value: unknown): StoredEntry[] => {
      if (typeof value !== "object" || value === null) return [];
      const entry = value as Record<string, unknown>;
      const form = parsePanelForm(entry.form);
      const preview = parsePanelPreview(entry.preview);
      const item = entry.item as PanelHistoryItem | undefined;
      if (!form || !preview || typeof entry.markdown !== "string" || typeof item?.id !== "string" || typeof item.label !== "string" || typeof item.createdAt !== "number") return [];
      return [{ form, preview, markdown: entry.markdown, html: typeof entry.html === "string" ? entry.html : undefined, item: { ...item, output: form.output } }];
    });
  }
}

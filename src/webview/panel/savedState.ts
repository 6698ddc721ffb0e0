import { parsePanelForm, parsePanelPreview } from "../../core/panel/parsePanelParts";
import type { PanelForm, PanelPreview } from "../../core/panel/panelMessages";

/**
 * What survives the view being hidden and shown again, which reloads the page. Only a finished
 * preview is kept: a running generation carries on from the host's own messages.
 */
export interface SavedState {
  readonly form?: PanelForm;
  readonly preview?: PanelPreview;
}

/** The saved value may come from an older version of the panel, so it is parsed like a message. */
export function readSavedState(value: unknown): SavedState {
  if (typeof value !== "object" || value === null) return {};
  const form = "form" in value ? parsePanelForm(value.form) : undefined;
  const preview = "preview" in value ? parsePanelPreview(value.preview) : undefined;
  return { ...(form ? { form } : {}), ...(preview && preview.status !== "writing" ? { preview } : {}) };
}

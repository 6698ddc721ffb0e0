/**
 * The contract between the Tailor panel's webview and the extension host. Both sides parse
 * every message they receive with the validators here and drop what does not parse: the
 * webview runs model text and the host runs commands, so neither trusts the other's data.
 *
 * The conversation:
 * - The webview posts `ready` once its script runs, which happens again each time a hidden view
 *   is shown; the host answers with `init`, then `started` if a generation is still running
 *   (its later `preview`s and `finished` go to the new page).
 * - `generate` asks for a generation of the form; the host checks it with panelFormProblems
 *   too. It answers with `started` as soon as it accepts (before any model load, so Cancel
 *   works during one), any number of `preview`s, then exactly one `finished`. When it will not
 *   start (a problem in the form, no model, one already running) it sends a `notice` saying
 *   why instead, which also ends the webview's wait.
 * - `cancel` stops the running generation; the host still sends `finished` (status "cancelled").
 * - `insert`, `openDocument` and `copy` act on the host's last finished or restored result;
 *   the host confirms or explains with a `notice` ("Copied.", "Inserted into product.md").
 * - `restore` asks for a history item; the host answers with `restored`, and takes its form as
 *   the current one. A `history` message replaces the whole list (send one after each finish).
 * - `formChanged` keeps the host's copy of the form current, so `init` can bring it back after
 *   the page's own saved state is gone. The webview posts it when a control's value is
 *   committed (the DOM `change` event), and right after `init` when it kept its own copy.
 */
import type { ChannelId } from "../marketing/channels";
import type { PanelForm, PanelOutput } from "./panelForm";
import type { PanelPreview } from "./panelPreview";
import { parseChannelOption, parseHistoryItem, parseModelInfo, parseOption, parsePanelForm, parsePanelPreview } from "./parsePanelParts";
import { panelMessageLimits } from "./panelMessageLimits";
import { boundedArray, boundedString, strictRecord } from "./strictData";

export * from "./panelForm";
export * from "./panelPreview";
export { panelMessageLimits } from "./panelMessageLimits";

export interface PanelModelInfo {
  readonly name: string;
  /** Shown as is: "Ready", "Loading…", "Not set". */
  readonly state: string;
}

export interface PanelHistoryItem {
  readonly id: string;
  readonly label: string;
  /** Milliseconds since the epoch (Date.now()). */
  readonly createdAt: number;
  readonly output: PanelOutput;
}

/** A choice in a select: an industry profile or a channel. */
export interface PanelOption<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
}

export type WebviewToHost =
  | { readonly type: "ready" }
  | { readonly type: "generate"; readonly form: PanelForm }
  | { readonly type: "cancel" }
  | { readonly type: "insert" }
  | { readonly type: "openDocument" }
  | { readonly type: "copy" }
  | { readonly type: "restore"; readonly id: string }
  | { readonly type: "switchModel" }
  | { readonly type: "formChanged"; readonly form: PanelForm };

export type HostToWebview =
  | {
      readonly type: "init";
      readonly form: PanelForm;
      /** Profiles to choose from; the webview adds its own "workspace setting" choice (id ""). */
      readonly industries: readonly PanelOption[];
      readonly channels: readonly PanelOption<ChannelId>[];
      readonly model: PanelModelInfo;
      readonly history: readonly PanelHistoryItem[];
    }
  | { readonly type: "model"; readonly model: PanelModelInfo }
  | { readonly type: "started" }
  | { readonly type: "preview"; readonly preview: PanelPreview }
  | { readonly type: "finished"; readonly preview: PanelPreview }
  | { readonly type: "history"; readonly items: readonly PanelHistoryItem[] }
  | { readonly type: "restored"; readonly form: PanelForm; readonly preview: PanelPreview }
  | { readonly type: "notice"; readonly message: string };


export function parseWebviewToHost(value: unknown): WebviewToHost | undefined {
  const record = strictRecord(value, ["type"], ["form", "id"]);
  if (!record) return undefined;
  switch (record.type) {
    case "ready":
    case "cancel":
    case "insert":
    case "openDocument":
    case "copy":
    case "switchModel":
      return strictRecord(record, ["type"]) ? { type: record.type } : undefined;
    case "generate":
    case "formChanged": {
      const form = strictRecord(record, ["type", "form"]) && parsePanelForm(record.form);
      return form ? { type: record.type, form } : undefined;
    }
    case "restore": {
      const id = strictRecord(record, ["type", "id"]) && boundedString(record.id, panelMessageLimits.id);
      return id ? { type: "restore", id } : undefined;
    }
    default:
      return undefined;
  }
}

export function parseHostToWebview(value: unknown): HostToWebview | undefined {
  const record = strictRecord(value, ["type"], ["form", "industries", "channels", "model", "history", "preview", "items", "message"]);
  if (!record) return undefined;
  switch (record.type) {
    case "started":
      return strictRecord(record, ["type"]) ? { type: "started" } : undefined;
    case "init":
      return parseInit(record);
    case "model": {
      const model = strictRecord(record, ["type", "model"]) && parseModelInfo(record.model);
      return model ? { type: "model", model } : undefined;
    }
    case "preview":
    case "finished": {
      const preview = strictRecord(record, ["type", "preview"]) && parsePanelPreview(record.preview);
      return preview ? { type: record.type, preview } : undefined;
    }
    case "history": {
      const items = strictRecord(record, ["type", "items"]) && boundedArray(record.items, panelMessageLimits.historyItems, parseHistoryItem);
      return items ? { type: "history", items } : undefined;
    }
    case "restored": {
      if (!strictRecord(record, ["type", "form", "preview"])) return undefined;
      const form = parsePanelForm(record.form);
      const preview = parsePanelPreview(record.preview);
      return form && preview ? { type: "restored", form, preview } : undefined;
    }
    case "notice": {
      const message = strictRecord(record, ["type", "message"]) && boundedString(record.message, panelMessageLimits.notice);
      return typeof message === "string" ? { type: "notice", message } : undefined;
    }
    default:
      return undefined;
  }
}

function parseInit(record: Readonly<Record<string, unknown>>): HostToWebview | undefined {
  if (!strictRecord(record, ["type", "form", "industries", "channels", "model", "history"])) return undefined;
  const form = parsePanelForm(record.form);
  const industries = boundedArray(record.industries, panelMessageLimits.options, parseOption);
  const channelOptions = boundedArray(record.channels, panelMessageLimits.options, parseChannelOption);
  const model = parseModelInfo(record.model);
  const history = boundedArray(record.history, panelMessageLimits.historyItems, parseHistoryItem);
  if (!form || !industries || !channelOptions || !model || !history) return undefined;
  return { type: "init", form, industries, channels: channelOptions, model, history };
}

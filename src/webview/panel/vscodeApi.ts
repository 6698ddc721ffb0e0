import type { WebviewToHost } from "../../core/panel/panelMessages";

/** The part of VS Code's webview API the panel uses; posting is typed so only contract messages go out. */
export interface VsCodeApi {
  postMessage(message: WebviewToHost): void;
  /** Whatever was saved last, possibly by an older version of the panel, so it must be checked. */
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** VS Code allows one call per page load, so the script calls this once and passes the result around. */
export function connectToHost(): VsCodeApi {
  return acquireVsCodeApi();
}

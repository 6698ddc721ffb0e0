/**
 * What an integration test asks the runner to do in the real workbench page, as a person would:
 * the test runs in the extension host, which cannot reach the page, so it prints a request and
 * the runner (which drives Chromium) carries it out and answers through a file.
 */

/** "workbench": the page itself; "webview": the document inside Tailor's webview view. */
export type UiFrame = "workbench" | "webview";

export type UiStep =
  | { readonly frame?: UiFrame; readonly waitFor: string; readonly state?: "visible" | "enabled" | "hidden" }
  | { readonly frame?: UiFrame; readonly fill: string; readonly value: string }
  | { readonly frame?: UiFrame; readonly select: string; readonly value: string }
  | { readonly frame?: UiFrame; readonly click: string }
  | { readonly frame?: UiFrame; readonly focus: string }
  | { readonly frame?: UiFrame; readonly scrollTo: string }
  /** Types at the focus, key by key. */
  | { readonly type: string; readonly delayMs?: number }
  /** A key or chord, such as "Tab" or "Control+Enter". */
  | { readonly press: string }
  /** Reads an element's text; its answer goes in the results. */
  | { readonly frame?: UiFrame; readonly readText: string }
  /** Waits until a form control holds this value (a message from the host may still be on its way). */
  | { readonly frame?: UiFrame; readonly waitForValue: string; readonly value: string }
  /** Reads a form control's current value; its answer goes in the results. */
  | { readonly frame?: UiFrame; readonly readValue: string }
  /** Reads an attribute of the first match; its answer goes in the results. */
  | { readonly frame?: UiFrame; readonly readAttribute: string; readonly name: string };

export interface UiRequest {
  readonly id: string;
  readonly steps: readonly UiStep[];
}

/** The runner's answer: the values the read steps asked for, in order, or what went wrong. */
export type UiAnswer = { readonly results: readonly (string | null)[] } | { readonly error: string };

export const uiMarker = "[tailor:ui]";

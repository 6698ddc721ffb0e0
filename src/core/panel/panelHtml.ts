import { channelList } from "../marketing/channels";
import { panelFormLimits, panelLengthWords, panelLengths } from "./panelForm";

export interface PanelHtmlOptions {
  /** webview.cspSource. */
  readonly cspSource: string;
  /** From createNonce(), new for every page. */
  readonly nonce: string;
  /** webview.asWebviewUri of dist/webview/panel.js. */
  readonly scriptUri: string;
  /** webview.asWebviewUri of media/panel/panel.css. */
  readonly styleUri: string;
}

/** 256 bits from the platform's CSPRNG, as hex so it is safe in a CSP source and an attribute. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * The panel's page. Everything is static markup: the script fills in data with DOM calls, so
 * the policy can refuse inline scripts, inline styles and eval, and model text is never parsed
 * as HTML.
 */
export function panelHtml(options: PanelHtmlOptions): string {
  const { cspSource, nonce } = options;
  const csp = [
    "default-src 'none'",
    `img-src ${cspSource} data:`,
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join("; ");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(`${csp};`)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(options.styleUri)}">
<title>Tailor</title>
</head>
<body>
<main class="panel">
${modelLine()}
${briefForm()}
${previewSection()}
${historySection()}
</main>
<script nonce="${attr(nonce)}" src="${attr(options.scriptUri)}"></script>
</body>
</html>
`;
}

function modelLine(): string {
  return `<section class="model-line" aria-label="Model">
  <p id="model" class="model">Model: <span id="model-name">…</span> <span id="model-state" class="model-state"></span></p>
  <button type="button" id="switch-model" class="link-button">Switch model</button>
</section>`;
}

function briefForm(): string {
  const lengthOptions = panelLengths.map((length) => option(length, `${capitalize(length)} (${panelLengthWords[length]} words)`, length === "standard"));
  const outputOptions = [option("description", "Product description", true), ...channelList.map((channel) => option(channel.id, `Marketing copy: ${channel.displayName}`))];
  return `<form id="brief-form" class="brief" novalidate aria-label="Product brief">
  ${textInput("name", "Product name", panelFormLimits.name)}
  <div class="field">
    <label for="facts">Facts <span class="required">(required)</span></label>
    <textarea id="facts" name="facts" rows="5" maxlength="${panelFormLimits.facts}" aria-required="true" aria-describedby="facts-hint facts-error"></textarea>
    <p id="facts-hint" class="hint">One fact per line: materials, sizes, what it does.</p>
    ${errorLine("facts")}
  </div>
  ${textInput("audience", "Audience", panelFormLimits.audience)}
  ${textInput("tone", "Tone", panelFormLimits.tone)}
  <div class="field-row">
    ${select("industry", "Industry", [option("", "Workspace setting", true)])}
    ${select("length", "Length", lengthOptions)}
  </div>
  <div class="field">
    <label for="keywords">Keywords</label>
    <input id="keywords" name="keywords" type="text" maxlength="${panelFormLimits.keywords}" autocomplete="off" aria-describedby="keywords-hint keywords-error">
    <p id="keywords-hint" class="hint">Separate with commas.</p>
    ${errorLine("keywords")}
  </div>
  ${select("output", "Write", outputOptions)}
  <div class="actions">
    <button type="submit" id="generate">Generate</button>
    <button type="button" id="cancel" class="secondary" disabled>Cancel</button>
  </div>
  <p class="hint">Ctrl+Enter (⌘+Enter on macOS) generates.</p>
</form>`;
}

function previewSection(): string {
  return `<section class="output" aria-label="Result">
  <p id="status" class="status" aria-live="polite">Fill in the brief and press Generate.</p>
  <div id="preview" class="preview" role="region" aria-label="Preview" aria-live="polite"></div>
  <div id="findings-section" class="findings" hidden>
    <h2 class="section-heading">Claims to check</h2>
    <ul id="findings"></ul>
  </div>
  <div id="scores-section" class="scores" hidden>
    <h2 class="section-heading">Scores <span id="scores-overall" class="score-overall"></span></h2>
    <ul id="scores" class="score-list"></ul>
  </div>
  <div class="actions">
    <button type="button" id="regenerate" class="secondary" disabled>Regenerate</button>
    <button type="button" id="insert" disabled>Insert at cursor</button>
    <button type="button" id="open-document" class="secondary" disabled>Open as document</button>
    <button type="button" id="copy" class="secondary" disabled>Copy</button>
  </div>
  <p id="notice" class="notice" role="status"></p>
</section>`;
}

function historySection(): string {
  return `<section class="history" aria-labelledby="history-heading">
  <h2 id="history-heading" class="section-heading">History</h2>
  <p id="history-empty" class="hint">Nothing written yet.</p>
  <ul id="history" class="history-list"></ul>
</section>`;
}

function textInput(id: string, label: string, maxLength: number): string {
  return `<div class="field">
    <label for="${id}">${text(label)}</label>
    <input id="${id}" name="${id}" type="text" maxlength="${maxLength}" autocomplete="off" aria-describedby="${id}-error">
    ${errorLine(id)}
  </div>`;
}

function select(id: string, label: string, options: readonly string[]): string {
  return `<div class="field">
    <label for="${id}">${text(label)}</label>
    <select id="${id}" name="${id}" aria-describedby="${id}-error">${options.join("")}</select>
    ${errorLine(id)}
  </div>`;
}

function option(value: string, label: string, selected = false): string {
  return `<option value="${attr(value)}"${selected ? " selected" : ""}>${text(label)}</option>`;
}

/** Filled by the script with the field's problem, and named by the field's aria-describedby. */
function errorLine(id: string): string {
  return `<p id="${id}-error" class="field-error" hidden></p>`;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function text(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Every attribute here is double-quoted, so a double quote is the only extra character to escape. */
function attr(value: string): string {
  return text(value).replace(/"/g, "&quot;");
}

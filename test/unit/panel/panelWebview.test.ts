import * as assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { createNonce, panelHtml } from "../../../src/core/panel/panelHtml";
import type { HostToWebview, PanelForm, PanelPreview, WebviewToHost } from "../../../src/core/panel/panelMessages";
import { chromiumArgs, chromiumPath } from "../../runner/codeServer";
import { repoRoot } from "../../support/paths";

/**
 * The bundled panel script in a real browser under the page's own CSP, with a stand-in for
 * VS Code's webview API that records what the script posts and saves.
 */
const scriptPath = path.join(repoRoot, "dist", "webview", "panel.js");
const stylePath = path.join(repoRoot, "media", "panel", "panel.css");

/**
 * Runs before the page's scripts, outside its CSP, in place of VS Code's preload. Browser code
 * is written as strings: the tests type-check without DOM types, like the rest of test/.
 */
const stubVsCodeApi = `
  window.posted = [];
  window.problems = [];
  let acquired = false;
  window.acquireVsCodeApi = () => {
    if (acquired) throw new Error("acquireVsCodeApi called twice");
    acquired = true;
    return {
      postMessage: (message) => window.posted.push(JSON.parse(JSON.stringify(message))),
      getState: () => window.savedState,
      setState: (value) => { window.savedState = JSON.parse(JSON.stringify(value)); },
    };
  };
  document.addEventListener("securitypolicyviolation", (event) => window.problems.push("CSP " + event.violatedDirective + " " + event.blockedURI));
`;

const form: PanelForm = {
  name: "Merino Trail Sock",
  facts: "80% merino\nCushioned heel",
  audience: "",
  tone: "",
  industry: "outdoor-sports",
  length: "short",
  keywords: "",
  output: "email",
};

const init: HostToWebview = {
  type: "init",
  form: { ...form, facts: "" },
  industries: [
    { id: "fashion-apparel", label: "Fashion & apparel" },
    { id: "outdoor-sports", label: "Outdoor & sports" },
  ],
  channels: [
    { id: "email", label: "Email subject and preheader" },
    { id: "x-post", label: "X post" },
  ],
  model: { name: "Qwen2.5 1.5B", state: "Ready" },
  history: [
    { id: "old", label: "Older item", createdAt: 1_600_000_000_000, output: "description" },
    { id: "new", label: "Newer item", createdAt: 1_700_000_000_000, output: "x-post" },
  ],
};

const hostile = '<img src=x onerror="window.problems.push(1)"><script>window.problems.push(2)</script>';

const finished: PanelPreview = {
  blocks: [
    { kind: "title", text: hostile },
    { kind: "tagline", text: "Warmest sock ever." },
    { kind: "bullets", heading: "Highlights", items: ["Soft", "x".repeat(12)], limit: 10 },
    { kind: "paragraphs", heading: "Description", items: ["The warmest sock we make."] },
    { kind: "field", label: "SEO title", text: "Merino socks", limit: 60 },
  ],
  status: "completed",
  findings: [{ text: "warmest", reason: "A superlative needs proof." }],
};

/**
 * Polls from Node: Playwright's waitForFunction evaluates a string in the page, which the
 * panel's CSP (rightly) refuses as eval.
 */
async function until(condition: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("Timed out waiting for the panel.");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("panel webview script", function () {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let page: Page;
  let origin = "";

  before(async function () {
    if (!existsSync(chromiumPath) || !existsSync(scriptPath)) this.skip();
    server = createServer((request, response) => {
      const nonce = createNonce();
      const files: Record<string, [string, string]> = {
        "/": [panelHtml({ cspSource: origin, nonce, scriptUri: `${origin}/panel.js`, styleUri: `${origin}/panel.css` }), "text/html"],
        "/panel.js": [readFileSync(scriptPath, "utf8"), "text/javascript"],
        "/panel.css": [readFileSync(stylePath, "utf8"), "text/css"],
        "/favicon.ico": ["", "image/x-icon"],
      };
      const file = files[request.url ?? ""];
      response.writeHead(file ? 200 : 404, { "content-type": file ? file[1] : "text/plain" });
      response.end(file ? file[0] : "");
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  async function openPanel(savedState?: unknown): Promise<string[]> {
    if (!browser) throw new Error("no browser");
    page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    await page.addInitScript({ content: `window.savedState = ${JSON.stringify(savedState ?? null)} ?? undefined;\n${stubVsCodeApi}` });
    await page.goto(`${origin}/`);
    await until(async () => (await posted()).length > 0);
    return errors;
  }

  const send = (message: unknown) => page.evaluate(`window.postMessage(${JSON.stringify(message)}, "*")`);
  const posted = () => page.evaluate<WebviewToHost[]>("window.posted");
  const problems = () => page.evaluate<string[]>("window.problems");
  const savedState = () => page.evaluate<{ form?: PanelForm; preview?: PanelPreview } | undefined>("window.savedState");
  const waitForText = (selector: string, expected: string) => until(async () => (await page.locator(selector).textContent()) === expected);
  const disabled = (id: string) => page.locator(`#${id}`).isDisabled();
  async function buttonStates(): Promise<Record<string, boolean>> {
    const ids = ["generate", "cancel", "regenerate", "insert", "open-document", "copy"];
    return Object.fromEntries(await Promise.all(ids.map(async (id) => [id, !(await disabled(id))] as const)));
  }

  it("loads under its CSP with its stylesheet, posts ready, and fills itself from init", async () => {
    const errors = await openPanel();
    assert.deepEqual(await posted(), [{ type: "ready" }]);
    assert.equal(await page.evaluate("getComputedStyle(document.body).paddingLeft"), "12px", "panel.css applied");
    await send(init);
    await waitForText("#model-name", "Qwen2.5 1.5B");
    assert.deepEqual(await page.locator("#industry option").allTextContents(), ["Workspace setting", "Fashion & apparel", "Outdoor & sports"]);
    assert.deepEqual(await page.locator("#output option").allTextContents(), ["Product description", "Marketing copy: Email subject and preheader", "Marketing copy: X post"]);
    assert.equal(await page.locator("#industry").inputValue(), "outdoor-sports");
    assert.equal(await page.locator("#output").inputValue(), "email");
    const history = page.locator("#history button");
    assert.deepEqual(await history.locator(".history-label").allTextContents(), ["Newer item", "Older item"]);
    assert.match((await history.first().getAttribute("aria-label")) ?? "", /^Restore Newer item, X post, /);
    assert.deepEqual(await buttonStates(), { generate: true, cancel: false, regenerate: false, insert: false, "open-document": false, copy: false });
    assert.deepEqual(await problems(), []);
    assert.deepEqual(errors, []);
  });

  it("shows problems beside the fields instead of generating, then generates with Ctrl+Enter", async () => {
    await openPanel();
    await send(init);
    await page.locator("#generate").click();
    assert.equal(await page.locator("#facts").getAttribute("aria-invalid"), "true");
    assert.equal(await page.locator("#facts-error").textContent(), "Add at least one fact.");
    assert.ok(await page.locator("#facts-error").isVisible());
    assert.equal(await page.evaluate("document.activeElement?.id"), "facts");
    assert.deepEqual(await posted(), [{ type: "ready" }]);

    await page.locator("#facts").fill(form.facts);
    assert.equal(await page.locator("#facts").getAttribute("aria-invalid"), null, "fixing a field clears its problem");
    await page.locator("#name").fill(form.name);
    await page.locator("#length").selectOption("short");
    await page.locator("#facts").press("Control+Enter");
    const messages = await posted();
    assert.deepEqual(messages.at(-1), { type: "generate", form });
    assert.ok(messages.some((message) => message.type === "formChanged"), "a change posts formChanged");
    assert.deepEqual((await savedState())?.form, form);
    assert.equal(await disabled("generate"), true, "no second generate while waiting");
  });

  it("goes back to idle when the host declines with a notice", async () => {
    await openPanel({ form });
    await send(init);
    assert.equal(await page.locator("#facts").inputValue(), form.facts, "the saved form wins over init's copy");
    await page.locator("#generate").click();
    await send({ type: "notice", message: "Select a model first." });
    await waitForText("#notice", "Select a model first.");
    assert.equal(await disabled("generate"), false);
  });

  it("renders model text as text, counts characters, marks findings and sets the buttons", async () => {
    await openPanel({ form });
    await send(init);
    await page.locator("#generate").click();
    await send({ type: "started" });
    await send({ type: "preview", preview: { ...finished, status: "writing", findings: [] } });
    await waitForText("#status", "Writing…");
    assert.deepEqual(await buttonStates(), { generate: false, cancel: true, regenerate: false, insert: false, "open-document": false, copy: false });
    assert.equal(await page.locator("#preview").getAttribute("aria-busy"), "true");
    await page.locator("#cancel").click();
    assert.deepEqual((await posted()).at(-1), { type: "cancel" });

    await send({ type: "finished", preview: finished });
    await waitForText("#status", "Done.");
    assert.equal(await page.locator("#preview h2").textContent(), hostile);
    assert.equal(await page.locator("#preview img, #preview script").count(), 0);
    assert.equal(await page.locator("#preview em").textContent(), "Warmest sock ever.");
    assert.deepEqual(await page.locator("#preview .counter").allTextContents(), ["4/10", "12/10", "12/60"]);
    assert.equal(await page.locator("#preview .counter.over-limit").count(), 1);
    assert.deepEqual(await page.locator("#preview mark").allTextContents(), ["Warmest", "warmest"]);
    assert.equal(await page.locator("#findings li").textContent(), "warmest — A superlative needs proof.");
    assert.ok(await page.locator("#findings").isVisible());
    assert.deepEqual(await buttonStates(), { generate: true, cancel: false, regenerate: true, insert: true, "open-document": true, copy: true });

    for (const [id, type] of [["insert", "insert"], ["open-document", "openDocument"], ["copy", "copy"], ["switch-model", "switchModel"]] as const) {
      await page.locator(`#${id}`).click();
      assert.deepEqual((await posted()).at(-1), { type }, id);
    }
    await page.locator("#regenerate").click();
    assert.deepEqual((await posted()).at(-1), { type: "generate", form });
    assert.deepEqual(await problems(), [], "no hostile script ran and nothing broke the CSP");
  });

  it("shows the finished copy's scores under the preview, each with its status, value and advice, and hides them for the next run", async () => {
    const scores = {
      overall: 76,
      rows: [
        { id: "readingEase", label: "Reading ease", value: "75", threshold: "70 or more", status: "good", advice: "Reads easily." },
        { id: "keyphraseDensity", label: "Keyphrase density", value: "6.7%", threshold: "0.5–3% of words", status: "problem", advice: hostile },
      ],
    } as const;
    await openPanel({ form });
    await send(init);
    assert.equal(await page.locator("#scores-section").isVisible(), false);
    await send({ type: "finished", preview: { ...finished, scores } });
    await waitForText("#status", "Done.");
    assert.ok(await page.locator("#scores-section").isVisible());
    assert.equal(await page.locator("#scores-overall").textContent(), "76/100");
    assert.deepEqual(await page.locator("#scores .score-status").allTextContents(), ["good", "problem"]);
    assert.deepEqual(await page.locator("#scores .score-label").allTextContents(), ["Reading ease", "Keyphrase density"]);
    assert.deepEqual(await page.locator("#scores .score-value").allTextContents(), ["75", "6.7%"]);
    assert.deepEqual(await page.locator("#scores .score-advice").allTextContents(), ["Reads easily.", hostile]);
    assert.equal(await page.locator("#scores li").nth(1).getAttribute("data-status"), "problem");
    assert.equal(await page.locator("#scores li").first().getAttribute("title"), "Target: 70 or more");

    await page.locator("#generate").click();
    await send({ type: "started" });
    await send({ type: "preview", preview: { ...finished, status: "writing", findings: [] } });
    await waitForText("#status", "Writing…");
    assert.equal(await page.locator("#scores-section").isVisible(), false);
    assert.deepEqual(await problems(), []);
  });

  it("ignores messages that do not parse", async () => {
    await openPanel();
    await send({ type: "notice", message: 5 });
    await send({ type: "finished", preview: { ...finished, blocks: [{ kind: "html", text: "<b>x</b>" }] } });
    assert.equal(await page.locator("#notice").textContent(), "");
    assert.equal(await page.locator("#preview").innerHTML(), "");
  });

  it("restores a history item and keeps a finished preview across a reload", async () => {
    await openPanel();
    await send(init);
    await page.locator("#history button").first().click();
    assert.deepEqual((await posted()).at(-1), { type: "restore", id: "new" });
    await send({ type: "restored", form: { ...form, output: "x-post" }, preview: finished });
    await until(async () => (await page.locator("#output").inputValue()) === "x-post");
    assert.equal(await page.locator("#output").inputValue(), "x-post");
    assert.equal(await page.locator("#facts").inputValue(), form.facts);
    const saved = await savedState();
    await openPanel(saved);
    assert.equal(await page.locator("#preview h2").textContent(), hostile);
    assert.equal(await disabled("copy"), false);
  });
});

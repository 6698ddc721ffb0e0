import * as assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import * as path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { repoRoot } from "../support/paths";
import { chromiumArgs, chromiumPath } from "../runner/codeServer";
import { demoModel, startDemoWorkbench, type DemoWorkbench } from "../runner/demoWorkbench";

const screenshotDir = path.resolve(process.env.TAILOR_SCREENSHOT_DIR ?? path.join(repoRoot, "test-results", "screenshots"));

/** Starts the people's workbench and opens it in Chromium, as `npm start` and a person would. */
async function openWorkbench(options: Parameters<typeof startDemoWorkbench>[0]): Promise<{ demo: DemoWorkbench; browser: Browser; page: Page }> {
  mkdirSync(screenshotDir, { recursive: true });
  const demo = await startDemoWorkbench(options);
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(demo.url);
  return { demo, browser, page };
}

/** Opens the sample brief, selects it all and runs "Tailor: Generate Product Description", with keys. */
async function generateOnSampleBrief(page: Page): Promise<void> {
  await page.keyboard.press("Control+P");
  await page.keyboard.type("merino-sock.yaml");
  await page.locator(".quick-input-widget .monaco-list-row").first().waitFor();
  await page.keyboard.press("Enter");
  await page.locator(".monaco-editor .view-lines").first().click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("F1");
  await page.keyboard.type("Tailor: Generate Product Description");
  await page.locator(".quick-input-widget .monaco-list-row").filter({ hasText: "Generate Product Description" }).first().waitFor();
  await page.keyboard.press("Enter");
}

/**
 * The workbench `npm start` opens, used as a person would: keys and clicks in Chromium, nothing
 * through the extension's API. It runs outside the integration suite because that suite needs the
 * smoke-test driver, which hides the notifications this test looks for.
 */
describe("The npm start workbench, as a person uses it", function () {
  this.timeout(6 * 60_000);
  let demo: DemoWorkbench;
  let browser: Browser;
  let page: Page;

  before(async () => {
    ({ demo, browser, page } = await openWorkbench({ model: demoModel(() => undefined) }));
  });

  after(async () => {
    await browser?.close();
    await demo?.server.stop();
  });

  const modelItem = () => page.locator(".statusbar-item").filter({ hasText: "Tailor:" }).first();

  it("shows the model in the status bar right after start, with VS Code's chat closed", async () => {
    await modelItem().waitFor({ timeout: 120_000 });
    const text = await modelItem().innerText();
    assert.doesNotMatch(text, /no model|not downloaded/i);
    assert.equal(await page.locator(".part.auxiliarybar").isVisible(), false, "the chat side bar takes part of the window");
    await page.screenshot({ path: path.join(screenshotDir, "demo-started.png") });
  });

  it("shows a generation's progress as a notification with Cancel, and opens the result once", async () => {
    await generateOnSampleBrief(page);

    const toast = page.locator(".notifications-toasts .notification-toast").filter({ hasText: "Tailor" }).first();
    await toast.waitFor({ timeout: 60_000 });
    await toast.locator(".monaco-button").filter({ hasText: "Cancel" }).waitFor();
    // Past "Starting…": the model is loading or writing, and the toast has finished sliding in.
    await toast.filter({ hasText: /Loading|Writing/ }).waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(screenshotDir, "demo-progress.png") });

    await toast.waitFor({ state: "hidden", timeout: 4 * 60_000 });
    const results = page.locator(".tabs-container .tab").filter({ hasText: "Untitled" });
    await results.first().waitFor();
    assert.equal(await results.count(), 1, "the result opened in more than one editor group");
    await page.screenshot({ path: path.join(screenshotDir, "demo-result.png") });
  });

  it("leaves no temporary folder behind when stopped", async () => {
    await browser.close();
    await demo.server.stop();
    assert.equal(existsSync(demo.server.dataDir), false, `${demo.server.dataDir} is still there`);
  });
});

describe("The first run, without a model, offline", function () {
  this.timeout(6 * 60_000);
  let demo: DemoWorkbench;
  let browser: Browser;
  let page: Page;

  before(async () => {
    // No model, and a hub address where nothing listens: a first-run download fails as it does offline.
    ({ demo, browser, page } = await openWorkbench({ model: "", machineSettings: { "tailor.huggingFaceEndpoint": "http://127.0.0.1:9" } }));
  });

  after(async () => {
    await browser?.close();
    await demo?.server.stop();
  });

  it("keeps tailor.model as it was when the offered download fails, names the model, and offers a way on", async () => {
    const modelItem = page.locator(".statusbar-item").filter({ hasText: "Tailor:" }).first();
    await modelItem.filter({ hasText: "no model" }).waitFor({ timeout: 120_000 });
    await generateOnSampleBrief(page);

    // The first-run offer, then the size and license.
    await page.locator(".monaco-dialog-box .monaco-button").filter({ hasText: /^Download Qwen/ }).click({ timeout: 60_000 });
    await page.locator(".monaco-dialog-box .monaco-button").filter({ hasText: /^Download$/ }).click({ timeout: 60_000 });

    const error = page.locator(".notifications-toasts .notification-toast").filter({ hasText: /download/i }).filter({ hasText: "Qwen2.5 1.5B Instruct" }).first();
    await error.waitFor({ timeout: 120_000 });
    const text = await error.innerText();
    assert.doesNotMatch(text, /hf:/, "the message names the hf: URI");
    for (const button of ["Select Model…", "Browse for a .gguf…"]) await error.locator(".monaco-button").filter({ hasText: button }).waitFor();
    await page.screenshot({ path: path.join(screenshotDir, "first-run-offline.png") });
    // The setting never switched to a model that is not here.
    assert.match(await modelItem.innerText(), /no model/);
    assert.doesNotMatch(await modelItem.innerText(), /not downloaded/);
  });
});

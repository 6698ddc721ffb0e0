import { renameSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import type { FrameLocator, Locator, Page } from "playwright-core";
import type { UiAnswer, UiFrame, UiRequest, UiStep } from "../support/uiSteps";

const stepTimeoutMs = 30_000;

/** Carries out a test's UI request in the page, then writes the answer file the test waits for. */
export async function runUiRequest(page: Page, uiDir: string, json: string): Promise<void> {
  let request: UiRequest;
  try {
    request = JSON.parse(json) as UiRequest;
  } catch {
    console.error(`Malformed UI request: ${json}`);
    return;
  }
  let answer: UiAnswer;
  try {
    const results: (string | null)[] = [];
    for (const step of request.steps) await runStep(page, step, results);
    answer = { results };
  } catch (error) {
    answer = { error: error instanceof Error ? error.message.split("\n")[0]! : String(error) };
  }
  // Written whole (temp file, then rename): the test reads it as soon as it appears.
  const file = path.join(uiDir, `${request.id.replace(/[^\w-]/g, "_")}.json`);
  writeFileSync(`${file}.partial`, JSON.stringify(answer));
  renameSync(`${file}.partial`, file);
}

async function runStep(page: Page, step: UiStep, results: (string | null)[]): Promise<void> {
  if ("type" in step) return page.keyboard.type(step.type, { delay: step.delayMs ?? 30 });
  if ("press" in step) return page.keyboard.press(step.press);
  const root = rootOf(page, step.frame ?? "workbench");
  const first = (selector: string): Locator => root.locator(selector).first();
  if ("waitFor" in step) {
    if (step.state === "enabled") {
      await first(step.waitFor).waitFor({ state: "visible", timeout: stepTimeoutMs });
      await first(step.waitFor).and(root.locator(":enabled")).waitFor({ timeout: stepTimeoutMs });
      return;
    }
    return first(step.waitFor).waitFor({ state: step.state ?? "visible", timeout: stepTimeoutMs });
  }
  if ("fill" in step) return first(step.fill).fill(step.value, { timeout: stepTimeoutMs });
  if ("select" in step) {
    await first(step.select).selectOption(step.value, { timeout: stepTimeoutMs });
    return;
  }
  if ("click" in step) return first(step.click).click({ timeout: stepTimeoutMs });
  if ("focus" in step) return first(step.focus).focus({ timeout: stepTimeoutMs });
  if ("scrollTo" in step) return first(step.scrollTo).scrollIntoViewIfNeeded({ timeout: stepTimeoutMs });
  if ("readText" in step) {
    results.push(await first(step.readText).textContent({ timeout: stepTimeoutMs }));
    return;
  }
  if ("waitForValue" in step) {
    const control = first(step.waitForValue);
    const deadline = Date.now() + stepTimeoutMs;
    let value = await control.inputValue({ timeout: stepTimeoutMs });
    while (value !== step.value) {
      if (Date.now() > deadline) throw new Error(`${step.waitForValue} still holds "${value}", not "${step.value}"`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      value = await control.inputValue({ timeout: stepTimeoutMs });
    }
    return;
  }
  if ("readValue" in step) {
    results.push(await first(step.readValue).inputValue({ timeout: stepTimeoutMs }));
    return;
  }
  results.push(await first(step.readAttribute).getAttribute(step.name, { timeout: stepTimeoutMs }));
}

/**
 * A webview view is two iframes deep: VS Code's host frame, then the frame holding the
 * extension's document. Other webviews (a Markdown preview, a walkthrough) may be open too:
 * VS Code names the owning extension in the host frame's address.
 */
function rootOf(page: Page, frame: UiFrame): Page | FrameLocator {
  if (frame === "workbench") return page;
  // Hidden ones (another view's, or one VS Code keeps for later) stay in the page: only a visible one is on screen.
  return page.frameLocator('iframe.webview.ready[src*="extensionId=tailor.tailor-writer"] >> visible=true').first().frameLocator("#active-frame");
}

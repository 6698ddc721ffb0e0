import * as vscode from "vscode";
import type { ProductBrief } from "../core/brief";
import { splitFacts, splitKeywords } from "../core/text/splitList";

/** Asks for a brief field by field when nothing is selected. Escape at any step cancels. */
export async function askForBrief(): Promise<ProductBrief | undefined> {
  const total = 5;
  const ask = (step: number, prompt: string, placeHolder: string, required = false) =>
    vscode.window.showInputBox({
      title: `Tailor: Product brief (${step}/${total})`,
      prompt,
      placeHolder,
      ignoreFocusOut: true,
      validateInput: required ? (value) => (value.trim().length === 0 ? "Required" : undefined) : undefined,
    });
  const name = await ask(1, "Product name", "e.g. Merino Trail Sock", true);
  if (name === undefined) return undefined;
  const facts = await ask(2, "Facts, separated by semicolons", "e.g. 70% merino wool; cushioned sole; sizes S–XL", true);
  if (facts === undefined) return undefined;
  const audience = await ask(3, "Audience (optional)", "e.g. hikers and trail runners");
  if (audience === undefined) return undefined;
  const tone = await ask(4, "Tone (optional)", "e.g. friendly and practical");
  if (tone === undefined) return undefined;
  const keywords = await ask(5, "SEO keywords, separated by commas (optional)", "e.g. merino hiking socks, trail socks");
  if (keywords === undefined) return undefined;
  return {
    name: name.trim(),
    facts: splitFacts(facts),
    audience: audience.trim() || undefined,
    tone: tone.trim() || undefined,
    keywords: splitKeywords(keywords),
  };
}

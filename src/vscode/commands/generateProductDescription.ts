import * as vscode from "vscode";
import { BriefError, parseBrief, type ProductBrief } from "../../core/brief";
import type { ProductDescriptionDraft } from "../../core/productDescription/enforceLimits";
import { productDescriptionJob } from "../../core/productDescription/productDescriptionJob";
import { descriptionScorer } from "../../core/scores/copyScorers";
import { askForBrief } from "../briefInput";
import { withBriefLanguage } from "../briefLanguage";
import { readCloudSettings } from "../settings";
import { ensureModelReady } from "../models/modelReadiness";
import type { TailorServices } from "../tailorServices";
import { runStructuredGeneration, type StructuredResult } from "./structuredGeneration";

/** What the command returns, for callers such as tests and other extensions. */
export type GenerateCommandResult = StructuredResult<ProductDescriptionDraft> & { readonly description?: ProductDescriptionDraft };

export async function generateProductDescription(services: TailorServices): Promise<GenerateCommandResult> {
  const brief = await briefFromEditorOrAsk(services);
  if (!brief) return { status: "dismissed" };
  offerLongFormHandOff(services, brief);
  if (!(await ensureModelReady(services))) return { status: "dismissed" };
  const result = await runStructuredGeneration(services, productDescriptionJob(brief), brief, descriptionScorer(brief));
  return { ...result, description: result.draft };
}

/** Small models are weak at long texts: past the threshold, point to the cloud hand-off. */
function offerLongFormHandOff(services: TailorServices, brief: ProductBrief): void {
  const cloud = readCloudSettings();
  if (!brief.words || brief.words <= cloud.longFormThresholdWords) return;
  if (cloud.enabled) {
    services.messages.info(`The brief asks for ${brief.words} words. Small local models write long texts poorly: a cloud model can draft it from this description.`, {
      "Draft Long-Form with LLM": () => vscode.commands.executeCommand("tailor.draftLongForm"),
    });
  } else {
    services.messages.warning(`The brief asks for ${brief.words} words; the local model may struggle past about ${cloud.longFormThresholdWords}. A product description is written now; for long drafts, enable a cloud provider (tailor.llm.enabled).`);
  }
}

/** The brief from the selection, or asked for field by field when nothing is selected. */
export async function briefFromEditorOrAsk(services: TailorServices): Promise<ProductBrief | undefined> {
  const editor = vscode.window.activeTextEditor;
  const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : "";
  if (selected.trim().length === 0) {
    const asked = await askForBrief();
    return asked && withBriefLanguage(asked);
  }
  try {
    return withBriefLanguage(parseBrief(selected));
  } catch (error) {
    if (!(error instanceof BriefError)) throw error;
    services.messages.error(`Tailor could not read the selected brief: ${error.message}`);
    return undefined;
  }
}

import * as vscode from "vscode";
import { BriefError, parseBrief, type ProductBrief } from "../../core/brief";
import { checkClaims } from "../../core/claims/checkClaims";
import { buildLongFormPrompt, longFormKindLabels, longFormKinds, type LongFormKind } from "../../core/longform/longFormPrompt";
import { productDescriptionJob } from "../../core/productDescription/productDescriptionJob";
import type { IndustryProfile } from "../../core/profiles/industryProfile";
import { profileForBrief } from "../../core/profiles/profileForBrief";
import { renderProductDescriptionMarkdown } from "../../core/productDescription/renderMarkdown";
import { CloudError } from "../../cloud/cloudError";
import { createCloudClient } from "../../cloud/createCloudClient";
import { askForBrief } from "../briefInput";
import { confirmSend } from "../cloud/sendConsent";
import { ensureModelReady } from "../models/modelReadiness";
import { logPrompt } from "../promptLog";
import { openMachineSetting } from "../machineSettings";
import { readCloudSettings, readSettings } from "../settings";
import { StreamingDocument } from "../streamingDocument";
import { outcomeNotes } from "../../writing/outcomeNotes";
import { writeCopy } from "../../writing/writeCopy";
import { briefIndustryNote, editorTerms, editorWriteOptions } from "../editorWriting";
import { runCancellable } from "../runCancellable";
import { reportFailure } from "./structuredGeneration";
import type { TailorServices } from "../tailorServices";

export interface DraftArgs {
  readonly kind?: LongFormKind;
}

export interface DraftResult {
  readonly status: "completed" | "incomplete" | "cancelled" | "failed" | "dismissed" | "disabled";
  readonly document?: vscode.Uri;
  readonly text?: string;
  readonly error?: string;
  readonly flagged?: readonly string[];
}

/**
 * "Tailor: Draft Long-Form with LLM": a blog post, landing page, category page or newsletter from
 * a cloud model, expanding the local model's structured description (or the selected text) as
 * its outline. Off unless tailor.llm.enabled; nothing is sent before the user has seen it.
 */
export async function draftLongForm(services: TailorServices, args: DraftArgs = {}): Promise<DraftResult> {
  const cloud = readCloudSettings();
  // The one place that could reach the network checks this before anything else.
  if (!cloud.enabled) {
    services.messages.info("Cloud drafts are off: nothing leaves this machine. Turn on tailor.llm.enabled, choose a provider and model, and run Tailor: Set API Key.", {
      "Open Settings": () => openMachineSetting("tailor.llm"),
    });
    return { status: "disabled" };
  }
  if (!cloud.model) {
    services.messages.error("Set tailor.llm.model to the model the provider should use (for example gpt-4o-mini or claude-3-5-haiku-latest).", {
      "Open Settings": () => openMachineSetting("tailor.llm.model"),
    });
    return { status: "failed", error: "no model" };
  }
  const kind = args.kind ?? (await pickKind());
  if (!kind) return { status: "dismissed" };
  const outline = await outlineFromEditor(services);
  if (!outline) return { status: "dismissed" };
  const apiKey = await services.apiKeys.get(cloud.provider);
  if (!apiKey) {
    services.messages.error(`No API key is set for ${cloud.provider}. Run Tailor: Set API Key.`, { "Set API Key": () => vscode.commands.executeCommand("tailor.setApiKey") });
    return { status: "failed", error: "no key" };
  }
  const messages = buildLongFormPrompt(kind, outline.text, await services.profile.guidance(outline.text, outline.profile));
  if (!(await confirmSend(services.workspaceState, cloud.baseUrl, cloud.model, messages))) return { status: "dismissed" };
  logPrompt(services.log, `long-form ${kind} for ${new URL(cloud.baseUrl).host}`, messages);

  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Tailor: ${longFormKindLabels[kind]} from ${cloud.model}${briefIndustryNote(services, outline.profile)}`, cancellable: true },
    async (progress, token) => {
      const controller = services.generations.start();
      const listener = token.onCancellationRequested(() => controller.abort());
      let text = "";
      const output = await StreamingDocument.open(`> Drafting with ${cloud.model}…\n`);
      try {
        const client = createCloudClient({ provider: cloud.provider, baseUrl: cloud.baseUrl, apiKey, apiVersion: cloud.apiVersion });
        const result = await client.stream(
          { messages, model: cloud.model, maxTokens: 4096, temperature: readSettings().temperature },
          {
            signal: controller.signal,
            onText: (chunk) => {
              text += chunk;
              output.update(text);
              progress.report({ message: `${text.split(/\s+/).filter(Boolean).length} words` });
            },
          },
        );
        return await finishDraft(services, outline.profile, output, result.text, result.complete ? undefined : "Incomplete: the provider ended the stream without saying it was done.");
      } catch (error) {
        if (!(error instanceof CloudError)) throw error;
        const kept = error.partialText ?? text;
        if (error.code === "cancelled") {
          await output.finish(`${kept}\n\n---\n\n> Stopped: cancelled. What arrived is kept above.\n`);
          return { status: "cancelled", document: output.document.uri, text: kept };
        }
        if (error.code === "incomplete" && kept) return finishDraft(services, outline.profile, output, kept, `Incomplete: ${error.message}`);
        await output.finish(`${kept}\n\n---\n\n> Failed: ${error.message}\n`);
        reportCloudError(services, error);
        return { status: "failed", document: output.document.uri, text: kept, error: error.message };
      } finally {
        listener.dispose();
        services.generations.end(controller);
      }
    },
  );
}

/** Checks the draft against the profile's rules, and says in the document what is wrong with it. */
async function finishDraft(services: TailorServices, profile: IndustryProfile, output: StreamingDocument, text: string, incomplete?: string): Promise<DraftResult> {
  const findings = checkClaims(text, await services.profile.rules(profile));
  const notes = [incomplete, findings.length ? `Flagged: ${findings.length} term(s) or claim(s) break the rules of ${profile.displayName}; see the Problems panel.` : undefined].filter(Boolean);
  await output.finish(notes.length ? `${text}\n\n---\n\n> ${notes.join(" ")}\n` : text);
  if (incomplete) services.messages.warning(`${incomplete} What arrived is kept in the document.`);
  return { status: incomplete ? "incomplete" : "completed", document: output.document.uri, text, flagged: findings.map((f) => f.ruleId) };
}

function reportCloudError(services: TailorServices, error: CloudError): void {
  const actions: Record<string, () => unknown> = {};
  if (error.code === "unauthorized") actions["Set API Key"] = () => vscode.commands.executeCommand("tailor.setApiKey");
  if (error.code === "model-not-found" || error.code === "network") actions["Open Settings"] = () => openMachineSetting("tailor.llm");
  services.messages.error(error.message, actions);
}

async function pickKind(): Promise<LongFormKind | undefined> {
  const pick = await vscode.window.showQuickPick(
    longFormKinds.map((longFormKind) => ({ label: longFormKindLabels[longFormKind], longFormKind })),
    { title: "Tailor: Draft Long-Form with LLM", placeHolder: "What should the cloud model write?" },
  );
  return pick?.longFormKind;
}

/** The outline the cloud model expands, and the profile the draft is written and checked with (the brief's industry, else tailor.industry). */
interface Outline {
  readonly text: string;
  readonly profile: IndustryProfile;
}

/**
 * The outline: a selected brief (YAML or JSON) is first turned into a structured description by
 * the local model; any other selected text is the outline as it is. With nothing selected, Tailor
 * asks for a brief.
 */
/**
 * The outline the cloud model expands: the selection as it is, or the local model's product
 * description of a brief, written through the one writing path (checks, rewrite, progress,
 * prompt log), which Cancel and "Tailor: Cancel Generation" stop. Undefined when dismissed,
 * cancelled or failed.
 */
async function outlineFromEditor(services: TailorServices): Promise<Outline | undefined> {
  const editor = vscode.window.activeTextEditor;
  const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection).trim() : "";
  const brief = selected ? structuredBrief(selected) : await askForBrief();
  if (selected && !brief) return { text: selected, profile: services.profile.profile };
  if (!brief) return undefined;
  if (!(await ensureModelReady(services))) return undefined;
  const job = productDescriptionJob(brief);
  const profile = profileForBrief(brief, services.profile.profile);
  return runCancellable<Outline | undefined>(
    services,
    {
      title: "Tailor: Outline for the long-form draft",
      run: async (progress, signal) => {
        const outcome = await writeCopy(services.engine, job, {
          ...(await editorWriteOptions(services, { briefText: job.briefText, brief }, " (long-form outline)", profile)),
          signal,
          onLoading: () => progress.report({ message: `Loading the model (${services.engine.state.modelName ?? "from tailor.model"})…` }),
          onWriting: () => progress.report({ message: "Writing the outline with the local model…" }),
        });
        if (outcome.status === "cancelled") return undefined;
        if (outcome.findings.length > 0) {
          services.messages.warning(`${outcomeNotes(outcome, editorTerms, 0).flagged} The cloud draft is checked again.`);
        }
        return { text: renderProductDescriptionMarkdown(outcome.draft), profile };
      },
      failed: () => undefined,
    },
    (error) => reportFailure(services, error),
  );
}

/** A brief only when the text is written as one (JSON, or YAML with the brief's keys). */
function structuredBrief(text: string): ProductBrief | undefined {
  if (!text.startsWith("{") && !/^\s*(name|facts)\s*:/im.test(text)) return undefined;
  try {
    return parseBrief(text);
  } catch (error) {
    if (error instanceof BriefError) return undefined;
    throw error;
  }
}

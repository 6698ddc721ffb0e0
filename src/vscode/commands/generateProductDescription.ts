import * as vscode from "vscode";
import { BriefError, parseBrief, type ProductBrief } from "../../core/brief";
import { parsePartialJson } from "../../core/partialJson";
import { enforceLimits, missingSections, type ProductDescriptionDraft } from "../../core/productDescription/enforceLimits";
import { draftFromJson } from "../../core/productDescription/fromJson";
import { buildProductDescriptionPrompt } from "../../core/productDescription/prompt";
import { renderProductDescriptionMarkdown } from "../../core/productDescription/renderMarkdown";
import { productDescriptionJsonSchema } from "../../core/productDescription/schema";
import { EngineError, type GenerationResult } from "../../engine/engineTypes";
import { askForBrief } from "../briefInput";
import { ensureModelReady } from "../models/modelReadiness";
import { logPrompt } from "../promptLog";
import { readSettings } from "../settings";
import { StreamingDocument } from "../streamingDocument";
import type { TailorServices } from "../tailorServices";

/** What the command returns, for callers such as tests and other extensions. */
export interface GenerateCommandResult {
  readonly status: "completed" | "cancelled" | "incomplete" | "failed" | "dismissed";
  readonly document?: vscode.Uri;
  readonly description?: ProductDescriptionDraft;
  readonly tokens?: number;
  readonly error?: string;
}

export async function generateProductDescription(services: TailorServices): Promise<GenerateCommandResult> {
  const brief = await briefFromEditorOrAsk(services);
  if (!brief) return { status: "dismissed" };
  if (!(await ensureModelReady(services))) return { status: "dismissed" };
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: "Tailor", cancellable: true },
    (progress, token) => runGeneration(services, brief, progress, token),
  );
}

async function briefFromEditorOrAsk(services: TailorServices): Promise<ProductBrief | undefined> {
  const editor = vscode.window.activeTextEditor;
  const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : "";
  if (selected.trim().length === 0) return askForBrief();
  try {
    return parseBrief(selected);
  } catch (error) {
    if (!(error instanceof BriefError)) throw error;
    services.messages.error(`Tailor could not read the selected brief: ${error.message}`);
    return undefined;
  }
}

async function runGeneration(
  services: TailorServices,
  brief: ProductBrief,
  progress: vscode.Progress<{ message?: string }>,
  token: vscode.CancellationToken,
): Promise<GenerateCommandResult> {
  const settings = readSettings();
  const controller = services.generations.start();
  const cancelListener = token.onCancellationRequested(() => controller.abort());
  const stream = new DraftStream();
  let output: StreamingDocument | undefined;
  let opening: Promise<StreamingDocument> | undefined;
  let tokens = 0;
  progress.report({ message: "Starting…" });
  const messages = buildProductDescriptionPrompt(brief);
  logPrompt(services.log, "product description", messages);
  try {
    const result = await services.engine.generate(
      {
        messages,
        jsonSchema: productDescriptionJsonSchema,
        maxTokens: settings.maxTokens,
        temperature: settings.temperature,
      },
      {
        priority: "user",
        signal: controller.signal,
        onLoading: () => progress.report({ message: `Loading the model (${services.engine.state.modelName ?? "from tailor.model"})…` }),
        onText: (chunk) => {
          tokens++;
          const markdown = renderProductDescriptionMarkdown(stream.add(chunk), "Writing…");
          // Opened on the first text, so a model that fails to load leaves no empty document.
          opening ??= StreamingDocument.open(markdown).then((document) => (output = document));
          output?.update(markdown);
          if (tokens % 8 === 1) progress.report({ message: `Writing… (${stream.text.length} characters)` });
        },
      },
    );
    return await finish(services, result, stream, await (opening ?? StreamingDocument.open("")));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const document = await opening;
    await document?.finish(renderProductDescriptionMarkdown(stream.draft, `Failed: ${message}`));
    reportFailure(services, error);
    return { status: "failed", error: message, document: document?.document.uri };
  } finally {
    cancelListener.dispose();
    services.generations.end(controller);
  }
}

async function finish(
  services: TailorServices,
  result: GenerationResult,
  stream: DraftStream,
  document: StreamingDocument,
): Promise<GenerateCommandResult> {
  const draft = stream.finalDraft(result.text);
  const missing = missingSections(draft);
  let footer: string | undefined;
  let status: GenerateCommandResult["status"] = "completed";
  if (result.stopReason === "cancelled") {
    status = "cancelled";
    footer = `Stopped: cancelled after ${result.tokens} tokens. What the model had written is kept above.`;
  } else if (missing.length > 0) {
    status = "incomplete";
    footer =
      result.stopReason === "maxTokens"
        ? `Incomplete: the model reached tailor.generation.maxTokens (${readSettings().maxTokens}) before writing ${missing.join(", ")}. Raise the setting and generate again.`
        : `Incomplete: the model did not write ${missing.join(", ")}.`;
  }
  await document.finish(renderProductDescriptionMarkdown(draft, footer));
  services.log.info(`Product description ${status}: ${result.tokens} tokens in ${Math.round(result.timings.totalMs)} ms with ${result.model.name}.`);
  if (status === "incomplete" && footer) services.messages.warning(footer);
  return { status, document: document.document.uri, description: draft, tokens: result.tokens };
}

function reportFailure(services: TailorServices, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const selectModel = () => vscode.commands.executeCommand("tailor.selectModel");
  const showLog = () => services.log.show(true);
  if (error instanceof EngineError && error.code === "insufficientMemory" && error.suggestedModelId) {
    const smaller = error.suggestedModelId;
    services.messages.error(message, {
      [`Use ${smaller}`]: () => vscode.workspace.getConfiguration("tailor").update("model", smaller, vscode.ConfigurationTarget.Global),
      "Select Model": selectModel,
    });
  } else if (error instanceof EngineError && ["invalidModel", "noModel", "loadFailed", "insufficientMemory"].includes(error.code)) {
    services.messages.error(message, { "Select Model": selectModel, "Show Log": showLog });
  } else {
    services.messages.error(message, { "Show Log": showLog });
  }
}

/** Turns the streamed JSON into the newest best-effort draft, keeping the last good one on a parse error. */
class DraftStream {
  text = "";
  draft: ProductDescriptionDraft = {};

  add(chunk: string): ProductDescriptionDraft {
    this.text += chunk;
    try {
      this.draft = enforceLimits(draftFromJson(parsePartialJson(this.text)));
    } catch {
      // The model wrote something that is not JSON (possible without a grammar): keep the last draft.
    }
    return this.draft;
  }

  finalDraft(finalText: string): ProductDescriptionDraft {
    this.text = finalText;
    this.add("");
    if (Object.keys(this.draft).length === 0 && finalText.trim().length > 0) {
      return enforceLimits({ body: [finalText.trim()] });
    }
    return this.draft;
  }
}

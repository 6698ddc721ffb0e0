import * as vscode from "vscode";
import { languageName, languageNames, parseLanguageList } from "../../core/translation/languages";
import { translateText, translationGlossary } from "../../writing/translateCopy";
import { editorWriteOptions } from "../editorWriting";
import { ensureModelReady } from "../models/modelReadiness";
import { runCancellable } from "../runCancellable";
import type { TailorServices } from "../tailorServices";

export interface TranslateArgs {
  /** A two-letter code (de, fr, es…); asked for when absent. */
  readonly language?: string;
}

export interface TranslateResult {
  readonly status: "written" | "cancelled" | "failed" | "dismissed";
  readonly text?: string;
  /** The new document holding the translation. */
  readonly uri?: string;
  readonly flagged?: readonly string[];
  readonly error?: string;
}

/**
 * "Tailor: Translate Copy": the selection, or the whole document, in another language on the local
 * model, through the one writing path with the claims check, the source's numbers and the brand's
 * "do not translate" terms. The translation opens as a new document beside the original, which
 * stays as it was.
 */
export async function translateCopy(services: TailorServices, args: TranslateArgs = {}): Promise<TranslateResult> {
  const editor = vscode.window.activeTextEditor;
  const source = editor ? (editor.selection.isEmpty ? editor.document.getText() : editor.document.getText(editor.selection)) : "";
  if (!editor || !source.trim()) {
    services.messages.info("Open or select the copy to translate first.");
    return { status: "dismissed" };
  }
  let language: string | undefined;
  try {
    language = args.language ? parseLanguageList(args.language)[0] : await pickLanguage();
  } catch (error) {
    services.messages.error(error instanceof Error ? error.message : String(error));
    return { status: "failed", error: error instanceof Error ? error.message : String(error) };
  }
  if (!language) return { status: "dismissed" };
  if (!(await ensureModelReady(services))) return { status: "dismissed" };
  const chosen = language;
  const languageId = editor.document.languageId;

  return runCancellable<TranslateResult>(
    services,
    {
      title: `Tailor: Translating into ${languageName(chosen)}`,
      run: async (progress, signal) => {
        // The profile's guidance is for writing: a translation has its own rules, and translateText sets them.
        const outcome = await translateText(services.engine, source, chosen, {
          ...(await editorWriteOptions(services, { briefText: source }, ", translation")),
          glossary: translationGlossary(await services.profile.glossary()),
          signal,
          onDraft: (soFar) => progress.report({ message: `Writing… (${soFar.length} characters)` }),
        });
        if (outcome.status === "cancelled") return { status: "cancelled" };
        if (!outcome.draft) {
          services.messages.warning("The model wrote nothing to translate into; nothing was opened.");
          return { status: "failed", error: "empty" };
        }
        const document = await vscode.workspace.openTextDocument({ content: outcome.draft, language: languageId });
        await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
        const flagged = outcome.findings.map((finding) => `${finding.id}: "${finding.text}"`);
        if (flagged.length > 0) services.messages.warning(`The ${languageName(chosen)} translation needs review: ${flagged.join("; ")}.`);
        return { status: "written", text: outcome.draft, uri: document.uri.toString(), flagged };
      },
      failed: (_error, message) => ({ status: "failed", error: message }),
    },
    (error) => services.messages.error(`Tailor could not translate: ${error instanceof Error ? error.message : String(error)}`),
  );
}

async function pickLanguage(): Promise<string | undefined> {
  const pick = await vscode.window.showQuickPick(
    Object.entries(languageNames)
      .filter(([code]) => code !== "en")
      .map(([code, name]) => ({ label: name, description: code, code })),
    { title: "Tailor: Translate Copy", placeHolder: "Into which language?" },
  );
  return pick?.code;
}

import * as path from "node:path";
import * as vscode from "vscode";
import { scoreOptionsFor } from "../../core/scores/briefScoreOptions";
import type { DocumentFormat } from "../../core/scores/documentParts";
import { scoreDocument, scoreReadabilityOf, type DocumentScore } from "../../core/scores/scoreDocument";
import { scoresMarkdown } from "../../core/scores/scoresMarkdown";
import type { TailorServices } from "../tailorServices";
import { ScoreReports } from "./scoreReports";

/** Lets keybindings and tests give the keyphrase instead of being asked for it. */
export interface ScoreCopyArgs {
  readonly keyphrase?: string;
}

/** What the command returns, for callers such as tests and other extensions. */
export interface ScoreCopyResult {
  readonly status: "scored" | "dismissed" | "noDocument";
  readonly score?: DocumentScore;
  readonly keyphrase?: string;
  readonly report?: vscode.Uri;
}

const formats: Readonly<Record<string, DocumentFormat>> = { markdown: "markdown", html: "html", plaintext: "plaintext" };

/**
 * "Tailor: Score Copy": readability and SEO scores for the active document. A document Tailor
 * wrote uses its brief's first keyword as the keyphrase; any other asks for one once (empty for
 * readability only).
 */
export async function scoreCopy(services: TailorServices, reports: ScoreReports, args: ScoreCopyArgs = {}): Promise<ScoreCopyResult> {
  const document = vscode.window.activeTextEditor?.document;
  const format = document && document.uri.scheme !== ScoreReports.scheme && Object.hasOwn(formats, document.languageId) ? formats[document.languageId] : undefined;
  if (!document || !format) {
    services.messages.info(`Open a Markdown, HTML or plain-text document to score its copy${document ? `; this one is ${document.languageId}` : ""}.`);
    return { status: "noDocument" };
  }
  const brief = services.grounding.briefFor(document.uri);
  const fromBrief = args.keyphrase === undefined && brief !== undefined;
  const keyphrase = args.keyphrase ?? (brief ? scoreOptionsFor(brief).keyphrase : await keyphraseOnce(reports, document.uri));
  if (keyphrase === undefined) return { status: "dismissed" };

  const text = document.getText();
  const score = keyphrase ? scoreDocument(text, format, { keyphrase }) : scoreReadabilityOf(text, format);
  const report = await reports.show(document, reportMarkdown(document, score, keyphrase, fromBrief));
  const problems = [...score.readability.checks, ...score.seo].filter((check) => check.status === "problem").length;
  services.messages.info(`Score ${score.score}/100${problems > 0 ? `, ${problems} problem${problems === 1 ? "" : "s"} to fix` : ""}: see the scores beside the document.`);
  return { status: "scored", score, keyphrase, report };
}

/** The keyphrase typed for this document earlier in the session, or asked for now. */
async function keyphraseOnce(reports: ScoreReports, document: vscode.Uri): Promise<string | undefined> {
  const known = reports.keyphraseFor(document);
  if (known !== undefined) return known;
  const typed = await vscode.window.showInputBox({
    title: "Tailor: Score Copy",
    prompt: "The keyphrase the copy should rank for, such as \"merino hiking socks\". Leave it empty to score readability only.",
    placeHolder: "Keyphrase (optional)",
    ignoreFocusOut: true,
  });
  if (typed !== undefined) reports.rememberKeyphrase(document, typed.trim());
  return typed?.trim();
}

function reportMarkdown(document: vscode.TextDocument, score: DocumentScore, keyphrase: string, fromBrief: boolean): string {
  const name = document.isUntitled ? document.uri.path : path.basename(document.uri.fsPath);
  const phrase = keyphrase ? `Keyphrase: "${keyphrase}"${fromBrief ? " (the brief's first keyword)" : ""}.` : "No keyphrase: readability only.";
  const notes = score.notFound.length > 0 ? [`No ${score.notFound.join(", ")} found in the document, so their checks were left out.`] : [];
  return [`# Scores of ${name}`, "", phrase, "", scoresMarkdown(score, notes)].join("\n");
}

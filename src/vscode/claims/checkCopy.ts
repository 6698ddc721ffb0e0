import * as vscode from "vscode";
import type { TailorServices } from "../tailorServices";
import { checkedLanguages, type ClaimDiagnostics } from "./claimDiagnostics";

/** "Tailor: Check Copy": checks the active document now and says what it found. */
export async function checkCopy(services: TailorServices, diagnostics: ClaimDiagnostics): Promise<number> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) {
    services.messages.info("Open a document to check its copy.");
    return 0;
  }
  if (!checkedLanguages.includes(document.languageId)) {
    services.messages.info(`Tailor checks Markdown, plain text and HTML; this document is ${document.languageId}.`);
    return 0;
  }
  const findings = await diagnostics.check(document);
  const profile = services.profile.profile.displayName;
  if (findings.length === 0) {
    services.messages.info(`No banned terms or claims for ${profile} in this document.`);
  } else {
    services.messages.warning(`${findings.length} term(s) or claim(s) to fix for ${profile}. Each has a quick fix.`, {
      "Show Problems": () => vscode.commands.executeCommand("workbench.actions.view.problems"),
    });
  }
  return findings.length;
}

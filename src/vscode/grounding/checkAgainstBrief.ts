import * as vscode from "vscode";
import { BriefError, parseBrief, type ProductBrief } from "../../core/brief";
import { askForBrief } from "../briefInput";
import type { TailorServices } from "../tailorServices";

export interface CheckAgainstBriefArgs {
  /** A brief given directly (tests, other extensions); otherwise the user picks one. */
  readonly brief?: ProductBrief;
}

type BriefPick = vscode.QuickPickItem & { readonly brief?: ProductBrief; readonly from?: "file" | "typed" };

/**
 * "Tailor: Check Copy Against Brief": marks what the active document (or its selection) says that
 * a brief the user picks does not back. Returns how many statements were marked.
 */
export async function checkAgainstBrief(services: TailorServices, args: CheckAgainstBriefArgs = {}): Promise<number | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    services.messages.info("Open the copy to check first, then run Tailor: Check Copy Against Brief.");
    return undefined;
  }
  const brief = args.brief ?? (await pickBrief(editor.document));
  if (!brief) return undefined;
  const selection = editor.selection.isEmpty ? undefined : editor.selection;
  const all = await services.grounding.track(editor.document, brief);
  const findings = selection
    ? all.filter((finding) => selection.contains(editor.document.positionAt(finding.start)) && selection.contains(editor.document.positionAt(finding.end)))
    : all;
  const where = selection ? "The selection" : "This document";
  if (findings.length === 0) {
    services.messages.info(`${where} states nothing that the brief for ${brief.name} does not back.`);
  } else {
    services.messages.warning(`${where} states ${findings.length} thing(s) the brief for ${brief.name} does not back. Each is marked, with a quick fix.`, {
      "Show Problems": () => vscode.commands.executeCommand("workbench.actions.view.problems"),
    });
  }
  return findings.length;
}

/** Briefs in other open editors first, then a file, then typing one in. */
async function pickBrief(checked: vscode.TextDocument): Promise<ProductBrief | undefined> {
  const items: BriefPick[] = [];
  for (const document of vscode.workspace.textDocuments) {
    if (document === checked || document.uri.scheme === "output") continue;
    const brief = briefIn(document.getText());
    if (brief) items.push({ label: brief.name || "(unnamed product)", description: vscode.workspace.asRelativePath(document.uri), brief });
  }
  items.push({ label: "$(file) Choose a brief file…", from: "file" }, { label: "$(edit) Type the facts…", from: "typed" });
  const pick = await vscode.window.showQuickPick(items, { title: "Tailor: Check Copy Against Brief", placeHolder: "The brief whose facts the copy must stick to" });
  if (!pick) return undefined;
  if (pick.brief) return pick.brief;
  if (pick.from === "typed") return askForBrief();
  const [file] = (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { Briefs: ["yaml", "yml", "json", "md", "txt"] }, openLabel: "Use This Brief" })) ?? [];
  if (!file) return undefined;
  const brief = briefIn(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
  if (!brief) vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(file)} is not a brief: it needs a name and facts.`);
  return brief;
}

function briefIn(text: string): ProductBrief | undefined {
  try {
    const brief = parseBrief(text);
    return brief.facts.length > 0 ? brief : undefined;
  } catch (error) {
    if (error instanceof BriefError) return undefined;
    throw error;
  }
}

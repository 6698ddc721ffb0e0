import * as vscode from "vscode";
import type { ProductBrief } from "../core/brief";
import { languageCode } from "../core/translation/languages";

/** The brief in tailor.brief.language when it names none itself: a brief's own `language:` wins. */
export function withBriefLanguage(brief: ProductBrief): ProductBrief {
  if (brief.language) return brief;
  const code = languageCode(vscode.workspace.getConfiguration("tailor.brief").get<string>("language", ""));
  return code && code !== "en" ? { ...brief, language: code } : brief;
}

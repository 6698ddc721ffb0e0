import * as vscode from "vscode";
import type { ClaimRule } from "../../core/claims/claimRule";
import { claimInSuggestion, gateCompletion } from "../../core/inline/completionGates";
import { ghostTextRequest } from "../../core/inline/ghostTextRequest";
import { insideMarkdownCodeBlock } from "../../core/inline/promptWindow";
import { SuggestionCache } from "../../core/inline/suggestionCache";
import type { EngineClient } from "../../engine/engineClient";
import { readInlineSettings } from "../settings";

/** Counters the extension's API reports, so tests can see what ghost text really did. */
export interface InlineStats {
  requests: number;
  suggestions: number;
  fromCache: number;
  /** Requests whose CancellationToken fired before the model finished: stale, and stopped. */
  cancelled: number;
  /** Times the cursor was inside a Markdown code block, so no model was asked. */
  declinedInCode: number;
  /** Suggestions the model wrote and Tailor withheld because they would have written a claim. */
  declinedClaims: number;
  /** The last suggestion shown, from the model or the cache. */
  lastSuggestion?: string;
}

const maxSuffixChars = 500;
/** Past this size a document is data, not prose, and ghost text stays off. */
const maxDocumentChars = 1_000_000;

/** Ghost text for prose, from the local model's raw completion. */
export class ProseCompletionProvider implements vscode.InlineCompletionItemProvider {
  private readonly cache = new SuggestionCache();
  readonly stats: InlineStats = { requests: 0, suggestions: 0, fromCache: 0, cancelled: 0, declinedInCode: 0, declinedClaims: 0 };

  constructor(
    private readonly engine: EngineClient,
    private readonly log: vscode.LogOutputChannel,
    /** The industry profile's and brand's guidance; the default profile's while it is not known. */
    private readonly guidance: () => string | undefined = () => undefined,
    /** The rules the claims diagnostics check with: a suggestion that breaks one is not shown. */
    private readonly claimRules: () => Promise<readonly ClaimRule[]> = async () => [],
  ) {}

  async provideInlineCompletionItems(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.InlineCompletionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.InlineCompletionItem[] | undefined> {
    const settings = readInlineSettings();
    if (!settings.enabled || !settings.languages.includes(document.languageId)) return undefined;
    // Ghost text never triggers a download or a first-run prompt: only a model that is ready.
    if (!this.engine.state.modelPath) return undefined;
    const end = document.lineAt(document.lineCount - 1).range.end;
    if (document.offsetAt(end) > maxDocumentChars) return undefined;
    const before = document.getText(new vscode.Range(new vscode.Position(0, 0), position));
    if (document.languageId === "markdown" && insideMarkdownCodeBlock(before)) {
      this.stats.declinedInCode++;
      return undefined;
    }
    if (before.trim().length === 0) return undefined;
    const suffix = document.getText(new vscode.Range(position, document.positionAt(document.offsetAt(position) + maxSuffixChars)));
    const { window, completion } = ghostTextRequest(before, suffix, settings.maxTokens, this.guidance());

    const cached = this.cache.get(window, suffix);
    if (cached !== undefined) {
      this.stats.fromCache++;
      this.stats.lastSuggestion = cached;
      return [this.item(cached, position)];
    }
    if (context.triggerKind === vscode.InlineCompletionTriggerKind.Automatic && settings.debounceMs > 0) {
      await debounce(settings.debounceMs, token);
      if (token.isCancellationRequested) return undefined;
    }

    const controller = new AbortController();
    // The token fires when the user types on: the engine carries the abort into the worker,
    // where the model stops computing.
    const subscription = token.onCancellationRequested(() => controller.abort());
    this.stats.requests++;
    try {
      const result = await this.engine.complete(completion, { priority: "background", signal: controller.signal });
      if (result.stopReason === "cancelled" || token.isCancellationRequested) {
        this.stats.cancelled++;
        return undefined;
      }
      const suggestion = gateCompletion(before, result.text, { multiline: settings.multiline, hitTokenLimit: result.stopReason === "maxTokens" });
      if (suggestion === undefined) return undefined;
      const claim = claimInSuggestion(before, suggestion, await this.claimRules());
      if (claim) {
        this.stats.declinedClaims++;
        this.log.debug(`Ghost text withheld: "${claim.matchedText}" (${claim.ruleId}).`);
        return undefined;
      }
      this.cache.set(window, suffix, suggestion);
      this.stats.suggestions++;
      this.stats.lastSuggestion = suggestion;
      return [this.item(suggestion, position)];
    } catch (error) {
      this.log.debug(`Ghost text request failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    } finally {
      subscription.dispose();
    }
  }

  clearCache(): void {
    this.cache.clear();
  }

  private item(text: string, position: vscode.Position): vscode.InlineCompletionItem {
    return new vscode.InlineCompletionItem(text, new vscode.Range(position, position));
  }
}

/** Waits out a burst of keystrokes; a new keystroke cancels the token and ends the wait early. */
function debounce(ms: number, token: vscode.CancellationToken): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    const subscription = token.onCancellationRequested(done);
    function done() {
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    }
  });
}

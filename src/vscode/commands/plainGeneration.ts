import type { ChatMessage } from "../../core/chat";
import { checkClaims, type ClaimFinding } from "../../core/claims/checkClaims";
import type { GenerationResult } from "../../engine/engineTypes";
import { logPrompt } from "../promptLog";
import { readSettings } from "../settings";
import type { TailorServices } from "../tailorServices";

export interface PlainOutcome {
  readonly result: GenerationResult;
  readonly text: string;
  /** Rules the text still breaks after one rewrite. */
  readonly findings: readonly ClaimFinding[];
}

/**
 * A plain-text generation (rewrites, personalised variants), checked against the profile's rules:
 * text that breaks one is written again once with the rules stated; what still breaks is reported.
 */
export async function generateCheckedText(
  services: TailorServices,
  label: string,
  buildMessages: (guidance: string, mustAvoid: readonly string[] | undefined) => ChatMessage[],
  briefText: string,
  signal: AbortSignal,
  onText?: (textSoFar: string) => void,
): Promise<PlainOutcome> {
  const settings = readSettings();
  const guidance = await services.profile.guidance(briefText);
  const rules = await services.profile.rules();
  let mustAvoid: string[] | undefined;
  for (let attempt = 1; ; attempt++) {
    const messages = buildMessages(guidance, mustAvoid);
    logPrompt(services.log, `${label}, ${services.profile.profile.displayName}${attempt > 1 ? ", retry" : ""}`, messages);
    let soFar = "";
    const result = await services.engine.generate(
      { messages, maxTokens: settings.maxTokens, temperature: settings.temperature },
      { priority: "user", signal, onText: (chunk) => onText?.((soFar += chunk)) },
    );
    const text = result.text.trim();
    const findings = result.stopReason === "cancelled" ? [] : checkClaims(text, rules);
    if (findings.length > 0 && attempt === 1) {
      mustAvoid = [...new Set(findings.map((finding) => `"${finding.matchedText}": ${finding.reason}`))];
      continue;
    }
    return { result, text, findings };
  }
}

import type { LlamaModel, Token } from "node-llama-cpp" with { "resolution-mode": "import" };

/**
 * node-llama-cpp detokenizes a raw completion's first tokens on their own, without the prompt
 * before them. A SentencePiece vocabulary that adds a space prefix (llama-style "▁" pieces) then
 * drops the space that begins the first word: "light and" + "▁breathable" came back as
 * "breathable", and ghost text glued it on ("andbreathable"). Detokenizing the first tokens after
 * the prompt's last ones, as llama.cpp does in the middle of a text, gives the space back; with
 * byte-level BPE ("Ġ") or a vocabulary without the prefix both ways agree and nothing changes.
 */
export class LeadingSpaceKeeper {
  /** The whitespace the first tokens lost; undefined until they arrive. */
  private lost: string | undefined;
  private firstChunkSent = false;

  constructor(
    private readonly model: LlamaModel,
    private readonly promptTokens: readonly Token[],
  ) {}

  /** Called with every batch of generated tokens, before their text. */
  seeTokens(tokens: readonly Token[]): void {
    if (this.lost !== undefined) return;
    const alone = this.model.detokenize(tokens);
    const afterPrompt = this.model.detokenize(tokens, false, this.promptTokens);
    const lost = afterPrompt.slice(0, afterPrompt.length - alone.length);
    this.lost = afterPrompt.endsWith(alone) && /^\s+$/.test(lost) ? lost : "";
  }

  /** A streamed chunk, with the lost whitespace in front of the first one. */
  chunk(text: string): string {
    if (this.firstChunkSent) return text;
    this.firstChunkSent = true;
    return (this.lost ?? "") + text;
  }

  /** The whole response, with the lost whitespace in front. */
  response(text: string): string {
    return text.length > 0 ? (this.lost ?? "") + text : text;
  }
}

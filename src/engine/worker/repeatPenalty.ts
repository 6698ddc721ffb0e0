import type { LlamaChatSessionRepeatPenalty, LlamaModel, Token } from "node-llama-cpp" with { "resolution-mode": "import" };

/**
 * How far back a repeat counts, in generated tokens. A frequency penalty grows with each repeat
 * in the window, so it breaks loops ("100 g 100 g 100 g") and barely touches a word used twice.
 * node-llama-cpp's default sends no penalty at all (a factor of 1); a factor penalty (1.15), which
 * punishes any reuse, sent SmolLM2-135M to maxTokens in 3 of 6 descriptions. The figures are in
 * bench/README.md ("One change at a time").
 */
export const windowTokens = 64;

/**
 * Characters that make up the JSON the grammar asks for, and sentence punctuation. A token that
 * holds one is never penalised: a penalised closing quote or comma would keep a string running
 * past its end, and a penalised full stop would turn sentences into run-ons.
 */
const structural = /["{}[\]:,.!?;\\]|^\s*$/;

/** Per model: whether each token seen so far is structural, so each is detokenized once. */
const exemptByModel = new WeakMap<LlamaModel, Map<Token, boolean>>();

function exemptionOf(model: LlamaModel): (token: Token) => boolean {
  let known = exemptByModel.get(model);
  if (!known) exemptByModel.set(model, (known = new Map()));
  return (token: Token) => {
    let result = known.get(token);
    if (result === undefined) known.set(token, (result = structural.test(model.detokenize([token]))));
    return result;
  };
}

/** A frequency penalty for one chat on `model`, with the structural tokens filtered out of what it punishes. */
export function repeatPenaltyFor(model: LlamaModel, frequencyPenalty: number): LlamaChatSessionRepeatPenalty {
  const exempt = exemptionOf(model);
  return {
    penalty: 1,
    frequencyPenalty,
    lastTokens: windowTokens,
    penalizeNewLine: false,
    punishTokensFilter: (tokens: Token[]) => tokens.filter((token) => !exempt(token)),
  };
}

const exemptTables = new WeakMap<LlamaModel, Uint8Array>();

/**
 * What the penalty above leaves out, as a table over the whole vocabulary for Tailor's native chat
 * loop: 1 for each structural token, and for the newline token, which node-llama-cpp leaves out
 * itself where penalizeNewLine is false. Built once per model.
 */
export function penaltyExemptTable(model: LlamaModel, vocabularySize: number): Uint8Array {
  let table = exemptTables.get(model);
  if (table) return table;
  const exempt = exemptionOf(model);
  table = new Uint8Array(vocabularySize);
  for (let token = 0; token < vocabularySize; token++) table[token] = exempt(token as Token) ? 1 : 0;
  const newline = model.tokens.nl;
  if (newline !== null && newline < vocabularySize) table[newline] = 1;
  exemptTables.set(model, table);
  return table;
}

// The sampler chain node-llama-cpp's AddonSampler builds for the options Tailor passes, in its
// order: the repeat penalty, then greedy at temperature 0, or else top-k, top-p, min-p,
// temperature and a seeded draw. A seed so writes the same tokens in Tailor's loops as in
// node-llama-cpp's (test/unit/engine/nativeCompletion.test.ts, nativeChat.test.ts).
#pragma once

#include <cstdint>
#include "llama.h"

struct SamplingOptions {
    float temperature = 0.0f;
    int32_t topK = 40;
    float topP = 0.95f;
    float minP = 0.0f;
    uint32_t seed = 0;
    // 0 leaves the penalty out; otherwise it is the chain's first sampler, over penaltyWindow tokens.
    float frequencyPenalty = 0.0f;
    int32_t penaltyWindow = 64;
};

inline llama_sampler * newSamplerChain(const llama_vocab * vocab, const SamplingOptions & options) {
    llama_sampler * chain = llama_sampler_chain_init(llama_sampler_chain_default_params());
    if (options.frequencyPenalty != 0.0f && options.penaltyWindow > 0) {
        llama_sampler_chain_add(chain, llama_sampler_init_penalties(llama_vocab_n_tokens(vocab), options.penaltyWindow, 1.0f, options.frequencyPenalty, 0.0f));
    }
    if (options.temperature <= 0.0f) {
        llama_sampler_chain_add(chain, llama_sampler_init_greedy());
        return chain;
    }
    const int32_t vocabSize = llama_vocab_n_tokens(vocab);
    llama_sampler_chain_add(chain, llama_sampler_init_top_k(options.topK <= 0 ? vocabSize : (options.topK < vocabSize ? options.topK : vocabSize)));
    if (options.topP >= 0.0f && options.topP <= 1.0f) llama_sampler_chain_add(chain, llama_sampler_init_top_p(options.topP, 1));
    if (options.minP > 0.0f) llama_sampler_chain_add(chain, llama_sampler_init_min_p(options.minP, 1));
    llama_sampler_chain_add(chain, llama_sampler_init_temp(options.temperature));
    llama_sampler_chain_add(chain, llama_sampler_init_dist(options.seed));
    return chain;
}

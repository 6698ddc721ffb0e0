// Tailor's chat loop, in native code: every chat sequence that is generating (a command's chat,
// or the lanes of a catalog run) is decoded in one batch, then each lane samples its next token
// with its own chain, grammar and repeat penalty, on a thread of its own.
//
// Why it exists (bench/README.md, section 19): node-llama-cpp's chat loop runs its stop
// detectors, stream regulator, segment handler and penalty bookkeeping in JavaScript for every
// token of every lane, and each lane's decode and sampling are two trips to libuv's pool, which
// kept catalog lanes at 0.79-0.85 of llama-batched-bench's aggregate tokens a second.
//
// Prompts are still read by node-llama-cpp (so its records of what each sequence holds stay
// true, and its prefix reuse keeps working); this loop only generates, and takes what it decoded
// out of the KV cache again when a lane ends, as the completion loop does. node-llama-cpp must not
// decode on the same context meanwhile: the worker pauses this loop around each of its own
// decodes (pause() resolves once no step is under way, and no step starts until resume()).
//
// Sampling follows node-llama-cpp's AddonSampler (samplerChain.h), grammar included: the chain
// picks a token, the grammar checks only that token, and only if it refuses is the grammar
// applied to every candidate and the chain run again. The penalty counts the last `penaltyWindow`
// generated tokens less those `exempt` marks, as Tailor's punishTokensFilter does
// (src/engine/worker/repeatPenalty.ts).

#include <atomic>
#include <cmath>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "chatLanes.h"
#include "loopEvents.h"
#include "nodeLlamaCppObjects.h"
#include "samplerChain.h"

namespace {

struct Lane {
    int32_t id = 0;
    int32_t sequenceId = 0;
    int32_t start = 0;
    int32_t position = 0;
    llama_token input = LLAMA_TOKEN_NULL;
    int32_t maxTokens = 0;
    int32_t penaltyWindow = 64;
    llama_sampler * chain = nullptr;
    llama_sampler * penalties = nullptr;  // the chain's first sampler, where there is a penalty
    llama_sampler * grammar = nullptr;
    std::vector<uint8_t> exempt;
    std::vector<llama_token> generated;
    std::shared_ptr<std::atomic<bool>> aborted;
    int32_t batchIndex = -1;
    // One per lane, so that only a lane under way keeps the worker's event loop alive.
    Napi::ThreadSafeFunction events;

    ~Lane() {
        if (chain != nullptr) llama_sampler_free(chain);
        if (grammar != nullptr) llama_sampler_free(grammar);
    }
};

struct Event {
    EventKind kind;
    int32_t lane = 0;
    llama_token token = LLAMA_TOKEN_NULL;
    std::string reason;
    int32_t decodedUntil = 0;
    std::vector<Napi::Promise::Deferred> paused;
};

class ChatLanes : public Napi::ObjectWrap<ChatLanes> {
  public:
    static Napi::Function Define(Napi::Env env) {
        return DefineClass(env, "ChatLanes",
                           {InstanceMethod("add", &ChatLanes::Add), InstanceMethod("abort", &ChatLanes::Abort), InstanceMethod("pause", &ChatLanes::Pause),
                            InstanceMethod("resume", &ChatLanes::Resume), InstanceMethod("dispose", &ChatLanes::Dispose),
                            InstanceMethod("vocabularySize", &ChatLanes::VocabularySize)});
    }

    // new ChatLanes(addonContext, addonModel, contextSize)
    ChatLanes(const Napi::CallbackInfo & info) : Napi::ObjectWrap<ChatLanes>(info) {
        Napi::Env env = info.Env();
        if (info.Length() < 3 || !info[0].IsObject() || !info[1].IsObject() || !info[2].IsNumber()) {
            Napi::TypeError::New(env, "ChatLanes(context, model, contextSize)").ThrowAsJavaScriptException();
            return;
        }
        AddonContext * context = checkedContext(info[0].As<Napi::Object>(), info[1].As<Napi::Object>(), info[2].As<Napi::Number>().Uint32Value());
        if (context == nullptr) {
            Napi::Error::New(env, "node-llama-cpp's context does not look as this build expects").ThrowAsJavaScriptException();
            return;
        }
        ctx = context->ctx;
        vocab = Napi::ObjectWrap<AddonModel>::Unwrap(info[1].As<Napi::Object>())->vocab;
        maxLanes = static_cast<int32_t>(llama_n_seq_max(ctx));
        contextRef = Napi::Persistent(info[0].As<Napi::Object>());
        modelRef = Napi::Persistent(info[1].As<Napi::Object>());
        // Pause promises are awaited only while a lane is under way, whose own events keep the loop alive.
        control = Napi::ThreadSafeFunction::New(env, Napi::Function::New(env, [](const Napi::CallbackInfo &) {}), "TailorChatLanesControl", 0, 1);
        control.Unref(env);
        thread = std::thread([this] { run(); });
    }

    ~ChatLanes() { stop(); }

  private:
    llama_context * ctx = nullptr;
    const llama_vocab * vocab = nullptr;
    int32_t maxLanes = 1;
    Napi::ObjectReference contextRef;
    Napi::ObjectReference modelRef;
    Napi::ThreadSafeFunction control;
    std::thread thread;

    std::mutex mutex;
    std::condition_variable wake;
    bool stopping = false;
    bool stepping = false;
    int32_t pauses = 0;
    int32_t nextLaneId = 1;
    std::vector<std::unique_ptr<Lane>> incoming;
    std::unordered_map<int32_t, std::shared_ptr<std::atomic<bool>>> abortFlags;
    std::vector<Napi::Promise::Deferred> waitingForPause;

    void stop() {
        {
            std::lock_guard<std::mutex> lock(mutex);
            stopping = true;
        }
        wake.notify_all();
        if (thread.joinable()) thread.join();
    }

    // add(options, onEvent) -> lane id. onEvent gets ("token", id) for each token sampled, then once
    // ("done", reason, decodedUntil) or ("failed", message, decodedUntil), decodedUntil being the
    // position after the last token decoded; by then those tokens are out of the cache again. Options: sequenceId, position (where firstToken goes), firstToken,
    // maxTokens, temperature, topK, topP, minP, seed, and optionally grammar + grammarRoot (GBNF),
    // frequencyPenalty + penaltyWindow + exempt (a Uint8Array, 1 for each token id the penalty skips).
    Napi::Value Add(const Napi::CallbackInfo & info) {
        Napi::Env env = info.Env();
        if (info.Length() < 2 || !info[0].IsObject() || !info[1].IsFunction()) {
            Napi::TypeError::New(env, "add(options, onEvent)").ThrowAsJavaScriptException();
            return env.Undefined();
        }
        Napi::Object options = info[0].As<Napi::Object>();
        auto lane = std::make_unique<Lane>();
        lane->sequenceId = intOption(options, "sequenceId");
        lane->start = intOption(options, "position");
        lane->position = lane->start;
        lane->input = intOption(options, "firstToken");
        lane->maxTokens = intOption(options, "maxTokens");
        if (lane->sequenceId < 0 || lane->sequenceId >= maxLanes || lane->maxTokens < 1) {
            Napi::RangeError::New(env, "add: no such sequence, or no tokens to generate").ThrowAsJavaScriptException();
            return env.Undefined();
        }
        SamplingOptions sampling;
        sampling.temperature = floatOption(options, "temperature");
        sampling.topK = intOption(options, "topK", 40);
        sampling.topP = floatOption(options, "topP", 0.95f);
        sampling.minP = floatOption(options, "minP");
        sampling.seed = options.Get("seed").IsNumber() ? options.Get("seed").As<Napi::Number>().Uint32Value() : 0;
        sampling.frequencyPenalty = floatOption(options, "frequencyPenalty");
        sampling.penaltyWindow = intOption(options, "penaltyWindow", 64);
        lane->penaltyWindow = sampling.penaltyWindow;
        lane->chain = newSamplerChain(vocab, sampling);
        if (sampling.frequencyPenalty != 0.0f && sampling.penaltyWindow > 0) {
            lane->penalties = llama_sampler_chain_get(lane->chain, 0);
            if (options.Get("exempt").IsTypedArray()) {
                Napi::Uint8Array exempt = options.Get("exempt").As<Napi::Uint8Array>();
                lane->exempt.assign(exempt.Data(), exempt.Data() + exempt.ElementLength());
            }
        }
        if (options.Get("grammar").IsString()) {
            const std::string grammar = options.Get("grammar").As<Napi::String>().Utf8Value();
            const std::string root = options.Get("grammarRoot").IsString() ? options.Get("grammarRoot").As<Napi::String>().Utf8Value() : "root";
            lane->grammar = llama_sampler_init_grammar(vocab, grammar.c_str(), root.c_str());
            if (lane->grammar == nullptr) {
                Napi::Error::New(env, "add: llama.cpp could not parse the grammar").ThrowAsJavaScriptException();
                return env.Undefined();
            }
        }
        lane->aborted = std::make_shared<std::atomic<bool>>(false);
        int32_t id;
        {
            std::lock_guard<std::mutex> lock(mutex);
            if (stopping) {
                Napi::Error::New(env, "add: the lanes were disposed").ThrowAsJavaScriptException();
                return env.Undefined();
            }
            lane->events = Napi::ThreadSafeFunction::New(env, info[1].As<Napi::Function>(), "TailorChatLane", 0, 1);
            id = lane->id = nextLaneId++;
            abortFlags[id] = lane->aborted;
            incoming.push_back(std::move(lane));
        }
        wake.notify_all();
        return Napi::Number::New(env, id);
    }

    // abort(id): the lane stops before its next decode and reports ("done", "abort").
    Napi::Value Abort(const Napi::CallbackInfo & info) {
        const int32_t id = info.Length() > 0 && info[0].IsNumber() ? info[0].As<Napi::Number>().Int32Value() : 0;
        {
            std::lock_guard<std::mutex> lock(mutex);
            auto found = abortFlags.find(id);
            if (found != abortFlags.end()) *found->second = true;
        }
        wake.notify_all();
        return info.Env().Undefined();
    }

    // pause() -> Promise<void>, resolved once no step is under way; none starts until resume().
    Napi::Value Pause(const Napi::CallbackInfo & info) {
        Napi::Promise::Deferred deferred = Napi::Promise::Deferred::New(info.Env());
        std::lock_guard<std::mutex> lock(mutex);
        pauses++;
        if (stepping) {
            waitingForPause.push_back(deferred);
        } else {
            deferred.Resolve(info.Env().Undefined());
        }
        return deferred.Promise();
    }

    Napi::Value Resume(const Napi::CallbackInfo & info) {
        {
            std::lock_guard<std::mutex> lock(mutex);
            if (pauses > 0) pauses--;
        }
        wake.notify_all();
        return info.Env().Undefined();
    }

    Napi::Value VocabularySize(const Napi::CallbackInfo & info) {
        return Napi::Number::New(info.Env(), llama_vocab_n_tokens(vocab));
    }

    // dispose(): aborts every lane (each reports its end) and ends the thread.
    Napi::Value Dispose(const Napi::CallbackInfo & info) {
        stop();
        return info.Env().Undefined();
    }

    static void send(Napi::ThreadSafeFunction & to, Event * event) {
        if (to.NonBlockingCall(event, deliver) != napi_ok) delete event;
    }

    static void deliver(Napi::Env env, Napi::Function onEvent, Event * event) {
        std::unique_ptr<Event> owned(event);
        if (env == nullptr || onEvent == nullptr) return;
        if (event->kind == EventKind::Paused) {
            for (auto & deferred : event->paused) deferred.Resolve(env.Undefined());
            return;
        }
        callEventHandler(env, onEvent, event->kind, event->token, event->reason, event->decodedUntil);
    }

    // Takes what the lane decoded out of the cache, so the sequence holds what node-llama-cpp
    // believes it holds, then reports the end.
    void finish(Lane & lane, EventKind kind, const std::string & reason) {
        if (lane.position > lane.start) llama_memory_seq_rm(llama_get_memory(ctx), lane.sequenceId, lane.start, lane.position);
        {
            std::lock_guard<std::mutex> lock(mutex);
            abortFlags.erase(lane.id);
        }
        send(lane.events, new Event{kind, lane.id, LLAMA_TOKEN_NULL, reason, lane.position, {}});
        lane.events.Release();
    }

    void run() {
        std::vector<std::unique_ptr<Lane>> active;
        std::vector<llama_token_data> candidates(static_cast<size_t>(llama_vocab_n_tokens(vocab)));
        llama_batch batch = llama_batch_init(maxLanes, 0, 1);
        for (;;) {
            {
                std::unique_lock<std::mutex> lock(mutex);
                stepping = false;
                if (!waitingForPause.empty()) {
                    Event * event = new Event{EventKind::Paused, 0, LLAMA_TOKEN_NULL, "", 0, std::move(waitingForPause)};
                    waitingForPause.clear();
                    send(control, event);
                }
                wake.wait(lock, [&] { return stopping || (pauses == 0 && (!incoming.empty() || !active.empty())); });
                if (stopping) {
                    for (auto & lane : incoming) active.push_back(std::move(lane));
                    incoming.clear();
                    break;
                }
                stepping = true;
                for (auto & lane : incoming) active.push_back(std::move(lane));
                incoming.clear();
            }
            step(active, batch, candidates);
        }
        for (auto & lane : active) finish(*lane, EventKind::Done, "abort");
        llama_batch_free(batch);
        control.Release();
    }

    void step(std::vector<std::unique_ptr<Lane>> & active, llama_batch & batch, std::vector<llama_token_data> & candidates) {
        batch.n_tokens = 0;
        for (auto it = active.begin(); it != active.end();) {
            Lane & lane = **it;
            if (*lane.aborted) {
                finish(lane, EventKind::Done, "abort");
                it = active.erase(it);
                continue;
            }
            const int32_t i = batch.n_tokens++;
            batch.token[i] = lane.input;
            batch.pos[i] = lane.position;
            batch.n_seq_id[i] = 1;
            batch.seq_id[i][0] = lane.sequenceId;
            batch.logits[i] = 1;
            lane.batchIndex = i;
            ++it;
        }
        if (batch.n_tokens == 0) return;
        const int32_t status = llama_decode(ctx, batch);
        if (status != 0) {
            // What a failed batch left in the cache is unknown: each lane's next cell is taken out too.
            for (auto & lane : active) {
                lane->position++;
                finish(*lane, EventKind::Failed, "llama_decode returned " + std::to_string(status));
            }
            active.clear();
            return;
        }
        for (auto it = active.begin(); it != active.end();) {
            Lane & lane = **it;
            lane.position++;
            std::string end;
            const llama_token next = sample(lane, candidates, end);
            if (!end.empty()) {
                finish(lane, end == "failed" ? EventKind::Failed : EventKind::Done, end == "failed" ? "this model does not support token generation" : end);
                it = active.erase(it);
                continue;
            }
            lane.generated.push_back(next);
            send(lane.events, new Event{EventKind::Token, lane.id, next, "", 0, {}});
            if (static_cast<int32_t>(lane.generated.size()) >= lane.maxTokens) {
                finish(lane, EventKind::Done, "maxTokens");
                it = active.erase(it);
                continue;
            }
            lane.input = next;
            ++it;
        }
    }

    void fillCandidates(const float * logits, std::vector<llama_token_data> & candidates, llama_token_data_array & current) {
        const size_t count = candidates.size();
        for (size_t id = 0; id < count; id++) candidates[id] = llama_token_data{static_cast<llama_token>(id), logits[id], 0.0f};
        current = llama_token_data_array{candidates.data(), count, -1, false};
    }

    // The penalty's state is what it would hold had it seen only the window, as node-llama-cpp
    // rebuilds it whenever the filtered window is not the last one plus a token.
    void loadPenaltyWindow(Lane & lane) {
        llama_sampler_reset(lane.penalties);
        const size_t count = lane.generated.size();
        const size_t from = count > static_cast<size_t>(lane.penaltyWindow) ? count - static_cast<size_t>(lane.penaltyWindow) : 0;
        for (size_t i = from; i < count; i++) {
            const llama_token token = lane.generated[i];
            if (token >= 0 && static_cast<size_t>(token) < lane.exempt.size() && lane.exempt[static_cast<size_t>(token)] != 0) continue;
            llama_sampler_accept(lane.penalties, token);
        }
    }

    // The lane's next token; `end` is set instead where the lane stops ("eogToken", or "failed").
    llama_token sample(Lane & lane, std::vector<llama_token_data> & candidates, std::string & end) {
        const float * logits = llama_get_logits_ith(ctx, lane.batchIndex);
        if (logits == nullptr) {
            end = "failed";
            return LLAMA_TOKEN_NULL;
        }
        if (lane.penalties != nullptr) loadPenaltyWindow(lane);
        llama_token_data_array current;
        fillCandidates(logits, candidates, current);
        llama_sampler_apply(lane.chain, &current);
        if (lane.grammar != nullptr && current.selected >= 0 && current.selected < static_cast<int64_t>(current.size)) {
            llama_token_data single{current.data[current.selected].id, 1.0f, 0.0f};
            llama_token_data_array singleArray{&single, 1, -1, false};
            llama_sampler_apply(lane.grammar, &singleArray);
            if (single.logit == -INFINITY) {
                fillCandidates(logits, candidates, current);
                llama_sampler_apply(lane.grammar, &current);
                llama_sampler_apply(lane.chain, &current);
            }
        }
        if (current.selected < 0 || current.selected >= static_cast<int64_t>(current.size)) {
            end = "eogToken";
            return LLAMA_TOKEN_NULL;
        }
        const llama_token next = current.data[current.selected].id;
        if (llama_vocab_is_eog(vocab, next)) {
            end = "eogToken";
            return LLAMA_TOKEN_NULL;
        }
        if (lane.grammar != nullptr) llama_sampler_accept(lane.grammar, next);
        return next;
    }
};

}  // namespace

Napi::Function defineChatLanes(Napi::Env env) {
    return ChatLanes::Define(env);
}

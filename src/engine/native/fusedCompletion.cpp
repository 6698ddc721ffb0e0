// Tailor's raw-completion loop, in native code: decode one token, sample the next, repeat,
// on a thread of its own, with nothing but an atomic flag and a queued callback between tokens.
//
// Why it exists (bench/README.md, section 14): driving node-llama-cpp's native context from
// JavaScript costs two trips to libuv's pool thread and back for every token (decode, then
// sample), plus the JavaScript loop between them, which kept ghost text at 0.90 of llama-bench.
// Here the compute thread never waits for JavaScript: tokens are handed to the worker's event loop
// as they come, and the loop there cuts the text at stop triggers and asks for a stop.
//
// It drives the llama_context that node-llama-cpp created: the context and model objects are
// node-llama-cpp's own N-API wraps, unwrapped with the class layouts from the same node-llama-cpp
// version's addon headers (the build script records that version, and the JavaScript side refuses
// any other). Only the worker's "one request at a time" rule keeps node-llama-cpp from decoding on
// the same context meanwhile, as it does for the JavaScript loop this replaces.
//
// The sampler chain is the one node-llama-cpp's AddonSampler builds (samplerChain.h). The chats'
// loop, which decodes several sequences in one batch, is in chatLanes.cpp.

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "chatLanes.h"
#include "loopEvents.h"
#include "nodeLlamaCppObjects.h"
#include "samplerChain.h"
#include "threadPool.h"

#ifndef TAILOR_NODE_LLAMA_CPP_VERSION
#error "TAILOR_NODE_LLAMA_CPP_VERSION must name the node-llama-cpp whose addon headers this is built against"
#endif

namespace {

struct Event {
    EventKind kind;
    llama_token token = LLAMA_TOKEN_NULL;
    std::string reason;
    int32_t decodedUntil = 0;
};

// fits(context, model, contextSize): contextSize is all sequences' together; whether CompletionJob can drive this context.
Napi::Value Fits(const Napi::CallbackInfo & info) {
    const bool fits = info.Length() >= 3 && info[0].IsObject() && info[1].IsObject() && info[2].IsNumber() &&
                      checkedContext(info[0].As<Napi::Object>(), info[1].As<Napi::Object>(), info[2].As<Napi::Number>().Uint32Value()) != nullptr;
    return Napi::Boolean::New(info.Env(), fits);
}

class CompletionJob : public Napi::ObjectWrap<CompletionJob> {
  public:
    static Napi::Function Define(Napi::Env env) {
        return DefineClass(env, "CompletionJob", {InstanceMethod("abort", &CompletionJob::Abort)});
    }

    // new CompletionJob(addonContext, addonModel, options, onEvent)
    CompletionJob(const Napi::CallbackInfo & info) : Napi::ObjectWrap<CompletionJob>(info) {
        Napi::Env env = info.Env();
        if (info.Length() < 4 || !info[0].IsObject() || !info[1].IsObject() || !info[2].IsObject() || !info[3].IsFunction()) {
            Napi::TypeError::New(env, "CompletionJob(context, model, options, onEvent)").ThrowAsJavaScriptException();
            return;
        }
        Napi::Object options = info[2].As<Napi::Object>();
        AddonContext * context = checkedContext(info[0].As<Napi::Object>(), info[1].As<Napi::Object>(), options.Get("contextSize").As<Napi::Number>().Uint32Value());
        if (context == nullptr) {
            Napi::Error::New(env, "node-llama-cpp's context does not look as this build expects").ThrowAsJavaScriptException();
            return;
        }
        AddonModel * model = Napi::ObjectWrap<AddonModel>::Unwrap(info[1].As<Napi::Object>());
        ctx = context->ctx;
        vocab = model->vocab;
        sequenceId = options.Get("sequenceId").As<Napi::Number>().Int32Value();
        position = options.Get("position").As<Napi::Number>().Int32Value();
        firstToken = options.Get("firstToken").As<Napi::Number>().Int32Value();
        maxTokens = options.Get("maxTokens").As<Napi::Number>().Int32Value();
        SamplingOptions sampling;
        sampling.temperature = floatOption(options, "temperature");
        sampling.topK = intOption(options, "topK", 40);
        sampling.topP = floatOption(options, "topP", 0.95f);
        sampling.seed = options.Get("seed").As<Napi::Number>().Uint32Value();
        chain = newSamplerChain(vocab, sampling);

        // Keeps node-llama-cpp's objects (and so the context) alive until the loop has ended.
        contextRef = Napi::Persistent(info[0].As<Napi::Object>());
        modelRef = Napi::Persistent(info[1].As<Napi::Object>());
        events = Napi::ThreadSafeFunction::New(env, info[3].As<Napi::Function>(), "TailorCompletion", 0, 1);
        thread = std::thread([this] { run(); });
    }

    ~CompletionJob() {
        aborted = true;
        if (thread.joinable()) thread.join();
        if (chain != nullptr) llama_sampler_free(chain);
    }

  private:
    llama_context * ctx = nullptr;
    const llama_vocab * vocab = nullptr;
    llama_sampler * chain = nullptr;
    int32_t sequenceId = 0;
    int32_t position = 0;
    llama_token firstToken = 0;
    int32_t maxTokens = 0;
    std::atomic<bool> aborted{false};
    Napi::ObjectReference contextRef;
    Napi::ObjectReference modelRef;
    Napi::ThreadSafeFunction events;
    std::thread thread;

    Napi::Value Abort(const Napi::CallbackInfo & info) {
        aborted = true;
        return info.Env().Undefined();
    }

    void send(Event * event) {
        if (events.NonBlockingCall(event, deliver) != napi_ok) delete event;
    }

    static void deliver(Napi::Env env, Napi::Function onEvent, Event * event) {
        std::unique_ptr<Event> owned(event);
        if (env == nullptr || onEvent == nullptr) return;
        callEventHandler(env, onEvent, event->kind, event->token, event->reason, event->decodedUntil);
    }

    void run() {
        const int32_t vocabSize = llama_vocab_n_tokens(vocab);
        std::vector<llama_token_data> candidates(static_cast<size_t>(vocabSize));
        llama_batch batch = llama_batch_init(1, 0, 1);
        int32_t at = position;
        llama_token input = firstToken;
        int32_t generated = 0;
        std::string reason;
        std::string failure;
        for (;;) {
            if (aborted) {
                reason = "abort";
                break;
            }
            batch.n_tokens = 1;
            batch.token[0] = input;
            batch.pos[0] = at;
            batch.n_seq_id[0] = 1;
            batch.seq_id[0][0] = sequenceId;
            batch.logits[0] = 1;
            const int32_t status = llama_decode(ctx, batch);
            if (status != 0) {
                failure = "llama_decode returned " + std::to_string(status);
                break;
            }
            at++;
            const float * logits = llama_get_logits_ith(ctx, 0);
            if (logits == nullptr) {
                failure = "this model does not support token generation";
                break;
            }
            for (llama_token id = 0; id < vocabSize; id++) candidates[static_cast<size_t>(id)] = llama_token_data{id, logits[id], 0.0f};
            llama_token_data_array current{candidates.data(), candidates.size(), -1, false};
            llama_sampler_apply(chain, &current);
            if (current.selected < 0 || current.selected >= static_cast<int64_t>(current.size)) {
                reason = "eogToken";
                break;
            }
            const llama_token next = current.data[current.selected].id;
            if (llama_vocab_is_eog(vocab, next)) {
                reason = "eogToken";
                break;
            }
            send(new Event{EventKind::Token, next, "", 0});
            if (++generated >= maxTokens) {
                reason = "maxTokens";
                break;
            }
            input = next;
        }
        llama_batch_free(batch);
        send(failure.empty() ? new Event{EventKind::Done, LLAMA_TOKEN_NULL, reason, at} : new Event{EventKind::Failed, LLAMA_TOKEN_NULL, failure, at});
        events.Release();
    }
};

}  // namespace

Napi::Object Init(Napi::Env env, Napi::Object exports) {
    exports.Set("CompletionJob", CompletionJob::Define(env));
    exports.Set("ChatLanes", defineChatLanes(env));
    exports.Set("ThreadPool", defineThreadPool(env));
    exports.Set("fits", Napi::Function::New(env, Fits, "fits"));
    exports.Set("nodeLlamaCppVersion", Napi::String::New(env, TAILOR_NODE_LLAMA_CPP_VERSION));
    exports.Set("llamaCppRelease", Napi::String::New(env, TAILOR_LLAMA_CPP_RELEASE));
    return exports;
}

NODE_API_MODULE(tailor_completion, Init)

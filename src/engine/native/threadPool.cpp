// A persistent compute thread pool for node-llama-cpp's context.
//
// Why it exists (bench/README.md, section 24): node-llama-cpp's prebuilt binary has no OpenMP, and
// a llama.cpp context without a thread pool of its own makes a disposable one in every
// ggml_graph_compute: at 2 threads each decode started and joined a thread, and the compute thread
// waited on it in ggml_barrier. llama-bench (OpenMP) keeps its threads. llama.cpp's own answer
// without OpenMP is the ggml thread pool attached to the context, which the prebuilt CPU backends
// export; this attaches one with the context's thread count. Every decode on the context then
// uses it, node-llama-cpp's prompt chunks as much as Tailor's loops, one decode at a time as the
// worker's rules already make them.
//
// Its workers poll briefly after each graph (a token's sampling fits inside that), then sleep on a
// condition variable: an idle model costs no CPU.

#include "threadPool.h"

#include <algorithm>

#include "ggml-backend.h"
#include "ggml-cpu.h"
#include "nodeLlamaCppObjects.h"

namespace {

using ThreadPoolNew = decltype(ggml_threadpool_new);
using ThreadPoolFree = decltype(ggml_threadpool_free);

class ThreadPool : public Napi::ObjectWrap<ThreadPool> {
  public:
    static Napi::Function Define(Napi::Env env) {
        return DefineClass(env, "ThreadPool", {InstanceMethod("dispose", &ThreadPool::Dispose), InstanceAccessor("threads", &ThreadPool::Threads, nullptr)});
    }

    // new ThreadPool(context, model, contextSize, poll)
    ThreadPool(const Napi::CallbackInfo & info) : Napi::ObjectWrap<ThreadPool>(info) {
        Napi::Env env = info.Env();
        if (info.Length() < 4 || !info[0].IsObject() || !info[1].IsObject() || !info[2].IsNumber() || !info[3].IsNumber()) {
            Napi::TypeError::New(env, "ThreadPool(context, model, contextSize, poll)").ThrowAsJavaScriptException();
            return;
        }
        AddonContext * context = checkedContext(info[0].As<Napi::Object>(), info[1].As<Napi::Object>(), info[2].As<Napi::Number>().Uint32Value());
        if (context == nullptr) {
            Napi::Error::New(env, "node-llama-cpp's context does not look as this build expects").ThrowAsJavaScriptException();
            return;
        }
        const int32_t threads = std::max(llama_n_threads(context->ctx), llama_n_threads_batch(context->ctx));
        // One thread computes on the caller alone: there is no thread to keep.
        if (threads <= 1) return;
        ggml_backend_dev_t cpu = ggml_backend_dev_by_type(GGML_BACKEND_DEVICE_TYPE_CPU);
        ggml_backend_reg_t reg = cpu == nullptr ? nullptr : ggml_backend_dev_backend_reg(cpu);
        auto * newPool = reg == nullptr ? nullptr : reinterpret_cast<ThreadPoolNew *>(ggml_backend_reg_get_proc_address(reg, "ggml_threadpool_new"));
        freePool = reg == nullptr ? nullptr : reinterpret_cast<ThreadPoolFree *>(ggml_backend_reg_get_proc_address(reg, "ggml_threadpool_free"));
        if (newPool == nullptr || freePool == nullptr) return;
        ggml_threadpool_params params = ggml_threadpool_params_default(threads);
        params.poll = info[3].As<Napi::Number>().Uint32Value();
        pool = newPool(&params);
        if (pool == nullptr) return;
        llama_attach_threadpool(context->ctx, pool, nullptr);
        // Keeps node-llama-cpp's context object, and so `context`, alive while the pool is attached.
        contextRef = Napi::Persistent(info[0].As<Napi::Object>());
        this->context = context;
        attachedThreads = threads;
    }

    ~ThreadPool() { release(); }

  private:
    ggml_threadpool_t pool = nullptr;
    AddonContext * context = nullptr;
    ThreadPoolFree * freePool = nullptr;
    int32_t attachedThreads = 0;
    Napi::ObjectReference contextRef;

    // Frees the pool once node-llama-cpp has freed the context. Not before: llama.cpp's CPU backend
    // keeps a pointer to the last pool it computed with, even after llama_detach_threadpool, and
    // pauses it at its next decode. A pool released while its context lives is left to the context.
    void release() {
        if (pool == nullptr) return;
        if (context->ctx == nullptr) freePool(pool);
        pool = nullptr;
        attachedThreads = 0;
        contextRef.Reset();
    }

    Napi::Value Dispose(const Napi::CallbackInfo & info) {
        release();
        return info.Env().Undefined();
    }

    // How many threads the attached pool computes with; 0 where none was attached.
    Napi::Value Threads(const Napi::CallbackInfo & info) { return Napi::Number::New(info.Env(), attachedThreads); }
};

}  // namespace

Napi::Function defineThreadPool(Napi::Env env) { return ThreadPool::Define(env); }

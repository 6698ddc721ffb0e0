// node-llama-cpp's own native objects, as Tailor's addon reads them.
#pragma once

#include "napi.h"
#include "llama.h"
#include "AddonContext.h"
#include "AddonModel.h"

// node-llama-cpp's context, or null where the objects do not look as this build's headers say:
// a layout that did not match would show as a context that is not this model's, or not this size.
inline AddonContext * checkedContext(Napi::Object contextObject, Napi::Object modelObject, uint32_t contextSize) {
    AddonContext * context = Napi::ObjectWrap<AddonContext>::Unwrap(contextObject);
    AddonModel * model = Napi::ObjectWrap<AddonModel>::Unwrap(modelObject);
    if (context == nullptr || model == nullptr || context->disposed || !context->contextLoaded || context->ctx == nullptr) return nullptr;
    if (model->disposed || model->model == nullptr || model->vocab == nullptr) return nullptr;
    // llama.cpp may round the context up to its padding.
    const uint32_t size = llama_n_ctx(context->ctx);
    if (llama_get_model(context->ctx) != model->model || size < contextSize || size >= contextSize + 256) return nullptr;
    return context;
}

// Napi::Value helpers for the options objects both loops take.
inline int32_t intOption(const Napi::Object & options, const char * name, int32_t fallback = 0) {
    const Napi::Value value = options.Get(name);
    return value.IsNumber() ? value.As<Napi::Number>().Int32Value() : fallback;
}

inline float floatOption(const Napi::Object & options, const char * name, float fallback = 0.0f) {
    const Napi::Value value = options.Get(name);
    return value.IsNumber() ? value.As<Napi::Number>().FloatValue() : fallback;
}

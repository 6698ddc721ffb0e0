// What Tailor's native loops report to JavaScript, in the order FusedEventHandler (fusedAddon.ts)
// reads: ("token", id) for each sampled token, then once ("done", reason, decodedUntil) or
// ("failed", message, decodedUntil). Paused is the chat lanes' own: a pause() has taken hold.
#pragma once

#include <cstdint>
#include <string>

#include "napi.h"
#include "llama.h"

enum class EventKind { Token, Done, Failed, Paused };

// Calls the lane's or job's handler on the JavaScript thread; Paused is not a handler's event.
inline void callEventHandler(Napi::Env env, Napi::Function onEvent, EventKind kind, llama_token token, const std::string & reason, int32_t decodedUntil) {
    if (kind == EventKind::Token) {
        onEvent.Call({Napi::String::New(env, "token"), Napi::Number::New(env, token)});
    } else if (kind == EventKind::Done || kind == EventKind::Failed) {
        onEvent.Call({Napi::String::New(env, kind == EventKind::Done ? "done" : "failed"), Napi::String::New(env, reason), Napi::Number::New(env, decodedUntil)});
    }
}

#pragma once

#include "napi.h"

// The ThreadPool class (threadPool.cpp), for the addon's exports.
Napi::Function defineThreadPool(Napi::Env env);

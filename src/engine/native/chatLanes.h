#pragma once

#include "napi.h"

// The ChatLanes class (chatLanes.cpp), for the addon's exports.
Napi::Function defineChatLanes(Napi::Env env);

#!/usr/bin/env bash
# Builds llama.cpp's own llama-server (CPU) once, from the llama.cpp source bundled in
# node-llama-cpp, for `npm run test:interop`: a real OpenAI-compatible server no one here wrote.
# Shares the source checkout with bench/buildLlamaBench.sh; cached in the git-ignored .cache/.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cache=${TAILOR_BENCH_CACHE:-$repo/.cache}
src=$cache/llama.cpp
bin=$cache/llama-server/bin/llama-server
tag=$(node -p "require('$repo/node_modules/node-llama-cpp/llama/llama.cpp.info.json').tag")
if [ -x "$bin" ] && [ "$(cat "$cache/llama-server/TAG" 2>/dev/null)" = "$tag" ]; then echo "$bin"; exit 0; fi
if [ ! -d "$src/.git" ]; then
  mkdir -p "$cache"
  git clone -q "$repo/node_modules/node-llama-cpp/llama/gitRelease.bundle" "$src" >&2
  git -C "$src" checkout -q "$tag" 2>/dev/null || true
fi
echo "Building llama-server for llama.cpp $tag (one time, several minutes on 2 cores)..." >&2
cmake -S "$src" -B "$src/build-server" -DCMAKE_BUILD_TYPE=Release -DLLAMA_CURL=OFF -DLLAMA_BUILD_TESTS=OFF \
  -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_SERVER=ON -DGGML_NATIVE=ON -DBUILD_SHARED_LIBS=OFF >&2
cmake --build "$src/build-server" --target llama-server -j "$(nproc)" >&2
mkdir -p "$cache/llama-server/bin"
cp "$src/build-server/bin/llama-server" "$bin"
echo "$tag" > "$cache/llama-server/TAG"
echo "$bin"

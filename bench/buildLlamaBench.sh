#!/usr/bin/env bash
# Builds llama.cpp's own llama-bench (CPU) once, from the exact llama.cpp source that
# node-llama-cpp's prebuilt binary was built from (shipped inside the package as a git bundle),
# so the native baseline and Tailor run the same code. Cached in the git-ignored .cache/.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cache=${TAILOR_BENCH_CACHE:-$repo/.cache}
src=$cache/llama.cpp
bin=$cache/llama-bench/bin/llama-bench
bundle=$repo/node_modules/node-llama-cpp/llama/gitRelease.bundle
tag=$(node -p "require('$repo/node_modules/node-llama-cpp/llama/llama.cpp.info.json').tag")

if [ -x "$bin" ] && [ "$(cat "$cache/llama-bench/TAG" 2>/dev/null)" = "$tag" ]; then
  echo "$bin"
  exit 0
fi
if ! command -v cmake >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq cmake >/dev/null
  else echo "cmake is needed to build llama-bench: sudo apt-get install cmake" >&2; exit 1; fi
fi
echo "Building llama-bench for llama.cpp $tag (one time, about 7 minutes on 2 cores)..." >&2
rm -rf "$src" "$cache/llama-bench"
mkdir -p "$cache"
git clone -q "$bundle" "$src" >&2
git -C "$src" checkout -q "$tag" 2>/dev/null || true
cmake -S "$src" -B "$src/build" -DCMAKE_BUILD_TYPE=Release -DLLAMA_CURL=OFF -DLLAMA_BUILD_TESTS=OFF \
  -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_SERVER=OFF -DGGML_NATIVE=ON -DBUILD_SHARED_LIBS=OFF >&2
cmake --build "$src/build" --target llama-bench -j "$(nproc)" >&2
mkdir -p "$cache/llama-bench/bin"
cp "$src/build/bin/llama-bench" "$bin"
echo "$tag" > "$cache/llama-bench/TAG"
echo "$bin"

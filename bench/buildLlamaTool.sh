#!/usr/bin/env bash
# Builds one of llama.cpp's own tools (CPU) once, from the exact llama.cpp source that
# node-llama-cpp's prebuilt binary was built from (shipped inside the package as a git bundle):
#   llama-bench   the native baseline for `npm run bench`
#   llama-server  a real OpenAI-compatible server for `npm run test:interop` and the remote-backend bench
#   llama-batched-bench  native batched decoding, the baseline for the catalog lanes in `npm run bench`
# Cached in the git-ignored .cache/<tool>/; prints the binary's path.
set -euo pipefail
tool=${1:?usage: buildLlamaTool.sh llama-bench|llama-server|llama-batched-bench}
case "$tool" in llama-bench|llama-server|llama-batched-bench) ;; *) echo "unknown tool: $tool" >&2; exit 2 ;; esac
repo=$(cd "$(dirname "$0")/.." && pwd)
cache=${TAILOR_BENCH_CACHE:-$repo/.cache}
src=$cache/llama.cpp
bin=$cache/$tool/bin/$tool
tag=$(node -p "require('$repo/node_modules/node-llama-cpp/llama/llama.cpp.info.json').tag")
# The baseline is llama.cpp as Tailor runs it. None of the CPU variants node-llama-cpp ships (ggml's
# GGML_CPU_ALL_VARIANTS list) uses AVX512-FP16, but -march=native does where the CPU has it, and
# then the F16 KV cache goes through ggml's FP16 vector path: 2.2 times slower generation at 800
# tokens of context on this machine (bench/README.md, section 20), which flattered Tailor.
isa_flags=""
if [ "$(uname -m)" = x86_64 ] && echo 'int main(void){return 0;}' | cc -x c -mno-avx512fp16 -o /dev/null - 2>/dev/null; then
  isa_flags=-mno-avx512fp16
fi
stamp="$tag $isa_flags"

if [ -x "$bin" ] && [ "$(cat "$cache/$tool/TAG" 2>/dev/null)" = "$stamp" ]; then
  echo "$bin"
  exit 0
fi
if ! command -v cmake >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq cmake >/dev/null
  else echo "cmake is needed to build $tool: sudo apt-get install cmake" >&2; exit 1; fi
fi
if [ "$(git -C "$src" describe --tags --exact-match 2>/dev/null)" != "$tag" ]; then
  rm -rf "$src"
  mkdir -p "$cache"
  git clone -q "$repo/node_modules/node-llama-cpp/llama/gitRelease.bundle" "$src" >&2
  git -C "$src" checkout -q "$tag" 2>/dev/null || true
fi
echo "Building $tool for llama.cpp $tag (one time, several minutes on 2 cores)..." >&2
cmake -S "$src" -B "$src/build" -DCMAKE_BUILD_TYPE=Release -DLLAMA_CURL=OFF -DLLAMA_BUILD_TESTS=OFF \
  -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_SERVER=ON -DGGML_NATIVE=ON -DBUILD_SHARED_LIBS=OFF \
  -DCMAKE_C_FLAGS="$isa_flags" -DCMAKE_CXX_FLAGS="$isa_flags" >&2
cmake --build "$src/build" --target "$tool" -j "$(nproc)" >&2
mkdir -p "$cache/$tool/bin"
cp "$src/build/bin/$tool" "$bin"
echo "$stamp" > "$cache/$tool/TAG"
echo "$bin"

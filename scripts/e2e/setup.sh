#!/usr/bin/env bash
# Installs what the end-to-end suite needs, idempotently, and caches it between runs:
#   - Debian packages: chromium (driven by playwright-core), fonts-noto-cjk (Chinese labels
#     in screenshots), libkrb5-dev and ripgrep
#     (code-server's native modules and its ripgrep download need them);
#   - code-server 4.100.3 (the last release that accepts Node 20), under the cache folder.
# The cache folder is $CITYPACT_E2E_CACHE, else ~/.cache/citypact-e2e: outside the
# checkout, so a fresh clone in CI reuses it.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
CACHE="${CITYPACT_E2E_CACHE:-$HOME/.cache/citypact-e2e}"
mkdir -p "$CACHE"

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v rg >/dev/null 2>&1 || need_apt+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
# Chinese labels in screenshots need a CJK font.
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need_apt+=(fonts-noto-cjk)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "e2e setup: apt-get install ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

marker="$CACHE/code-server-$CODE_SERVER_VERSION/.installed"
if [ ! -f "$marker" ]; then
  echo "e2e setup: installing code-server $CODE_SERVER_VERSION into $CACHE"
  # @vscode/ripgrep would download ripgrep from GitHub: serve Debian's rg from its cache instead.
  tmp="${TMPDIR:-/tmp}"
  rgcache="$tmp/vscode-ripgrep-cache-1.15.11"
  mkdir -p "$rgcache"
  if [ ! -f "$rgcache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" ]; then
    staging="$(mktemp -d)"
    cp "$(command -v rg)" "$staging/rg"
    tar -C "$staging" -czf "$rgcache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" rg
    rm -rf "$staging"
  fi
  dir="$CACHE/code-server-$CODE_SERVER_VERSION"
  rm -rf "$dir"
  mkdir -p "$dir"
  (cd "$dir" && echo '{"private":true}' > package.json && \
    npm_config_unsafe_perm=true npm_config_yes=true npm install --no-audit --no-fund --loglevel=error \
      "code-server@$CODE_SERVER_VERSION" >/dev/null)
  touch "$marker"
fi
echo "e2e setup: ready ($CACHE/code-server-$CODE_SERVER_VERSION/node_modules/.bin/code-server)"

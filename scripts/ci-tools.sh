#!/usr/bin/env bash
# Installs, idempotently, the third-party programs the integration suites drive:
#   - neovim (a real LSP client of `citypact lsp`: packages/cli/test/neovim.test.ts),
#   - pre-commit (the hooks of .pre-commit-hooks.yaml: packages/cli/test/pre-commit.integration.ts).
# `npm test` skips those tests, with the reason printed, where the programs are missing;
# .ci/run calls this first so that CI never skips them.
set -euo pipefail
need_apt=()
command -v nvim >/dev/null 2>&1 || need_apt+=(neovim)
command -v pre-commit >/dev/null 2>&1 || need_apt+=(pre-commit)
command -v unzip >/dev/null 2>&1 || need_apt+=(unzip)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "ci tools: apt-get install ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${need_apt[@]}" >/dev/null
fi
nvim --version | head -1
pre-commit --version

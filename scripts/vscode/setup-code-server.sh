#!/usr/bin/env bash
# Installs what the real-VS-Code tests and `npm start` need on a fresh Debian machine:
#   - Debian packages: chromium (Playwright drives it), ripgrep (code-server's search needs
#     an `rg` and its npm wrapper would download one), and the headers that code-server's
#     native modules build against;
#   - code-server (VS Code 1.100 in the browser) from npm, with the work-arounds for an
#     offline machine, cached OUTSIDE the repository so that later runs take seconds.
# Idempotent: each step checks first and does nothing when already done. A half-finished
# code-server install is built in a scratch folder and only moved into place when complete.
#
# Usage: scripts/vscode/setup-code-server.sh [--print-path]
#   --print-path   print only the code-server executable's path on stdout (progress goes to stderr)
# Environment:
#   NEWS_ANNOTATOR_CACHE   cache folder (default: ${XDG_CACHE_HOME:-~/.cache}/news-annotator)
set -euo pipefail

CODE_SERVER_VERSION=4.100.3 # the newest release that accepts Node 20 (VS Code 1.100)
CACHE_ROOT="${NEWS_ANNOTATOR_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/news-annotator}"
INSTALL_DIR="$CACHE_ROOT/code-server-$CODE_SERVER_VERSION"
EXECUTABLE="$INSTALL_DIR/node_modules/code-server/out/node/entry.js"
DEBIAN_PACKAGES=(chromium ripgrep libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev pkg-config)

print_path=false
[[ "${1:-}" == "--print-path" ]] && print_path=true
log() { echo "setup-code-server: $*" >&2; }
started=$SECONDS

install_debian_packages() {
  local missing=()
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  ((${#missing[@]} == 0)) && return 0
  local sudo=()
  if [[ $(id -u) != 0 ]]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo=(sudo -n)
    else log "please install these Debian packages first (needs root): ${missing[*]}"; exit 1; fi
  fi
  log "installing Debian packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >&2
}

code_server_is_installed() {
  [[ -f "$INSTALL_DIR/.complete" && -f "$EXECUTABLE" ]] &&
    node "$EXECUTABLE" --config "$INSTALL_DIR/unused-config.yaml" --version >/dev/null 2>&1
}

# npm here blocks packages' own install scripts unless allowed, and several of them would
# download binaries anyway; so every install runs with --ignore-scripts and the steps that
# are needed are done explicitly below (`npm rebuild` runs the native builds on purpose).
install_code_server() {
  local node_major
  node_major=$(node -p 'process.versions.node.split(".")[0]')
  if [[ "$node_major" != 20 ]]; then
    log "code-server $CODE_SERVER_VERSION needs Node 20; this is Node $(node --version)"; exit 1
  fi
  local work="$INSTALL_DIR.partial-$$"
  rm -rf "$work" && mkdir -p "$work"
  trap 'rm -rf "$work"' EXIT
  log "installing code-server $CODE_SERVER_VERSION into $INSTALL_DIR (a few minutes, once)"
  echo '{ "name": "news-annotator-code-server-cache", "private": true }' >"$work/package.json"
  (cd "$work" && npm install --no-audit --no-fund --no-save --ignore-scripts "code-server@$CODE_SERVER_VERSION" >&2)
  # argon2 (password hashing; unused with --auth none but loaded at start): build it from
  # source instead of letting node-pre-gyp try a download first.
  (cd "$work" && npm_config_yes=true npm_config_build_from_source=true npm rebuild argon2 >&2)

  # What code-server's own postinstall.sh would do (it is skipped above, and as root it
  # would also insist on --unsafe-perm): install VS Code's dependencies and its built-in
  # extensions' shared dependencies, then the symlinks it makes.
  local vscode="$work/node_modules/code-server/lib/vscode"
  (cd "$vscode" && npm install --no-audit --no-fund --omit=dev --ignore-scripts >&2)
  # @vscode/ripgrep's postinstall downloads `rg` unless bin/ exists: give it Debian's.
  mkdir -p "$vscode/node_modules/@vscode/ripgrep/bin"
  cp "$(command -v rg)" "$vscode/node_modules/@vscode/ripgrep/bin/rg"
  (cd "$vscode" && npm_config_yes=true npm rebuild >&2)
  ln -sfn node_modules "$vscode/node_modules.asar"
  ln -sfn code-linux.sh "$vscode/bin/remote-cli/code-server"
  ln -sfn browser-linux.sh "$vscode/bin/helpers/browser.sh"
  (cd "$vscode/extensions" && npm install --no-audit --no-fund --omit=dev --ignore-scripts >&2 && node postinstall.mjs >/dev/null)

  # Fail here, not in the middle of a test run, if a native module did not build.
  (cd "$vscode" && node -e '
    const r = require("node:module").createRequire(process.cwd() + "/");
    for (const m of ["node-pty", "@vscode/spdlog", "native-watchdog", "kerberos", "@parcel/watcher"]) r(m);
    require("node:module").createRequire(process.argv[1] + "/")("argon2");
  ' "$work/node_modules/code-server") >&2

  touch "$work/.complete"
  rm -rf "$INSTALL_DIR"
  mv "$work" "$INSTALL_DIR"
  trap - EXIT
}

install_debian_packages
if code_server_is_installed; then
  log "code-server $CODE_SERVER_VERSION already installed in $INSTALL_DIR"
else
  install_code_server
  code_server_is_installed || { log "code-server does not start after installing"; exit 1; }
fi
log "ready in $((SECONDS - started)) s"
if $print_path; then echo "$EXECUTABLE"; else log "code-server: $EXECUTABLE"; fi

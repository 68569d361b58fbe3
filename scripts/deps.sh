#!/usr/bin/env bash
# Installs the Debian packages the project needs, only when something is missing.
set -euo pipefail
PKGS=(build-essential cmake pkg-config ccache git
      libpistache-dev libsoci-dev libboost-dev nlohmann-json3-dev libpq-dev
      libgtest-dev libyaml-cpp-dev libsodium-dev libspdlog-dev libfmt-dev libcli11-dev libxlsxwriter-dev
      postgresql postgresql-contrib curl
      zlib1g-dev
      clang libclang-rt-14-dev)  # clang and its libFuzzer/sanitizer runtimes: tests/fuzz only
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js and npm for the contract tools (tests/contract) and the web app: Debian's
# packages, unless a node and an npm from elsewhere are already on PATH; the browser tests
# drive Debian's chromium.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
[ -x /usr/bin/chromium ] || missing+=(chromium fonts-liberation)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "==> installing: ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

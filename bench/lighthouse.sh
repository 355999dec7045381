#!/usr/bin/env bash
# Lighthouse's mobile scores (performance, accessibility, best practices, SEO) for the overview and a strategy page
# of the built site (_site/, from the README's build command), served compressed as GitHub Pages serves it, in
# Debian's Chromium. Lighthouse is installed once, pinned, into node_modules/.cache/ (not a dependency of the site).
#   bash bench/lighthouse.sh [PAGE…]     default: / and /2021/midterm/strategies/2-1/
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
site="$root/_site"
[ -f "$site/index.html" ] || { echo "Build the site first: dotnet run --project src/MinatoSite -- build" >&2; exit 1; }
chromium=${CHROME_PATH:-$(command -v chromium || command -v chromium-browser || true)}
[ -n "$chromium" ] || { echo "Chromium is missing: sudo apt-get install chromium" >&2; exit 1; }
tools="$root/node_modules/.cache/minatosite/lighthouse"
if [ ! -x "$tools/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$tools"
  (cd "$tools" && echo '{"private":true}' > package.json && npm install --no-audit --no-fund -E lighthouse@12.2.3 >/dev/null)
fi
port=8124
node "$root/bench/serve-compressed.mjs" "$site" "$port" & server=$!
trap 'kill $server' EXIT
sleep 0.5
pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(/ /2021/midterm/strategies/2-1/)
report=$(mktemp)
for page in "${pages[@]}"; do
  CHROME_PATH="$chromium" "$tools/node_modules/.bin/lighthouse" "http://127.0.0.1:$port$page" --quiet --form-factor=mobile \
    --chrome-flags="--headless=new --no-sandbox" --output=json --output-path="$report" >/dev/null
  node -e 'const r = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8")); console.log(process.argv[2].padEnd(32),
    Object.values(r.categories).map(c => `${c.title} ${Math.round(c.score * 100)}`).join(" · "))' "$report" "$page"
done
rm -f "$report"

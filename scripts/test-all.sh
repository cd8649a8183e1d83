#!/usr/bin/env bash
# Every check the project has, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p test-results

bash scripts/ensure-chromium.sh
bash scripts/ensure-nginx.sh
echo "== content validation"; npm run --silent validate
echo "== phone audit against the source text"; npm run --silent audit:phones
echo "== production dependencies against security advisories"; npm run --silent audit:deps
echo "== lint"; npm run --silent lint
echo "== typecheck"; npm run --silent typecheck
echo "== unit tests"; npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
echo "== production build"; npm run --silent build
echo "== static export (for the nginx spec)"; npm run --silent export
echo "== browser tests"; npx playwright test
node scripts/test-summary.mjs

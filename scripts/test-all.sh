#!/usr/bin/env bash
# Every check the project has, in the order that fails fastest. Steps that do
# not depend on one another and would leave a core idle run side by side (the
# machines have two); each one's output is printed whole, in order, once the
# group is done, so the log reads as if they had run one after another.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
logs=test-results/logs
mkdir -p "$logs"

# "title::command" arguments, run at the same time; fails if any of them failed.
together() {
  local pids=() titles=() i=0 failed=0
  for step in "$@"; do
    titles+=("${step%%::*}")
    bash -c "${step#*::}" >"$logs/step-$i.log" 2>&1 &
    pids+=($!)
    i=$((i + 1))
  done
  for i in "${!pids[@]}"; do
    local status=0
    wait "${pids[$i]}" || status=$?
    echo "== ${titles[$i]}"
    cat "$logs/step-$i.log"
    if [ "$status" -ne 0 ]; then
      echo "!! ${titles[$i]} failed (exit $status)"
      failed=1
    fi
  done
  return "$failed"
}

# Debian's Chromium, a Japanese font and nginx can take minutes to install on a
# fresh machine; that happens in the background (one apt at a time) and is
# waited for only before the browser tests.
(bash scripts/ensure-chromium.sh && bash scripts/ensure-nginx.sh) >"$logs/apt.log" 2>&1 &
apt=$!

# Seconds per phase, printed at the end: where the wall time of a run went.
phases=()
mark=$SECONDS
lap() {
  phases+=("$1 $((SECONDS - mark)) s")
  mark=$SECONDS
}

together \
  "content validation::npm run --silent validate" \
  "phone audit against the source text::npm run --silent audit:phones" \
  "production dependencies against security advisories::npm run --silent audit:deps" \
  "GitHub Actions workflows (actionlint)::npm run --silent lint:workflows"
lap "validate+audits"
# ESLint and tsc are single-threaded: one core each.
together "lint::npm run --silent lint" "typecheck::npm run --silent typecheck"
lap "lint+typecheck"
# The build's own type check (postbuild) would repeat the one above, over the same route types (next typegen).
export TYPES_CHECKED=1
echo "== unit tests"; npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
lap "unit"
echo "== production build"; npm run --silent build
lap "build"
echo "== static export (for the nginx spec)"; npm run --silent export
lap "export"
if ! wait "$apt"; then
  cat "$logs/apt.log"
  exit 1
fi
cat "$logs/apt.log"
lap "waiting for apt"
echo "== browser tests"; npx playwright test
lap "browser"
node scripts/test-summary.mjs
(IFS=,; echo "time per phase: ${phases[*]}" | sed 's/,/, /g')

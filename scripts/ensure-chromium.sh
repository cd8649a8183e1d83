#!/usr/bin/env bash
# Browser tests drive Debian's Chromium: Playwright cannot download its own
# browser on these machines. Installs it (and a Japanese font, so layouts are
# measured with real glyph widths) when missing.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing from Debian: ${need[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium が見つかりません。root で次を実行してください: apt-get install -y ${need[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${need[@]}" >/dev/null

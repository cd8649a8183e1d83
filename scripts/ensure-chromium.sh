#!/usr/bin/env bash
# Browser tests drive a system Chromium: Playwright cannot download its own
# browser on these machines. Installs Debian's chromium (and a Japanese font,
# so layouts are measured with real glyph widths) when missing.
# CHROMIUM_PATH points at another Chromium-family browser (e.g. Google Chrome on GitHub's runners).
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
need=()
[ -x "$browser" ] || need+=(chromium)
dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q "ok installed" || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0

source "$(dirname "$0")/lib/apt-install.sh"
if ! apt_can_install; then
  if [ ! -x "$browser" ]; then
    echo "Chromium が見つかりません（$browser）。root で apt-get install -y chromium を実行するか、CHROMIUM_PATH を設定してください" >&2
    exit 1
  fi
  echo "warning: 日本語フォント fonts-noto-cjk がありません（表示幅の検査は代替フォントで行います）" >&2
  exit 0
fi
apt_install "${need[@]}"

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

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo=(sudo)
else
  if [ ! -x "$browser" ]; then
    echo "Chromium が見つかりません（$browser）。root で apt-get install -y chromium を実行するか、CHROMIUM_PATH を設定してください" >&2
    exit 1
  fi
  echo "warning: 日本語フォント fonts-noto-cjk がありません（表示幅の検査は代替フォントで行います）" >&2
  exit 0
fi
echo "Installing from Debian: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq "${need[@]}" >/dev/null

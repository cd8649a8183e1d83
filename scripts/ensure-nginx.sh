#!/usr/bin/env bash
# The nginx spec (tests/e2e/nginx.spec.ts), npm run serve:nginx and npm run load-test serve the export
# with nginx from Debian. Installs it when missing (like ensure-chromium.sh does Chromium), plus any
# other Debian packages named as arguments (the load test asks for wrk).
# NGINX_PATH points at another nginx binary.
set -euo pipefail
nginx="${NGINX_PATH:-/usr/sbin/nginx}"
need=()
[ -x "$nginx" ] || need+=(nginx)
for pkg in "$@"; do
  command -v "$pkg" >/dev/null || need+=("$pkg")
done
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo=(sudo)
else
  echo "Debian のパッケージ ${need[*]} がありません。root で apt-get install -y ${need[*]} を実行してください" >&2
  exit 1
fi
echo "Installing from Debian: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
# The package would start a system nginx on port 80; the project runs its own, so no service is started.
policy=/usr/sbin/policy-rc.d
added_policy=0
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
  "${sudo[@]}" chmod +x "$policy"
  added_policy=1
fi
trap '[ "$added_policy" = 1 ] && "${sudo[@]}" rm -f "$policy"' EXIT
"${sudo[@]}" apt-get update -qq
# Debian 12 ships nginx-light as a transitional name; nginx itself has gzip_static either way.
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null

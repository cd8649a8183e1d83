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

source "$(dirname "$0")/lib/apt-install.sh"
if ! apt_can_install; then
  echo "Debian のパッケージ ${need[*]} がありません。root で apt-get install -y ${need[*]} を実行してください" >&2
  exit 1
fi
# Debian 12 ships nginx-light as a transitional name; nginx itself has gzip_static either way.
apt_install "${need[@]}"

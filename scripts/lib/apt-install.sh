# Sourced by the ensure-*.sh scripts: installing Debian packages as root, or through sudo when it needs no password.

# Sets the array `sudo` to the prefix that runs apt-get as root; fails when there is none.
apt_can_install() {
  if [ "$(id -u)" -eq 0 ]; then
    sudo=()
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo=(sudo)
  else
    return 1
  fi
}

# apt_install PKG…: after apt_can_install. Packages that ship a service (nginx) do not start it:
# the project runs its own servers on loopback.
apt_install() {
  echo "Installing from Debian: $*"
  export DEBIAN_FRONTEND=noninteractive
  local policy=/usr/sbin/policy-rc.d added=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
    "${sudo[@]}" chmod +x "$policy"
    added=1
  fi
  local status=0
  { "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq "$@" >/dev/null; } || status=$?
  [ "$added" = 1 ] && "${sudo[@]}" rm -f "$policy"
  return "$status"
}

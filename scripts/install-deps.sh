#!/bin/sh
# Installs the Debian packages precis needs to build and test, only when one is missing.
# Used by `make` targets and CI, so a fresh Debian 12 machine needs nothing but this repository.
set -eu
PKGS="build-essential cmake pkg-config libicu-dev libstemmer-dev libcjson-dev libcmocka-dev libglpk-dev r-cran-tm wordnet-base"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "precis: installing Debian packages:$missing" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null

#!/bin/sh
# Installs the Debian packages precis needs, only those that are missing, so a fresh Debian 12
# machine needs nothing but this repository. Used by the Makefile and CI.
#   scripts/install-deps.sh          build dependencies (library, CLI, unit tests)
#   scripts/install-deps.sh --test   also what the test suite uses: ROUGE-1.5.5 data files
#                                    (SMART stopwords from r-cran-tm, WordNet exception lists)
#                                    and Chromium for the HTML digest test
set -eu
PKGS="build-essential cmake pkg-config libicu-dev libstemmer-dev libcjson-dev libcmocka-dev libglpk-dev"
PKGS="$PKGS libxml2-dev zlib1g-dev libsqlite3-dev libmicrohttpd-dev" # web pages, WARC, store, service
PKGS="$PKGS go-md2man" # man pages from docs/man/*.md
PKGS="$PKGS r-cran-tm wordnet-base" # read at run time by `precis rouge -s` / `-m`
[ "${1:-}" = "--test" ] && PKGS="$PKGS chromium python3-dev python3-setuptools python3-venv"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "precis: installing Debian packages:$missing" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
# Wait for another apt (unattended upgrades on a fresh machine) instead of failing on its lock.
LOCK="-o DPkg::Lock::Timeout=600"
$SUDO apt-get $LOCK update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get $LOCK install -y -qq --no-install-recommends $missing >/dev/null

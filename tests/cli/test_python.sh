#!/bin/sh
# The Python module: built against this build's libprecis.a with Debian's python3-dev and
# setuptools, its unittest suite run (python/tests), and `pip install ./python` checked to work
# offline in a throwaway virtual environment.
set -u
build=$(dirname "$PRECIS_BIN")
grep -q '^PRECIS_SANITIZE:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null &&
  { echo "skip: the module is not built from a sanitizer build (python does not load the ASan runtime)"; exit 77; }
py=/usr/bin/python3; [ -x "$py" ] || py=python3
"$py" -c 'import setuptools, sysconfig, os, sys; sys.exit(not os.path.exists(sysconfig.get_paths()["include"] + "/Python.h"))' 2>/dev/null ||
  { echo "skip: python3-dev or python3-setuptools missing (scripts/install-deps.sh --test installs them)"; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
src="$PRECIS_SOURCE_DIR/python"
cp -r "$src" "$tmp/src" # setuptools writes build/ and egg-info beside setup.py: keep the tree clean
(cd "$tmp/src" && PRECIS_BUILD_DIR="$build" "$py" setup.py -q build_ext --build-lib "$tmp/lib" >"$tmp/build.log" 2>&1) ||
  { cat "$tmp/build.log"; echo "FAIL: the extension does not build"; exit 1; }
cp "$src/precis/__init__.py" "$tmp/lib/precis/"
PYTHONPATH="$tmp/lib" "$py" -m unittest discover -s "$src/tests" -t "$src/tests" -v 2>&1 | tail -30
PYTHONPATH="$tmp/lib" "$py" -m unittest discover -s "$src/tests" -t "$src/tests" >/dev/null 2>&1 ||
  { echo "FAIL: python unittest"; exit 1; }
# pip, offline: no index is reachable, so nothing may be downloaded.
"$py" -m venv --system-site-packages "$tmp/venv" >/dev/null 2>&1 || { echo "skip pip part: no venv module"; exit 0; }
(cd "$tmp/src" && PRECIS_BUILD_DIR="$build" PIP_NO_INDEX=1 "$tmp/venv/bin/pip" install -q --no-build-isolation . >"$tmp/pip.log" 2>&1) ||
  { cat "$tmp/pip.log"; echo "FAIL: pip install ./python"; exit 1; }
v=$(cd "$tmp" && "$tmp/venv/bin/python" -c 'import precis; print(precis.__version__)')
[ "$v" = "$("$PRECIS_BIN" --version | cut -d' ' -f2)" ] || { echo "FAIL: installed module reports '$v'"; exit 1; }
echo "ok: python module built, tests passed, pip install works offline (version $v)"

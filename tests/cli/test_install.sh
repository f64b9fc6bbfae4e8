#!/bin/sh
# `make install` as a packager runs it: cmake --install into a temporary DESTDIR, then the example
# program of include/precis.h (extracted from the header's comment, so the manual cannot drift
# from the library) is built against the installed copy with pkg-config, shared and static, and
# with find_package(precis) from CMake; the man pages are where `man` looks for them.
set -u
build=$(dirname "$PRECIS_BIN")
grep -q '^PRECIS_SANITIZE:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null &&
  { echo "skip: a sanitizer build is not installed (its objects need the ASan runtime)"; exit 77; }
command -v pkg-config >/dev/null || { echo "skip: pkg-config not installed"; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
DESTDIR="$tmp/root" cmake --install "$build" >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; fail "cmake --install"; }
prefix=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$build/CMakeCache.txt")
root="$tmp/root$prefix"
[ -x "$root/bin/precis" ] || fail "no bin/precis"
pc=$(find "$root" -name precis.pc | head -1); [ -n "$pc" ] || fail "no precis.pc"
libdir=$(dirname "$(dirname "$pc")")
for f in "$root/include/precis.h" "$root/include/precis_version.h" "$libdir/libprecis.a" \
         "$libdir/cmake/precis/precisConfig.cmake"; do
  [ -f "$f" ] || fail "not installed: $f"
done
ls "$libdir"/libprecis.so.* >/dev/null 2>&1 || fail "no libprecis.so.N"

# The header's example: the indented block between "A whole program" and "Conventions:".
sed -n '/A whole program/,/Conventions:/p' "$PRECIS_SOURCE_DIR/include/precis.h" |
  sed -n 's/^ \*     //p; s/^ \*$//p' > "$tmp/example.c"
grep -q 'int main' "$tmp/example.c" || fail "no example program in precis.h"
export PKG_CONFIG_PATH="$libdir/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$tmp/root"
flags=$(pkg-config --cflags --libs precis) || fail "pkg-config --cflags --libs precis"
cc -std=c11 -Wall -Werror -o "$tmp/example" "$tmp/example.c" $flags || fail "example does not build with: $flags"
out=$(LD_LIBRARY_PATH="$libdir" "$tmp/example" "$PRECIS_SOURCE_DIR/examples/caspian-flood") || fail "example failed"
[ -n "$out" ] || fail "example printed nothing"
LD_LIBRARY_PATH="$libdir" ldd "$tmp/example" | grep -q "$libdir/libprecis.so" || fail "example not linked to the installed .so"
# Static: the installed archive, with its dependencies linked as the shared libraries Debian ships
# (pkg-config's Requires.private and Libs.private; a fully static link would need every
# dependency's own static archives).
static="$(pkg-config --libs $(pkg-config --print-requires-private precis)) $(sed -n 's/^Libs.private: //p' "$pc")"
cc -std=c11 -Wall -Werror -o "$tmp/example-static" "$tmp/example.c" $(pkg-config --cflags precis) \
  "$libdir/libprecis.a" $static || fail "example does not link statically"
[ "$("$tmp/example-static" "$PRECIS_SOURCE_DIR/examples/caspian-flood")" = "$out" ] || fail "static and shared differ"

# CMake consumers.
mkdir "$tmp/cm"; cp "$tmp/example.c" "$tmp/cm/"
cat > "$tmp/cm/CMakeLists.txt" <<'CM'
cmake_minimum_required(VERSION 3.18)
project(consumer C)
find_package(precis REQUIRED)
add_executable(example example.c)
target_link_libraries(example PRIVATE precis::precis)
CM
cmake -S "$tmp/cm" -B "$tmp/cm/build" -DCMAKE_PREFIX_PATH="$root" >"$tmp/cm.log" 2>&1 &&
  cmake --build "$tmp/cm/build" >>"$tmp/cm.log" 2>&1 || { cat "$tmp/cm.log"; fail "find_package(precis) consumer"; }

# Man pages: one per command that `precis --help` lists, findable by man.
for cmd in "" $("$PRECIS_BIN" --help | awk '/^commands:/ {on=1; next} on && !NF {exit} on {print $1}'); do
  page=precis${cmd:+-$cmd}
  f=$(find "$root" -name "$page.1" | head -1)
  [ -n "$f" ] || fail "no man page $page.1"
  if command -v man >/dev/null; then
    MANPATH="$root/share/man" man -w "$page" >/dev/null 2>&1 || fail "man -w $page"
  fi
done
v=$(LD_LIBRARY_PATH="$libdir" "$root/bin/precis" --version)
[ "$v" = "precis $(sed -n 's/^#define PRECIS_VERSION_STRING "\(.*\)"/\1/p' "$root/include/precis_version.h")" ] || fail "version: $v"
echo "ok: installed under $prefix, example built with pkg-config (shared, static) and CMake, man pages"

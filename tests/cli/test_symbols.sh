#!/bin/sh
# The libraries export the API and nothing else: every global symbol defined in libprecis.so and
# in the installed libprecis.a starts with precis_, and every function precis.h declares is there.
# A generic internal name (xmalloc, buf_append, clean_article) leaking out would collide in a host.
set -u
dir=$(dirname "$PRECIS_BIN")
so="$dir/libprecis.so"; ar="$dir/libprecis.a"
[ -f "$so" ] && [ -f "$ar" ] || { echo "skip: $so or $ar not built"; exit 77; }
fail=0
check() { # $1 = label, stdin = symbol names
  bad=$(grep -v '^precis_' | sort -u)
  if [ -n "$bad" ]; then echo "FAIL: $1 exports non-API symbols:"; echo "$bad" | head -20; fail=1; fi
}
nm -D --defined-only "$so" | awk 'NF==3 {print $3}' | check "libprecis.so"
nm -g --defined-only "$ar" | awk 'NF==3 {print $3}' | check "libprecis.a"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
grep -Eo '\bprecis_[a-z0-9_]+\(' "$PRECIS_SOURCE_DIR/include/precis.h" | tr -d '(' | sort -u > "$tmp/declared"
nm -D --defined-only "$so" | awk 'NF==3 {print $3}' | sort -u > "$tmp/exported"
missing=$(comm -23 "$tmp/declared" "$tmp/exported")
if [ -n "$missing" ]; then echo "FAIL: declared in precis.h but not exported:"; echo "$missing"; fail=1; fi
soname=$(objdump -p "$so" | awk '/SONAME/ {print $2}')
case "$soname" in libprecis.so.[0-9]*) ;; *) echo "FAIL: SONAME is '$soname'"; fail=1 ;; esac
n=$(wc -l < "$tmp/exported")
[ $fail -eq 0 ] && echo "ok: $n API symbols exported, SONAME $soname"
exit $fail

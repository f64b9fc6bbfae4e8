#!/bin/sh
# test_digest_html.sh — the HTML digest in a real headless Chromium: the page loads from a file
# with no network, has every section, runs its script without console errors, references no
# external asset, and renders at desktop and phone widths. Installs nothing: skips (77) when
# /usr/bin/chromium is absent.
set -u
bin=${PRECIS_BIN:?PRECIS_BIN is not set}
src=${PRECIS_SOURCE_DIR:?PRECIS_SOURCE_DIR is not set}
chromium=/usr/bin/chromium
[ -x "$chromium" ] || { echo "chromium not installed"; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
input="$src/tests/fixtures/digest/ferry"
[ -d "${PRECIS_SHARED_DATA:-}/seeds" ] && input="$PRECIS_SHARED_DATA/seeds"
if [ "$input" = "$src/tests/fixtures/digest/ferry" ]; then
  "$bin" digest --format html "$input"/*.txt > "$tmp/page.html" || fail "digest --format html exited $?"
else
  "$bin" digest --format html "$input" > "$tmp/page.html" || fail "digest --format html exited $?"
fi
# self-contained: no external scripts, styles, images or fonts
if grep -Eiq '(src|href)="(https?:)?//' "$tmp/page.html"; then fail "page references an external asset"; fi
grep -q '<style>' "$tmp/page.html" || fail "no inline CSS"

run_chromium() {
  timeout 90 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$tmp/profile" "$@" "file://$tmp/page.html"
}
run_chromium --dump-dom --enable-logging=stderr --v=0 > "$tmp/dom.html" 2> "$tmp/console.log" || fail "chromium --dump-dom failed"
for id in summary facts quotes timeline entities sources; do
  grep -q "id=\"$id\"" "$tmp/dom.html" || fail "section #$id missing from the DOM"
done
grep -q 'class="flag">DISAGREEMENT' "$tmp/dom.html" || fail "no highlighted disagreement"
grep -q 'href="#src-1"' "$tmp/dom.html" || fail "citations are not links to the sources"
if grep -Eq 'Uncaught|console error|CONSOLE\(' "$tmp/console.log"; then
  grep -E 'Uncaught|console error|CONSOLE\(' "$tmp/console.log" >&2
  fail "console errors"
fi
for size in 1280,900 390,844; do
  run_chromium --screenshot="$tmp/shot-$size.png" --window-size=$size >/dev/null 2>&1 || fail "screenshot at $size"
  [ -s "$tmp/shot-$size.png" ] || fail "empty screenshot at $size"
done
echo "ok: sections present, no console errors, screenshots at desktop and phone widths"

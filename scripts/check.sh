#!/bin/sh
# The project's test command (README, CI): runs the suite on the Release build and under
# ASan+UBSan, then prints one summary line that adds both runs up.
set -u
cd "$(dirname "$0")/.."
log=$(mktemp); trap 'rm -f "$log"' EXIT
status=0
make --no-print-directory test 2>&1 | tee -a "$log" || status=1
make --no-print-directory test-asan 2>&1 | tee -a "$log" || status=1
passed=0; failed=0
for line in $(grep -Eo 'tests passed, [0-9]+ tests failed out of [0-9]+' "$log" | awk '{print $3 "/" $NF}'); do
  f=${line%/*}; n=${line#*/}
  failed=$((failed + f)); passed=$((passed + n - f))
done
[ "$passed" -gt 0 ] || status=1
echo "check: $passed passed, $failed failed"
exit $status

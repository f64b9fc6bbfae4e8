#!/bin/sh
# `--help` and the man page say the same: every long option a command's --help lists is in the
# OPTIONS section of docs/man/precis-COMMAND.1.md and the other way round, for every command
# `precis --help` lists.
set -u
src="$PRECIS_SOURCE_DIR/docs/man"
fail=0
opts() { grep -Eo -- '--[a-z][a-z-]*' | sort -u; }
for cmd in $("$PRECIS_BIN" --help | awk '/^commands:/ {on=1; next} on && !NF {exit} on {print $1}'); do
  md="$src/precis-$cmd.1.md"
  [ -f "$md" ] || { echo "FAIL: no man page source $md"; fail=1; continue; }
  help=$("$PRECIS_BIN" "$cmd" --help 2>&1 | opts)
  man=$(awk '/^# OPTIONS/ {on=1; next} /^# / {on=0} on' "$md" | opts)
  d=$(printf '%s\n' "$help" "$man" | sort | uniq -u)
  if [ -n "$d" ]; then
    echo "FAIL: precis $cmd: options in only one of --help and $md:"; echo "$d"; fail=1
  fi
done
[ $fail -eq 0 ] && echo "ok: --help and man pages agree"
exit $fail

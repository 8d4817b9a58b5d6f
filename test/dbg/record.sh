#!/bin/sh
# Records real erl's dbg output for the scenarios of dbg_cases.erl (with
# dbg_kvs.erl, the module its local call cases trace) into
# expected.txt, which dbg.test.ts compares erlts's output with (pids
# renumbered on both sides). Debian's erlang-base ships runtime_tools'
# source without its beam files, so OTP's dbg is compiled from that source
# into a temporary directory first when erl cannot load it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ "$(erl -noshell -eval 'io:format("~p", [code:which(dbg)]), halt().')" = non_existing ]; then
  lib=$(erl -noshell -eval 'io:format("~s", [code:lib_dir(runtime_tools)]), halt().')
  erlc -o "$tmp" "$lib/src/dbg.erl"
fi
erlc -o "$tmp" "$here/dbg_cases.erl" "$here/dbg_kvs.erl"
(cd "$tmp" && erl -noshell -pa "$tmp" -eval 'dbg_cases:run(), halt().') > "$here/expected.txt"
echo "wrote $here/expected.txt"

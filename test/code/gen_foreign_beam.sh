#!/usr/bin/env bash
# Records what real erl prints when the code path holds a kvs.beam it
# cannot load (one written by erlts), for test/code/foreign_beam.test.ts,
# which gives erlts a kvs.beam written by real erl (erlc) and expects the
# same. Also refreshes that fixture, kvs.beam. Needs erl, erlc and a built
# erlts. The temp dir's name becomes $DIR in the recorded output.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
fix="$here/foreign_beam"
root="$(cd "$here/../.." && pwd)"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
# The fixture: real erl's BEAM file.
(cd "$dir" && cp "$fix/kvs.erl" . && erlc kvs.erl && cp kvs.beam "$fix/kvs.beam" && rm kvs.beam)
# The oracle: real erl with erlts's kvs.beam, which it cannot load.
(cd "$dir" && "$root/bin/erlts" -noshell -eval 'c:c(kvs), halt().')
(cd "$dir" && erl -noshell -eval "$(cat "$fix/session.txt")" >out 2>&1) || true
sed "s#$dir#\$DIR#g" "$dir/out" >"$fix/expected.txt"
echo "recorded $(wc -l <"$fix/expected.txt") lines"

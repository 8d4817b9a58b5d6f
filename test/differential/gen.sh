#!/bin/sh
# Regenerates test/differential/data from real erl: gen_calls.escript writes
# the batches (shell input, modules, -eval arguments), then each batch runs
# in real erl, in a fresh temp dir with a fixed locale, exactly as
# differential.test.ts runs it through bin/erlts, and erl's stdout is kept
# as NAME.out. Needs erl and escript on PATH.
set -e
here=$(cd "$(dirname "$0")" && pwd)
data="$here/data"
command -v erl >/dev/null || { echo "gen.sh: erl not found on PATH" >&2; exit 1; }
rm -rf "$data"
mkdir -p "$data"
escript "$here/gen_calls.escript" "$data"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset ERL_FLAGS ERL_AFLAGS ERL_ZFLAGS

run_in_tmp() { # out-file command...
  out=$1; shift
  tmp=$(mktemp -d)
  (cd "$tmp" && HOME="$tmp" timeout 300 "$@" > "$out" 2>/dev/null) || true
  rm -rf "$tmp"
}

jobs=${JOBS:-2}
i=0
for f in "$data"/shell/*.in; do
  run_in_tmp "${f%.in}.out" sh -c "erl < '$f'" &
  i=$((i + 1)); [ $((i % jobs)) -eq 0 ] && wait
done
wait
for f in "$data"/module/*.erl; do
  m=$(basename "$f" .erl)
  run_in_tmp "${f%.erl}.out" sh -c "cp '$f' . && erl -noshell -eval 'c:c($m), $m:main(), halt().'" &
  i=$((i + 1)); [ $((i % jobs)) -eq 0 ] && wait
done
wait
for f in "$data"/eval/*.eval; do
  run_in_tmp "${f%.eval}.out" sh -c "erl -noshell -eval \"\$(cat '$f')\"" &
  i=$((i + 1)); [ $((i % jobs)) -eq 0 ] && wait
done
wait
echo "gen.sh: $(cat "$data"/*/*.ids | wc -l) cases recorded in $data"

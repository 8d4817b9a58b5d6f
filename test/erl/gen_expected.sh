#!/usr/bin/env bash
# Regenerates test/erl/cases/<name>.expected by running each case on real
# Erlang/OTP (the oracle): the .erl is copied to a fresh temp dir, compiled
# there with c:c and its main/0 run; stdout becomes the expected output.
# Usage: test/erl/gen_expected.sh [name ...]   (default: every case)
# The eunit_* and assert_* cases need Debian's erlang-eunit and erlang-dev
# besides erlang-base (EUnit and its headers are not in the base package).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cases="$here/cases"
erl_cmd="${REAL_ERL:-erl}"
# A fixed locale: erl picks its io encoding from it.
export LANG=C.UTF-8 LC_ALL=C.UTF-8

if [ "$#" -gt 0 ]; then
  names=("$@")
else
  names=()
  for f in "$cases"/*.erl; do names+=("$(basename "$f" .erl)"); done
fi

status=0
for name in "${names[@]}"; do
  src="$cases/$name.erl"
  [ -f "$src" ] || { echo "no such case: $name" >&2; status=1; continue; }
  dir="$(mktemp -d)"
  cp "$src" "$dir/"
  # stdout only: c:c prints warnings there too, and a case must compile clean.
  if ! (cd "$dir" && timeout 60 "$erl_cmd" -noshell -pa "$dir" \
        -eval "c:c($name), $name:main(), halt()." >"$dir/out" 2>"$dir/err"); then
    echo "$name: erl failed" >&2
    cat "$dir/err" >&2
    status=1
  elif grep -q 'Warning:' "$dir/out"; then
    echo "$name: compiles with warnings; fix the case" >&2
    grep 'Warning:' "$dir/out" >&2
    status=1
  else
    cp "$dir/out" "$cases/$name.expected"
    echo "$name: $(wc -l <"$dir/out") lines"
  fi
  rm -rf "$dir"
done
exit "$status"

#!/bin/sh
# Regenerates the oracle data for the lint tests from real Erlang/OTP:
# for each lint-data/NAME.erl, NAME.erlc.out is what `erlc` prints and
# NAME.forms.json is the abstract format epp produces (the lint input).
set -e
cd "$(dirname "$0")/lint-data"
out=$(mktemp -d)
for f in *.erl; do
  n=${f%.erl}
  erlc -o "$out" "$f" > "$n.erlc.out" 2>&1 || true
  escript ../lint_dump_forms.escript "$f" > "$n.forms.json"
done
rm -rf "$out"

#!/bin/sh
# Regenerates the golden outputs of test/runtime_limits from real erl
# (OTP 25). Run from the repository root: sh test/runtime_limits/gen_expected.sh
set -e
dir=test/runtime_limits
cd "$dir"
for name in huge_inputs big_binary_inputs; do
  erl < "$name.txt" > "$name.expected" 2> "$name.stderr" || true
done
erl -noshell -eval '[list_to_atom("a" ++ integer_to_list(I)) || I <- lists:seq(1, 1100000)], init:stop().' > /dev/null 2> atom_limit.stderr || true
rm -f erl_crash.dump

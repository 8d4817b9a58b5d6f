#!/bin/sh
# Regenerates test/bifs/data/*.jsonl from real erl, one per cases file.
set -e
cd "$(dirname "$0")"
for f in cases/*.calls; do
  name=$(basename "$f" .calls)
  escript gen_expected.escript "$f" "data/$name.jsonl"
  echo "data/$name.jsonl: $(wc -l < "data/$name.jsonl") calls"
done

#!/bin/sh
# Records test/bifs/sessions/*.out from real erl (each session runs in a
# fresh temp dir, as sessions.test.ts replays them).
set -e
cd "$(dirname "$0")/sessions"
here=$(pwd)
for f in *.erl-shell; do
  name=${f%.erl-shell}
  tmp=$(mktemp -d)
  (cd "$tmp" && erl < "$here/$f" > "$here/$name.out" 2>&1) || true
  rm -rf "$tmp"
  echo "sessions/$name.out"
done

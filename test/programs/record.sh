#!/usr/bin/env bash
# Records each program's output from real Erlang/OTP (the oracle).
# A program is a directory test/programs/<NNN_name>/ holding its .erl (and
# .hrl) files and `run`, one line: the expression to evaluate once every .erl
# in the directory is compiled. The files are copied to a fresh temp dir and
#   erl -noshell -eval 'c:c(a), c:c(b), <run>, halt().'
# runs there; its stdout (compiler warnings included, as a user sees them)
# becomes expected.txt and its exit status expected.status.
# Usage: test/programs/record.sh [NNN_name ...]   (default: every program)
# EUnit programs need Debian's erlang-eunit and erlang-dev besides erlang-base.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
erl_cmd="${REAL_ERL:-erl}"
# A fixed locale: erl picks its io encoding from it.
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset ERL_FLAGS ERL_AFLAGS ERL_ZFLAGS

if [ "$#" -gt 0 ]; then
  names=("$@")
else
  names=()
  for d in "$here"/[0-9]*/; do names+=("$(basename "$d")"); done
fi

# The -eval text for a program directory: the same function lives in
# programs.test.ts (evalText), keep the two in step.
eval_text() {
  local dir="$1" text="" f
  for f in $(cd "$dir" && ls *.erl | LC_ALL=C sort); do text+="c:c(${f%.erl}), "; done
  printf '%s%s, halt().' "$text" "$(head -n 1 "$dir/run")"
}

status=0
for name in "${names[@]}"; do
  src="$here/$name"
  [ -f "$src/run" ] || { echo "no such program: $name" >&2; status=1; continue; }
  tmp="$(mktemp -d)"
  (cd "$src" && find . -maxdepth 1 -type f ! -name 'expected.*' ! -name run -exec cp {} "$tmp/" \;)
  rc=0
  (cd "$tmp" && HOME="$tmp" timeout 60 "$erl_cmd" -noshell -eval "$(eval_text "$src")" \
      </dev/null >"$tmp/.out" 2>"$tmp/.err") || rc=$?
  if [ "$rc" -eq 124 ]; then
    echo "$name: timed out under erl" >&2
    status=1
  else
    cp "$tmp/.out" "$src/expected.txt"
    echo "$rc" >"$src/expected.status"
    echo "$name: status $rc, $(wc -l <"$tmp/.out") lines"
  fi
  rm -rf "$tmp"
done
exit "$status"

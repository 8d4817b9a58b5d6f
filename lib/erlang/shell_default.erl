%% Local calls typed at the shell prompt that are not shell commands of
%% the shell itself land here, as in erl.
-module(shell_default).
-export([help/0, c/1, c/2, c/3, l/1, nl/1, lc/1, q/0, halt/0, halt/1, flush/0, pwd/0, cd/1,
         ls/0, ls/1, i/0, ni/0, regs/0, nregs/0, nodes/0, memory/0, m/0, m/1,
         history/1, results/1]).

help() -> c:help().
c(M) -> c:c(M).
c(M, Opts) -> c:c(M, Opts).
c(M, Opts, Filter) -> c:c(M, Opts, Filter).
l(M) -> c:l(M).
nl(M) -> c:nl(M).
lc(Ms) -> c:lc(Ms).
q() -> c:q().
halt() -> erlang:halt().
halt(S) -> erlang:halt(S).
flush() -> c:flush().
pwd() -> c:pwd().
cd(D) -> c:cd(D).
ls() -> c:ls().
ls(D) -> c:ls(D).
i() -> c:i().
ni() -> c:ni().
regs() -> c:regs().
nregs() -> c:nregs().
nodes() -> erlang:nodes().
memory() -> c:memory().
m() -> c:m().
m(M) -> c:m(M).
history(N) -> shell:history(N).
results(N) -> shell:results(N).

%% bench_mailbox: what a queued message and a trapped exit cost in memory.
%% run(N) -> {{Queued, Exits}, Metrics} with Queued = 10 * N, Exits = N.
%% Metrics (totals; the harness divides by the count):
%%   msg_rss_bytes    growth of the node's resident memory while a process
%%                    that never receives holds 10 * N messages {msg, I}
%%   exit_rss_bytes   growth while a process that traps exits holds N
%%                    {'EXIT', Pid, normal} messages from N linked processes
%%                    that have ended
%%   *_quiet_rss_bytes  the same after ten seconds with nothing else to do
%%                    (what a node holds in the long run, once its memory
%%                    manager has caught up with the burst)
%% Each figure is read after erlang:garbage_collect/0, as a user checking
%% memory would, from a start taken after ten quiet seconds (so that one
%% part's burst is not counted in the next one's); -1 where
%% /proc/self/status cannot be read.
-module(bench_mailbox).
-export([run/1]).

run(N) ->
    {Queued, MsgRss, MsgQuiet} = queued_messages(10 * N),
    {Exits, ExitRss, ExitQuiet} = trapped_exits(N),
    {{Queued, Exits},
     [{msg_rss_bytes, MsgRss}, {msg_quiet_rss_bytes, MsgQuiet},
      {exit_rss_bytes, ExitRss}, {exit_quiet_rss_bytes, ExitQuiet}]}.

queued_messages(N) ->
    quiet(),
    Rss0 = rss_bytes(),
    P = spawn(fun() -> receive stop -> ok end end),
    send_n(P, N),
    Len = wait_queue(P, N),
    settle(),
    Rss1 = rss_bytes(),
    quiet(),
    Rss2 = rss_bytes(),
    exit(P, kill),
    {Len, diff(Rss0, Rss1), diff(Rss0, Rss2)}.

trapped_exits(N) ->
    Self = self(),
    Trapper = spawn(fun() -> trapper(Self, N) end),
    receive {Trapper, Result} -> Result end.

trapper(Parent, N) ->
    process_flag(trap_exit, true),
    quiet(),
    Rss0 = rss_bytes(),
    link_n(N),
    Len = wait_queue(self(), N),
    settle(),
    Rss1 = rss_bytes(),
    quiet(),
    Rss2 = rss_bytes(),
    Parent ! {self(), {Len, diff(Rss0, Rss1), diff(Rss0, Rss2)}}.

send_n(_, 0) -> ok;
send_n(P, K) ->
    P ! {msg, K},
    send_n(P, K - 1).

link_n(0) -> ok;
link_n(K) ->
    spawn_link(fun() -> ok end),
    link_n(K - 1).

wait_queue(P, N) ->
    {message_queue_len, Len} = process_info(P, message_queue_len),
    case Len >= N of
        true -> Len;
        false -> timer:sleep(10), wait_queue(P, N)
    end.

settle() ->
    erlang:garbage_collect(),
    timer:sleep(200).

quiet() ->
    timer:sleep(10000),
    erlang:garbage_collect().

diff(A, B) when A < 0; B < 0 -> -1;
diff(A, B) -> B - A.

rss_bytes() ->
    case file:read_file("/proc/self/status") of
        {ok, Bin} -> vm_rss(string:tokens(binary_to_list(Bin), "\n"));
        _ -> -1
    end.

vm_rss([]) -> -1;
vm_rss(["VmRSS:" ++ Rest | _]) ->
    [Kb | _] = string:tokens(Rest, " \t"),
    list_to_integer(Kb) * 1024;
vm_rss([_ | Lines]) -> vm_rss(Lines).

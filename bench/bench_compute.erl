%% bench_compute: compute-heavy programs of the kinds people write, each in
%% its own module compute_<name>.erl with size(small | medium) -> Arg and
%% run(Arg) -> Check. Each program runs in a fresh process, timed alone
%% (the clock runs around run/1 only), like bench_lists' parts; its Check
%% is a term of integers that the harness compares with erl's.
%% run(Size) -> {[{Program, Check}], [{Program, Microseconds}]}.
%% A program that crashes gives {Program, {error, Reason}} and time 0; the
%% others still run.
-module(bench_compute).
-export([run/1, programs/0]).

programs() ->
    [search, dp_array, dp_maps, dp_tuple, strings, sieve, bignum,
     ets, binary, gen_server, hamming, divisors, bfs].

run(Size) ->
    Parts = [part(P, Size) || P <- programs()],
    {[{Name, Check} || {Name, Check, _} <- Parts],
     [{Name, Us} || {Name, _, Us} <- Parts]}.

part(Name, Size) ->
    Mod = list_to_atom("compute_" ++ atom_to_list(Name)),
    Parent = self(),
    {Pid, Mon} =
        spawn_monitor(fun() ->
                              Arg = Mod:size(Size),
                              T0 = erlang:monotonic_time(microsecond),
                              Check = Mod:run(Arg),
                              T1 = erlang:monotonic_time(microsecond),
                              Parent ! {self(), Check, T1 - T0}
                      end),
    receive
        {Pid, Check, Us} ->
            erlang:demonitor(Mon, [flush]),
            {Name, Check, Us};
        {'DOWN', Mon, process, Pid, Reason} ->
            {Name, {error, Reason}, 0}
    end.

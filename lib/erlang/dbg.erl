%% dbg: the terminal's view of what the live view draws. A tracer process
%% prints the trace messages of erlang:trace/3 and erlang:trace_pattern/3
%% (bifs/erlang/trace.ts) as erl's dbg prints them:
%%   (<0.90.0>) << {store,weather,fine}
%%   (<0.90.0>) <0.91.0> ! hello
%%   (<0.90.0>) spawn <0.92.0> as erlang:apply(#Fun<...>,[])
%%   (<0.90.0>) call kvs:store(weather,fine)
%%   (<0.90.0>) returned from kvs:store/2 -> true
%% What is here: tracer/0,2, p/1,2, tp/tpl, ctp/ctpl/ctpg, stop/0. tp's
%% patterns see calls through a module's exports (kvs:store(...) from the
%% shell); tpl's see every call, local calls and a loop's tail calls to
%% itself too. Match specs choose calls by their heads and guards and add
%% return and exception lines (x, or {return_trace} and {exception_trace})
%% and the caller (c, cx, {message, {caller}}).
-module(dbg).
-define(SAVED, {dbg, saved_patterns}).
-export([tracer/0, tracer/2, get_tracer/0, p/1, p/2,
         tp/2, tp/3, tp/4, tpl/2, tpl/3, tpl/4,
         ctp/0, ctp/1, ctp/2, ctp/3, ctpl/0, ctpl/1, ctpl/2, ctpl/3,
         ctpg/0, ctpg/1, ctpg/2, ctpg/3,
         stop/0, stop_clear/0]).

tracer() -> tracer(process, {fun handler/2, user}).

tracer(process, {Fun, State}) when is_function(Fun, 2) ->
    case whereis(dbg) of
        undefined ->
            Self = self(),
            Pid = spawn(fun() ->
                                register(dbg, self()),
                                Self ! {self(), started},
                                loop(Fun, State, [])
                        end),
            receive {Pid, started} -> {ok, Pid} end;
        _ ->
            {error, already_started}
    end.

get_tracer() ->
    case whereis(dbg) of
        undefined -> {error, no_tracer};
        Pid -> {ok, Pid}
    end.

p(Item) -> p(Item, [m]).

p(Item, Flags) when is_atom(Flags) -> p(Item, [Flags]);
p(Item, Flags) ->
    Tracer = case whereis(dbg) of
                 undefined -> {ok, T} = tracer(), T;
                 T -> T
             end,
    sync(Tracer),
    Expanded = expand(Flags),
    Spec = spec(Item),
    case Spec of
        {error, Reason} -> {error, Reason};
        _ ->
            try erlang:trace(Spec, true, [{tracer, Tracer} | Expanded]) of
                N -> {ok, [{matched, node(), N}]}
            catch
                error:badarg when is_pid(Spec) -> {ok, [{matched, node(), 0, {no_proc, Spec}}]}
            end
    end.

spec(Pid) when is_pid(Pid) -> Pid;
spec(Name) when is_atom(Name), Name =/= all, Name =/= new, Name =/= existing,
                Name =/= processes, Name =/= new_processes, Name =/= existing_processes ->
    case whereis(Name) of
        undefined -> {error, {no_proc, Name}};
        Pid -> Pid
    end;
spec({0, A, B}) -> c:pid(0, A, B);
spec(Other) -> Other.

expand(Flags) -> lists:usort(lists:flatmap(fun flag/1, Flags)).

flag(m) -> [send, 'receive'];
flag(s) -> [send];
flag(r) -> ['receive'];
flag(p) -> [procs];
flag(c) -> [call];
flag(call) -> [call];
flag(send) -> [send];
flag('receive') -> ['receive'];
flag(procs) -> [procs];
flag(sos) -> [];
flag(sol) -> [];
flag(sofs) -> [];
flag(sofl) -> [];
flag(all) -> [send, 'receive', procs, call];
flag(clear) -> [];
flag(_) -> [].

tp({M, F, A}, MS) -> tp(M, F, A, MS);
tp(M, MS) -> tp(M, '_', '_', MS).
tp(M, F, MS) -> tp(M, F, '_', MS).
tp(M, F, A, MS) -> pattern(M, F, A, MS, [global]).

tpl({M, F, A}, MS) -> tpl(M, F, A, MS);
tpl(M, MS) -> tpl(M, '_', '_', MS).
tpl(M, F, MS) -> tpl(M, F, '_', MS).
tpl(M, F, A, MS) -> pattern(M, F, A, MS, [local]).

pattern(M, F, A, MS, Flags) ->
    _ = [sync(Pid) || Pid <- [whereis(dbg)], is_pid(Pid)],
    N = erlang:trace_pattern({M, F, A}, match_spec(MS), Flags),
    case MS of
        Saved when is_atom(Saved), Saved =/= true, Saved =/= false -> {ok, [{matched, node(), N}, {saved, Saved}]};
        [_ | _] -> {ok, [{matched, node(), N}, {saved, save(MS)}]};
        _ -> {ok, [{matched, node(), N}]}
    end.

%% As OTP's dbg, a match spec given as a list is saved under a number (the
%% same spec keeps its number) until dbg:stop/0.
save(MS) ->
    Saved = persistent_term:get(?SAVED, []),
    case lists:keyfind(MS, 2, Saved) of
        {N, _} -> N;
        false ->
            N = length(Saved) + 1,
            persistent_term:put(?SAVED, Saved ++ [{N, MS}]),
            N
    end.

match_spec(x) -> [{'_', [], [{exception_trace}]}];
match_spec(c) -> [{'_', [], [{message, {caller}}]}];
match_spec(cx) -> [{'_', [], [{exception_trace}, {message, {caller}}]}];
match_spec(MS) -> MS.

ctp() -> ctp('_', '_', '_').
ctp({M, F, A}) -> ctp(M, F, A);
ctp(M) -> ctp(M, '_', '_').
ctp(M, F) -> ctp(M, F, '_').
ctp(M, F, A) ->
    _ = clear(M, F, A, [global]),
    clear(M, F, A, [local]).
ctpl() -> ctpl('_', '_', '_').
ctpl({M, F, A}) -> ctpl(M, F, A);
ctpl(M) -> ctpl(M, '_', '_').
ctpl(M, F) -> ctpl(M, F, '_').
ctpl(M, F, A) -> clear(M, F, A, [local]).
ctpg() -> ctpg('_', '_', '_').
ctpg({M, F, A}) -> ctpg(M, F, A);
ctpg(M) -> ctpg(M, '_', '_').
ctpg(M, F) -> ctpg(M, F, '_').
ctpg(M, F, A) -> clear(M, F, A, [global]).

%% As erlang:trace_pattern/3 with false: the number of functions matched,
%% global patterns for exported functions, local ones for all.
clear('_', _, _, Flags) ->
    N = lists:sum([erlang:trace_pattern({M, '_', '_'}, false, Flags) || {M, _} <- code:all_loaded()]),
    {ok, [{matched, node(), N}]};
clear(M, F, A, Flags) ->
    {ok, [{matched, node(), erlang:trace_pattern({M, F, A}, false, Flags)}]}.

stop() ->
    _ = ctp(),
    _ = persistent_term:erase(?SAVED),
    case whereis(dbg) of
        undefined -> ok;
        Pid ->
            erlang:trace(all, false, [all]),
            Ref = erlang:monitor(process, Pid),
            Pid ! {self(), stop},
            receive {'DOWN', Ref, _, _, _} -> ok end
    end,
    ok.

stop_clear() -> stop().

%% A round trip to the tracer, as OTP's dbg makes one to its server for
%% each request: processes spawned just before (P = spawn(...), dbg:p(P, c))
%% run up to their first wait before their flags are set.
sync(Tracer) ->
    Ref = erlang:monitor(process, Tracer),
    Tracer ! {self(), sync},
    receive
        {Tracer, synced} -> erlang:demonitor(Ref, [flush]), ok;
        {'DOWN', Ref, _, _, _} -> ok
    end.

%% ---- the tracer ----

loop(Fun, State, _) ->
    receive
        {From, stop} when is_pid(From) ->
            ok;
        {From, sync} when is_pid(From) ->
            From ! {self(), synced},
            loop(Fun, State, []);
        Msg when is_tuple(Msg), element(1, Msg) =:= trace ->
            loop(Fun, Fun(Msg, State), []);
        _ ->
            loop(Fun, State, [])
    end.

%% Prints one trace message as erl's dbg does, to the device it was given.
handler({trace, From, 'receive', Msg}, Out) ->
    io:format(Out, "(~p) << ~p~n", [From, Msg]),
    Out;
handler({trace, From, send, Msg, To}, Out) ->
    io:format(Out, "(~p) ~p ! ~p~n", [From, To, Msg]),
    Out;
handler({trace, From, call, MFA}, Out) ->
    io:format(Out, "(~p) call ~s~n", [From, func(MFA)]),
    Out;
handler({trace, From, call, MFA, Extra}, Out) ->
    io:format(Out, "(~p) call ~s (~p)~n", [From, func(MFA), Extra]),
    Out;
handler({trace, From, return_from, MFA, Ret}, Out) ->
    io:format(Out, "(~p) returned from ~s -> ~p~n", [From, func(MFA), Ret]),
    Out;
handler({trace, From, spawn, Pid, MFA}, Out) ->
    io:format(Out, "(~p) spawn ~p as ~s~n", [From, Pid, func(MFA)]),
    Out;
handler(Trace, Out) when is_tuple(Trace), tuple_size(Trace) >= 4 ->
    [trace, From, Op | Rest] = tuple_to_list(Trace),
    io:format(Out, "(~p) ~p ~s~n", [From, Op, lists:join(" ", [io_lib:format("~p", [X]) || X <- Rest])]),
    Out;
handler(_, Out) ->
    Out.

%% {M, F, Args} as a call, M:F(A1,A2); {M, F, Arity} as M:F/Arity.
func({M, F, Args}) when is_list(Args) ->
    io_lib:format("~p:~p(~s)", [M, F, lists:join(",", [io_lib:format("~p", [A]) || A <- Args])]);
func({M, F, Arity}) ->
    io_lib:format("~p:~p/~p", [M, F, Arity]);
func(X) ->
    io_lib:format("~p", [X]).

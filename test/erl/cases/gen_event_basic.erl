-module(gen_event_basic).
-behaviour(gen_event).
-export([main/0]).
-export([init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2, code_change/3]).

%% A counting handler; {Mod, Id} handlers; crashes; supervised handlers.
init({swapped_in, {Arg, FromOld}}) -> io:format("init swapped ~p ~p~n", [Arg, FromOld]), {ok, {swapped, FromOld}};
init(bad) -> {error, refused};
init(crash) -> erlang:error(init_crash);
init(weird) -> weird;
init(Name) -> io:format("init ~p~n", [Name]), {ok, {Name, 0}}.

handle_event(crash, _State) -> erlang:error(handler_crash);
handle_event({crash_if, Name}, {Name, _}) -> exit(handler_exit);
handle_event({crash_if, _}, State) -> {ok, State};
handle_event(bad_return, _State) -> what;
handle_event(remove_me, {Name, _}) -> io:format("~p removing itself~n", [Name]), remove_handler;
handle_event({swap, To}, State) -> {swap_handler, swap_out, State, To, swapped_in};
handle_event(Ev, {Name, N}) -> io:format("~p got ~p (~p)~n", [Name, Ev, N]), {ok, {Name, N + 1}};
handle_event(Ev, State) -> io:format("other state ~p got ~p~n", [State, Ev]), {ok, State}.

handle_call(count, {Name, N}) -> {ok, N, {Name, N}};
handle_call(crash, {_, N}) -> N = N + 1;
handle_call(stop_me, _S) -> {remove_handler, stopped};
handle_call(Q, S) -> {ok, {unknown, Q}, S}.

handle_info(Info, {Name, N}) -> io:format("~p info ~p~n", [Name, Info]), {ok, {Name, N}};
handle_info(_, S) -> {ok, S}.

terminate(Arg, State) -> io:format("terminate ~p ~p~n", [Arg, State]), {terminated, Arg}.

code_change(_, S, _) -> {ok, S}.

main() ->
    {ok, M} = gen_event:start({local, events}),
    io:format("start again: ~p~n", [element(1, gen_event:start({local, events}))]),
    io:format("add: ~p~n", [gen_event:add_handler(events, ?MODULE, first)]),
    io:format("add id: ~p~n", [gen_event:add_handler(events, {?MODULE, two}, second)]),
    io:format("add bad: ~p~n", [gen_event:add_handler(events, {?MODULE, three}, bad)]),
    io:format("add weird: ~p~n", [gen_event:add_handler(events, {?MODULE, four}, weird)]),
    {'EXIT', {init_crash, _}} = gen_event:add_handler(events, {?MODULE, five}, crash),
    io:format("add dup: ~p~n", [gen_event:add_handler(events, ?MODULE, first_again)]),
    io:format("which: ~p~n", [gen_event:which_handlers(events)]),
    io:format("delete dup: ~p~n", [gen_event:delete_handler(events, ?MODULE, bye)]),
    io:format("which: ~p~n", [gen_event:which_handlers(events)]),
    io:format("notify: ~p~n", [gen_event:notify(events, hello)]),
    io:format("sync_notify: ~p~n", [gen_event:sync_notify(M, world)]),
    io:format("call: ~p~n", [gen_event:call(events, ?MODULE, count)]),
    io:format("call id: ~p~n", [gen_event:call(events, {?MODULE, two}, count)]),
    io:format("call other: ~p~n", [gen_event:call(events, {?MODULE, two}, what)]),
    io:format("call missing: ~p~n", [gen_event:call(events, nobody, count)]),
    events ! an_info,
    io:format("sync: ~p~n", [gen_event:sync_notify(events, after_info)]),
    io:format("call remove: ~p~n", [gen_event:call(events, {?MODULE, two}, stop_me)]),
    io:format("which: ~p~n", [gen_event:which_handlers(events)]),
    CallCrash = gen_event:call(events, ?MODULE, crash),
    timer:sleep(50),
    io:format("call crash: ~p~n", [element(1, CallCrash)]),
    io:format("which: ~p~n", [gen_event:which_handlers(events)]),
    ok = gen_event:add_handler(events, {?MODULE, a}, a),
    ok = gen_event:add_handler(events, {?MODULE, b}, b),
    gen_event:sync_notify(events, remove_me),
    io:format("which after remove: ~p~n", [gen_event:which_handlers(events)]),
    ok = gen_event:add_handler(events, {?MODULE, c}, c),
    gen_event:sync_notify(events, crash),
    timer:sleep(50),
    io:format("which after crash: ~p~n", [gen_event:which_handlers(events)]),
    ok = gen_event:add_handler(events, {?MODULE, d}, d),
    gen_event:sync_notify(events, bad_return),
    timer:sleep(50),
    io:format("which after bad return: ~p~n", [gen_event:which_handlers(events)]),
    ok = gen_event:add_handler(events, {?MODULE, e}, e),
    io:format("swap: ~p~n", [gen_event:swap_handler(events, {{?MODULE, e}, swap_arg}, {{?MODULE, f}, {swapped_in, x}})]),
    io:format("which: ~p~n", [gen_event:which_handlers(events)]),
    io:format("swap missing: ~p~n", [gen_event:swap_handler(events, {{?MODULE, zz}, a1}, {{?MODULE, g}, {swapped_in, y}})]),
    io:format("which: ~p~n", [gen_event:which_handlers(events)]),
    io:format("delete missing: ~p~n", [gen_event:delete_handler(events, nobody, x)]),
    io:format("delete f: ~p~n", [gen_event:delete_handler(events, {?MODULE, f}, x)]),
    io:format("delete g: ~p~n", [gen_event:delete_handler(events, {?MODULE, g}, x)]),
    supervised(),
    io:format("stop: ~p~n", [gen_event:stop(events)]),
    flush(),
    io:format("whereis: ~p~n", [whereis(events)]),
    io:format("notify dead: ~p~n", [element(1, element(2, catch gen_event:notify(events, x)))]),
    io:format("call dead: ~p~n", [catch gen_event:call(events, ?MODULE, count)]),
    anonymous().

supervised() ->
    ok = gen_event:add_sup_handler(events, {?MODULE, s1}, s1),
    ok = gen_event:add_sup_handler(events, {?MODULE, s2}, s2),
    ok = gen_event:add_sup_handler(events, {?MODULE, s3}, s3),
    io:format("delete sup: ~p~n", [gen_event:delete_handler(events, {?MODULE, s1}, gone)]),
    gen_event:sync_notify(events, {crash_if, s3}),
    timer:sleep(50),
    flush(),
    ok = gen_event:add_handler(events, {?MODULE, plain}, plain).

flush() ->
    receive
        {gen_event_EXIT, H, R} ->
            io:format("gen_event_EXIT ~p ~p~n", [H, shorten(R)]),
            flush()
    after 100 -> ok
    end.

shorten({'EXIT', {Reason, [_ | _]}}) -> {'EXIT', {Reason, stack}};
shorten(R) -> R.

anonymous() ->
    {ok, Pid} = gen_event:start_link(),
    ok = gen_event:add_handler(Pid, {?MODULE, anon}, anon),
    ok = gen_event:sync_notify(Pid, ping),
    io:format("anon which: ~p~n", [gen_event:which_handlers(Pid)]),
    ok = gen_event:stop(Pid),
    io:format("anon alive: ~p~n", [is_process_alive(Pid)]).

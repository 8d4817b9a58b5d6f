%% EUnit's front end, eunit:test/1,2, printing what erl 25's default
%% listener (eunit_tty) prints. OTP's EUnit is a server, a process tree and
%% listeners; here one runner process walks the test representation in
%% order (inparallel runs in order too) and prints as it goes. Each test
%% runs in its own process whose group leader captures its output, for the
%% `output:<<"...">>` of a failure report, and which is killed at its
%% timeout (5 s unless {timeout, T, ...} says otherwise).
%%
%% The representation is OTP's: a fun/0; {Line, Fun}; {test, M, F};
%% {generator, F} and {generator, M, F}; {module, M} or an atom (its
%% exported *_test/0 and *_test_/0, then those of M_tests); {Desc, Tests};
%% {setup, ...}, {foreach, ...}, {foreachx, ...}; {timeout, S, T};
%% {inorder, T}, {inparallel, T}; {spawn, T}; {with, X, Fs}; deep lists.
%% A single test inside a group takes over the group's description, as in
%% OTP, which changes how a verbose run labels it.
%%
%% A failure report shows the failing test's own stack frames followed by
%% the frames of OTP's EUnit that erl shows below them (eunit_test,
%% eunit_proc), cut at erl's depth of 8, so that the report reads as erl's.
-module(eunit).
-export([test/1, test/2]).

-record(test, {f, loc, line = 0, desc, timeout, kind = fn}).
-record(group, {tests, desc, order, context, timeout, spawn}).

-define(DEFAULT_TIMEOUT, 5000).
-define(PRINT_DEPTH, 20).
-define(TRACE_DEPTH, 8).

test(Tests) ->
    test(Tests, []).

test(Tests, Options) ->
    Verbose = proplists:get_bool(verbose, Options),
    Caller = self(),
    {Pid, Ref} = spawn_monitor(fun () -> Caller ! {self(), run(Tests, Verbose)} end),
    receive
        {Pid, Result} ->
            erlang:demonitor(Ref, [flush]),
            Result;
        {'DOWN', Ref, process, Pid, Reason} ->
            io:fwrite("Internal error: ~tP.\n", [Reason, ?PRINT_DEPTH]),
            error
    end.

%% ---- the run -----------------------------------------------------------

run(Tests, Verbose) ->
    put(eunit_verbose, Verbose),
    [put(K, 0) || K <- [pass, fail, skip, cancel]],
    Verbose andalso fwrite("======================== EUnit ========================\n"),
    run_group(#group{tests = Tests}, 0, ?DEFAULT_TIMEOUT),
    case erase(eunit_sink) of
        undefined -> ok;
        Sink -> exit(Sink, kill)
    end,
    [Pass, Fail, Skip, Cancel] = [get(K) || K <- [pass, fail, skip, cancel]],
    if Fail =:= 0, Skip =:= 0, Cancel =:= 0 ->
            if Pass =:= 0 ->
                    fwrite("  There were no tests to run.\n");
               true ->
                    Verbose andalso print_bar(),
                    if Pass =:= 1 -> fwrite("  Test passed.\n");
                       Pass =:= 2 -> fwrite("  2 tests passed.\n");
                       true -> fwrite("  All ~w tests passed.\n", [Pass])
                    end
            end,
            ok;
       true ->
            print_bar(),
            fwrite("  Failed: ~w.  Skipped: ~w.  Passed: ~w.\n", [Fail, Skip, Pass]),
            Cancel =/= 0 andalso fwrite("One or more tests were cancelled.\n"),
            error
    end.

count(K) -> put(K, get(K) + 1).

verbose() -> get(eunit_verbose).

%% A group prints its description (verbose runs only) and indents its
%% tests under it; an abort (a bad test, a failing generator or setup)
%% cancels the rest of the group.
run_group(#group{desc = Desc, timeout = GT} = G, Indent, Timeout0) ->
    Shown = verbose() andalso Desc =/= undefined andalso Desc =/= <<>>,
    Shown andalso print_group_start(Indent, Desc),
    Inner = case Shown of true -> Indent + 1; false -> Indent end,
    Timeout = case GT of undefined -> Timeout0; _ -> GT end,
    T0 = erlang:monotonic_time(millisecond),
    try
        run_body(G, Inner, Timeout),
        Time = erlang:monotonic_time(millisecond) - T0,
        Shown andalso Time > 0 andalso begin indent(Inner), fwrite("[done in ~.3f s]\n", [Time / 1000]) end
    catch
        throw:{eunit_abort, Reason} ->
            count(cancel),
            case Shown of
                true -> ok;
                false -> print_group_start(Indent, Desc)
            end,
            indent(case Shown of true -> Inner; false -> Indent end),
            fwrite(format_error(Reason))
    end,
    ok.

run_body(#group{context = undefined, tests = Tests}, Indent, Timeout) ->
    run_list(Tests, Indent, Timeout);
run_body(#group{context = {Setup, Cleanup}, tests = Instantiate}, Indent, Timeout) ->
    X = try quietly(Setup)
        catch C:R:S -> throw({eunit_abort, {setup_failed, {C, R, own_frames(S)}}})
        end,
    try
        Tests = try quietly(fun () -> Instantiate(X) end)
                catch C1:R1:S1 -> throw({eunit_abort, {instantiation_failed, {C1, R1, own_frames(S1)}}})
                end,
        run_list(Tests, Indent, Timeout)
    after
        try quietly(fun () -> Cleanup(X) end)
        catch C2:R2:S2 -> throw({eunit_abort, {cleanup_failed, {C2, R2, own_frames(S2)}}})
        end
    end.

%% A fixture's setup and cleanup run, in OTP's EUnit, in a process whose
%% group leader keeps their output out of the report; so does every
%% process they start (a server printing as the tests call it). Here they
%% run with a group leader that swallows what they print.
quietly(F) ->
    Sink = case get(eunit_sink) of
               undefined ->
                   S = spawn(fun sink/0),
                   put(eunit_sink, S),
                   S;
               S -> S
           end,
    G = group_leader(),
    group_leader(Sink, self()),
    try F()
    after group_leader(G, self())
    end.

run_list(Tests, Indent, Timeout) ->
    case next(Tests) of
        {#test{} = T, Rest} ->
            run_test(T, Indent, Timeout),
            run_list(Rest, Indent, Timeout);
        {#group{} = G, Rest} ->
            run_group(G, Indent, Timeout),
            run_list(Rest, Indent, Timeout);
        none ->
            ok
    end.

%% ---- one test ----------------------------------------------------------

run_test(#test{timeout = TT} = T, Indent, Timeout0) ->
    Timeout = case TT of undefined -> Timeout0; _ -> TT end,
    Verbose = verbose(),
    Verbose andalso print_test_begin(Indent, T),
    Begin = fun () -> Verbose orelse print_test_begin(Indent, T) end,
    Capture = spawn(fun () -> capture(<<>>) end),
    Runner = self(),
    F = T#test.f,
    {Pid, Ref} = spawn_monitor(fun () ->
        group_leader(Capture, self()),
        T0 = erlang:monotonic_time(millisecond),
        R = try F() of
                _ -> ok
            catch
                Class:Reason:Stack -> {error, {Class, Reason, Stack}}
            end,
        Runner ! {self(), R, erlang:monotonic_time(millisecond) - T0}
    end),
    receive
        {Pid, ok, Time} ->
            erlang:demonitor(Ref, [flush]),
            count(pass),
            Verbose andalso begin
                Time > 0 andalso fwrite("[~.3f s] ", [Time / 1000]),
                fwrite("ok\n")
            end;
        {Pid, {error, {Class, Reason, Stack}}, _} ->
            erlang:demonitor(Ref, [flush]),
            count(fail),
            Begin(),
            Trace = own_frames(Stack) ++ eunit_frames(T#test.kind),
            fwrite("*failed*\n~ts", [format_exception({Class, Reason, lists:sublist(Trace, ?TRACE_DEPTH)})]),
            case output(Capture) of
                <<Text:800/binary, _:1/binary, _/binary>> ->
                    fwrite("  output:<<\"~ts\">>...\n\n", [Text]);
                Output ->
                    fwrite("  output:<<\"~ts\">>\n\n", [Output])
            end;
        {'DOWN', Ref, process, Pid, Why} ->
            count(cancel),
            Begin(),
            fwrite("*unexpected termination of test process*\n::~tP\n\n", [Why, ?PRINT_DEPTH])
    after Timeout ->
        Where = erlang:process_info(Pid, current_stacktrace),
        exit(Pid, kill),
        erlang:demonitor(Ref, [flush]),
        count(cancel),
        Begin(),
        fwrite("*timed out*\n"),
        case Where of
            {current_stacktrace, S} when is_list(S) ->
                fwrite(format_stacktrace(lists:sublist(own_frames(S) ++ eunit_frames(T#test.kind), ?TRACE_DEPTH)));
            _ -> ok
        end
    end,
    exit(Capture, kill),
    ok.

%% The frames of the test itself: those above this module's.
own_frames(Stack) ->
    lists:takewhile(fun (Frame) -> element(1, Frame) =/= ?MODULE end, Stack).

%% What erl 25 shows under a failing test's own frames.
eunit_frames(Kind) ->
    Wrapper = case Kind of
                  mf -> [{eunit_test, '-mf_wrapper/2-fun-0-', 2, [{file, "eunit_test.erl"}, {line, 273}]}];
                  fn -> []
              end,
    Wrapper ++
        [{eunit_test, run_testfun, 1, [{file, "eunit_test.erl"}, {line, 71}]},
         {eunit_proc, run_test, 1, [{file, "eunit_proc.erl"}, {line, 531}]},
         {eunit_proc, with_timeout, 3, [{file, "eunit_proc.erl"}, {line, 356}]},
         {eunit_proc, handle_test, 2, [{file, "eunit_proc.erl"}, {line, 514}]},
         {eunit_proc, tests_inorder, 3, [{file, "eunit_proc.erl"}, {line, 456}]},
         {eunit_proc, with_timeout, 3, [{file, "eunit_proc.erl"}, {line, 346}]},
         {eunit_proc, run_group, 2, [{file, "eunit_proc.erl"}, {line, 570}]}].

%% Under a failing generator erl shows where EUnit's parsing called it.
generator_frames(Kind) ->
    lists:sublist(eunit_frames(Kind), case Kind of mf -> 2; fn -> 1 end) ++
        [{eunit_data, parse, 2, [{file, "eunit_data.erl"}, {line, 241}]},
         {eunit_data, next, 2, [{file, "eunit_data.erl"}, {line, 174}]}].

%% The group leader of fixtures: answers and forgets.
sink() ->
    receive
        {io_request, From, ReplyAs, Request} ->
            {Reply, _} = io_request(Request, <<>>),
            From ! {io_reply, ReplyAs, Reply},
            sink()
    end.

%% The group leader of a test process: keeps what the test prints.
capture(Acc) ->
    receive
        {io_request, From, ReplyAs, Request} ->
            {Reply, Acc1} = io_request(Request, Acc),
            From ! {io_reply, ReplyAs, Reply},
            capture(Acc1);
        {output, From, Ref} ->
            From ! {Ref, Acc},
            capture(Acc)
    end.

io_request({put_chars, Enc, Chars}, Acc) ->
    case unicode:characters_to_binary(Chars, Enc, unicode) of
        Bin when is_binary(Bin) -> {ok, <<Acc/binary, Bin/binary>>};
        _ -> {{error, put_chars}, Acc}
    end;
io_request({put_chars, Enc, M, F, A}, Acc) ->
    try io_request({put_chars, Enc, apply(M, F, A)}, Acc)
    catch _:_ -> {{error, F}, Acc}
    end;
io_request({put_chars, Chars}, Acc) ->
    io_request({put_chars, latin1, Chars}, Acc);
io_request({put_chars, M, F, A}, Acc) ->
    io_request({put_chars, latin1, M, F, A}, Acc);
io_request({requests, Rs}, Acc) ->
    lists:foldl(fun (R, {ok, A}) -> io_request(R, A);
                    (_, Done) -> Done
                end, {ok, Acc}, Rs);
io_request(getopts, Acc) ->
    {[{binary, false}, {encoding, unicode}], Acc};
io_request({get_geometry, _}, Acc) ->
    {{error, enotsup}, Acc};
io_request(_, Acc) ->
    {{error, enotsup}, Acc}.

output(Capture) ->
    Ref = make_ref(),
    Capture ! {output, self(), Ref},
    receive {Ref, Bin} -> Bin after 1000 -> <<>> end.

%% ---- the test representation -------------------------------------------

%% {Item, Rest} or none; an Item is a #test{} or a #group{}.
next(Tests) ->
    case dlist_next(Tests) of
        [T | Ts] ->
            case parse(T) of
                {data, T1} -> next([T1 | Ts]);
                Item -> {Item, Ts}
            end;
        [] ->
            none
    end.

%% Deep lists of tests are walked in order; a string stands for itself.
dlist_next([]) -> [];
dlist_next([X | Xs]) when is_list(X) ->
    case is_string(X) of
        true -> [X | Xs];
        false -> dlist_next(X ++ Xs)
    end;
dlist_next([_ | _] = Xs) ->
    case is_string(Xs) of
        true -> [Xs];
        false -> Xs
    end;
dlist_next(X) -> [X].

is_string([_ | _] = S) -> lists:all(fun (C) -> is_integer(C) andalso C >= 0 end, S);
is_string(_) -> false.

parse({foreach, S, Fs}) when is_function(S), is_list(Fs) ->
    parse({foreach, S, fun ok/1, Fs});
parse({foreach, P, S, Fs}) when is_atom(P), is_function(S), is_list(Fs) ->
    parse({foreach, S, fun ok/1, Fs});
parse({foreach, P, S, C, Fs}) when is_atom(P), is_function(S), is_function(C), is_list(Fs) ->
    parse({foreach, S, C, Fs});
parse({foreach, S, C, Fs} = T) when is_function(S), is_function(C), is_list(Fs) ->
    check_arity(S, 0, T),
    check_arity(C, 1, T),
    case Fs of
        [F | Fs1] -> {data, [{setup, S, C, F}, {foreach, S, C, Fs1}]};
        [] -> {data, []}
    end;
parse({foreachx, S1, Ps}) when is_function(S1), is_list(Ps) ->
    parse({foreachx, S1, fun ok/2, Ps});
parse({foreachx, P, S1, C1, Ps}) when is_atom(P), is_function(S1), is_function(C1), is_list(Ps) ->
    parse({foreachx, S1, C1, Ps});
parse({foreachx, S1, C1, Ps} = T) when is_function(S1), is_function(C1), is_list(Ps) ->
    check_arity(S1, 1, T),
    check_arity(C1, 2, T),
    case Ps of
        [{X, F1} | Ps1] when is_function(F1, 2) ->
            {data, [{setup, fun () -> S1(X) end, fun (R) -> C1(X, R) end, fun (R) -> F1(X, R) end},
                    {foreachx, S1, C1, Ps1}]};
        [] -> {data, []};
        _ -> bad_test(T)
    end;
parse({generator, F}) when is_function(F) ->
    {module, M} = erlang:fun_info(F, module),
    {name, N} = erlang:fun_info(F, name),
    {arity, A} = erlang:fun_info(F, arity),
    generate(F, {M, N, A}, fn);
parse({generator, M, F}) when is_atom(M), is_atom(F) ->
    generate(fun () -> M:F() end, {M, F, 0}, mf);
parse({inorder, T}) ->
    group(#group{tests = T, order = inorder});
parse({inparallel, T}) ->
    group(#group{tests = T, order = inparallel});
parse({inparallel, N, T}) when is_integer(N), N >= 0 ->
    group(#group{tests = T, order = inparallel});
parse({timeout, N, T}) when is_number(N), N >= 0 ->
    group(#group{tests = T, timeout = round(N * 1000)});
parse({spawn, T}) ->
    group(#group{tests = T, spawn = local});
parse({spawn, N, T}) when is_atom(N) ->
    group(#group{tests = T, spawn = N});
parse({setup, S, I}) when is_function(S) ->
    parse({setup, S, fun ok/1, I});
parse({setup, S, C, I} = T) when is_function(S), is_function(C) ->
    check_arity(S, 0, T),
    check_arity(C, 1, T),
    if is_function(I, 0) -> parse({setup, S, C, fun (_) -> I end});
       is_function(I) -> check_arity(I, 1, T), #group{tests = I, context = {S, C}};
       true -> parse({setup, S, C, fun (_) -> I end})
    end;
parse({setup, P, S, I}) when is_atom(P), is_function(S) ->
    parse({setup, S, fun ok/1, I});
parse({setup, P, S, C, I}) when is_atom(P), is_function(S), is_function(C) ->
    parse({setup, S, C, I});
parse({with, X, As} = T) when is_list(As) ->
    case As of
        [A | As1] ->
            check_arity(A, 1, T),
            {data, [{mfa(A), fun () -> A(X) end}, {with, X, As1}]};
        [] ->
            {data, []}
    end;
parse({module, M}) when is_atom(M) ->
    {data, {"module '" ++ atom_to_list(M) ++ "'", module_tests(M)}};
parse({S, T1} = T) when is_list(S) ->
    case is_string(S) of
        true -> group(#group{tests = T1, desc = unicode:characters_to_binary(S)});
        false -> bad_test(T)
    end;
parse({S, T1}) when is_binary(S) ->
    group(#group{tests = T1, desc = S});
parse(T) when is_tuple(T), tuple_size(T) > 2, (is_list(element(1, T)) orelse is_binary(element(1, T))) ->
    [S | Es] = tuple_to_list(T),
    parse({S, list_to_tuple(Es)});
parse(M) when is_atom(M) ->
    parse({module, M});
parse(T) ->
    parse_simple(T).

parse_simple({L, F}) when is_integer(L), L >= 0 ->
    (parse_simple(F))#test{line = L};
parse_simple({{M, N, A} = Loc, F}) when is_atom(M), is_atom(N), is_integer(A) ->
    (parse_simple(F))#test{loc = Loc};
parse_simple(F) when is_function(F) ->
    check_arity(F, 0, F),
    #test{f = F, loc = mfa(F)};
parse_simple({test, M, F}) when is_atom(M), is_atom(F) ->
    #test{f = fun () -> M:F() end, loc = {M, F, 0}, kind = mf};
parse_simple({M, F}) when is_atom(M), is_atom(F) ->
    parse_simple({test, M, F});
parse_simple(T) ->
    bad_test(T).

mfa(F) ->
    {module, M} = erlang:fun_info(F, module),
    {name, N} = erlang:fun_info(F, name),
    {arity, A} = erlang:fun_info(F, arity),
    {M, N, A}.

generate(F, MFA, Kind) ->
    T = try F()
        catch C:R:S ->
            Trace = own_frames(S) ++ generator_frames(Kind),
            throw({eunit_abort, {generator_failed, {MFA, {C, R, lists:sublist(Trace, ?TRACE_DEPTH)}}}})
        end,
    is_not_test(T) andalso throw({eunit_abort, {bad_generator, {MFA, T}}}),
    {data, T}.

is_not_test(T) ->
    case T of
        ok -> true;
        error -> true;
        true -> true;
        false -> true;
        undefined -> true;
        {ok, _} -> true;
        {error, _} -> true;
        {'EXIT', _} -> true;
        N when is_number(N) -> true;
        [N | _] when is_number(N) -> true;
        X when is_binary(X); is_pid(X); is_port(X); is_reference(X) -> true;
        _ -> false
    end.

check_arity(F, N, _) when is_function(F, N) -> ok;
check_arity(_, _, T) -> bad_test(T).

bad_test(T) ->
    throw({eunit_abort, {bad_test, T}}).

ok(_) -> ok.
ok(_, _) -> ok.

%% Exported Name/0 functions ending in _test are tests, in _test_
%% generators, in the order of the module's exports.
module_tests(M) ->
    Exports = try M:module_info(exports)
              catch error:undef -> throw({eunit_abort, {module_not_found, M}})
              end,
    Own = [case lists:suffix("_test_", atom_to_list(F)) of
               true -> {generator, M, F};
               false -> {test, M, F}
           end
           || {F, 0} <- Exports,
              lists:suffix("_test", atom_to_list(F)) orelse lists:suffix("_test_", atom_to_list(F))],
    Name = atom_to_list(M),
    case lists:suffix("_tests", Name) of
        true ->
            Own;
        false ->
            Other = list_to_atom(Name ++ "_tests"),
            try module_tests(Other) of
                More -> Own ++ [{"module '" ++ atom_to_list(Other) ++ "'", More}]
            catch
                throw:{eunit_abort, {module_not_found, Other}} -> Own
            end
    end.

%% A group holding a single test or group merges into it where their
%% properties do not clash (OTP looks two items ahead to tell).
group(#group{context = undefined, tests = T0, desc = Desc, timeout = Timeout, spawn = Spawn, order = Order} = G) ->
    {T1, Ts} = case next(T0) of none -> {none, []}; Found -> Found end,
    T2 = case next(Ts) of none -> none; _ -> more end,
    case T1 of
        #test{desc = D1, timeout = TO1}
          when T2 =:= none, Spawn =:= undefined,
               (Desc =:= undefined) or (D1 =:= undefined),
               (Timeout =:= undefined) or (TO1 =:= undefined) ->
            T1#test{desc = join(Desc, D1), timeout = join(Timeout, TO1)};
        #group{desc = D1, order = O1, context = C1, spawn = S1, timeout = TO1}
          when T2 =:= none,
               (Desc =:= undefined) or (D1 =:= undefined),
               (Order =:= undefined) or (O1 =:= undefined),
               (Spawn =:= undefined) or (S1 =:= undefined),
               (Timeout =:= undefined) or (TO1 =:= undefined) ->
            group(T1#group{desc = join(Desc, D1), order = join(Order, O1),
                           spawn = join(Spawn, S1), timeout = join(Timeout, TO1)});
        _ ->
            G
    end;
group(G) ->
    G.

join(undefined, X) -> X;
join(X, _) -> X.

%% ---- printing, as eunit_tty and eunit_lib ------------------------------

fwrite(Format) -> io:fwrite(Format).
fwrite(Format, Args) -> io:fwrite(Format, Args).

print_bar() ->
    fwrite("=======================================================\n").

indent(N) when N >= 1 -> fwrite(lists:duplicate(N * 2, $\s));
indent(_) -> ok.

print_group_start(I, Desc) ->
    indent(I),
    fwrite("~ts\n", [desc_text(Desc)]).

desc_text(undefined) -> "undefined";
desc_text(D) -> D.

print_test_begin(I, #test{loc = Loc, line = Line, desc = Desc}) ->
    indent(I),
    L = case Line of 0 -> ""; _ -> io_lib:fwrite("~w:", [Line]) end,
    D = case Desc of
            undefined -> "";
            <<>> -> "";
            _ -> io_lib:fwrite(" (~ts)", [Desc])
        end,
    case Loc of
        {M, N, _} -> fwrite("~ts:~ts ~ts~ts...", [atom_to_list(M), L, atom_to_list(N), D]);
        _ -> fwrite("~ts~ts...", [L, D])
    end.

format_exception({Class, Term, Trace}) when is_atom(Class), is_list(Trace) ->
    io_lib:format("~ts**~w:~ts", [format_stacktrace(Trace), Class, format_term(Term)]);
format_exception(Term) ->
    format_term(Term).

format_term(Term) ->
    io_lib:format("~tP\n", [Term, ?PRINT_DEPTH]).

format_stacktrace(Trace) ->
    format_stacktrace(Trace, "in function").

format_stacktrace([{M, F, A, L} | Fs], Pre) when is_integer(A) ->
    [io_lib:fwrite("~ts ~w:~tw/~w~ts\n", [Pre, M, F, A, location(L)])
     | format_stacktrace(Fs, "in call from")];
format_stacktrace([{M, F, As, L} | Fs], Pre) when is_list(As) ->
    A = length(As),
    Call = case {is_op(M, F, A), As} of
               {true, [X]} -> io_lib:fwrite("~ts ~ts", [F, arg(X)]);
               {true, [X, Y]} -> io_lib:fwrite("~ts ~ts ~ts", [arg(X), F, arg(Y)]);
               _ -> io_lib:fwrite("~tw(~ts)", [F, lists:join(",", [arg(X) || X <- As])])
           end,
    [io_lib:fwrite("~ts ~w:~tw/~w~ts\n  called as ~ts\n", [Pre, M, F, A, location(L), Call])
     | format_stacktrace(Fs, "in call from")];
format_stacktrace([{M, F, A} | Fs], Pre) ->
    format_stacktrace([{M, F, A, []} | Fs], Pre);
format_stacktrace(_, _) ->
    "".

location(L) ->
    case {proplists:get_value(file, L), proplists:get_value(line, L)} of
        {File, Line} when File =/= undefined, Line =/= undefined ->
            io_lib:format(" (~ts, line ~w)", [File, Line]);
        _ ->
            ""
    end.

arg(X) -> io_lib:format("~tP", [X, 15]).

is_op(erlang, F, A) ->
    Ops = case A of
              1 -> ['+', '-', 'bnot', 'not'];
              2 -> ['+', '-', '*', '/', 'div', 'rem', 'band', 'bor', 'bxor', 'bsl', 'bsr',
                    'and', 'or', 'xor', '==', '/=', '=<', '<', '>=', '>', '=:=', '=/=',
                    '++', '--', '!'];
              _ -> []
          end,
    lists:member(F, Ops);
is_op(_, _, _) ->
    false.

format_error({bad_test, Term}) ->
    error_msg("bad test descriptor", "~tP", [Term, ?PRINT_DEPTH]);
format_error({bad_generator, {{M, F, A}, Term}}) ->
    error_msg(io_lib:format("result from generator ~w:~tw/~w is not a test", [M, F, A]),
              "~tP", [Term, ?PRINT_DEPTH]);
format_error({generator_failed, {{M, F, A}, Exception}}) ->
    error_msg(io_lib:format("test generator ~w:~tw/~w failed", [M, F, A]),
              "~ts", [format_exception(Exception)]);
format_error({module_not_found, M}) ->
    error_msg("test module not found", "~tp", [M]);
format_error({setup_failed, Exception}) ->
    error_msg("context setup failed", "~ts", [format_exception(Exception)]);
format_error({cleanup_failed, Exception}) ->
    error_msg("context cleanup failed", "~ts", [format_exception(Exception)]);
format_error({instantiation_failed, Exception}) ->
    error_msg("instantiation of subtests failed", "~ts", [format_exception(Exception)]).

error_msg(Title, Fmt, Args) ->
    Msg = io_lib:format("**" ++ Fmt, Args),
    io_lib:fwrite("*** ~ts ***\n~ts\n\n", [Title, Msg]).

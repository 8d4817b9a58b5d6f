-module(exceptions_reasons).
-export([main/0, two/2]).

%% The error reasons of the common runtime errors, through catch and try.
main() ->
    Tests = [
        {badmatch, fun() -> {a, _} = id({b, 1}) end},
        {function_clause, fun() -> only_ones(id(2)) end},
        {case_clause, fun() -> case id(x) of y -> ok end end},
        {if_clause, fun() -> V = id(3), if V > 5 -> big end end},
        {badarith, fun() -> id(1) + id(a) end},
        {badarith_div, fun() -> id(1) div id(0) end},
        {badarg, fun() -> atom_to_list(id(123)) end},
        {badarg_elem, fun() -> element(5, id({1, 2})) end},
        {undef, fun() -> (id(no_such_module)):foo(1) end},
        {undef_fn, fun() -> ?MODULE:(id(nope))() end},
        {badfun, fun() -> (id(not_a_fun))(1) end},
        {badarity, fun() -> (id(fun(X) -> X end))(1, 2) end},
        {badkey, fun() -> maps:get(missing, id(#{a => 1})) end},
        {badkey_syntax, fun() -> M = id(#{a => 1}), M#{missing := 2} end},
        {badmap, fun() -> M = id(not_a_map), M#{a => 1} end},
        {badmap_get, fun() -> maps:get(a, id([])) end},
        {try_clause, fun() -> try id(5) of 1 -> one catch _:_ -> no end end},
        {hd_empty, fun() -> hd(id([])) end},
        {list_to_atom, fun() -> list_to_integer(id("12x")) end},
        {tuple_size, fun() -> tuple_size(id([])) end},
        {throw_plain, fun() -> throw(id(t)) end},
        {exit_plain, fun() -> exit(id(e)) end},
        {error_tuple, fun() -> error(id({my, reason})) end},
        {nocatch_in_fun, fun() -> (fun() -> throw(x) end)() end},
        {apply_badarity, fun() -> apply(?MODULE, two, [1]) end},
        {binary_to_atom, fun() -> binary_to_existing_atom(id(<<"surely_no_such_atom_xyz">>), utf8) end},
        {bad_bin, fun() -> <<(id(a))/binary>> end},
        {arith_float, fun() -> id(1.0e308) * id(10.0) end},
        {neg_bsl, fun() -> id(a) bsl 1 end}
    ],
    [io:format("~p~n", [{Name, try_it(F)}]) || {Name, F} <- Tests],
    [io:format("~p~n", [{Name, catch_it(F)}]) || {Name, F} <- Tests],
    ok.

id(X) -> X.
two(A, B) -> {A, B}.

only_ones(1) -> one.

try_it(F) ->
    try F() of
        V -> {value, scrub(V)}
    catch
        C:R -> {C, scrub(R)}
    end.

%% catch: strip the stack trace so the output is deterministic.
catch_it(F) ->
    case catch F() of
        {'EXIT', {R, St}} when is_list(St) -> {'EXIT', scrub(R)};
        Other -> scrub(Other)
    end.

%% Funs print with a hash that differs between implementations.
scrub(F) when is_function(F) -> {'fun', element(2, erlang:fun_info(F, arity))};
scrub(T) when is_tuple(T) -> list_to_tuple(scrub(tuple_to_list(T)));
scrub([H | T]) -> [scrub(H) | scrub(T)];
scrub(X) -> X.

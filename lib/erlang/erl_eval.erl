%% erl_eval: evaluating abstract code (what erl_parse:parse_exprs/1 gives)
%% with a set of bindings, as OTP's erl_eval does. erlts compiles the
%% expressions (erlts_eval:compile/2) rather than interpreting them, then
%% runs them here, in the caller's process. Bindings are an orddict of
%% {Name, Value}, as in OTP 25; a map of bindings is taken too.
%% Not here: the non-local function handler (Ef) and records.
-module(erl_eval).
-export([exprs/2, exprs/3, exprs/4, expr/2, expr/3, expr/4, expr/5,
         expr_list/2, expr_list/3, expr_list/4,
         new_bindings/0, bindings/1, binding/2, add_binding/3, del_binding/2]).

new_bindings() -> orddict:new().

bindings(Bs) when is_map(Bs) -> lists:sort(maps:to_list(Bs));
bindings(Bs) when is_list(Bs) -> orddict:to_list(Bs).

binding(Name, Bs) when is_map(Bs) ->
    case maps:find(Name, Bs) of
        {ok, V} -> {value, V};
        error -> unbound
    end;
binding(Name, Bs) ->
    case orddict:find(Name, Bs) of
        {ok, V} -> {value, V};
        error -> unbound
    end.

add_binding(Name, Value, Bs) when is_map(Bs) -> Bs#{Name => Value};
add_binding(Name, Value, Bs) -> orddict:store(Name, Value, Bs).

del_binding(Name, Bs) when is_map(Bs) -> maps:remove(Name, Bs);
del_binding(Name, Bs) -> orddict:erase(Name, Bs).

exprs(Exprs, Bs) -> exprs(Exprs, Bs, none, none).
exprs(Exprs, Bs, Lf) -> exprs(Exprs, Bs, Lf, none).
exprs(Exprs, Bs0, Lf, _Ef) ->
    Bs = bindings(Bs0),
    {Fun, ResultNames} = erlts_eval:compile(Exprs, [N || {N, _} <- Bs]),
    Result = apply(Fun, [local_handler(Lf, Bs0) | [V || {_, V} <- Bs]]),
    [Value | Values] = tuple_to_list(Result),
    NewBs = [B || {N, _} = B <- lists:zip(ResultNames, Values), N =/= '$erlts_lf'],
    {value, Value, result_bindings(NewBs, Bs0)}.

result_bindings(Pairs, Bs0) when is_map(Bs0) -> maps:from_list(Pairs);
result_bindings(Pairs, _) -> orddict:from_list(Pairs).

expr(E, Bs) -> exprs([E], Bs, none, none).
expr(E, Bs, Lf) -> exprs([E], Bs, Lf, none).
expr(E, Bs, Lf, Ef) -> exprs([E], Bs, Lf, Ef).
expr(E, Bs, Lf, Ef, value) ->
    {value, V, _} = exprs([E], Bs, Lf, Ef),
    V;
expr(E, Bs, Lf, Ef, _) -> exprs([E], Bs, Lf, Ef).

%% Each expression sees the bindings given; their new bindings are merged.
expr_list(Es, Bs) -> expr_list(Es, Bs, none, none).
expr_list(Es, Bs, Lf) -> expr_list(Es, Bs, Lf, none).
expr_list(Es, Bs, Lf, Ef) ->
    {Vs, NewBs} = lists:foldl(
                    fun(E, {Acc, AccBs}) ->
                            {value, V, Bs1} = exprs([E], Bs, Lf, Ef),
                            {[V | Acc], merge(Bs1, AccBs)}
                    end, {[], Bs}, Es),
    {lists:reverse(Vs), NewBs}.

merge(From, Into) ->
    lists:foldl(fun({N, V}, Acc) -> add_binding(N, V, Acc) end, Into, bindings(From)).

%% Calls of functions that are not BIFs go to the LocalFunctionHandler.
local_handler(none, _Bs) ->
    fun(Name, Args) -> erlang:raise(error, undef, [{erl_eval, Name, length(Args)}]) end;
local_handler({value, F}, _Bs) -> F;
local_handler({eval, F}, Bs) ->
    fun(Name, Args) ->
            {value, V, _} = F(Name, Args, Bs),
            V
    end.

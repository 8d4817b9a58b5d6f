%% rpc over erpc, as OTP 25 does it: calls become erpc calls (a process
%% spawned on the other node with spawn_request/5) and erpc's exceptions
%% become {badrpc, ...} values with rpc's shapes.
-module(rpc).
-export([call/4, call/5, block_call/4, block_call/5, cast/4,
         multicall/3, multicall/4, multicall/5, eval_everywhere/3, eval_everywhere/4,
         abcast/2, abcast/3, sbcast/2, sbcast/3, server_call/4,
         async_call/4, yield/1, nb_yield/1, nb_yield/2, pmap/3]).

call(N, M, F, A) -> call(N, M, F, A, infinity).

call(N, M, F, A, T) ->
    try erpc:call(N, M, F, A, T)
    catch Class:Reason -> rpcify_exception(Class, Reason)
    end.

block_call(N, M, F, A) -> call(N, M, F, A, infinity).
block_call(N, M, F, A, T) -> call(N, M, F, A, T).

cast(N, M, F, A) ->
    try erpc:cast(N, M, F, A)
    catch error:{erpc, badarg} -> error(badarg)
    end,
    true.

multicall(M, F, A) -> multicall([node() | nodes()], M, F, A, infinity).
multicall(Ns, M, F, A) when is_list(Ns) -> multicall(Ns, M, F, A, infinity);
multicall(M, F, A, T) -> multicall([node() | nodes()], M, F, A, T).

multicall(Ns, M, F, A, T) ->
    Results = erpc:multicall(Ns, M, F, A, T),
    collect(Ns, Results, [], []).

collect([], [], Good, Bad) -> {lists:reverse(Good), lists:reverse(Bad)};
collect([N | Ns], [R | Rs], Good, Bad) ->
    case R of
        {ok, V} -> collect(Ns, Rs, [V | Good], Bad);
        {error, {erpc, noconnection}} -> collect(Ns, Rs, Good, [N | Bad]);
        {error, {erpc, timeout}} -> collect(Ns, Rs, Good, [N | Bad]);
        {Class, Reason} -> collect(Ns, Rs, [rpcify_exception(Class, Reason) | Good], Bad)
    end.

eval_everywhere(M, F, A) -> eval_everywhere([node() | nodes()], M, F, A).
eval_everywhere(Ns, M, F, A) ->
    _ = [cast(N, M, F, A) || N <- Ns],
    abcast.

abcast(Name, Msg) -> abcast([node() | nodes()], Name, Msg).
abcast(Ns, Name, Msg) ->
    _ = [erlang:send({Name, N}, Msg) || N <- Ns],
    abcast.

sbcast(Name, Msg) -> sbcast([node() | nodes()], Name, Msg).
sbcast(Ns, Name, Msg) ->
    Results = [{N, server_call(N, rex, rex, {sbcast, Name, Msg})} || N <- Ns],
    {[N || {N, R} <- Results, R =:= N], [N || {N, R} <- Results, R =/= N]}.

server_call(Node, Name, ReplyWrapper, Msg) ->
    Ref = erlang:monitor(process, {Name, Node}),
    erlang:send({Name, Node}, {self(), Msg}),
    receive
        {'DOWN', Ref, _, _, _} -> {error, nodedown};
        {ReplyWrapper, Node, Reply} ->
            erlang:demonitor(Ref, [flush]),
            Reply
    end.

async_call(N, M, F, A) ->
    erpc:send_request(N, M, F, A).

yield(Key) -> {value, V} = nb_yield(Key, infinity), V.
nb_yield(Key) -> nb_yield(Key, 0).
nb_yield(Key, T) ->
    try erpc:wait_response(Key, T) of
        no_response -> timeout;
        {response, R} -> {value, R}
    catch Class:Reason -> {value, rpcify_exception(Class, Reason)}
    end.

pmap({M, F}, As, List) ->
    [call(node(), M, F, [X | As]) || X <- List].

rpcify_exception(throw, {'EXIT', _} = BadRpc) -> {badrpc, BadRpc};
rpcify_exception(throw, Return) -> Return;
rpcify_exception(exit, {exception, Exit}) -> {badrpc, {'EXIT', Exit}};
rpcify_exception(exit, {signal, Reason}) -> {badrpc, {'EXIT', Reason}};
rpcify_exception(exit, Reason) -> exit(Reason);
rpcify_exception(error, {exception, Error, Stack}) -> {badrpc, {'EXIT', {Error, Stack}}};
rpcify_exception(error, {erpc, badarg}) -> error(badarg);
rpcify_exception(error, {erpc, noconnection}) -> {badrpc, nodedown};
rpcify_exception(error, {erpc, timeout}) -> {badrpc, timeout};
rpcify_exception(error, {erpc, notsup}) -> {badrpc, notsup};
rpcify_exception(error, {erpc, Error}) -> {badrpc, {'EXIT', Error}};
rpcify_exception(error, Reason) -> error(Reason).

%% rpc for a node without distribution (not built yet): calls to this node
%% run in a process of their own, as erpc runs them; any other node is down.
-module(rpc).
-export([call/4, call/5, cast/4, multicall/4, multicall/5, block_call/4, block_call/5]).

call(Node, M, F, A) -> call(Node, M, F, A, infinity).

call(Node, M, F, A, Timeout) when Node =:= node() -> local_call(M, F, A, Timeout);
call(_Node, _M, _F, _A, _Timeout) -> {badrpc, nodedown}.

block_call(Node, M, F, A) -> call(Node, M, F, A).
block_call(Node, M, F, A, Timeout) -> call(Node, M, F, A, Timeout).

cast(Node, M, F, A) when Node =:= node() ->
    _ = spawn(M, F, A),
    true;
cast(_Node, _M, _F, _A) -> true.

multicall(Nodes, M, F, A) -> multicall(Nodes, M, F, A, infinity).
multicall(Nodes, M, F, A, Timeout) ->
    Results = [{N, call(N, M, F, A, Timeout)} || N <- Nodes],
    {[R || {_, R} <- Results, not is_badrpc_nodedown(R)],
     [N || {N, R} <- Results, is_badrpc_nodedown(R)]}.

is_badrpc_nodedown({badrpc, nodedown}) -> true;
is_badrpc_nodedown(_) -> false.

%% The result travels in the exit reason of the worker: a value, a thrown
%% term as a value, other exceptions as {badrpc, {'EXIT', ...}}.
local_call(M, F, A, Timeout) ->
    {Pid, Mref} =
        spawn_monitor(fun() ->
                              Result = try apply(M, F, A)
                                       catch
                                           throw:T -> T;
                                           exit:R -> {badrpc, {'EXIT', R}};
                                           error:R:S -> {badrpc, {'EXIT', {R, S}}}
                                       end,
                              exit({rpc_reply, Result})
                      end),
    receive
        {'DOWN', Mref, process, Pid, {rpc_reply, Result}} -> Result;
        {'DOWN', Mref, process, Pid, Reason} -> {badrpc, {'EXIT', Reason}}
    after Timeout ->
        erlang:demonitor(Mref, [flush]),
        exit(Pid, kill),
        {badrpc, timeout}
    end.

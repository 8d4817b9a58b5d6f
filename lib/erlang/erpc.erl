%% erpc: calls on other nodes through spawn_request/5, with the same
%% request shapes, process exits and exceptions as OTP's erpc, so that real
%% nodes can call us (they spawn erpc:execute_call/4 here) and we them.
%% Exceptions are raised with the stack OTP's erpc shows ("in function
%% erpc:call/5 (erpc.erl, line N)").
-module(erpc).
-export([call/2, call/3, call/4, call/5, cast/2, cast/4,
         send_request/2, send_request/4, receive_response/1, receive_response/2,
         wait_response/1, wait_response/2, check_response/2,
         multicall/2, multicall/3, multicall/4, multicall/5,
         multicast/2, multicast/4,
         execute_call/4, execute_call/3, execute_cast/3,
         is_arg_error/4, trim_stack/4, call_result/4]).

-define(MAX_TMO, 4294967295).

call(N, Fun) -> call(N, Fun, infinity).
call(N, Fun, T) when is_function(Fun, 0) -> call(N, erlang, apply, [Fun, []], T);
call(_N, _Fun, _T) -> raise(error, {erpc, badarg}, 157).

call(N, M, F, A) -> call(N, M, F, A, infinity).

call(N, M, F, A, infinity) when N =:= node(), is_atom(M), is_atom(F), is_list(A) ->
    %% A call to this node runs in the caller, as OTP optimises it.
    try
        apply(M, F, A)
    catch
        exit:Reason -> raise(exit, {exception, Reason}, 130);
        error:Reason:Stack ->
            case is_arg_error(Reason, M, F, A) of
                true -> raise(error, {erpc, Reason}, 134);
                false -> raise(error, {exception, Reason, trim_stack(Stack, M, F, A)}, 137)
            end
    end;
call(N, M, F, A, T) when is_atom(N), is_atom(M), is_atom(F), is_list(A) ->
    Timeout = timeout_value(T),
    [Res | ReqId] = send_request(N, M, F, A),
    await_answer(ReqId, Res, Timeout);
call(_N, _M, _F, _A, _T) -> raise(error, {erpc, badarg}, 157).

cast(N, Fun) when is_function(Fun, 0) -> cast(N, erlang, apply, [Fun, []]);
cast(_N, _Fun) -> raise(error, {erpc, badarg}, 563).

cast(N, M, F, A) when is_atom(N), is_atom(M), is_atom(F), is_list(A) ->
    _ = erlang:spawn_request(N, erpc, execute_cast, [M, F, A], [{reply, no}]),
    ok;
cast(_N, _M, _F, _A) -> raise(error, {erpc, badarg}, 579).

send_request(N, Fun) when is_function(Fun, 0) -> send_request(N, erlang, apply, [Fun, []]);
send_request(_N, _Fun) -> raise(error, {erpc, badarg}, 172).

send_request(N, M, F, A) when is_atom(N), is_atom(M), is_atom(F), is_list(A) ->
    Res = make_ref(),
    ReqId = erlang:spawn_request(N, erpc, execute_call, [Res, M, F, A],
                                 [{reply, error_only}, monitor]),
    [Res | ReqId];
send_request(_N, _M, _F, _A) -> raise(error, {erpc, badarg}, 200).

receive_response(Req) -> receive_response(Req, infinity).
receive_response([Res | ReqId], T) when is_reference(Res), is_reference(ReqId) ->
    await_answer(ReqId, Res, timeout_value(T));
receive_response(_, _) -> raise(error, {erpc, badarg}, 260).

%% The one answer to a request: the spawn failed, or the process ended
%% (with the result or an exception), or the time ran out.
await_answer(ReqId, Res, Timeout) ->
    receive
        {spawn_reply, ReqId, error, Reason} -> result(spawn_reply, ReqId, Res, Reason);
        {'DOWN', ReqId, process, _Pid, Reason} -> result(down, ReqId, Res, Reason)
    after Timeout ->
        result(timeout, ReqId, Res, undefined)
    end.

wait_response(Req) -> wait_response(Req, infinity).
wait_response([Res | ReqId], T) when is_reference(Res), is_reference(ReqId) ->
    Timeout = timeout_value(T),
    receive
        {spawn_reply, ReqId, error, Reason} -> result(spawn_reply, ReqId, Res, Reason);
        {'DOWN', ReqId, process, _Pid, Reason} -> {response, result(down, ReqId, Res, Reason)}
    after Timeout -> no_response
    end;
wait_response(_, _) -> raise(error, {erpc, badarg}, 330).

check_response({spawn_reply, ReqId, error, Reason}, [Res | ReqId]) when is_reference(Res) ->
    result(spawn_reply, ReqId, Res, Reason);
check_response({'DOWN', ReqId, process, _Pid, Reason}, [Res | ReqId]) when is_reference(Res) ->
    {response, result(down, ReqId, Res, Reason)};
check_response(_Msg, [Res | ReqId]) when is_reference(Res), is_reference(ReqId) ->
    no_response;
check_response(_, _) -> raise(error, {erpc, badarg}, 400).

multicall(Ns, Fun) -> multicall(Ns, Fun, infinity).
multicall(Ns, Fun, T) when is_function(Fun, 0) -> multicall(Ns, erlang, apply, [Fun, []], T);
multicall(_Ns, _Fun, _T) -> raise(error, {erpc, badarg}, 492).
multicall(Ns, M, F, A) -> multicall(Ns, M, F, A, infinity).
multicall(Ns, M, F, A, T) when is_list(Ns), is_atom(M), is_atom(F), is_list(A) ->
    Timeout = timeout_value(T),
    Reqs = [send_request(N, M, F, A) || N <- Ns],
    [multicall_result(R, Timeout) || R <- Reqs];
multicall(_Ns, _M, _F, _A, _T) -> raise(error, {erpc, badarg}, 520).

multicall_result(Req, Timeout) ->
    try {ok, receive_response(Req, Timeout)}
    catch Class:Reason -> {Class, Reason}
    end.

multicast(Ns, Fun) when is_function(Fun, 0) -> multicast(Ns, erlang, apply, [Fun, []]);
multicast(_Ns, _Fun) -> raise(error, {erpc, badarg}, 533).
multicast(Ns, M, F, A) when is_list(Ns), is_atom(M), is_atom(F), is_list(A) ->
    _ = [cast(N, M, F, A) || N <- Ns],
    ok;
multicast(_Ns, _M, _F, _A) -> raise(error, {erpc, badarg}, 549).

%% ---- what runs on the called node -------------------------------------------

%% The result travels as the exit reason, which the caller's monitor sees.
%% The work is in call_reply/4: a function that only ever ends by exit/1
%% is one V8 is slow to optimise, and this one runs once per call.
execute_call(Ref, M, F, A) ->
    exit(call_reply(Ref, M, F, A)).

call_reply(Ref, M, F, A) ->
    try
        {Ref, return, apply(M, F, A)}
    catch
        throw:Reason -> {Ref, throw, Reason};
        exit:Reason -> {Ref, exit, Reason};
        error:Reason:Stack ->
            case is_arg_error(Reason, M, F, A) of
                true -> {Ref, error, {erpc, Reason}};
                false -> {Ref, error, Reason, trim_stack(Stack, M, F, A)}
            end
    end.

execute_call(M, F, A) -> {return, apply(M, F, A)}.

execute_cast(M, F, A) ->
    try
        apply(M, F, A)
    catch
        error:Reason:Stack ->
            case is_arg_error(Reason, M, F, A) of
                true -> error({erpc, Reason});
                false -> error({exception, {Reason, trim_stack(Stack, M, F, A)}})
            end
    end.

call_result(Type, ReqId, Res, Reason) -> result(Type, ReqId, Res, Reason).

%% Too many arguments for apply is the caller's fault, not the function's.
is_arg_error(system_limit, _M, _F, A) -> length(A) > 255;
is_arg_error(_R, _M, _F, _A) -> false.

%% The frames below the called function (ours) are not the caller's business.
%% A function that failed at once (a BIF) gets a frame with its arguments.
trim_stack([Cut | _], M, F, A) when element(1, Cut) =:= erpc -> [{M, F, A, []}];
trim_stack([{M, F, A, _} = Frame, Cut | _], M, F, A) when element(1, Cut) =:= erpc -> [Frame];
trim_stack(Stack, M, F, A) ->
    case cut(Stack, M, F, length(A)) of
        use_all -> Stack;
        Trimmed -> Trimmed
    end.

cut([], _M, _F, _Arity) -> use_all;
cut([{M, F, Arity, _} = Frame, Cut | _], M, F, Arity) when element(1, Cut) =:= erpc -> [Frame];
cut([Cut | _], M, F, Arity) when element(1, Cut) =:= erpc -> [{M, F, Arity, []}];
cut([Frame | Rest], M, F, Arity) ->
    case cut(Rest, M, F, Arity) of
        use_all -> use_all;
        Trimmed -> [Frame | Trimmed]
    end.

%% ---- results ----------------------------------------------------------------

result(down, _ReqId, Res, {Res, return, Return}) -> Return;
result(down, _ReqId, Res, {Res, throw, Throw}) -> raise(throw, Throw, 698);
result(down, _ReqId, Res, {Res, exit, Exit}) -> raise(exit, {exception, Exit}, 700);
result(down, _ReqId, Res, {Res, error, Error, Stack}) -> raise(error, {exception, Error, Stack}, 702);
result(down, _ReqId, Res, {Res, error, {erpc, _} = ErpcErr}) -> raise(error, ErpcErr, 704);
result(down, _ReqId, _Res, noconnection) -> raise(error, {erpc, noconnection}, 706);
result(down, _ReqId, _Res, Reason) -> raise(exit, {signal, Reason}, 708);
result(spawn_reply, _ReqId, _Res, Reason) -> raise(error, {erpc, Reason}, 710);
result(timeout, ReqId, Res, _Reason) ->
    case abandon(ReqId) of
        true -> raise(error, {erpc, timeout}, 714);
        false ->
            receive
                {spawn_reply, ReqId, error, Reason} -> result(spawn_reply, ReqId, Res, Reason);
                {'DOWN', ReqId, process, _Pid, Reason} -> result(down, ReqId, Res, Reason)
            after 0 -> raise(error, {erpc, badarg}, 727)
            end
    end.

abandon(ReqId) ->
    case erlang:spawn_request_abandon(ReqId) of
        true -> true;
        false -> erlang:demonitor(ReqId, [info])
    end.

%% OTP's erpc raises these in erpc:call/5; its callers' frames follow.
raise(Class, Reason, Line) ->
    Stack = try erlang:error(erpc_stack) catch error:erpc_stack:S -> S end,
    erlang:raise(Class, Reason, [{erpc, call, 5, [{file, "erpc.erl"}, {line, Line}]} | callers(Stack)]).

callers([Frame | Rest]) when element(1, Frame) =:= erpc -> callers(Rest);
callers(Stack) -> Stack.

timeout_value(infinity) -> infinity;
timeout_value(T) when is_integer(T), T >= 0, T =< ?MAX_TMO -> T;
timeout_value(_) -> raise(error, {erpc, badarg}, 797).

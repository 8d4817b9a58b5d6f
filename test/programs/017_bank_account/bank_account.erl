-module(bank_account).
-export([create/0, balance/1, deposit/2, withdraw/2, close/1]).

%% An account is a process holding its balance.
create() -> spawn(fun() -> loop(0) end).

balance(Pid) -> call(Pid, balance).
deposit(Pid, Amount) -> call(Pid, {deposit, Amount}).
withdraw(Pid, Amount) -> call(Pid, {withdraw, Amount}).
close(Pid) -> call(Pid, close).

call(Pid, Msg) ->
    Ref = make_ref(),
    Pid ! {Msg, self(), Ref},
    receive {Ref, Reply} -> Reply
    after 100 -> {error, account_closed}
    end.

loop(Balance) ->
    receive
        {balance, From, Ref} -> From ! {Ref, Balance}, loop(Balance);
        {{deposit, A}, From, Ref} when A > 0 -> From ! {Ref, ok}, loop(Balance + A);
        {{deposit, _}, From, Ref} -> From ! {Ref, {error, invalid_amount}}, loop(Balance);
        {{withdraw, A}, From, Ref} when A =< Balance, A > 0 ->
            From ! {Ref, A}, loop(Balance - A);
        {{withdraw, _}, From, Ref} -> From ! {Ref, {error, insufficient_funds}}, loop(Balance);
        {close, From, Ref} -> From ! {Ref, Balance}
    end.

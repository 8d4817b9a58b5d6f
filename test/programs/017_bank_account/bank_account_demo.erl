-module(bank_account_demo).
-export([main/0]).

main() ->
    A = bank_account:create(),
    io:format("opened with ~p~n", [bank_account:balance(A)]),
    io:format("deposit 100: ~p~n", [bank_account:deposit(A, 100)]),
    io:format("deposit -5: ~p~n", [bank_account:deposit(A, -5)]),
    io:format("withdraw 30: ~p~n", [bank_account:withdraw(A, 30)]),
    io:format("withdraw 500: ~p~n", [bank_account:withdraw(A, 500)]),
    Parent = self(),
    Workers = [spawn(fun() -> bank_account:deposit(A, 10), Parent ! done end) || _ <- lists:seq(1, 20)],
    [receive done -> ok end || _ <- Workers],
    io:format("after 20 concurrent deposits: ~p~n", [bank_account:balance(A)]),
    io:format("closed with ~p~n", [bank_account:close(A)]),
    io:format("balance after close: ~p~n", [bank_account:balance(A)]).

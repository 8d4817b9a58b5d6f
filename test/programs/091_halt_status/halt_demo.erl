-module(halt_demo).
-export([main/0]).

%% A command-line style program: validates its input and exits with a status.
main() ->
    Inputs = ["12", "7", "x9", "30"],
    case [I || I <- Inputs, not is_number_string(I)] of
        [] -> io:format("all numbers~n"), halt(0);
        Bad ->
            io:format("not numbers: ~p~n", [Bad]),
            halt(3)
    end.

is_number_string(S) -> lists:all(fun(C) -> C >= $0 andalso C =< $9 end, S).

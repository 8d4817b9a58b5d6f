-module(fizz_proc).
-export([main/0]).

%% FizzBuzz as a pipeline of three processes: numbers -> classifier -> printer.
main() ->
    Self = self(),
    Printer = spawn(fun() -> printer(Self, []) end),
    Classifier = spawn(fun() -> classify(Printer) end),
    [Classifier ! {n, N} || N <- lists:seq(1, 15)],
    Classifier ! done,
    receive {printed, Lines} -> io:format("~s~n", [string:join(Lines, " ")]) end.

classify(Next) ->
    receive
        {n, N} ->
            Word = case {N rem 3, N rem 5} of
                       {0, 0} -> "FizzBuzz";
                       {0, _} -> "Fizz";
                       {_, 0} -> "Buzz";
                       _ -> integer_to_list(N)
                   end,
            Next ! {word, Word},
            classify(Next);
        done -> Next ! done
    end.

printer(Parent, Acc) ->
    receive
        {word, W} -> printer(Parent, [W | Acc]);
        done -> Parent ! {printed, lists:reverse(Acc)}
    end.

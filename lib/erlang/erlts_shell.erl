%% The shell's evaluator process: runs one compiled expression sequence at a
%% time and reports the value or the exception to the shell. After an
%% exception it exits, and the shell starts a new one.
-module(erlts_shell).
-export([evaluator/2, run_startup/1]).

%% A new evaluator starts with the process dictionary the last successful
%% command left, as shell.erl's does.
evaluator(Shell, Dict) ->
    lists:foreach(fun({K, V}) -> put(K, V) end, Dict),
    loop(Shell).

loop(Shell) ->
    receive
        {eval, Fun, Args, Print} ->
            case run(Fun, Args) of
                {value, Result} ->
                    print_result(Shell, Print, element(1, Result)),
                    Shell ! {self(), value, Result, get()},
                    loop(Shell);
                {exception, {Class, Reason, Stack} = E} ->
                    Shell ! {self(), exception, E},
                    %% Linked processes see the evaluator die of the exception, as in erl.
                    exit(exit_reason(Class, Reason, Stack))
            end
    end.

%% As shell.erl's evaluator does, the value is printed here, through the
%% group leader: first asking it for its width and encoding (two round
%% trips, in which the processes the command started get to run and print),
%% then sending the text like any other output. So a spawned process's io
%% comes before the result, and a linked process that dies at once kills
%% the evaluator before the value is printed, as in erl.
print_result(_Shell, none, _Value) -> ok;
print_result(Shell, value, Value) -> print(Shell, Value, default);
print_result(Shell, rp, Value) ->
    print(Shell, Value, unlimited),
    print(Shell, ok, default).

print(Shell, Value, Depth) ->
    Columns = case io:columns() of
                  {ok, N} -> N;
                  _ -> 80
              end,
    Encoding = case lists:keyfind(encoding, 1, io:getopts()) of
                   {encoding, E} -> E;
                   false -> latin1
               end,
    Chars = erlts_shell_format:value(Shell, Value, Depth, Columns, Encoding),
    io:requests([{put_chars, unicode, Chars}, nl]).

exit_reason(exit, Reason, _) -> Reason;
exit_reason(throw, Reason, Stack) -> {{nocatch, Reason}, Stack};
exit_reason(error, Reason, Stack) -> {Reason, Stack}.

run(Fun, Args) ->
    try apply(Fun, Args) of
        Result -> {value, Result}
    catch
        Class:Reason:Stack -> {exception, {Class, Reason, Stack}}
    end.

%% -eval, -s and -run at boot, one after the other, as init does.
run_startup([]) -> ok;
run_startup([{Fun, Args} | Rest]) ->
    case run(Fun, Args) of
        {value, _} -> run_startup(Rest);
        {exception, {Class, Reason, Stack}} -> erlts_init:boot_failed(Class, Reason, Stack)
    end.

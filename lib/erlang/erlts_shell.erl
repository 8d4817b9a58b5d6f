%% The shell's evaluator process: runs one compiled expression sequence at a
%% time and reports the value or the exception to the shell. After an
%% exception it exits, and the shell starts a new one.
-module(erlts_shell).
-export([evaluator/1, run_startup/1]).

evaluator(Shell) ->
    receive
        {eval, Fun, Args} ->
            case run(Fun, Args) of
                {value, Result} ->
                    Shell ! {self(), value, Result},
                    evaluator(Shell);
                {exception, E} ->
                    Shell ! {self(), exception, E},
                    exit(normal)
            end
    end.

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

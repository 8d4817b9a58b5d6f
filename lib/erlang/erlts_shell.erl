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
                {exception, {Class, Reason, Stack} = E} ->
                    Shell ! {self(), exception, E},
                    %% Linked processes see the evaluator die of the exception, as in erl.
                    exit(exit_reason(Class, Reason, Stack))
            end
    end.

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

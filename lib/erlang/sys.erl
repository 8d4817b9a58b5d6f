%% The sys calls gen_server answers: state inspection and termination.
-module(sys).
-export([get_state/1, get_state/2, replace_state/2, replace_state/3,
         get_status/1, get_status/2, terminate/2, terminate/3]).

get_state(Name) -> send_system_msg(Name, get_state, infinity, {sys, get_state, [Name]}).
get_state(Name, Timeout) -> send_system_msg(Name, get_state, Timeout, {sys, get_state, [Name, Timeout]}).

replace_state(Name, F) -> send_system_msg(Name, {replace_state, F}, infinity, {sys, replace_state, [Name, F]}).
replace_state(Name, F, Timeout) -> send_system_msg(Name, {replace_state, F}, Timeout, {sys, replace_state, [Name, F, Timeout]}).

get_status(Name) -> send_system_msg(Name, get_status, infinity, {sys, get_status, [Name]}).
get_status(Name, Timeout) -> send_system_msg(Name, get_status, Timeout, {sys, get_status, [Name, Timeout]}).

terminate(Name, Reason) -> terminate(Name, Reason, infinity).
terminate(Name, Reason, Timeout) ->
    send_system_msg(Name, {terminate, Reason}, Timeout, {sys, terminate, [Name, Reason, Timeout]}).

send_system_msg(Name, Req, Timeout, Call) ->
    Pid = case Name of
              P when is_pid(P) -> P;
              A when is_atom(A) -> whereis(A);
              _ -> undefined
          end,
    case Pid of
        undefined -> exit({noproc, Call});
        _ ->
            Mref = erlang:monitor(process, Pid),
            Pid ! {system, {self(), Mref}, Req},
            receive
                {Mref, Reply} -> erlang:demonitor(Mref, [flush]), Reply;
                {'DOWN', Mref, _, _, Reason} -> exit({Reason, Call})
            after Timeout ->
                    erlang:demonitor(Mref, [flush]),
                    exit({timeout, Call})
            end
    end.

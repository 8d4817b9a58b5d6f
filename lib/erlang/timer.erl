%% The timer module. Local sends use erlang:send_after directly (as OTP 25
%% does, giving {send_local, Ref}); everything else (apply_after, intervals,
%% remote or named destinations) goes through a small registered server,
%% timer_server, started on first use. It is a plain Erlang process rather
%% than a gen_server so that timers work without the rest of OTP.
-module(timer).
-export([apply_after/4, send_after/3, send_after/2,
         exit_after/3, exit_after/2, kill_after/2, kill_after/1,
         apply_interval/4, send_interval/3, send_interval/2,
         cancel/1, sleep/1, tc/1, tc/2, tc/3, now_diff/2,
         seconds/1, minutes/1, hours/1, hms/3]).
%% Internal: the server loop and the fun applied by send_after/send_interval.
-export([send/2, server_init/1]).

-define(MAX_RECEIVE_AFTER, 16#ffffffff).
-define(valid_time(T), is_integer(T), T >= 0).
-define(valid_mfa(M, F, A), is_atom(M), is_atom(F), is_list(A)).

%% ---- the API ---------------------------------------------------------------

apply_after(0, M, F, A) when ?valid_mfa(M, F, A) ->
    _ = spawn(erlang, apply, [M, F, A]),
    {ok, {instant, make_ref()}};
apply_after(Time, M, F, A) when ?valid_time(Time), ?valid_mfa(M, F, A) ->
    req({apply_once, Time, {M, F, A}});
apply_after(_Time, _M, _F, _A) ->
    {error, badarg}.

send_after(0, Dest, Message) when is_pid(Dest); is_atom(Dest) ->
    Dest ! Message,
    {ok, {instant, make_ref()}};
send_after(0, {RegName, Node} = Dest, Message) when is_atom(RegName), is_atom(Node) ->
    Dest ! Message,
    {ok, {instant, make_ref()}};
send_after(Time, Pid, Message) when ?valid_time(Time), is_pid(Pid), node(Pid) =:= node() ->
    {ok, {send_local, erlang:send_after(Time, Pid, Message)}};
send_after(Time, Pid, Message) when is_pid(Pid) ->
    apply_after(Time, ?MODULE, send, [Pid, Message]);
send_after(Time, RegName, Message) when is_atom(RegName) ->
    apply_after(Time, ?MODULE, send, [RegName, Message]);
send_after(Time, {RegName, Node} = Dest, Message) when is_atom(RegName), is_atom(Node) ->
    apply_after(Time, ?MODULE, send, [Dest, Message]);
send_after(_Time, _Dest, _Message) ->
    {error, badarg}.

send_after(Time, Message) -> send_after(Time, self(), Message).

exit_after(Time, Pid, Reason) -> apply_after(Time, erlang, exit, [Pid, Reason]).
exit_after(Time, Reason) -> exit_after(Time, self(), Reason).
kill_after(Time, Pid) -> exit_after(Time, Pid, kill).
kill_after(Time) -> exit_after(Time, self(), kill).

apply_interval(Time, M, F, A) when ?valid_time(Time), ?valid_mfa(M, F, A) ->
    req({apply_interval, Time, self(), {M, F, A}});
apply_interval(_Time, _M, _F, _A) ->
    {error, badarg}.

send_interval(Time, Pid, Message) when ?valid_time(Time), is_pid(Pid) ->
    req({apply_interval, Time, Pid, {?MODULE, send, [Pid, Message]}});
send_interval(Time, RegName, Message) when ?valid_time(Time), is_atom(RegName) ->
    req({apply_interval, Time, RegName, {?MODULE, send, [RegName, Message]}});
send_interval(Time, {RegName, Node} = Dest, Message)
  when ?valid_time(Time), is_atom(RegName), is_atom(Node) ->
    req({apply_interval, Time, Dest, {?MODULE, send, [Dest, Message]}});
send_interval(_Time, _Dest, _Message) ->
    {error, badarg}.

send_interval(Time, Message) -> send_interval(Time, self(), Message).

cancel({instant, Ref}) when is_reference(Ref) ->
    {ok, cancel};
cancel({send_local, Ref}) when is_reference(Ref) ->
    _ = erlang:cancel_timer(Ref),
    {ok, cancel};
cancel({once, Ref} = TRef) when is_reference(Ref) ->
    req({cancel, TRef});
cancel({interval, Ref} = TRef) when is_reference(Ref) ->
    req({cancel, TRef});
cancel(_TRef) ->
    {error, badarg}.

sleep(T) when is_integer(T), T > ?MAX_RECEIVE_AFTER ->
    receive after ?MAX_RECEIVE_AFTER -> sleep(T - ?MAX_RECEIVE_AFTER) end;
sleep(T) ->
    receive after T -> ok end.

tc(F) ->
    T1 = erlang:monotonic_time(),
    Val = F(),
    T2 = erlang:monotonic_time(),
    {erlang:convert_time_unit(T2 - T1, native, microsecond), Val}.

tc(F, A) ->
    T1 = erlang:monotonic_time(),
    Val = apply(F, A),
    T2 = erlang:monotonic_time(),
    {erlang:convert_time_unit(T2 - T1, native, microsecond), Val}.

tc(M, F, A) ->
    T1 = erlang:monotonic_time(),
    Val = apply(M, F, A),
    T2 = erlang:monotonic_time(),
    {erlang:convert_time_unit(T2 - T1, native, microsecond), Val}.

%% The conversions keep OTP's lines (-file): a failing one shows erl's frames.
-file("timer.erl", 278).
now_diff({A2, B2, C2}, {A1, B1, C1}) ->
    ((A2 - A1) * 1000000 + B2 - B1) * 1000000 + C2 - C1.

-file("timer.erl", 287).
seconds(Seconds) ->
    1000 * Seconds.

-file("timer.erl", 293).
minutes(Minutes) ->
    1000 * 60 * Minutes.

-file("timer.erl", 299).
hours(Hours) ->
    1000 * 60 * 60 * Hours.

-file("timer.erl", 307).
hms(H, M, S) ->
    hours(H) + minutes(M) + seconds(S).
-file("timer.erl", 1000).

send(Dest, Msg) -> Dest ! Msg.

%% ---- talking to the server ------------------------------------------------

req(Req) ->
    Server = server(),
    Mref = erlang:monitor(process, Server),
    Server ! {timer_req, self(), Mref, Req},
    receive
        {Mref, Reply} ->
            erlang:demonitor(Mref, [flush]),
            Reply;
        {'DOWN', Mref, _, _, Reason} ->
            exit({Reason, {?MODULE, req, [Req]}})
    end.

server() ->
    case whereis(timer_server) of
        undefined ->
            Pid = spawn(?MODULE, server_init, [self()]),
            receive
                {timer_server_started, Pid, Server} -> Server
            end;
        Pid ->
            Pid
    end.

%% ---- the server ------------------------------------------------------------
%% State: #{Ref => {once, ErlTimer} | {interval, ErlTimer, Mref, Time, MFA}}.
%% Each timer is an erlang:start_timer whose timeout message names our Ref.

server_init(Starter) ->
    Server = try register(timer_server, self()) of
                 true -> self()
             catch
                 error:badarg -> whereis(timer_server)
             end,
    Starter ! {timer_server_started, self(), Server},
    case Server =:= self() of
        true ->
            %% In erl the server belongs to kernel, not to whoever used a
            %% timer first (maybe an rpc from another node): what it spawns
            %% (apply_after's function) prints on this node's terminal.
            case whereis(user) of
                undefined -> ok;
                User -> group_leader(User, self())
            end,
            process_flag(trap_exit, true),
            loop(#{});
        false -> ok
    end.

loop(Timers) ->
    receive
        {timer_req, From, Tag, Req} ->
            {Reply, Timers1} = handle(Req, Timers),
            From ! {Tag, Reply},
            loop(Timers1);
        {timeout, _ErlTimer, {fire, Ref}} ->
            loop(fire(Ref, Timers));
        {'DOWN', Mref, process, _, _} ->
            loop(maps:filter(fun(_Ref, T) -> not owned_by(Mref, T) end, Timers));
        _Other ->
            loop(Timers)
    end.

handle({apply_once, Time, MFA}, Timers) ->
    Ref = make_ref(),
    ErlTimer = erlang:start_timer(Time, self(), {fire, Ref}),
    {{ok, {once, Ref}}, Timers#{Ref => {once, ErlTimer, MFA}}};
handle({apply_interval, Time, Owner, MFA}, Timers) ->
    Ref = make_ref(),
    Mref = erlang:monitor(process, Owner),
    ErlTimer = erlang:start_timer(Time, self(), {fire, Ref}),
    {{ok, {interval, Ref}}, Timers#{Ref => {interval, ErlTimer, Mref, Time, MFA}}};
handle({cancel, {_Kind, Ref}}, Timers) ->
    case maps:find(Ref, Timers) of
        {ok, T} ->
            _ = erlang:cancel_timer(element(2, T)),
            demonitor_owner(T),
            {{ok, cancel}, maps:remove(Ref, Timers)};
        error ->
            {{ok, cancel}, Timers}
    end;
handle(_Req, Timers) ->
    {{error, badarg}, Timers}.

fire(Ref, Timers) ->
    case maps:find(Ref, Timers) of
        {ok, {once, _, MFA}} ->
            do_apply(MFA),
            maps:remove(Ref, Timers);
        {ok, {interval, _, Mref, Time, MFA}} ->
            ErlTimer = erlang:start_timer(Time, self(), {fire, Ref}),
            do_apply(MFA),
            Timers#{Ref := {interval, ErlTimer, Mref, Time, MFA}};
        error ->
            Timers
    end.

%% send/2 is done in the server itself, as OTP does; anything else gets
%% its own process so that a slow or crashing function cannot stop timers.
do_apply({?MODULE, send, [Dest, Msg]}) ->
    catch Dest ! Msg;
do_apply({M, F, A}) ->
    catch spawn(M, F, A).

owned_by(Mref, {interval, _, Mref, _, _}) -> true;
owned_by(_, _) -> false.

demonitor_owner({interval, _, Mref, _, _}) -> erlang:demonitor(Mref, [flush]);
demonitor_owner(_) -> true.

%% The logger module: OTP 25's API over a single handler, erl's default one
%% (logger_std_h writing to `user` through logger_formatter with the legacy
%% "=ERROR REPORT==== ... ===" header, its remote_gl and domain filters).
%% There is no logger server: the configuration lives in the erlts_logger
%% natives, per node, because the emulator's own crash reports (TypeScript)
%% must obey the same primary level; and the caller formats and writes the
%% event itself, as OTP's handler does in sync mode, so a report lands in
%% the order it was logged. add_handler/3 is left out: there is only the
%% default handler, whose level, filters (logger_filters' four are run here)
%% and formatter (logger_formatter's, or a module of one's own) are obeyed.
-module(logger).
-export([emergency/1, emergency/2, emergency/3, alert/1, alert/2, alert/3,
         critical/1, critical/2, critical/3, error/1, error/2, error/3,
         warning/1, warning/2, warning/3, notice/1, notice/2, notice/3,
         info/1, info/2, info/3, debug/1, debug/2, debug/3,
         log/2, log/3, log/4]).
-export([allow/2, macro_log/3, macro_log/4, macro_log/5, add_default_metadata/1]).
-export([set_primary_config/1, set_primary_config/2, update_primary_config/1,
         get_primary_config/0, add_primary_filter/2, remove_primary_filter/1,
         set_module_level/2, unset_module_level/0, unset_module_level/1,
         get_module_level/0, get_module_level/1,
         get_handler_ids/0, get_handler_config/0, get_handler_config/1,
         set_handler_config/2, set_handler_config/3, update_handler_config/2,
         update_handler_config/3, add_handler_filter/3, remove_handler_filter/2,
         update_formatter_config/2, update_formatter_config/3,
         get_config/0]).
-export([compare_levels/2, set_process_metadata/1, update_process_metadata/1,
         unset_process_metadata/0, get_process_metadata/0, timestamp/0,
         format_report/1, format_otp_report/1, filter_stacktrace/2]).

-define(META_KEY, '$logger_metadata$').
-define(IS_LEVEL(L), (L =:= emergency orelse L =:= alert orelse L =:= critical orelse
                      L =:= error orelse L =:= warning orelse L =:= notice orelse
                      L =:= info orelse L =:= debug)).
-define(IS_LEVEL_ALL(L), (?IS_LEVEL(L) orelse L =:= all orelse L =:= none)).
-define(IS_STRING(S), (is_list(S) orelse is_binary(S))).
-define(IS_FORMAT(F), (?IS_STRING(F) orelse is_atom(F))).
-define(IS_REPORT(R), (is_map(R) orelse (is_list(R) andalso is_tuple(hd(R))))).

%% ---- logging -----------------------------------------------------------------

emergency(X) -> log(emergency, X).
emergency(X, Y) -> log(emergency, X, Y).
emergency(X, Y, Z) -> log(emergency, X, Y, Z).
alert(X) -> log(alert, X).
alert(X, Y) -> log(alert, X, Y).
alert(X, Y, Z) -> log(alert, X, Y, Z).
critical(X) -> log(critical, X).
critical(X, Y) -> log(critical, X, Y).
critical(X, Y, Z) -> log(critical, X, Y, Z).
error(X) -> log(error, X).
error(X, Y) -> log(error, X, Y).
error(X, Y, Z) -> log(error, X, Y, Z).
warning(X) -> log(warning, X).
warning(X, Y) -> log(warning, X, Y).
warning(X, Y, Z) -> log(warning, X, Y, Z).
notice(X) -> log(notice, X).
notice(X, Y) -> log(notice, X, Y).
notice(X, Y, Z) -> log(notice, X, Y, Z).
info(X) -> log(info, X).
info(X, Y) -> log(info, X, Y).
info(X, Y, Z) -> log(info, X, Y, Z).
debug(X) -> log(debug, X).
debug(X, Y) -> log(debug, X, Y).
debug(X, Y, Z) -> log(debug, X, Y, Z).

log(Level, StringOrReport) -> do_log(Level, StringOrReport, #{}).

log(Level, StringOrReport, Meta) when is_map(Meta), not is_function(StringOrReport) ->
    do_log(Level, StringOrReport, Meta);
log(Level, FunOrFormat, Args) ->
    do_log(Level, {FunOrFormat, Args}, #{}).

log(Level, FunOrFormat, Args, Meta) -> do_log(Level, {FunOrFormat, Args}, Meta).

%% Line numbers as OTP's, for the function_clause errors a learner sees.
-file("logger.erl", 261).
allow(Level, Module) when is_atom(Module) ->
    at_most(Level, level_int(erlts_logger:level(Module))).
-file("logger.erl", 80).

%% What ?LOG_ERROR and friends (kernel/include/logger.hrl) call once allow/2 said yes.
macro_log(Location, Level, StringOrReport) ->
    log_allowed(Location, Level, StringOrReport, #{}).
macro_log(Location, Level, StringOrReport, Meta) when is_map(Meta), not is_function(StringOrReport) ->
    log_allowed(Location, Level, StringOrReport, Meta);
macro_log(Location, Level, FunOrFormat, Args) ->
    log_allowed(Location, Level, {FunOrFormat, Args}, #{}).
macro_log(Location, Level, FunOrFormat, Args, Meta) ->
    log_allowed(Location, Level, {FunOrFormat, Args}, Meta).

do_log(Level, Msg, #{mfa := {Module, _, _}} = Meta) ->
    case allow(Level, Module) of
        true -> log_allowed(#{}, Level, Msg, Meta);
        false -> ok
    end;
do_log(Level, Msg, Meta) ->
    case at_most(Level, level_int(maps:get(level, erlts_logger:primary()))) of
        true -> log_allowed(#{}, Level, Msg, Meta);
        false -> ok
    end.

at_most(emergency, L) -> 0 =< L;
at_most(alert, L) -> 1 =< L;
at_most(critical, L) -> 2 =< L;
at_most(error, L) -> 3 =< L;
at_most(warning, L) -> 4 =< L;
at_most(notice, L) -> 5 =< L;
at_most(info, L) -> 6 =< L;
at_most(debug, L) -> 7 =< L.

level_int(none) -> -1;
level_int(emergency) -> 0;
level_int(alert) -> 1;
level_int(critical) -> 2;
level_int(error) -> 3;
level_int(warning) -> 4;
level_int(notice) -> 5;
level_int(info) -> 6;
level_int(debug) -> 7;
level_int(all) -> 10.

-file("logger.erl", 1101).
log_allowed(Location, Level, {Fun, FunArgs} = FunCall, Meta) when is_function(Fun, 1) ->
    try Fun(FunArgs) of
        {FunRes, #{} = FunMeta} -> lazy_result(Location, Level, FunRes, maps:merge(Meta, FunMeta), FunCall);
        FunRes -> lazy_result(Location, Level, FunRes, Meta, FunCall)
    catch C:R ->
        log_allowed(Location, Level, {"LAZY_FUN CRASH: ~tp; Reason: ~tp", [{Fun, FunArgs}, {C, R}]}, Meta)
    end;
log_allowed(Location, Level, Msg, CallMeta) when is_map(CallMeta) ->
    Primary = erlts_logger:primary(),
    Meta = add_default_metadata(
             maps:merge(Location,
                        maps:merge(maps:get(metadata, Primary),
                                   maps:merge(proc_meta(), CallMeta)))),
    case node(maps:get(gl, Meta)) of
        Node when Node =/= node() -> log_remote(Node, Level, Msg, Meta);
        _ -> ok
    end,
    do_log_allowed(Level, Msg, Meta, erlts_logger:tid(), Primary#{handlers => [default]}).
-file("logger.erl", 142).

lazy_result(_Location, _Level, ignore, _Meta, _FunCall) -> ok;
lazy_result(Location, Level, {Format, Args} = Msg, Meta, _) when ?IS_FORMAT(Format), is_list(Args) ->
    log_allowed(Location, Level, Msg, Meta);
lazy_result(Location, Level, Report, Meta, _) when ?IS_REPORT(Report) ->
    log_allowed(Location, Level, Report, Meta);
lazy_result(Location, Level, String, Meta, _) when ?IS_STRING(String) ->
    log_allowed(Location, Level, String, Meta);
lazy_result(Location, Level, Other, Meta, FunCall) ->
    log_allowed(Location, Level, {"LAZY_FUN ERROR: ~tp; Returned: ~tp", [FunCall, Other]}, Meta).

%% An event whose group leader is on another node is printed there (its
%% logger_proxy) and not here: the default handler's remote_gl filter.
log_remote(Node, Level, {Format, Args}, Meta) -> send_remote(Node, {log, Level, Format, Args, Meta});
log_remote(Node, Level, Msg, Meta) -> send_remote(Node, {log, Level, Msg, Meta}).

send_remote(Node, Event) ->
    catch {logger_proxy, Node} ! Event,
    true.

-file("logger.erl", 1158).
do_log_allowed(Level, {Format, Args}, Meta, _Tid, Config)
  when ?IS_LEVEL(Level), ?IS_FORMAT(Format), is_list(Args), is_map(Meta) ->
    dispatch(#{level => Level, msg => {deatomize(Format), Args}, meta => Meta}, Config);
do_log_allowed(Level, Report, Meta, _Tid, Config)
  when ?IS_LEVEL(Level), ?IS_REPORT(Report), is_map(Meta) ->
    dispatch(#{level => Level, msg => {report, Report}, meta => Meta}, Config);
do_log_allowed(Level, String, Meta, _Tid, Config)
  when ?IS_LEVEL(Level), ?IS_STRING(String), is_map(Meta) ->
    dispatch(#{level => Level, msg => {string, String}, meta => Meta}, Config).
-file("logger.erl", 173).

deatomize(Atom) when is_atom(Atom) -> atom_to_list(Atom);
deatomize(Other) -> Other.

add_default_metadata(Meta) ->
    M1 = default_key(pid, fun() -> self() end, Meta),
    M2 = default_key(gl, fun() -> group_leader() end, M1),
    default_key(time, fun timestamp/0, M2).

default_key(Key, Fun, Meta) ->
    case maps:is_key(Key, Meta) of
        true -> Meta;
        false -> Meta#{Key => Fun()}
    end.

proc_meta() ->
    case get_process_metadata() of
        M when is_map(M) -> M;
        _ -> #{}
    end.

%% ---- filters and the default handler -----------------------------------------

dispatch(Event, Config) ->
    case apply_filters(primary, Event, maps:get(filters, Config), maps:get(filter_default, Config)) of
        stop -> ok;
        Event1 -> default_handler(Event1)
    end,
    ok.

%% A filter answers stop, ignore or a (new) event; when all ignore, the
%% owner's filter_default decides.
apply_filters(Owner, Event, Filters, Default) ->
    case apply_filters(Owner, Event, Filters, ignore, Filters) of
        stop -> stop;
        ignore when Default =:= log -> Event;
        ignore -> stop;
        Event1 -> Event1
    end.

apply_filters(Owner, Event, [{Id, {Fun, Extra}} | Rest], State, All) ->
    try call_filter(Fun, Event, Extra) of
        stop -> stop;
        ignore -> apply_filters(Owner, Event, Rest, State, All);
        #{level := L, msg := _, meta := M} = Event1 when is_atom(L), is_map(M) ->
            apply_filters(Owner, Event1, Rest, Event1, All);
        _ -> failed_filter(Owner, Id, Event, Rest, State, All)
    catch _:_ -> failed_filter(Owner, Id, Event, Rest, State, All)
    end;
apply_filters(_, _, [], State, _) ->
    State.

%% As OTP does, a filter that crashes or answers nonsense is removed.
failed_filter(Owner, Id, Event, Rest, State, All) ->
    _ = case Owner of
            primary -> remove_primary_filter(Id);
            _ -> remove_handler_filter(Owner, Id)
        end,
    %% logger:internal_log/2: the prefix on stderr, the term through erlang:display/1.
    catch io:put_chars(standard_error, "Logger - error: "),
    erlang:display({removed_failing_filter, Id}),
    apply_filters(Owner, Event, Rest, State, All).

%% logger_filters' functions (a module erlts does not have) are run here.
call_filter(Fun, Event, Extra) ->
    case erlang:fun_info(Fun, module) of
        {module, logger_filters} ->
            {name, Name} = erlang:fun_info(Fun, name),
            std_filter(Name, Event, Extra);
        _ -> Fun(Event, Extra)
    end.

std_filter(remote_gl, #{meta := #{gl := GL}} = Event, Action) when Action =:= log; Action =:= stop ->
    if node(GL) =/= node() -> on_match(Action, Event); true -> ignore end;
std_filter(domain, #{meta := Meta} = Event, {Action, Compare, Match})
  when (Action =:= log orelse Action =:= stop), is_list(Match) ->
    case {Compare, Meta} of
        {super, #{domain := D}} when is_list(D) -> prefix_match(D, Match, Action, Event);
        {sub, #{domain := D}} when is_list(D) -> prefix_match(Match, D, Action, Event);
        {equal, #{domain := Match}} -> on_match(Action, Event);
        {not_equal, #{domain := D}} when D =/= Match -> on_match(Action, Event);
        {C, #{domain := _}} when C =:= super; C =:= sub; C =:= equal; C =:= not_equal;
                                 C =:= undefined -> ignore;
        {C, _} when C =:= undefined; C =:= not_equal -> on_match(Action, Event);
        {C, _} when C =:= super; C =:= sub; C =:= equal -> ignore
    end;
std_filter(level, #{level := L1} = Event, {Action, Op, L2}) when Action =:= log; Action =:= stop ->
    Cmp = compare_levels(L1, L2),
    Hit = lists:member({Op, Cmp}, [{eq, eq}, {lteq, eq}, {gteq, eq}, {lt, lt}, {lteq, lt}, {neq, lt},
                                   {gt, gt}, {gteq, gt}, {neq, gt}]),
    if Hit -> on_match(Action, Event); true -> ignore end;
std_filter(progress, Event, Action) when Action =:= log; Action =:= stop ->
    case Event of
        #{msg := {report, #{label := {_, progress}}}} -> on_match(Action, Event);
        _ -> ignore
    end.

prefix_match(D1, D2, Action, Event) ->
    case lists:prefix(D1, D2) of
        true -> on_match(Action, Event);
        false -> ignore
    end.

on_match(log, Event) -> Event;
on_match(stop, _) -> stop.

%% logger_std_h's `default`, on `user`.
default_handler(#{level := Level} = Event) ->
    Config = handler_config(),
    case at_most(Level, level_int(maps:get(level, Config))) of
        true ->
            case apply_filters(default, Event, maps:get(filters, Config), maps:get(filter_default, Config)) of
                stop -> ok;
                Event1 -> io:put_chars(user, format_event(Event1, maps:get(formatter, Config)))
            end;
        false -> ok
    end.

%% logger_h_common's default report callback, then the formatter.
format_event(#{msg := Msg, meta := Meta0} = Event, {Module, FConfig}) ->
    Meta = case {Msg, maps:is_key(report_cb, Meta0)} of
               {{report, _}, false} -> Meta0#{report_cb => fun format_otp_report/1};
               _ -> Meta0
           end,
    case Module of
        logger_formatter -> formatter(Event#{meta => Meta}, FConfig);
        _ ->
            try Module:format(Event#{meta => Meta}, FConfig)
            catch _:_ -> formatter(Event#{msg => {"FORMATTER CRASH: ~tp", [Msg]}}, #{})
            end
    end.

%% logger_formatter:format/2 (chars_limit, depth, max_size and time_offset
%% other than local or "Z" are not obeyed).
formatter(#{level := Level, msg := Msg, meta := Meta0}, Config0) ->
    Config = maps:merge(#{legacy_header => false, single_line => true,
                          error_logger_notice_header => info, time_offset => "",
                          time_designator => $T}, Config0),
    Template = case Config of
                   #{template := T} -> T;
                   #{legacy_header := true} -> [[logger_formatter, header], "\n", msg, "\n"];
                   #{single_line := true} -> [time, " ", level, ": ", msg, "\n"];
                   _ -> [time, " ", level, ":\n", msg, "\n"]
               end,
    Meta = case Config of
               #{legacy_header := true} -> legacy_header(Level, Meta0, Config);
               _ -> Meta0
           end,
    {Before, After0} = lists:splitwith(fun(E) -> E =/= msg end, Template),
    Single = maps:get(single_line, Config),
    {Text, After} =
        case After0 of
            [msg | Rest] ->
                Meta1 = case Config of
                            #{report_cb := Cb} -> Meta#{report_cb => Cb};
                            _ -> Meta
                        end,
                Str = unicode:characters_to_list(format_msg(Msg, Meta1, Single)),
                {if Single -> one_line(Str); true -> Str end, Rest};
            _ -> {"", After0}
        end,
    [template(Level, Meta, Before, Config), Text, template(Level, Meta, After, Config)].

legacy_header(Level, Meta, Config) ->
    Mine = case Meta of
               #{logger_formatter := #{} = M} -> M;
               _ -> #{}
           end,
    Title = case Mine of
                #{title := T} -> T;
                _ -> title(Level, Meta, Config)
            end,
    Meta#{logger_formatter => Mine#{title => Title,
                                    header => erlts_logger:header(Title, maps:get(time, Meta))}}.

title(notice, #{error_logger := _}, #{error_logger_notice_header := H}) -> upper(H) ++ " REPORT";
title(Level, _, _) -> upper(Level) ++ " REPORT".

upper(Atom) -> [C - 32 || C <- atom_to_list(Atom)].

template(Level, Data, [level | T], Config) ->
    [atom_to_list(Level) | template(Level, Data, T, Config)];
template(Level, Data, [{Key, IfExist, Else} | T], Config) ->
    Part = case value(Key, Data) of
               {ok, V} -> template(Level, Data#{Key => V}, IfExist, Config);
               error -> template(Level, Data, Else, Config)
           end,
    [Part | template(Level, Data, T, Config)];
template(Level, Data, [Key | T], Config) when is_atom(Key); is_list(Key), is_atom(hd(Key)) ->
    Part = case value(Key, Data) of
               {ok, V} -> to_string(Key, V, Config);
               error -> ""
           end,
    [Part | template(Level, Data, T, Config)];
template(Level, Data, [Str | T], Config) ->
    [Str | template(Level, Data, T, Config)];
template(_, _, [], _) ->
    [].

value(Key, Data) when is_atom(Key) ->
    case Data of
        #{Key := V} -> {ok, V};
        _ -> error
    end;
value([Key | Keys], Data) when is_map(Data) ->
    case Data of
        #{Key := V} -> value(Keys, V);
        _ -> error
    end;
value([], V) -> {ok, V};
value(_, _) -> error.

to_string(time, T, #{time_offset := Offset, time_designator := D}) when is_integer(T) ->
    erlts_logger:rfc3339(T, Offset, D);
to_string(mfa, {M, F, A}, _) when is_atom(M), is_atom(F), is_integer(A) ->
    io_lib:format("~tw:~tw/~w", [M, F, A]);
to_string(mfa, {M, F, A}, C) when is_atom(M), is_atom(F), is_list(A) ->
    to_string(mfa, {M, F, length(A)}, C);
to_string(_, X, _) when is_atom(X) -> atom_to_list(X);
to_string(_, X, _) when is_integer(X) -> integer_to_list(X);
to_string(_, X, _) when is_pid(X) -> pid_to_list(X);
to_string(_, X, _) when is_reference(X) -> ref_to_list(X);
to_string(_, X, C) when is_list(X) ->
    case latin1_text(X) of
        true -> X;
        false -> io_lib:format(p(C), [X])
    end;
to_string(_, X, C) -> io_lib:format(p(C), [X]).

p(#{single_line := true}) -> "~0tp";
p(_) -> "~tp".

latin1_text(X) ->
    try lists:flatten(X) of
        [] -> false;
        Flat -> lists:all(fun(C) -> is_integer(C) andalso (C >= $\s andalso C =< $~ orelse
                                                           C >= 160 andalso C =< 255 orelse
                                                           lists:member(C, "\n\r\t\v\b\f\e")) end, Flat)
    catch _:_ -> false
    end.

%% single_line: no leading or trailing blanks, and ", " for each line break.
one_line(Str) ->
    Trim = fun(L) -> lists:dropwhile(fun(C) -> C =:= $\s orelse C =:= $\r orelse C =:= $\n end, L) end,
    joined(lists:reverse(Trim(lists:reverse(Trim(Str))))).

joined([$,, $\r, $\n | T]) -> ", " ++ joined(skip_blanks(T));
joined([$,, $\n | T]) -> ", " ++ joined(skip_blanks(T));
joined([$\r, $\n | T]) -> ", " ++ joined(skip_blanks(T));
joined([$\n | T]) -> ", " ++ joined(skip_blanks(T));
joined([C | T]) -> [C | joined(T)];
joined([]) -> [].

skip_blanks([C | T]) when C =:= $\s; C =:= $\t; C =:= $\n; C =:= $\r; C =:= $\v; C =:= $\f ->
    skip_blanks(T);
skip_blanks(T) -> T.

format_msg({string, Chardata}, Meta, Single) ->
    format_msg({"~ts", [Chardata]}, Meta, Single);
format_msg({report, Report}, #{report_cb := Fun} = Meta, Single) when is_function(Fun, 1) ->
    P = p(#{single_line => Single}),
    try Fun(Report) of
        {Format, Args} when is_list(Format), is_list(Args) ->
            format_msg({Format, Args}, maps:remove(report_cb, Meta), Single);
        Other ->
            format_msg({"REPORT_CB/1 ERROR: " ++ P ++ "; Returned: " ++ P, [Report, Other]}, Meta, Single)
    catch C:R:S ->
        format_msg({"REPORT_CB/1 CRASH: " ++ P ++ "; Reason: " ++ P,
                    [Report, {C, R, filter_stacktrace(?MODULE, S)}]}, Meta, Single)
    end;
format_msg({report, Report}, #{report_cb := Fun} = Meta, Single) when is_function(Fun, 2) ->
    P = p(#{single_line => Single}),
    try Fun(Report, #{depth => unlimited, chars_limit => unlimited, single_line => Single}) of
        Chardata when ?IS_STRING(Chardata) ->
            case unicode:characters_to_list(Chardata) of
                L when is_list(L) -> L;
                _ -> format_msg({"REPORT_CB/2 ERROR: " ++ P ++ "; Returned: " ++ P, [Report, Chardata]},
                                Meta, Single)
            end;
        Other ->
            format_msg({"REPORT_CB/2 ERROR: " ++ P ++ "; Returned: " ++ P, [Report, Other]}, Meta, Single)
    catch C:R:S ->
        format_msg({"REPORT_CB/2 CRASH: " ++ P ++ "; Reason: " ++ P,
                    [Report, {C, R, filter_stacktrace(?MODULE, S)}]}, Meta, Single)
    end;
format_msg({report, Report}, Meta, Single) ->
    format_msg({report, Report}, Meta#{report_cb => fun format_report/1}, Single);
format_msg({Format, Args}, _Meta, Single) ->
    try io_lib:format(if Single -> no_width(Format); true -> Format end, Args)
    catch _:_ ->
        P = p(#{single_line => Single}),
        io_lib:format("FORMAT ERROR: " ++ P ++ " - " ++ P, [Format, Args])
    end.

%% single_line prints ~p and ~P with field width 0, all on one line.
no_width(Format) when is_binary(Format) -> no_width(unicode:characters_to_list(Format));
no_width(Format) when is_list(Format) -> no_width(lists:flatten(Format), []);
no_width(Format) -> Format.

no_width([$~ | T], Acc) ->
    {Width, T1} = lists:splitwith(fun(C) -> C =:= $- orelse (C >= $0 andalso C =< $9) end, T),
    {Spec, T2} = lists:splitwith(fun(C) -> lists:member(C, ".*tlkK") orelse (C >= $0 andalso C =< $9) end, T1),
    Star = lists:prefix("*", Spec),
    case T2 of
        [C | Rest] when (C =:= $p orelse C =:= $P), not Star ->
            no_width(Rest, lists:reverse([$~, $0] ++ Spec ++ [C], Acc));
        [C | Rest] ->
            no_width(Rest, lists:reverse([$~ | Width] ++ Spec ++ [C], Acc));
        [] ->
            lists:reverse(Acc, [$~ | Width] ++ Spec)
    end;
no_width([C | T], Acc) -> no_width(T, [C | Acc]);
no_width([], Acc) -> lists:reverse(Acc).

%% ---- report formatting --------------------------------------------------------

format_otp_report(#{label := _, report := Report}) -> format_report(Report);
format_otp_report(Report) -> format_report(Report).

format_report(Report) when is_map(Report) ->
    format_report(maps:to_list(Report));
format_report(Report) ->
    try lists:flatten(Report) of
        [] -> {"~tp", [[]]};
        Flat ->
            case printable(Flat) of
                true -> {"~ts", [Flat]};
                false -> term_list(Report, [], [])
            end
    catch _:_ -> {"~tp", [Report]}
    end.

term_list([{Tag, Data} | T], Format, Args) ->
    Control = case string_p(Data) of
                  true -> "    ~tp: ~ts";
                  false -> "    ~tp: ~tp"
              end,
    term_list(T, [Control | Format], [Data, Tag | Args]);
term_list([Data | T], Format, Args) ->
    term_list(T, ["    ~tp" | Format], [Data | Args]);
term_list([], Format, Args) ->
    {lists:flatten(lists:join($\n, lists:reverse(Format))), lists:reverse(Args)}.

string_p(List) ->
    try lists:flatten(List) of
        Flat -> printable(Flat)
    catch _:_ -> false
    end.

%% io_lib:printable_unicode_list/1, the empty list excepted.
printable([]) -> false;
printable(L) -> printable_chars(L).

printable_chars([C | T]) when is_integer(C), C >= $\s, C =< $~ -> printable_chars(T);
printable_chars([C | T]) when is_integer(C), C >= 16#A0, C < 16#D800 -> printable_chars(T);
printable_chars([C | T]) when is_integer(C), C > 16#DFFF, C < 16#FFFE -> printable_chars(T);
printable_chars([C | T]) when is_integer(C), C > 16#FFFF, C =< 16#10FFFF -> printable_chars(T);
printable_chars([C | T]) when C =:= $\n; C =:= $\r; C =:= $\t; C =:= $\v;
                              C =:= $\b; C =:= $\f; C =:= $\e -> printable_chars(T);
printable_chars([]) -> true;
printable_chars(_) -> false.

filter_stacktrace(Module, [{Module, _, _, _} | _]) -> [];
filter_stacktrace(Module, [H | T]) -> [H | filter_stacktrace(Module, T)];
filter_stacktrace(_, []) -> [].

%% ---- configuration ----------------------------------------------------------------

get_primary_config() -> erlts_logger:primary().

set_primary_config(Key, Value) ->
    case check_primary([{Key, Value}]) of
        ok -> erlts_logger:set_primary((erlts_logger:primary())#{Key => Value});
        Error -> Error
    end.

set_primary_config(Config) when is_map(Config) ->
    case check_primary(maps:to_list(Config)) of
        ok -> erlts_logger:set_primary(maps:merge(default_primary(), Config));
        Error -> Error
    end;
set_primary_config(Config) ->
    {error, {invalid_config, Config}}.

update_primary_config(Config) when is_map(Config) ->
    case check_primary(maps:to_list(Config)) of
        ok -> erlts_logger:set_primary(maps:merge(erlts_logger:primary(), Config));
        Error -> Error
    end;
update_primary_config(Config) ->
    {error, {invalid_config, Config}}.

default_primary() ->
    #{level => notice, metadata => #{}, filters => [], filter_default => log}.

check_primary([{level, L} | T]) when ?IS_LEVEL_ALL(L) -> check_primary(T);
check_primary([{level, L} | _]) -> {error, {invalid_level, L}};
check_primary([{filters, Fs} | T]) ->
    case check_filters(Fs) of
        ok -> check_primary(T);
        Error -> Error
    end;
check_primary([{filter_default, D} | T]) when D =:= log; D =:= stop -> check_primary(T);
check_primary([{filter_default, D} | _]) -> {error, {invalid_filter_default, D}};
check_primary([{metadata, M} | T]) when is_map(M) -> check_primary(T);
check_primary([C | _]) -> {error, {invalid_primary_config, C}};
check_primary([]) -> ok.

check_filters([{Id, {Fun, _}} | T]) when is_atom(Id), is_function(Fun, 2) -> check_filters(T);
check_filters([F | _]) -> {error, {invalid_filter, F}};
check_filters([]) -> ok;
check_filters(Fs) -> {error, {invalid_filters, Fs}}.

add_primary_filter(Id, Filter) ->
    case check_filters([{Id, Filter}]) of
        ok ->
            Config = erlts_logger:primary(),
            Filters = maps:get(filters, Config),
            case lists:keymember(Id, 1, Filters) of
                true -> {error, {already_exist, Id}};
                false -> erlts_logger:set_primary(Config#{filters => [{Id, Filter} | Filters]})
            end;
        Error -> Error
    end.

remove_primary_filter(Id) ->
    Config = erlts_logger:primary(),
    case lists:keytake(Id, 1, maps:get(filters, Config)) of
        {value, _, Rest} -> erlts_logger:set_primary(Config#{filters => Rest});
        false -> {error, {not_found, Id}}
    end.

set_module_level(Module, Level) when is_atom(Module) ->
    set_module_level([Module], Level);
set_module_level(Modules, Level) ->
    case is_list(Modules) andalso lists:all(fun erlang:is_atom/1, Modules) of
        false -> {error, {not_a_list_of_modules, Modules}};
        true when ?IS_LEVEL_ALL(Level) -> erlts_logger:set_module_levels(Modules, Level);
        true -> {error, {invalid_level, Level}}
    end.

unset_module_level() -> erlts_logger:unset_module_levels(all).

unset_module_level(Module) when is_atom(Module) ->
    unset_module_level([Module]);
unset_module_level(Modules) ->
    case is_list(Modules) andalso lists:all(fun erlang:is_atom/1, Modules) of
        true -> erlts_logger:unset_module_levels(Modules);
        false -> {error, {not_a_list_of_modules, Modules}}
    end.

get_module_level() -> erlts_logger:module_levels().

get_module_level(Module) when is_atom(Module) ->
    get_module_level([Module]);
get_module_level(Modules) when is_list(Modules) ->
    [{M, L} || {M, L} <- get_module_level(), lists:member(M, Modules)].

get_handler_ids() -> [default].

get_handler_config() ->
    {ok, Config} = get_handler_config(default),
    [Config].

get_handler_config(default) -> {ok, handler_config()};
get_handler_config(Id) -> {error, {not_found, Id}}.

handler_config() ->
    case erlts_logger:handler() of
        undefined -> default_handler_config();
        Config -> Config
    end.

default_handler_config() ->
    #{config =>
          #{burst_limit_enable => true, burst_limit_max_count => 500,
            burst_limit_window_time => 1000, drop_mode_qlen => 200,
            filesync_repeat_interval => no_repeat, flush_qlen => 1000,
            overload_kill_enable => false, overload_kill_mem_size => 3000000,
            overload_kill_qlen => 20000, overload_kill_restart_after => 5000,
            sync_mode_qlen => 10, type => standard_io},
      filter_default => stop,
      filters =>
          [{remote_gl, {fun logger_filters:remote_gl/2, stop}},
           {domain, {fun logger_filters:domain/2, {log, super, [otp, sasl]}}},
           {no_domain, {fun logger_filters:domain/2, {log, undefined, []}}}],
      formatter => {logger_formatter, #{legacy_header => true, single_line => false}},
      id => default, level => all, module => logger_std_h}.

%% Only the level and the filters of the default handler take effect; its
%% formatter and olp settings are stored and shown, not obeyed.
set_handler_config(default, Key, Value) ->
    change_handler([{Key, Value}], fun(C) -> C#{Key => Value} end);
set_handler_config(Id, _, _) -> {error, {not_found, Id}}.

set_handler_config(default, Config) when is_map(Config) ->
    change_handler(maps:to_list(Config),
                   fun(_) -> maps:merge(maps:with([id, module, config], default_handler_config()),
                                        maps:merge(#{level => all, filters => [], filter_default => log,
                                                     formatter => {logger_formatter, #{}}}, Config))
                   end);
set_handler_config(default, Config) -> {error, {invalid_config, Config}};
set_handler_config(Id, _) -> {error, {not_found, Id}}.

update_handler_config(default, Key, Value) ->
    change_handler([{Key, Value}], fun(C) -> C#{Key => Value} end);
update_handler_config(Id, _, _) -> {error, {not_found, Id}}.

update_handler_config(default, Config) when is_map(Config) ->
    change_handler(maps:to_list(Config), fun(C) -> maps:merge(C, Config) end);
update_handler_config(default, Config) -> {error, {invalid_config, Config}};
update_handler_config(Id, _) -> {error, {not_found, Id}}.

change_handler(Items, Change) ->
    case check_handler(Items) of
        ok -> erlts_logger:set_handler(Change(handler_config()));
        Error -> Error
    end.

check_handler([{level, L} | _]) when not ?IS_LEVEL_ALL(L) -> {error, {invalid_level, L}};
check_handler([{filters, Fs} | T]) ->
    case check_filters(Fs) of
        ok -> check_handler(T);
        Error -> Error
    end;
check_handler([{filter_default, D} | _]) when D =/= log, D =/= stop -> {error, {invalid_filter_default, D}};
check_handler([{formatter, {logger_formatter, C}} | T]) when is_map(C) ->
    case check_formatter(maps:to_list(C)) of
        ok -> check_handler(T);
        Error -> Error
    end;
check_handler([{formatter, {M, C}} | T]) when is_atom(M), is_map(C) -> check_handler(T);
check_handler([{formatter, F} | _]) -> {error, {invalid_formatter, F}};
check_handler([{id, Id} | _]) when Id =/= default ->
    {error, {illegal_config_change, logger_std_h, #{id => default}, #{id => Id}}};
check_handler([{module, M} | _]) when M =/= logger_std_h ->
    {error, {illegal_config_change, logger_std_h, #{module => logger_std_h}, #{module => M}}};
check_handler([_ | T]) -> check_handler(T);
check_handler([]) -> ok.

update_formatter_config(Id, Key, Value) -> update_formatter_config(Id, #{Key => Value}).

update_formatter_config(default, FConfig) when is_map(FConfig) ->
    Config = handler_config(),
    {Module, Old} = maps:get(formatter, Config),
    Check = case Module of
                logger_formatter -> check_formatter(maps:to_list(FConfig));
                _ -> ok
            end,
    case Check of
        ok -> erlts_logger:set_handler(Config#{formatter => {Module, maps:merge(Old, FConfig)}});
        Error -> Error
    end;
update_formatter_config(_, FConfig) when not is_map(FConfig) ->
    {error, {invalid_formatter_config, FConfig}};
update_formatter_config(Id, _) -> {error, {not_found, Id}}.

check_formatter([{K, L} | T]) when K =:= chars_limit; K =:= depth; K =:= max_size ->
    case L =:= unlimited orelse (is_integer(L) andalso L > 0) of
        true -> check_formatter(T);
        false -> bad_formatter({K, L})
    end;
check_formatter([{K, B} | T]) when (K =:= single_line orelse K =:= legacy_header), is_boolean(B) ->
    check_formatter(T);
check_formatter([{error_logger_notice_header, H} | T]) when H =:= info; H =:= notice -> check_formatter(T);
check_formatter([{report_cb, F} | T]) when is_function(F, 1); is_function(F, 2) -> check_formatter(T);
check_formatter([{template, Tm} | T]) ->
    case check_template(Tm) of
        ok -> check_formatter(T);
        error -> {error, {invalid_formatter_template, logger_formatter, Tm}}
    end;
check_formatter([{time_offset, O} | T]) when is_integer(O); O =:= ""; O =:= "Z"; O =:= "z" ->
    check_formatter(T);
check_formatter([{time_offset, [S, H1, H2, $:, M1, M2]} | T])
  when (S =:= $+ orelse S =:= $-), H1 >= $0, H1 =< $9, H2 >= $0, H2 =< $9, M1 >= $0, M1 =< $9,
       M2 >= $0, M2 =< $9 ->
    check_formatter(T);
check_formatter([{time_designator, C} | T]) when is_integer(C), C >= $\s, C =< $~; is_integer(C), C >= 160, C =< 255 ->
    check_formatter(T);
check_formatter([C | _]) -> bad_formatter(C);
check_formatter([]) -> ok.

bad_formatter(C) -> {error, {invalid_formatter_config, logger_formatter, C}}.

check_template([Key | T]) when is_atom(Key) -> check_template(T);
check_template([[K | _] = Key | T]) when is_atom(K) ->
    case lists:all(fun erlang:is_atom/1, Key) of
        true -> check_template(T);
        false -> error
    end;
check_template([{Key, IfExist, Else} | T]) when is_atom(Key); is_list(Key), is_atom(hd(Key)) ->
    case {check_template(IfExist), check_template(Else)} of
        {ok, ok} -> check_template(T);
        _ -> error
    end;
check_template([Str | T]) when is_list(Str) ->
    case printable_chars(Str) of
        true -> check_template(T);
        false -> error
    end;
check_template([Bin | T]) when is_binary(Bin) ->
    case unicode:characters_to_list(Bin) of
        Str when is_list(Str) -> check_template([Str | T]);
        _ -> error
    end;
check_template([]) -> ok;
check_template(_) -> error.

add_handler_filter(default, Id, Filter) ->
    case check_filters([{Id, Filter}]) of
        ok ->
            Config = handler_config(),
            Filters = maps:get(filters, Config),
            case lists:keymember(Id, 1, Filters) of
                true -> {error, {already_exist, Id}};
                false -> erlts_logger:set_handler(Config#{filters => [{Id, Filter} | Filters]})
            end;
        Error -> Error
    end;
add_handler_filter(Handler, _, _) -> {error, {not_found, Handler}}.

remove_handler_filter(default, Id) ->
    Config = handler_config(),
    case lists:keytake(Id, 1, maps:get(filters, Config)) of
        {value, _, Rest} -> erlts_logger:set_handler(Config#{filters => Rest});
        false -> {error, {not_found, Id}}
    end;
remove_handler_filter(Handler, _) -> {error, {not_found, Handler}}.

get_config() ->
    #{primary => get_primary_config(),
      handlers => get_handler_config(),
      proxy => #{burst_limit_enable => false, burst_limit_max_count => 500,
                 burst_limit_window_time => 1000, drop_mode_qlen => 1000,
                 flush_qlen => 5000, overload_kill_enable => false,
                 overload_kill_mem_size => 3000000, overload_kill_qlen => 20000,
                 overload_kill_restart_after => 5000, sync_mode_qlen => 500},
      module_levels => lists:keysort(1, get_module_level())}.

%% ---- misc --------------------------------------------------------------------------

compare_levels(Level, Level) when ?IS_LEVEL_ALL(Level) -> eq;
compare_levels(Level1, Level2) when ?IS_LEVEL_ALL(Level1), ?IS_LEVEL_ALL(Level2) ->
    %% all against none is lt, as in OTP.
    case level_int(Level1) < level_int(Level2) of
        true -> gt;
        false -> lt
    end;
compare_levels(Level1, Level2) ->
    erlang:error(badarg, [Level1, Level2]).

set_process_metadata(Meta) when is_map(Meta) ->
    _ = put(?META_KEY, Meta),
    ok;
set_process_metadata(Meta) ->
    erlang:error(badarg, [Meta]).

update_process_metadata(Meta) when is_map(Meta) ->
    case get_process_metadata() of
        undefined -> set_process_metadata(Meta);
        Old -> set_process_metadata(maps:merge(Old, Meta))
    end;
update_process_metadata(Meta) ->
    erlang:error(badarg, [Meta]).

get_process_metadata() -> get(?META_KEY).

unset_process_metadata() ->
    _ = erase(?META_KEY),
    ok.

timestamp() -> os:system_time(microsecond).

%% error_logger, OTP 25's compatibility front of logger: each call becomes a
%% logger event carrying the error_logger metadata (tag, type) and the
%% report callback that gives the old texts, so the default handler prints
%% "=ERROR REPORT====", "=WARNING REPORT====" and, for info (logged at
%% notice), "=INFO REPORT====". A report of a type of one's own gets that
%% type as its domain, which the default handler does not print. The
%% gen_event side (add_report_handler, logfile, tty(true)) is not here.
-module(error_logger).
-export([error_msg/1, error_msg/2, format/2, error_report/1, error_report/2,
         warning_msg/1, warning_msg/2, warning_report/1, warning_report/2,
         info_msg/1, info_msg/2, info_report/1, info_report/2, error_info/1,
         warning_map/0, get_format_depth/0, tty/1]).

error_msg(Format) -> error_msg(Format, []).
error_msg(Format, Args) -> msg(error, error_msg, error, Format, Args).

format(Format, Args) -> error_msg(Format, Args).

warning_msg(Format) -> warning_msg(Format, []).
warning_msg(Format, Args) -> msg(warning, warning_msg, warning_msg, Format, Args).

info_msg(Format) -> info_msg(Format, []).
info_msg(Format, Args) -> msg(notice, info_msg, info_msg, Format, Args).

error_report(Report) -> error_report(std_error, Report).
error_report(Type, Report) -> report(error, error_report, Type, Report).

warning_report(Report) -> warning_report(std_warning, Report).
warning_report(Type, Report) -> report(warning, warning_report, Type, Report).

info_report(Report) -> info_report(std_info, Report).
info_report(Type, Report) -> report(notice, info_report, Type, Report).

error_info(Error) ->
    {Format, Args} = case string_p(Error) of
                         true -> {Error, []};
                         false -> {"~p", [Error]}
                     end,
    logger:log(notice, Format, Args, #{error_logger => #{tag => info, type => Error},
                                       domain => [Error]}).

%% tty(false) removes the error_logger_tty_h report handler, which a node
%% does not have unless tty(true) added it (logger's default handler prints,
%% and stays): so it changes nothing and answers ok, as in OTP 25.
tty(false) -> ok.

warning_map() -> warning.

get_format_depth() -> unlimited.

%% error_msg's tag is plain `error`, its label error_msg.
msg(Level, Label, Tag, Format, Args) ->
    logger:log(Level, #{label => {?MODULE, Label}, format => Format, args => Args},
               #{error_logger => #{tag => Tag}, report_cb => fun report_to_format/1}).

report(Level, Tag, Type, Report) ->
    Meta = #{error_logger => #{tag => Tag, type => Type}, report_cb => fun report_to_format/1},
    logger:log(Level, #{label => {?MODULE, Tag}, report => Report}, domain(Tag, Type, Meta)).

domain(error_report, std_error, Meta) -> Meta;
domain(warning_report, std_warning, Meta) -> Meta;
domain(info_report, std_info, Meta) -> Meta;
domain(_, Type, Meta) -> Meta#{domain => [Type]}.

%% A map report prints whole (not as "key: value" lines); a bad format is
%% shown with its arguments rather than failing.
report_to_format(#{label := {?MODULE, _}, report := Report}) when is_map(Report) ->
    {"~tp\n", [Report]};
report_to_format(#{label := {?MODULE, _}, format := Format, args := Args}) ->
    case well_formed(Format, Args) of
        true -> {Format, Args};
        false -> {"ERROR: ~tp - ~tp", [Format, Args]}
    end;
report_to_format(Term) ->
    logger:format_otp_report(Term).

%% io_lib:scan_format/2's verdict: the directives parse and take exactly
%% the arguments given (a format that is not a string passes, as there).
well_formed(Format, Args) when is_list(Format), is_list(Args) ->
    try lists:flatten(Format) of
        Flat -> directives(Flat, length(Args)) =:= 0
    catch _:_ -> false
    end;
well_formed(Format, Args) when is_atom(Format); is_binary(Format) ->
    well_formed(if is_atom(Format) -> atom_to_list(Format);
                   true -> binary_to_list(Format) end, Args);
well_formed(_, _) ->
    false.

%% Counts the arguments the directives take off Left, or -1 when wrong.
directives([$~ | T], Left) ->
    case directive(T, Left) of
        {Rest, Left1} when Left1 >= 0 -> directives(Rest, Left1);
        _ -> -1
    end;
directives([_ | T], Left) -> directives(T, Left);
directives([], Left) -> Left.

%% ~F.P.PadModC: field width and precision (digits or *), pad char, modifiers.
directive(T0, Left0) ->
    {T1, Left1} = field(T0, Left0),
    {T2, Left2} = case T1 of
                      [$. | R1] -> field(R1, Left1);
                      _ -> {T1, Left1}
                  end,
    {T3, Left3} = case T2 of
                      [$., $* | R2] -> {R2, Left2 - 1};
                      [$., _ | R2] -> {R2, Left2};
                      _ -> {T2, Left2}
                  end,
    T4 = modifiers(T3),
    case T4 of
        [C | R] -> control(C, R, Left3);
        [] -> error
    end.

field([$* | T], Left) -> {T, Left - 1};
field([$- | T], Left) -> field(T, Left);
field(T, Left) -> {lists:dropwhile(fun(C) -> C >= $0 andalso C =< $9 end, T), Left}.

modifiers([M | T]) when M =:= $t; M =:= $l; M =:= $k; M =:= $K -> modifiers(T);
modifiers(T) -> T.

control(C, R, Left) when C =:= $~; C =:= $n; C =:= $i ->
    {R, if C =:= $i -> Left - 1; true -> Left end};
control(C, R, Left) when C =:= $c; C =:= $f; C =:= $e; C =:= $g; C =:= $s;
                         C =:= $w; C =:= $p; C =:= $b; C =:= $B; C =:= $# ->
    {R, Left - 1};
control(C, R, Left) when C =:= $W; C =:= $P; C =:= $x; C =:= $X ->
    {R, Left - 2};
control(_, _, _) -> error.

string_p(List) when is_list(List) ->
    try lists:flatten(List) of
        [] -> false;
        Flat -> lists:all(fun latin1_printable/1, Flat)
    catch _:_ -> false
    end;
string_p(_) ->
    false.

%% io_lib:printable_list/1's characters.
latin1_printable(C) when is_integer(C), C >= $\s, C =< $~ -> true;
latin1_printable(C) when is_integer(C), C >= 160, C =< 255 -> true;
latin1_printable(C) -> lists:member(C, "\n\r\t\v\b\f\e").

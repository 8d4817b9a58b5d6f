%% The calendar module of OTP 25: proleptic Gregorian dates counted in days
%% and seconds from year 0, ISO weeks, RFC 3339 text, and conversions to and
%% from local time through the erlang time BIFs (which know the machine's
%% time zone). Bad arguments fail the way OTP's do (function_clause,
%% if_clause or {badarg, ...}), since learners meet those reasons.
-module(calendar).
-export([date_to_gregorian_days/1, date_to_gregorian_days/3,
         datetime_to_gregorian_seconds/1,
         day_of_the_week/1, day_of_the_week/3,
         gregorian_days_to_date/1, gregorian_seconds_to_datetime/1,
         is_leap_year/1, iso_week_number/0, iso_week_number/1,
         last_day_of_the_month/2,
         local_time/0, local_time_to_universal_time/1,
         local_time_to_universal_time/2, local_time_to_universal_time_dst/1,
         now_to_datetime/1, now_to_local_time/1, now_to_universal_time/1,
         rfc3339_to_system_time/1, rfc3339_to_system_time/2,
         seconds_to_daystime/1, seconds_to_time/1,
         system_time_to_local_time/2, system_time_to_universal_time/2,
         system_time_to_rfc3339/1, system_time_to_rfc3339/2,
         time_difference/2, time_to_seconds/1,
         universal_time/0, universal_time_to_local_time/1,
         valid_date/1, valid_date/3]).

-define(DAY, 86400).
-define(DAYS_0_TO_1970, 719528).
-define(SECS_0_TO_1970, (?DAYS_0_TO_1970 * ?DAY)).
-define(SECS_0_TO_10000, (2932897 * ?DAY)).

%% ---- days and seconds ------------------------------------------------------

date_to_gregorian_days({Y, M, D}) -> date_to_gregorian_days(Y, M, D).

date_to_gregorian_days(Y, M, D) when is_integer(D), D > 0 ->
    Last = last_day_of_the_month(Y, M),
    if
        D =< Last -> days_before_year(Y) + days_before_month(Y, M) + D - 1
    end.

datetime_to_gregorian_seconds({Date, Time}) ->
    ?DAY * date_to_gregorian_days(Date) + time_to_seconds(Time).

gregorian_days_to_date(Days) ->
    {Y, DayOfYear} = day_to_year(Days),
    {M, D} = month_day(Y, DayOfYear),
    {Y, M, D}.

gregorian_seconds_to_datetime(Secs) when Secs >= 0 ->
    {gregorian_days_to_date(Secs div ?DAY), seconds_to_time(Secs rem ?DAY)}.

%% Monday is 1; day 0 (0000-01-01) was a Saturday.
day_of_the_week({Y, M, D}) -> day_of_the_week(Y, M, D).

day_of_the_week(Y, M, D) ->
    (date_to_gregorian_days(Y, M, D) + 5) rem 7 + 1.

is_leap_year(Y) when is_integer(Y), Y >= 0 -> leap(Y).

leap(Y) when Y rem 4 =:= 0, Y rem 100 > 0 -> true;
leap(Y) when Y rem 400 =:= 0 -> true;
leap(_) -> false.

last_day_of_the_month(Y, M) when is_integer(Y), Y >= 0 -> last_day_of_the_month1(Y, M).

last_day_of_the_month1(Y, 2) ->
    case is_leap_year(Y) of
        true -> 29;
        false -> 28
    end;
last_day_of_the_month1(_, M) when M =:= 4; M =:= 6; M =:= 9; M =:= 11 -> 30;
last_day_of_the_month1(_, M) when is_integer(M), M > 0, M < 13 -> 31.

valid_date({Y, M, D}) -> valid_date(Y, M, D).

valid_date(Y, M, D) when is_integer(Y), is_integer(M), is_integer(D) ->
    Y >= 0 andalso M > 0 andalso M < 13 andalso D > 0
        andalso D =< last_day_of_the_month(Y, M).

seconds_to_daystime(Secs) ->
    Days = Secs div ?DAY,
    Rest = Secs rem ?DAY,
    if
        Rest < 0 -> {Days - 1, seconds_to_time(Rest + ?DAY)};
        true -> {Days, seconds_to_time(Rest)}
    end.

seconds_to_time(Secs) when Secs >= 0, Secs < ?DAY ->
    {Secs div 3600, Secs rem 3600 div 60, Secs rem 60}.

time_to_seconds({H, M, S}) when is_integer(H), is_integer(M), is_integer(S) ->
    H * 3600 + M * 60 + S.

time_difference({{_, _, _}, {_, _, _}} = From, {{_, _, _}, {_, _, _}} = To) ->
    seconds_to_daystime(datetime_to_gregorian_seconds(To) -
                            datetime_to_gregorian_seconds(From)).

%% Days from year 0 to the first of January of year Y.
days_before_year(Y) when Y =< 0 -> 0;
days_before_year(Y) ->
    P = Y - 1,
    P div 4 - P div 100 + P div 400 + P * 365 + 366.

days_before_month(Y, M) ->
    Base = element(M, {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}),
    case M > 2 andalso is_leap_year(Y) of
        true -> Base + 1;
        false -> Base
    end.

%% The year holding day Days, found by interpolation between the bounds
%% that 365- and 366-day years give, and the day's offset in that year.
day_to_year(Days) when Days >= 0 ->
    Hi = Days div 365,
    Lo = Days div 366,
    {Y, Start} = find_year(Lo, Hi, Days, days_before_year(Lo),
                           days_before_year(Hi)),
    {Y, Days - Start}.

find_year(Lo, Lo, _Days, StartLo, _StartHi) -> {Lo, StartLo};
find_year(Lo, Hi, Days, StartLo, StartHi) ->
    Mid = Lo + (Hi - Lo) * (Days - StartLo) div (StartHi - StartLo),
    Start = days_before_year(Mid),
    Len = case is_leap_year(Mid) of true -> 366; false -> 365 end,
    if
        Days < Start ->
            find_year(Lo, Mid - 1, Days, StartLo, days_before_year(Mid - 1));
        Days - Start >= Len ->
            find_year(Mid + 1, Hi, Days, days_before_year(Mid + 1), StartHi);
        true -> {Mid, Start}
    end.

month_day(Y, DayOfYear) ->
    Extra = case is_leap_year(Y) of true -> 1; false -> 0 end,
    month_day(DayOfYear, Extra, 12).

month_day(DayOfYear, _Extra, 1) -> {1, DayOfYear + 1};
month_day(DayOfYear, Extra, M) ->
    Start = days_before_month_e(M, Extra),
    if
        DayOfYear >= Start -> {M, DayOfYear - Start + 1};
        true -> month_day(DayOfYear, Extra, M - 1)
    end.

days_before_month_e(M, Extra) ->
    element(M, {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334})
        + if M > 2 -> Extra; true -> 0 end.

%% ---- ISO weeks -------------------------------------------------------------

iso_week_number() ->
    {Date, _} = local_time(),
    iso_week_number(Date).

iso_week_number({Y, M, D}) ->
    Day = date_to_gregorian_days({Y, M, D}),
    Week1 = iso_week1_start(Y),
    NextWeek1 = iso_week1_start(Y + 1),
    if
        Day < Week1 ->
            Long = day_of_the_week(Y - 1, 1, 1) =:= 4
                orelse day_of_the_week(Y - 1, 12, 31) =:= 4,
            {Y - 1, case Long of true -> 53; false -> 52 end};
        Day >= NextWeek1 -> {Y + 1, 1};
        true -> {Y, (Day - Week1) div 7 + 1}
    end.

%% Week 1 starts on the Monday of the week holding January 4th.
iso_week1_start(Y) ->
    Jan1 = date_to_gregorian_days(Y, 1, 1),
    case day_of_the_week(Y, 1, 1) of
        W when W =< 4 -> Jan1 - W + 1;
        W -> Jan1 + 8 - W
    end.

%% ---- local and universal time ----------------------------------------------

local_time() -> erlang:localtime().

universal_time() -> erlang:universaltime().

local_time_to_universal_time(DateTime) ->
    erlang:localtime_to_universaltime(DateTime).

local_time_to_universal_time(DateTime, IsDst) ->
    erlang:localtime_to_universaltime(DateTime, IsDst).

universal_time_to_local_time(DateTime) ->
    erlang:universaltime_to_localtime(DateTime).

%% All universal times that the local time could mean: two around the end
%% of summer time, none in the hour skipped at its start.
local_time_to_universal_time_dst(DateTime) ->
    UtDst = erlang:localtime_to_universaltime(DateTime, true),
    Ut = erlang:localtime_to_universaltime(DateTime, false),
    LtDst = erlang:universaltime_to_localtime(UtDst),
    Lt = erlang:universaltime_to_localtime(Ut),
    if
        LtDst =:= DateTime, Lt =:= DateTime, UtDst =/= Ut -> [UtDst, Ut];
        LtDst =:= DateTime -> [UtDst];
        Lt =:= DateTime -> [Ut];
        true -> []
    end.

now_to_datetime({MegaSecs, Secs, _MicroSecs}) ->
    system_seconds_to_datetime(MegaSecs * 1000000 + Secs).

now_to_universal_time(Now) -> now_to_datetime(Now).

now_to_local_time({MegaSecs, Secs, MicroSecs}) ->
    erlang:universaltime_to_localtime(
      now_to_universal_time({MegaSecs, Secs, MicroSecs})).

system_time_to_universal_time(Time, Unit) ->
    system_seconds_to_datetime(erlang:convert_time_unit(Time, Unit, second)).

system_time_to_local_time(Time, Unit) ->
    erlang:universaltime_to_localtime(system_time_to_universal_time(Time, Unit)).

system_seconds_to_datetime(Secs) ->
    gregorian_seconds_to_datetime(Secs + ?SECS_0_TO_1970).

datetime_to_system_seconds(DateTime) ->
    datetime_to_gregorian_seconds(DateTime) - ?SECS_0_TO_1970.

%% ---- RFC 3339 --------------------------------------------------------------

rfc3339_to_system_time(Text) -> rfc3339_to_system_time(Text, []).

rfc3339_to_system_time(Text, Options) ->
    Unit = proplists:get_value(unit, Options, second),
    [Y1, Y2, Y3, Y4, $-, Mo1, Mo2, $-, D1, D2, _T,
     H1, H2, $:, Mi1, Mi2, $:, S1, S2 | Rest] = Text,
    DateTime = {{list_to_integer([Y1, Y2, Y3, Y4]),
                 list_to_integer([Mo1, Mo2]),
                 list_to_integer([D1, D2])},
                {list_to_integer([H1, H2]),
                 list_to_integer([Mi1, Mi2]),
                 list_to_integer([S1, S2])}},
    {Fraction, Offset} =
        lists:splitwith(fun(C) -> (C >= $0 andalso C =< $9) orelse C =:= $. end,
                        Rest),
    Local = datetime_to_system_seconds(DateTime),
    Secs = Local - offset_text_seconds(Offset),
    check(Text, Options, Secs),
    Scaled = erlang:convert_time_unit(Secs, second, Unit),
    Frac = fraction(Unit, Fraction),
    if
        Scaled < 0 -> Scaled - Frac;
        true -> Scaled + Frac
    end.

system_time_to_rfc3339(Time) -> system_time_to_rfc3339(Time, []).

%% Native time is written in milliseconds, as OTP does.
system_time_to_rfc3339(Time, Options) ->
    Unit = proplists:get_value(unit, Options, second),
    Offset = proplists:get_value(offset, Options, ""),
    case Unit of
        native ->
            Ms = erlang:convert_time_unit(Time, native, millisecond),
            MsOffset = if
                           is_integer(Offset) ->
                               erlang:convert_time_unit(Offset, native,
                                                        millisecond);
                           true -> Offset
                       end,
            to_rfc3339(Ms, Options, millisecond, MsOffset);
        _ ->
            to_rfc3339(Time, Options, Unit, Offset)
    end.

to_rfc3339(Time, Options, Unit, OffsetOpt) ->
    T = proplists:get_value(time_designator, Options, $T),
    AdjustSecs = offset_seconds(Time, Unit, OffsetOpt),
    OffsetText = offset_text(OffsetOpt, AdjustSecs),
    Adjusted = Time + erlang:convert_time_unit(AdjustSecs, second, Unit),
    Factor = factor(Unit),
    Secs = Adjusted div Factor,
    check(Time, Options, Secs),
    {{Y, Mo, D}, {H, Mi, S}} = system_seconds_to_datetime(Secs),
    lists:append([pad(4, Y), "-", pad(2, Mo), "-", pad(2, D), [T],
                  pad(2, H), ":", pad(2, Mi), ":", pad(2, S),
                  fraction_text(Factor, Adjusted), OffsetText]).

check(_Arg, _Options, Secs) when Secs >= -?SECS_0_TO_1970,
                                 Secs < ?SECS_0_TO_10000 ->
    ok;
check(Arg, Options, _Secs) ->
    erlang:error({badarg, [Arg, Options]}).

offset_seconds(Time, Unit, "") ->
    Utc = system_time_to_universal_time(Time, Unit),
    datetime_to_gregorian_seconds(erlang:universaltime_to_localtime(Utc))
        - datetime_to_gregorian_seconds(Utc);
offset_seconds(_Time, _Unit, Text) when is_list(Text) ->
    offset_text_seconds(Text);
offset_seconds(_Time, Unit, Offset) when is_integer(Offset) ->
    erlang:convert_time_unit(Offset, Unit, second).

offset_text_seconds("Z") -> 0;
offset_text_seconds("z") -> 0;
offset_text_seconds([Sign, H1, H2 | Minutes]) ->
    Min = case Minutes of
              [$:, M1, M2] -> list_to_integer([M1, M2]);
              [] -> 0
          end,
    Secs = 3600 * list_to_integer([H1, H2]) + 60 * Min,
    case Sign of
        $- -> -Secs;
        $+ -> Secs
    end.

offset_text(Opt, Secs0) when Opt =:= ""; is_integer(Opt) ->
    Sign = if Secs0 < 0 -> $-; true -> $+ end,
    Secs = abs(Secs0),
    [Sign | pad(2, Secs div 3600) ++ ":" ++ pad(2, Secs rem 3600 div 60)];
offset_text(Opt, _Secs) ->
    Opt.

fraction_text(1, _Time) -> "";
fraction_text(Factor, Time) ->
    Digits = length(integer_to_list(Factor)) - 1,
    [$. | pad(Digits, abs(Time rem Factor))].

fraction(second, _) -> 0;
fraction(_, "") -> 0;
fraction(Unit, Text) -> round(factor(Unit) * list_to_float([$0 | Text])).

factor(second) -> 1;
factor(millisecond) -> 1000;
factor(microsecond) -> 1000000;
factor(nanosecond) -> 1000000000;
factor(native) -> erlang:convert_time_unit(1, second, native).

%% Zero-padded decimal text of at least Width digits.
pad(Width, N) ->
    S = integer_to_list(N),
    lists:duplicate(Width - length(S), $0) ++ S.

-module(dates).
-export([main/0]).

main() ->
    D = {2024, 2, 28},
    io:format("~p~n", [calendar:day_of_the_week(D)]),
    io:format("~p~n", [calendar:is_leap_year(2024)]),
    io:format("~p~n", [calendar:last_day_of_the_month(2023, 2)]),
    Days = calendar:date_to_gregorian_days(D),
    io:format("~p~n", [calendar:gregorian_days_to_date(Days + 2)]),
    io:format("~p~n", [calendar:valid_date({2023, 2, 29})]),
    S = calendar:datetime_to_gregorian_seconds({D, {12, 0, 0}}),
    io:format("~p~n", [calendar:gregorian_seconds_to_datetime(S + 1000000000)]),
    io:format("~p~n", [calendar:time_difference({{2024, 1, 1}, {0, 0, 0}}, {{2024, 3, 1}, {12, 30, 0}})]),
    io:format("~p~n", [calendar:iso_week_number({2024, 12, 30})]),
    io:format("~s~n", [lists:flatten(io_lib:format("~4..0w-~2..0w-~2..0w", tuple_to_list(D)))]),
    io:format("~p~n", [calendar:seconds_to_daystime(100000)]).

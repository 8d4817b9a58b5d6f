-module(meetup).
-export([meetup/4]).

-define(DAYS, [monday, tuesday, wednesday, thursday, friday, saturday, sunday]).

meetup(Year, Month, Weekday, Which) ->
    Want = index(Weekday, ?DAYS, 1),
    Last = calendar:last_day_of_the_month(Year, Month),
    Days = [D || D <- lists:seq(1, Last), calendar:day_of_the_week(Year, Month, D) =:= Want],
    Day = case Which of
              first -> lists:nth(1, Days);
              second -> lists:nth(2, Days);
              third -> lists:nth(3, Days);
              fourth -> lists:nth(4, Days);
              last -> lists:last(Days);
              teenth -> hd([D || D <- Days, D >= 13, D =< 19])
          end,
    {Year, Month, Day}.

index(X, [X | _], I) -> I;
index(X, [_ | T], I) -> index(X, T, I + 1).

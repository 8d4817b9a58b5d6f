-module(twelve_days).
-export([verse/1, main/0]).

-define(DAYS, ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
               "ninth", "tenth", "eleventh", "twelfth"]).
-define(GIFTS, ["a Partridge in a Pear Tree", "two Turtle Doves", "three French Hens",
                "four Calling Birds", "five Gold Rings", "six Geese-a-Laying", "seven Swans-a-Swimming",
                "eight Maids-a-Milking", "nine Ladies Dancing", "ten Lords-a-Leaping",
                "eleven Pipers Piping", "twelve Drummers Drumming"]).

verse(N) ->
    Gifts = lists:reverse(lists:sublist(?GIFTS, N)),
    List = case Gifts of
               [One] -> One;
               _ -> string:join(lists:droplast(Gifts), ", ") ++ ", and " ++ lists:last(Gifts)
           end,
    "On the " ++ lists:nth(N, ?DAYS) ++ " day of Christmas my true love gave to me: " ++ List ++ ".".

main() -> [io:format("~s~n", [verse(N)]) || N <- [1, 2, 3, 12]], ok.

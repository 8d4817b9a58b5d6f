-module(person).
-include("person.hrl").
-export([main/0]).

birthday(#person{age = A} = P) -> P#person{age = A + 1}.

is_adult(#person{age = A}) when A >= 18 -> true;
is_adult(_) -> false.

describe(#person{name = N, email = none}) -> io_lib:format("~s (no email)", [N]);
describe(#person{name = N, email = E}) -> io_lib:format("~s <~s>", [N, E]).

main() ->
    Joe = #person{name = "Joe", age = 17},
    Ann = #person{name = "Ann", age = 34, email = "ann@example.com", tags = [admin]},
    io:format("~p~n", [Joe]),
    io:format("~p~n", [birthday(Joe)]),
    io:format("adult: ~w ~w~n", [is_adult(Joe), is_adult(birthday(Joe))]),
    io:format("~s~n~s~n", [describe(Joe), describe(Ann)]),
    io:format("fields: ~w~n", [record_info(fields, person)]),
    io:format("size: ~w~n", [record_info(size, person)]),
    io:format("age index: ~w~n", [#person.age]),
    People = [Ann, Joe, #person{name = "Zed", age = 70}],
    io:format("names: ~p~n", [[P#person.name || P <- People]]),
    io:format("sorted by age: ~p~n", [[N || #person{name = N} <- lists:keysort(#person.age, People)]]),
    Home = #address{street = "1 Main St", city = "Springfield"},
    io:format("~p~n", [Home]),
    io:format("is_record: ~w ~w~n", [is_record(Home, address), is_record(Home, person)]).

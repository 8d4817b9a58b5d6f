-module(records).
-export([main/0]).

-record(point, {x = 0, y = 0}).
-record(person, {name, age = 0, email = "none", tags = []}).
-record(empty, {}).
-record(nested, {p = #point{}, label = <<"lbl">>}).

%% Records: creation with defaults, update, field access, #rec.field index,
%% patterns, is_record guards, records as tuples.
main() ->
    P0 = #point{},
    P1 = #point{x = 3},
    P2 = P1#point{y = 4},
    io:format("~p~n", [[P0, P1, P2]]),
    io:format("~p~n", [{P2#point.x, P2#point.y}]),
    io:format("~p~n", [{#point.x, #point.y, #person.email}]),
    Joe = #person{name = "Joe", age = 40},
    io:format("~p~n", [Joe]),
    Older = Joe#person{age = Joe#person.age + 1, tags = [admin]},
    io:format("~p~n", [Older]),
    io:format("~p~n", [[describe(R) || R <- [Joe, Older, P2, #empty{}, {person, x}]]]),
    io:format("~p~n", [[is_point(X) || X <- [P0, {point, 1, 2}, {point, 1}, {other, 1, 2}, x]]]),
    #person{name = Name, tags = Tags} = Older,
    io:format("~p~n", [{Name, Tags}]),
    io:format("~p~n", [{record_info(fields, person), record_info(size, person)}]),
    io:format("~p~n", [#nested{}]),
    N = #nested{p = #point{x = 9}},
    io:format("~p~n", [(N#nested.p)#point.x]),
    io:format("~p~n", [N#nested.p#point.x]),
    io:format("~p~n", [tuple_size(Joe)]),
    io:format("~p~n", [element(#person.name, Joe)]),
    io:format("~p~n", [Joe =:= {person, "Joe", 40, "none", []}]),
    %% record update in a function that matches the record in the head
    io:format("~p~n", [birthday(Joe)]),
    %% sort records by a field
    People = [#person{name = N1, age = A} || {N1, A} <- [{"a", 30}, {"b", 20}, {"c", 25}]],
    io:format("~p~n", [[Pn || #person{name = Pn} <- lists:keysort(#person.age, People)]]),
    %% field `_` default for all other fields
    io:format("~p~n", [#person{_ = unset}]),
    io:format("~p~n", [#person{name = x, _ = unset}]),
    %% record fields as the module and function of a call
    Call = #person{name = lists, email = reverse},
    io:format("~p~n", [(Call#person.name):(Call#person.email)([1, 2, 3])]),
    io:format("~p~n", [(fun lists:max/1)([(Call#person{age = 7})#person.age, 3])]),
    ok.

describe(#person{name = N, age = A}) when A > 40 -> {old, N};
describe(#person{name = N}) -> {person, N};
describe(#point{x = X, y = Y}) -> {point, X + Y};
describe(R) when is_record(R, empty) -> empty;
describe(_) -> unknown.

is_point(R) when is_record(R, point) -> true;
is_point(_) -> false.

birthday(#person{age = A} = P) -> P#person{age = A + 1}.

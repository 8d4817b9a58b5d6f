-module(mappat).
-export([main/0]).

handle(#{type := click, x := X, y := Y}) -> {click_at, X, Y};
handle(#{type := key, key := K}) when K >= $a, K =< $z -> {letter, [K]};
handle(#{type := key}) -> other_key;
handle(#{type := T}) -> {unknown, T};
handle(_) -> invalid.

area(#{shape := circle, r := R}) -> 3.0 * R * R;
area(#{shape := rect, w := W, h := H}) -> W * H.

main() ->
    Events = [#{type => click, x => 1, y => 2}, #{type => key, key => $q}, #{type => key, key => $!},
              #{type => scroll}, #{}, #{type => click, x => 0, y => 0, extra => true}],
    [io:format("~p~n", [handle(E)]) || E <- Events],
    io:format("~p~n", [[area(S) || S <- [#{shape => circle, r => 2}, #{shape => rect, w => 3, h => 4}]]]),
    Key = dynamic,
    M = #{Key => 1, <<"bin">> => 2, {t, 1} => 3},
    #{Key := V1, <<"bin">> := V2} = M,
    io:format("~p ~p~n", [V1, V2]).

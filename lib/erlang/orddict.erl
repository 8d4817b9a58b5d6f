%% The orddict module: dictionaries as lists of {Key, Value} ascending by
%% key, compared with == as OTP 25 does (1 and 1.0 are the same key). Where
%% OTP keeps the caller's key (store/3, append/3, update/3,4...) or the
%% stored one (merge/3), so does this module, so results print alike. A
%% missing key for fetch/2 or update/3 fails with function_clause, as on erl.

-module(orddict).

-export([new/0, is_key/2, to_list/1, from_list/1, size/1, is_empty/1]).
-export([fetch/2, find/2, fetch_keys/1, erase/2, take/2]).
-export([store/3, append/3, append_list/3, update/3, update/4, update_counter/3]).
-export([fold/3, map/2, filter/2, merge/3]).

-compile({no_auto_import, [size/1]}).

-file("orddict.erl", 40).
new() -> [].

-file("orddict.erl", 45).
is_key(Key, [{K, _} | _]) when Key < K -> false;
is_key(Key, [{K, _} | D]) when Key > K -> is_key(Key, D);
is_key(_Key, [{_, _} | _]) -> true;
is_key(_Key, []) -> false.

-file("orddict.erl", 54).
to_list(D) -> D.

%% Later pairs win: reversed, the first of each key is the one ukeysort keeps.
-file("orddict.erl", 60).
from_list([]) -> [];
from_list([{_, _}] = D) -> D;
from_list(Pairs) -> lists:ukeysort(1, reverse_pairs(Pairs, [])).

-file("orddict.erl", 248).
reverse_pairs([{_, _} = P | T], Acc) -> reverse_pairs(T, [P | Acc]);
reverse_pairs([], Acc) -> Acc.

-file("orddict.erl", 68).
size(D) -> length(D).

-file("orddict.erl", 73).
is_empty([]) -> true;
is_empty([_ | _]) -> false.

-file("orddict.erl", 79).
fetch(Key, [{K, _} | D]) when Key > K -> fetch(Key, D);
fetch(Key, [{K, V} | _]) when Key == K -> V.

-file("orddict.erl", 85).
find(Key, [{K, _} | _]) when Key < K -> error;
find(Key, [{K, _} | D]) when Key > K -> find(Key, D);
find(_Key, [{_, V} | _]) -> {ok, V};
find(_Key, []) -> error.

-file("orddict.erl", 94).
fetch_keys([{K, _} | D]) -> [K | fetch_keys(D)];
fetch_keys([]) -> [].

-file("orddict.erl", 102).
erase(Key, [{K, _} = P | D]) when Key < K -> [P | D];
erase(Key, [{K, _} = P | D]) when Key > K -> [P | erase(Key, D)];
erase(_Key, [{_, _} | D]) -> D;
erase(_Key, []) -> [].

-file("orddict.erl", 114).
take(Key, D) -> take_1(Key, D, []).

-file("orddict.erl", 117).
take_1(Key, [{K, _} | _], _Seen) when Key < K -> error;
take_1(Key, [{K, _} = P | D], Seen) when Key > K -> take_1(Key, D, [P | Seen]);
take_1(_Key, [{_, V} | D], Seen) -> {V, lists:reverse(Seen, D)};
take_1(_Key, [], _Seen) -> error.

-file("orddict.erl", 129).
store(Key, New, [{K, _} | _] = D) when Key < K -> [{Key, New} | D];
store(Key, New, [{K, _} = P | D]) when Key > K -> [P | store(Key, New, D)];
store(Key, New, [{_, _} | D]) -> [{Key, New} | D];
store(Key, New, []) -> [{Key, New}].

-file("orddict.erl", 141).
append(Key, New, [{K, _} | _] = D) when Key < K -> [{Key, [New]} | D];
append(Key, New, [{K, _} = P | D]) when Key > K -> [P | append(Key, New, D)];
append(Key, New, [{_, Old} | D]) -> [{Key, Old ++ [New]} | D];
append(Key, New, []) -> [{Key, [New]}].

-file("orddict.erl", 154).
append_list(Key, New, [{K, _} | _] = D) when Key < K -> [{Key, New} | D];
append_list(Key, New, [{K, _} = P | D]) when Key > K -> [P | append_list(Key, New, D)];
append_list(Key, New, [{_, Old} | D]) -> [{Key, Old ++ New} | D];
append_list(Key, New, []) -> [{Key, New}].

-file("orddict.erl", 168).
update(Key, Fun, [{K, _} = P | D]) when Key > K -> [P | update(Key, Fun, D)];
update(Key, Fun, [{K, V} | D]) when Key == K -> [{Key, Fun(V)} | D].

-file("orddict.erl", 179).
update(Key, _Fun, Init, [{K, _} | _] = D) when Key < K -> [{Key, Init} | D];
update(Key, Fun, Init, [{K, _} = P | D]) when Key > K -> [P | update(Key, Fun, Init, D)];
update(Key, Fun, _Init, [{_, V} | D]) -> [{Key, Fun(V)} | D];
update(Key, _Fun, Init, []) -> [{Key, Init}].

-file("orddict.erl", 192).
update_counter(Key, Incr, [{K, _} | _] = D) when Key < K -> [{Key, Incr} | D];
update_counter(Key, Incr, [{K, _} = P | D]) when Key > K -> [P | update_counter(Key, Incr, D)];
update_counter(Key, Incr, [{_, V} | D]) -> [{Key, V + Incr} | D];
update_counter(Key, Incr, []) -> [{Key, Incr}].

-file("orddict.erl", 208).
fold(F, Acc, [{K, V} | D]) -> fold(F, F(K, V, Acc), D);
fold(F, Acc, []) when is_function(F, 3) -> Acc.

-file("orddict.erl", 217).
map(F, [{K, V} | D]) -> [{K, F(K, V)} | map(F, D)];
map(F, []) when is_function(F, 2) -> [].

-file("orddict.erl", 226).
filter(F, [{K, V} = P | D]) ->
    case F(K, V) of
        true -> [P | filter(F, D)];
        false -> filter(F, D)
    end;
filter(F, []) when is_function(F, 2) -> [].

%% Equal keys: the fun decides the value, the first dict's key stays.
-file("orddict.erl", 239).
merge(F, [{K1, _} = P1 | D1], [{K2, _} = P2 | D2]) when K1 < K2 ->
    [P1 | merge(F, D1, [P2 | D2])];
merge(F, [{K1, _} = P1 | D1], [{K2, _} = P2 | D2]) when K1 > K2 ->
    [P2 | merge(F, [P1 | D1], D2)];
merge(F, [{K1, V1} | D1], [{_, V2} | D2]) ->
    [{K1, F(K1, V1, V2)} | merge(F, D1, D2)];
merge(F, [], D2) when is_function(F, 3) -> D2;
merge(F, D1, []) when is_function(F, 3) -> D1.

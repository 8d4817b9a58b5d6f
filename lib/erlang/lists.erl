%% The higher-order half of the lists module, in Erlang because natives never
%% call funs (a process must be able to suspend inside any fun). The VM merges
%% this module with the natives of src/bifs/lists.ts (reverse/2, keyfind/3...).
%%
%% Loops are tail-recursive with an accumulator reversed at the end, so very
%% long lists never need a deep stack. Funs are applied left to right, and
%% bad arguments fail as in OTP 25: map/all/any/foldl check the list with a
%% case (case_clause), filter/2 fails as OTP's comprehension does
%% (bad_filter, bad_generator), the rest fail with function_clause. The order in which sort/2 and friends
%% call the ordering fun differs from OTP's merge sort; results do not.

-module(lists).

-export([all/2, any/2, dropwhile/2, filter/2, filtermap/2, flatmap/2,
         foldl/3, foldr/3, foreach/2, keymap/3, map/2, mapfoldl/3, mapfoldr/3,
         partition/2, search/2, splitwith/2, takewhile/2, uniq/2,
         zf/2, zipwith/3, zipwith3/4]).
-export([sort/2, usort/2, merge/3, umerge/1, umerge/2, umerge/3,
         merge3/3, umerge3/3, ukeymerge/3]).

%% ---- traversals ----------------------------------------------------------

all(Pred, List) when is_function(Pred, 1) ->
    case List of
        [_ | _] -> all_1(Pred, List);
        [] -> true
    end.

all_1(Pred, [H | T]) ->
    case Pred(H) of
        true -> all_1(Pred, T);
        false -> false
    end;
all_1(_Pred, []) -> true.

any(Pred, List) when is_function(Pred, 1) ->
    case List of
        [_ | _] -> any_1(Pred, List);
        [] -> false
    end.

any_1(Pred, [H | T]) ->
    case Pred(H) of
        true -> true;
        false -> any_1(Pred, T)
    end;
any_1(_Pred, []) -> false.

%% map/2 and foldl/3 have OTP's shape and, through -file, its line numbers:
%% stack traces through them read as erl's (`lists:map_1/2 (lists.erl,
%% line 1320)`). The shell's exception reports show these frames. map is
%% body-recursive as in OTP; the VM moves deep stacks to the heap.
-file("lists.erl", 1312).
map(F, List) when is_function(F, 1) ->
    case List of
        [Hd | Tail] -> [F(Hd) | map_1(F, Tail)];
        [] -> []
    end.

-file("lists.erl", 1318).
map_1(F, [Hd | Tail]) ->
    [F(Hd) | map_1(F, Tail)];
map_1(_F, []) ->
    [].
-file("lists.erl", 63).

flatmap(F, List) when is_function(F, 1) -> flatmap_1(F, List, []).

%% Each result is reversed onto the accumulator, so results must be lists.
flatmap_1(F, [H | T], Acc) -> flatmap_1(F, T, lists:reverse(F(H), Acc));
flatmap_1(_F, [], Acc) -> lists:reverse(Acc).

-file("lists.erl", 1347).
foldl(F, Acc, List) when is_function(F, 2) ->
    case List of
        [Hd | Tail] -> foldl_1(F, F(Hd, Acc), Tail);
        [] -> Acc
    end.

-file("lists.erl", 1353).
foldl_1(F, Acc, [Hd | Tail]) ->
    foldl_1(F, F(Hd, Acc), Tail);
foldl_1(_F, Acc, []) ->
    Acc.
-file("lists.erl", 78).

foldr(F, Acc, List) when is_function(F, 2) -> foldl_1(F, Acc, lists:reverse(List)).

foreach(F, List) when is_function(F, 1) -> foreach_1(F, List).

foreach_1(F, [H | T]) ->
    F(H),
    foreach_1(F, T);
foreach_1(_F, []) -> ok.

%% OTP's filter/2 is a list comprehension; this fails the same way.
filter(Pred, List) when is_function(Pred, 1) -> filter_1(Pred, List, []).

filter_1(Pred, [H | T], Acc) ->
    case Pred(H) of
        true -> filter_1(Pred, T, [H | Acc]);
        false -> filter_1(Pred, T, Acc);
        Other -> erlang:error({bad_filter, Other})
    end;
filter_1(_Pred, [], Acc) -> lists:reverse(Acc);
filter_1(_Pred, Other, _Acc) -> erlang:error({bad_generator, Other}).

partition(Pred, List) when is_function(Pred, 1) -> partition_1(Pred, List, [], []).

partition_1(Pred, [H | T], In, Out) ->
    case Pred(H) of
        true -> partition_1(Pred, T, [H | In], Out);
        false -> partition_1(Pred, T, In, [H | Out])
    end;
partition_1(_Pred, [], In, Out) -> {lists:reverse(In), lists:reverse(Out)}.

%% Fun returns true (keep), false (drop) or {true, Value} (keep Value).
filtermap(F, List) when is_function(F, 1) -> filtermap_1(F, List, []).

filtermap_1(F, [H | T], Acc) ->
    case F(H) of
        false -> filtermap_1(F, T, Acc);
        true -> filtermap_1(F, T, [H | Acc]);
        {true, Value} -> filtermap_1(F, T, [Value | Acc])
    end;
filtermap_1(_F, [], Acc) -> lists:reverse(Acc).

zf(F, List) -> filtermap(F, List).

mapfoldl(F, Acc, List) when is_function(F, 2) -> mapfoldl_1(F, Acc, List, []).

mapfoldl_1(F, Acc0, [H | T], Mapped) ->
    {R, Acc1} = F(H, Acc0),
    mapfoldl_1(F, Acc1, T, [R | Mapped]);
mapfoldl_1(_F, Acc, [], Mapped) -> {lists:reverse(Mapped), Acc}.

%% Walks from the right; the mapped values come out in the original order.
mapfoldr(F, Acc, List) when is_function(F, 2) -> mapfoldr_1(F, Acc, lists:reverse(List), []).

mapfoldr_1(F, Acc0, [H | T], Mapped) ->
    {R, Acc1} = F(H, Acc0),
    mapfoldr_1(F, Acc1, T, [R | Mapped]);
mapfoldr_1(_F, Acc, [], Mapped) -> {Mapped, Acc}.

takewhile(Pred, List) when is_function(Pred, 1) -> takewhile_1(Pred, List, []).

takewhile_1(Pred, [H | T], Acc) ->
    case Pred(H) of
        true -> takewhile_1(Pred, T, [H | Acc]);
        false -> lists:reverse(Acc)
    end;
takewhile_1(_Pred, [], Acc) -> lists:reverse(Acc).

dropwhile(Pred, List) when is_function(Pred, 1) -> dropwhile_1(Pred, List).

dropwhile_1(Pred, [H | T] = List) ->
    case Pred(H) of
        true -> dropwhile_1(Pred, T);
        false -> List
    end;
dropwhile_1(_Pred, []) -> [].

splitwith(Pred, List) when is_function(Pred, 1) -> splitwith_1(Pred, List, []).

splitwith_1(Pred, [H | T] = List, Taken) ->
    case Pred(H) of
        true -> splitwith_1(Pred, T, [H | Taken]);
        false -> {lists:reverse(Taken), List}
    end;
splitwith_1(_Pred, [], Taken) -> {lists:reverse(Taken), []}.

search(Pred, List) when is_function(Pred, 1) -> search_1(Pred, List).

search_1(Pred, [H | T]) ->
    case Pred(H) of
        true -> {value, H};
        false -> search_1(Pred, T)
    end;
search_1(_Pred, []) -> false.

zipwith(F, Xs, Ys) when is_function(F, 2) -> zipwith_1(F, Xs, Ys, []).

zipwith_1(F, [X | Xs], [Y | Ys], Acc) -> zipwith_1(F, Xs, Ys, [F(X, Y) | Acc]);
zipwith_1(_F, [], [], Acc) -> lists:reverse(Acc).

zipwith3(F, Xs, Ys, Zs) when is_function(F, 3) -> zipwith3_1(F, Xs, Ys, Zs, []).

zipwith3_1(F, [X | Xs], [Y | Ys], [Z | Zs], Acc) ->
    zipwith3_1(F, Xs, Ys, Zs, [F(X, Y, Z) | Acc]);
zipwith3_1(_F, [], [], [], Acc) -> lists:reverse(Acc).

keymap(F, N, List) when is_function(F, 1), is_integer(N), N > 0 -> keymap_1(F, N, List, []).

keymap_1(F, N, [T | Ts], Acc) ->
    keymap_1(F, N, Ts, [setelement(N, T, F(element(N, T))) | Acc]);
keymap_1(_F, _N, [], Acc) -> lists:reverse(Acc).

%% The first element for each distinct F(Element) is kept.
uniq(F, List) when is_function(F, 1) -> uniq_1(F, List, #{}, []).

uniq_1(F, [H | T], Seen, Acc) ->
    Key = F(H),
    case Seen of
        #{Key := _} -> uniq_1(F, T, Seen, Acc);
        #{} -> uniq_1(F, T, Seen#{Key => true}, [H | Acc])
    end;
uniq_1(_F, [], _Seen, Acc) -> lists:reverse(Acc).

%% ---- sorting with an ordering fun -------------------------------------
%% Ordered(A, B) is true when A may come before B. Sorting is a stable
%% bottom-up merge sort: runs are merged pairwise until one is left.

sort(Ordered, List) when is_function(Ordered, 2) ->
    case List of
        [] -> [];
        [_] -> List;
        _ -> merge_runs(Ordered, singletons(List, []))
    end.

singletons([X | Xs], Acc) -> singletons(Xs, [[X] | Acc]);
singletons([], Acc) -> lists:reverse(Acc).

merge_runs(_Ordered, [Run]) -> Run;
merge_runs(Ordered, Runs) -> merge_runs(Ordered, merge_pairs(Ordered, Runs, [])).

merge_pairs(Ordered, [A, B | Rest], Acc) ->
    merge_pairs(Ordered, Rest, [fmerge(Ordered, A, B, []) | Acc]);
merge_pairs(_Ordered, [A], Acc) -> lists:reverse(Acc, [A]);
merge_pairs(_Ordered, [], Acc) -> lists:reverse(Acc).

%% On ties the element of the first list goes first, keeping sorts stable.
fmerge(Ordered, [X | Xs] = XL, [Y | Ys] = YL, Acc) ->
    case Ordered(X, Y) of
        true -> fmerge(Ordered, Xs, YL, [X | Acc]);
        false -> fmerge(Ordered, XL, Ys, [Y | Acc])
    end;
fmerge(_Ordered, [], YL, Acc) -> lists:reverse(Acc, YL);
fmerge(_Ordered, XL, [], Acc) -> lists:reverse(Acc, XL).

%% Of the elements that are equal (each ordered before the other) only the
%% first is kept.
usort(Ordered, List) when is_function(Ordered, 2) ->
    dedup(Ordered, sort(Ordered, List)).

dedup(Ordered, [X | T]) -> dedup_1(Ordered, X, T, [X]);
dedup(_Ordered, []) -> [].

dedup_1(Ordered, Prev, [X | T], Acc) ->
    case Ordered(X, Prev) of
        true -> dedup_1(Ordered, Prev, T, Acc);
        false -> dedup_1(Ordered, X, T, [X | Acc])
    end;
dedup_1(_Ordered, _Prev, [], Acc) -> lists:reverse(Acc).

merge(Ordered, L1, L2) when is_function(Ordered, 2) -> fmerge(Ordered, L1, L2, []).

umerge(Ordered, L1, L2) when is_function(Ordered, 2) -> ufmerge(Ordered, L1, L2, []).

%% Like fmerge, but an element of the second list equal to the head of the
%% first is dropped.
ufmerge(Ordered, [X | Xs] = XL, [Y | Ys] = YL, Acc) ->
    case Ordered(X, Y) of
        true ->
            case Ordered(Y, X) of
                true -> ufmerge(Ordered, XL, Ys, Acc);
                false -> ufmerge(Ordered, Xs, YL, [X | Acc])
            end;
        false -> ufmerge(Ordered, XL, Ys, [Y | Acc])
    end;
ufmerge(_Ordered, [], YL, Acc) -> lists:reverse(Acc, YL);
ufmerge(_Ordered, XL, [], Acc) -> lists:reverse(Acc, XL).

%% ---- first-order merges that are rarely used, kept simple ----------------

umerge(L1, L2) -> ufmerge(fun(A, B) -> A =< B end, L1, L2, []).

umerge(ListOfLists) -> foldl(fun(L, Acc) -> umerge(Acc, L) end, [], ListOfLists).

merge3(L1, L2, L3) -> lists:merge(lists:merge(L1, L2), L3).

umerge3(L1, L2, L3) -> umerge(umerge(L1, L2), L3).

ukeymerge(N, L1, L2) when is_integer(N), N > 0 ->
    ufmerge(fun(A, B) -> element(N, A) =< element(N, B) end, L1, L2, []).

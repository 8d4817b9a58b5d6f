%% The higher-order half of the lists module, in Erlang because natives never
%% call funs (a process must be able to suspend inside any fun). The VM merges
%% this module with the natives of src/bifs/lists/lists.ts (reverse/2, keyfind/3...).
%%
%% Loops are tail-recursive with an accumulator reversed at the end, so very
%% long lists never need a deep stack. Funs are applied left to right, and
%% bad arguments fail as in OTP 25: map/all/any/foldl check the list with a
%% case (case_clause), filter/2 fails as OTP's comprehension does
%% (bad_filter, bad_generator), the rest fail with function_clause. sort/2,
%% usort/2, merge/3 and umerge/3 call the ordering fun as OTP's do.

-module(lists).

-export([all/2, any/2, append/1, append/2, subtract/2, dropwhile/2, filter/2, filtermap/2, flatmap/2,
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
%% Fun(A, B) is true when A may come before B. These take OTP's steps
%% exactly: which pairs the fun is asked about, and in what order, shows
%% (funs with side effects, or that are no total order such as
%% fun erlang:'<'/2), and so does where elements the fun does not tell apart
%% end up. The list is cut into runs that grow at both ends (an element
%% below a run is kept aside to start the next), then runs are merged two by
%% two, the passes alternating between ascending and descending runs.

sort(Fun, []) when is_function(Fun, 2) -> [];
sort(Fun, [_] = L) when is_function(Fun, 2) -> L;
sort(Fun, [X, Y | T]) ->
    case Fun(X, Y) of
        true -> cut_up(Y, X, Fun, T, [], [], []);
        false -> cut_down(Y, X, Fun, T, [], [], [])
    end.

%% An ascending run: Top, Next below it, then Below (nearest first). Aside
%% is [] or [S], an element that fitted below the run.
cut_up(Top, Next, Fun, [Z | L], Below, Runs, Aside) ->
    case Fun(Top, Z) of
        true -> cut_up(Z, Top, Fun, L, [Next | Below], Runs, Aside);
        false ->
            case Fun(Next, Z) of
                true -> cut_up(Top, Z, Fun, L, [Next | Below], Runs, Aside);
                false when Below =:= [] -> cut_up(Top, Next, Fun, L, [Z], Runs, Aside);
                false when Aside =:= [] -> cut_up(Top, Next, Fun, L, Below, Runs, [Z]);
                false ->
                    [S] = Aside,
                    Done = [[Top, Next | Below] | Runs],
                    case Fun(S, Z) of
                        true -> cut_up(Z, S, Fun, L, [], Done, []);
                        false -> cut_up(S, Z, Fun, L, [], Done, [])
                    end
            end
    end;
cut_up(Top, Next, Fun, [], Below, Runs, Aside) ->
    merge_pass(with_aside(Aside, [[Top, Next | Below] | Runs]), [], Fun, asc, down).

%% A descending run: Bottom, Next above it, then Above (nearest first).
cut_down(Bottom, Next, Fun, [Z | L], Above, Runs, Aside) ->
    case Fun(Bottom, Z) of
        false -> cut_down(Z, Bottom, Fun, L, [Next | Above], Runs, Aside);
        true ->
            case Fun(Next, Z) of
                false -> cut_down(Bottom, Z, Fun, L, [Next | Above], Runs, Aside);
                true when Above =:= [] -> cut_down(Bottom, Next, Fun, L, [Z], Runs, Aside);
                true when Aside =:= [] -> cut_down(Bottom, Next, Fun, L, Above, Runs, [Z]);
                true ->
                    [S] = Aside,
                    Done = [[Bottom, Next | Above] | Runs],
                    case Fun(S, Z) of
                        false -> cut_down(Z, S, Fun, L, [], Done, []);
                        true -> cut_down(S, Z, Fun, L, [], Done, [])
                    end
            end
    end;
cut_down(Bottom, Next, Fun, [], Above, Runs, Aside) ->
    merge_pass(with_aside(Aside, [[Bottom, Next | Above] | Runs]), [], Fun, desc, up).

with_aside([], Runs) -> Runs;
with_aside(Aside, Runs) -> [Aside | Runs].

%% One pass: the runs (newest first) merged two by two into Acc. Dir says
%% whether they ascend (up) or descend (down); every merge reverses, so the
%% next pass goes the other way. Order says which run of a pair is the
%% first: asc takes them as listed while ascending, desc the other way.
merge_pass([A, B | Runs], Acc, Fun, Order, Dir) ->
    {R1, R2} = case (Dir =:= up) =:= (Order =:= asc) of
                   true -> {A, B};
                   false -> {B, A}
               end,
    Merged = case Dir of
                 up -> fmerge(Fun, R1, R2, []);
                 down -> rfmerge(Fun, R1, R2, [])
             end,
    merge_pass(Runs, [Merged | Acc], Fun, Order, Dir);
merge_pass([Run], [], _Fun, _Order, up) -> Run;
merge_pass([Run], Acc, Fun, Order, Dir) ->
    merge_pass([lists:reverse(Run) | Acc], [], Fun, Order, other_way(Dir));
merge_pass([], Acc, Fun, Order, Dir) ->
    merge_pass(Acc, [], Fun, Order, other_way(Dir)).

other_way(up) -> down;
other_way(down) -> up.

%% Ascending merge, reversed into Acc: the first list's head goes first
%% when Fun allows it.
fmerge(Fun, [X | Xs] = XL, [Y | Ys] = YL, Acc) ->
    case Fun(X, Y) of
        true -> fmerge(Fun, Xs, YL, [X | Acc]);
        false -> fmerge(Fun, XL, Ys, [Y | Acc])
    end;
fmerge(_Fun, [], YL, Acc) -> lists:reverse(YL, Acc);
fmerge(_Fun, XL, [], Acc) -> lists:reverse(XL, Acc).

%% Descending merge, reversed into Acc: the second list's head goes first
%% when Fun puts the first list's head before it.
rfmerge(Fun, [X | Xs] = XL, [Y | Ys] = YL, Acc) ->
    case Fun(X, Y) of
        true -> rfmerge(Fun, XL, Ys, [Y | Acc]);
        false -> rfmerge(Fun, Xs, YL, [X | Acc])
    end;
rfmerge(_Fun, [], YL, Acc) -> lists:reverse(YL, Acc);
rfmerge(_Fun, XL, [], Acc) -> lists:reverse(XL, Acc).

merge(Fun, L1, [_ | _] = L2) when is_function(Fun, 2) -> lists:reverse(fmerge(Fun, L1, L2, []));
merge(Fun, L1, []) when is_function(Fun, 2) -> L1.

%% usort/2: as sort/2, but an element the fun puts both before and after
%% another (equal to it) is dropped, the earlier one kept.
usort(Fun, [_] = L) when is_function(Fun, 2) -> L;
usort(Fun, [] = L) when is_function(Fun, 2) -> L;
usort(Fun, [X | L]) when is_function(Fun, 2) -> usort_first(Fun, X, L).

usort_first(Fun, X, [Y | L]) ->
    case Fun(X, Y) of
        true ->
            case Fun(Y, X) of
                true when L =:= [] -> [X];
                true -> usort_first(Fun, X, L);
                false -> ucut_up(Y, X, Fun, L, [], [], [])
            end;
        false -> ucut_down(Y, L, Fun, [X])
    end.

%% Like cut_up, dropping elements equal to Top, Next or the one aside.
ucut_up(Top, Next, Fun, [Z | L], Below, Runs, Aside) ->
    case Fun(Top, Z) of
        true ->
            case Fun(Z, Top) of
                true -> ucut_up(Top, Next, Fun, L, Below, Runs, Aside);
                false -> ucut_up(Z, Top, Fun, L, [Next | Below], Runs, Aside)
            end;
        false ->
            case Fun(Next, Z) of
                true ->
                    case Fun(Z, Next) of
                        true -> ucut_up(Top, Next, Fun, L, Below, Runs, Aside);
                        false -> ucut_up(Top, Z, Fun, L, [Next | Below], Runs, Aside)
                    end;
                false when Aside =:= [], Below =:= [] -> ucut_up(Top, Next, Fun, L, [Z], Runs, Aside);
                false when Aside =:= [] -> ucut_up(Top, Next, Fun, L, Below, Runs, [Z]);
                false ->
                    [S] = Aside,
                    Done = [[Top, Next | Below] | Runs],
                    case Fun(S, Z) of
                        true ->
                            case Fun(Z, S) of
                                true -> ucut_up(Top, Next, Fun, L, Below, Runs, Aside);
                                false -> ucut_up(Z, S, Fun, L, [], Done, [])
                            end;
                        false -> ucut_up(S, Z, Fun, L, [], Done, [])
                    end
            end
    end;
ucut_up(Top, Next, Fun, [], Below, Runs, Aside) ->
    umerge_pass(with_aside(Aside, [[Top, Next | Below] | Runs]), [], Fun, down).

%% A strictly descending start (Below holds it, nearest first); the first
%% element above Y starts ascending runs.
ucut_down(Y, [Z | L], Fun, Below) ->
    case Fun(Y, Z) of
        true ->
            case Fun(Z, Y) of
                true -> ucut_down(Y, L, Fun, Below);
                false -> ucut_up(Z, Y, Fun, L, [], [lists:reverse(Below)], [])
            end;
        false -> ucut_down(Z, L, Fun, [Y | Below])
    end;
ucut_down(Y, [], _Fun, Below) -> [Y | Below].

umerge_pass([A, B | Runs], Acc, Fun, up) ->
    umerge_pass(Runs, [ufmerge(Fun, A, B, [], []) | Acc], Fun, up);
umerge_pass([A, B | Runs], Acc, Fun, down) ->
    umerge_pass(Runs, [rufmerge(Fun, B, A, [], []) | Acc], Fun, down);
umerge_pass([Run], [], _Fun, up) -> Run;
umerge_pass([Run], Acc, Fun, Dir) ->
    umerge_pass([lists:reverse(Run) | Acc], [], Fun, other_way(Dir));
umerge_pass([], Acc, Fun, Dir) ->
    umerge_pass(Acc, [], Fun, other_way(Dir)).

%% Ascending merge dropping a head of the second list equal to the last
%% element taken from the first (Last is [] or [that element]).
ufmerge(Fun, [X | Xs] = XL, [Y | Ys] = YL, Acc, Last) ->
    case Fun(X, Y) of
        true -> ufmerge(Fun, Xs, YL, [X | Acc], [X]);
        false ->
            case Last =/= [] andalso Fun(Y, hd(Last)) of
                true -> ufmerge(Fun, XL, Ys, Acc, []);
                false -> ufmerge(Fun, XL, Ys, [Y | Acc], [])
            end
    end;
ufmerge(Fun, [], [Y | Ys], Acc, [Prev]) ->
    case Fun(Y, Prev) of
        true -> lists:reverse(Ys, Acc);
        false -> lists:reverse(Ys, [Y | Acc])
    end;
ufmerge(_Fun, [], YL, Acc, _Last) -> lists:reverse(YL, Acc);
ufmerge(_Fun, XL, [], Acc, _Last) -> lists:reverse(XL, Acc).

%% Descending merge: the second list's head waits (Pending) until the first
%% list's head is known to be smaller; if they are equal, only the first
%% list's one is kept.
rufmerge(Fun, [X | Xs] = XL, [Y | Ys], Acc, Pending) ->
    case Fun(X, Y) of
        true -> rufmerge(Fun, XL, Ys, Pending ++ Acc, [Y]);
        false -> rufmerge(Fun, Xs, [Y | Ys], [X | settle(Fun, Pending, X, Acc)], [])
    end;
rufmerge(Fun, [X | Xs], [], Acc, Pending) -> lists:reverse(Xs, [X | settle(Fun, Pending, X, Acc)]);
rufmerge(_Fun, [], YL, Acc, []) -> lists:reverse(YL, Acc).

settle(_Fun, [], _X, Acc) -> Acc;
settle(Fun, [P], X, Acc) ->
    case Fun(P, X) of
        true -> Acc;
        false -> [P | Acc]
    end.

umerge(Fun, [], L2) when is_function(Fun, 2) -> L2;
umerge(Fun, L1, L2) when is_function(Fun, 2) -> lists:reverse(ufmerge(Fun, L1, L2, [], [])).

%% ---- first-order merges that are rarely used, kept simple ----------------

umerge(L1, L2) -> umerge(fun(A, B) -> A =< B end, L1, L2).

umerge(ListOfLists) -> foldl(fun(L, Acc) -> umerge(Acc, L) end, [], ListOfLists).

merge3(L1, L2, L3) -> lists:merge(lists:merge(L1, L2), L3).

umerge3(L1, L2, L3) -> umerge(umerge(L1, L2), L3).

ukeymerge(N, L1, L2) when is_integer(N), N > 0 ->
    umerge(fun(A, B) -> element(N, A) =< element(N, B) end, L1, L2).

%% ---- ++ and -- with OTP's frames -----------------------------------------

%% As OTP's, these call the operators, with OTP's line numbers: a bad
%% argument's stack shows `in call from lists:subtract/2 (lists.erl,
%% line 166)` under the operator, and append/1 one frame per level of its
%% (body) recursion.
-file("lists.erl", 143).
append(L1, L2) -> L1 ++ L2.
-file("lists.erl", 153).
append([E]) -> E;
append([H | T]) -> H ++ append(T);
append([]) -> [].
-file("lists.erl", 165).
subtract(L1, L2) -> L1 -- L2.

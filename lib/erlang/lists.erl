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
-export([concat/1]).
-export([sort/2, usort/2, merge/3, umerge/1, umerge/2, umerge/3,
         merge3/3, umerge3/3, ukeymerge/3]).

%% ---- traversals ----------------------------------------------------------
%% Cut into functions as OTP's are, body-recursive where OTP's are (the VM
%% moves deep stacks to the heap), and given OTP's line numbers through
%% -file: a fun or list that fails inside them leaves the frames erl shows
%% (`in call from lists:zipwith/3 (lists.erl, line 483)`).

-file("lists.erl", 1264).
all(Pred, List) when is_function(Pred, 1) ->
    case List of
        [Hd | Tail] ->
            case Pred(Hd) of
                true -> all_1(Pred, Tail);
                false -> false
            end;
        [] -> true
    end.

-file("lists.erl", 1274).
all_1(Pred, [Hd | Tail]) ->
    case Pred(Hd) of
        true -> all_1(Pred, Tail);
        false -> false
    end;
all_1(_Pred, []) ->
    true.

-file("lists.erl", 1287).
any(Pred, List) when is_function(Pred, 1) ->
    case List of
        [Hd | Tail] ->
            case Pred(Hd) of
                true -> true;
                false -> any_1(Pred, Tail)
            end;
        [] -> false
    end.

-file("lists.erl", 1297).
any_1(Pred, [Hd | Tail]) ->
    case Pred(Hd) of
        true -> true;
        false -> any_1(Pred, Tail)
    end;
any_1(_Pred, []) ->
    false.

%% map is body-recursive in OTP. From its third element on, map_1 runs a
%% loop instead, so a long list costs no deep stack: the loop's frame and
%% the frame of the map_1 that started it are the two map_1 frames, at line
%% 1320, that erl shows under F (BEAM shows a body recursion's return frames
%% once). A bad tail goes back to map_1(F, Tail) by a tail call, which fails
%% in the clause OTP's does, with the same frames below. Each clause's line
%% is OTP's line, so the loop's clauses share line 1320. The loop's first
%% argument is {F, Acc}, Acc the results so far: a reversed list while the
%% list is short, else an erlts_lists builder (src/bifs/lists/builder.ts)
%% that appends each result to the list's last cell, so a long map makes
%% one cell per element and no reversed copy to drop. The loop takes four
%% elements a step while it can (F applied in order, one {F, Acc} tuple and
%% one erlts_lists call for four elements); fewer, or an improper tail after
%% one, go by the one-element clauses.
-file("lists.erl", 1312).
map(F, List) when is_function(F, 1) ->
    case List of
        [Hd | Tail] -> [F(Hd) | map_1(F, Tail)];
        [] -> []
    end.

-file("lists.erl", 1318).
map_1(F, [Hd | Tail]) when is_function(F) ->
    [F(Hd) | map_1({F, []}, Tail)]; map_1({F, Acc}, [H1, H2, H3, H4 | Tail]) -> R1 = F(H1), R2 = F(H2), R3 = F(H3), R4 = F(H4), map_1({F, erlts_lists:push4(Acc, R1, R2, R3, R4, Tail)}, Tail); map_1({F, Acc}, [Hd | Tail]) when is_list(Acc) -> map_1({F, [F(Hd) | Acc]}, Tail); map_1({F, Acc}, [Hd | Tail]) -> map_1({F, erlts_lists:push(Acc, F(Hd))}, Tail); map_1({_, Acc}, []) when is_list(Acc) -> lists:reverse(Acc); map_1({_, B}, []) -> erlts_lists:finish(B, []); map_1({F, _}, Tail) -> map_1(F, Tail);
map_1(_F, []) ->
    [].

-file("lists.erl", 1330).
flatmap(F, List) when is_function(F, 1) ->
    flatmap_1(F, List).

-file("lists.erl", 1333).
flatmap_1(F, [Hd | Tail]) ->
    F(Hd) ++ flatmap_1(F, Tail);
flatmap_1(_F, []) ->
    [].

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

-file("lists.erl", 1367).
foldr(F, Acc, List) when is_function(F, 2) ->
    foldr_1(F, Acc, List).

-file("lists.erl", 1370).
foldr_1(F, Acc, [Hd | Tail]) ->
    F(Hd, foldr_1(F, Acc, Tail));
foldr_1(_F, Acc, []) ->
    Acc.

%% OTP's filter/2 is a list comprehension; BEAM compiles it to a function of
%% this name (the generator's list, then the predicate), which is what the
%% stack trace shows when the predicate or the list is bad.
-file("lists.erl", 1381).
filter(Pred, List) when is_function(Pred, 1) ->
    '-filter/2-lc$^0/1-0-'(List, Pred).

-file("lists.erl", 1382).
'-filter/2-lc$^0/1-0-'([E | Tail], Pred) ->
    case Pred(E) of true -> [E | '-filter/2-lc$^0/1-0-'(Tail, Pred)]; false -> '-filter/2-lc$^0/1-0-'(Tail, Pred); Other -> erlang:error({bad_filter, Other}) end;
'-filter/2-lc$^0/1-0-'([], _Pred) -> [];
'-filter/2-lc$^0/1-0-'(Other, _Pred) -> erlang:error({bad_generator, Other}).

-file("lists.erl", 1394).
partition(Pred, L) when is_function(Pred, 1) ->
    partition_1(Pred, L, [], []).

-file("lists.erl", 1397).
partition_1(Pred, [H | T], As, Bs) ->
    case Pred(H) of
        true -> partition_1(Pred, T, [H | As], Bs);
        false -> partition_1(Pred, T, As, [H | Bs])
    end;
partition_1(_Pred, [], As, Bs) ->
    {lists:reverse(As), lists:reverse(Bs)}.

%% Fun returns true (keep), false (drop) or {true, Value} (keep Value).
-file("lists.erl", 1412).
filtermap(F, List) when is_function(F, 1) ->
    filtermap_1(F, List).

-file("lists.erl", 1415).
filtermap_1(F, [Hd | Tail]) ->
    case F(Hd) of
        true ->
            [Hd | filtermap_1(F, Tail)];
        {true, Val} ->
            [Val | filtermap_1(F, Tail)];
        false ->
            filtermap_1(F, Tail)
    end;
filtermap_1(_F, []) ->
    [].

-file("lists.erl", 1429).
zf(F, L) ->
    filtermap(F, L).

-file("lists.erl", 1437).
foreach(F, List) when is_function(F, 1) ->
    foreach_1(F, List).

-file("lists.erl", 1440).
foreach_1(F, [Hd | Tail]) ->
    F(Hd),
    foreach_1(F, Tail);
foreach_1(_F, []) ->
    ok.

-file("lists.erl", 1457).
mapfoldl(F, Accu, List) when is_function(F, 2) ->
    mapfoldl_1(F, Accu, List).

-file("lists.erl", 1460).
mapfoldl_1(F, Accu0, [Hd | Tail]) ->
    {R, Accu1} = F(Hd, Accu0),
    {Rs, Accu2} = mapfoldl_1(F, Accu1, Tail),
    {[R | Rs], Accu2};
mapfoldl_1(_F, Accu, []) ->
    {[], Accu}.

-file("lists.erl", 1478).
mapfoldr(F, Accu, List) when is_function(F, 2) ->
    mapfoldr_1(F, Accu, List).

-file("lists.erl", 1481).
mapfoldr_1(F, Accu0, [Hd | Tail]) ->
    {Rs, Accu1} = mapfoldr_1(F, Accu0, Tail),
    {R, Accu2} = F(Hd, Accu1),
    {[R | Rs], Accu2};
mapfoldr_1(_F, Accu, []) ->
    {[], Accu}.

-file("lists.erl", 1494).
takewhile(Pred, List) when is_function(Pred, 1) ->
    takewhile_1(Pred, List).

-file("lists.erl", 1497).
takewhile_1(Pred, [Hd | Tail]) ->
    case Pred(Hd) of
        true -> [Hd | takewhile_1(Pred, Tail)];
        false -> []
    end;
takewhile_1(_Pred, []) ->
    [].

-file("lists.erl", 1511).
dropwhile(Pred, List) when is_function(Pred, 1) ->
    dropwhile_1(Pred, List).

-file("lists.erl", 1514).
dropwhile_1(Pred, [Hd | Tail] = Rest) ->
    case Pred(Hd) of
        true -> dropwhile_1(Pred, Tail);
        false -> Rest
    end;
dropwhile_1(_Pred, []) ->
    [].

-file("lists.erl", 1527).
search(Pred, List) when is_function(Pred, 1) ->
    search_1(Pred, List).

-file("lists.erl", 1530).
search_1(Pred, [Hd | Tail]) ->
    case Pred(Hd) of
        true -> {value, Hd};
        false -> search_1(Pred, Tail)
    end;
search_1(_Pred, []) ->
    false.

-file("lists.erl", 1545).
splitwith(Pred, List) when is_function(Pred, 1) ->
    splitwith_1(Pred, List, []).

-file("lists.erl", 1548).
splitwith_1(Pred, [Hd | Tail], Taken) ->
    case Pred(Hd) of
        true -> splitwith_1(Pred, Tail, [Hd | Taken]);
        false -> {lists:reverse(Taken), [Hd | Tail]}
    end;
splitwith_1(_Pred, [], Taken) ->
    {lists:reverse(Taken), []}.

-file("lists.erl", 482).
zipwith(F, [X | Xs], [Y | Ys]) -> [F(X, Y) | zipwith(F, Xs, Ys)];
zipwith(F, [], []) when is_function(F, 2) -> [].

-file("lists.erl", 499).
zipwith3(F, [X | Xs], [Y | Ys], [Z | Zs]) ->
    [F(X, Y, Z) | zipwith3(F, Xs, Ys, Zs)];
zipwith3(F, [], [], []) when is_function(F, 3) -> [].

-file("lists.erl", 982).
keymap(Fun, Index, [Tup | Tail]) ->
   [setelement(Index, Tup, Fun(element(Index, Tup))) | keymap(Fun, Index, Tail)];
keymap(Fun, Index, []) when is_integer(Index), Index >= 1,
                            is_function(Fun, 1) -> [].

%% The first element for each distinct F(Element) is kept.
-file("lists.erl", 3005).
uniq(F, L) when is_function(F, 1) ->
    uniq_2(L, F, #{}).

-file("lists.erl", 3008).
uniq_2([X | Xs], F, M) ->
    Key = F(X),
    case is_map_key(Key, M) of
        true ->
            uniq_2(Xs, F, M);
        false ->
            [X | uniq_2(Xs, F, M#{Key => true})]
    end;
uniq_2([], _, _) ->
    [].

%% ---- sorting with an ordering fun -------------------------------------
%% Fun(A, B) is true when A may come before B. These take OTP's steps
%% exactly: which pairs the fun is asked about, and in what order, shows
%% (funs with side effects, or that are no total order such as
%% fun erlang:'<'/2), and so does where elements the fun does not tell apart
%% end up. The list is cut into runs that grow at both ends (an element
%% below a run is kept aside to start the next), then runs are merged two by
%% two, the passes alternating between ascending and descending runs.

-file("lists.erl", 1016).
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

-file("lists.erl", 1036).
merge(Fun, T1, [H2 | T2]) when is_function(Fun, 2) ->
    lists:reverse(fmerge2_1(T1, H2, Fun, T2, []), []);
merge(Fun, T1, []) when is_function(Fun, 2) ->
    T1.

%% merge/3's loop as OTP runs it: in fmerge2_1 the second list's head H2
%% waits while the first list's heads go out; in fmerge2_2 the first
%% list's head H1 waits. The output is built reversed in M.
-file("lists.erl", 2770).
fmerge2_1([H1 | T1], H2, Fun, T2, M) ->
    case Fun(H1, H2) of
        true ->
            fmerge2_1(T1, H2, Fun, T2, [H1 | M]);
        false ->
            fmerge2_2(H1, T1, Fun, T2, [H2 | M])
    end;
fmerge2_1([], H2, _Fun, T2, M) ->
    lists:reverse(T2, [H2 | M]).

-file("lists.erl", 2780).
fmerge2_2(H1, T1, Fun, [H2 | T2], M) ->
    case Fun(H1, H2) of
        true ->
            fmerge2_1(T1, H2, Fun, T2, [H1 | M]);
        false ->
            fmerge2_2(H1, T1, Fun, T2, [H2 | M])
    end;
fmerge2_2(H1, T1, _Fun, [], M) ->
    lists:reverse(T1, [H1 | M]).

%% usort/2: as sort/2, but an element the fun puts both before and after
%% another (equal to it) is dropped, the earlier one kept.
-file("lists.erl", 1056).
usort(Fun, [_] = L) when is_function(Fun, 2) -> L;
usort(Fun, [] = L) when is_function(Fun, 2) -> L;
usort(Fun, [X | L]) when is_function(Fun, 2) -> usort_1(Fun, X, L).

-file("lists.erl", 1063).
usort_1(Fun, X, [Y | L]) ->
    case Fun(X, Y) of
        true ->
            case Fun(Y, X) of
                true when L =:= [] -> [X];
                true -> usort_1(Fun, X, L);
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

-file("lists.erl", 1089).
umerge(Fun, [], T2) when is_function(Fun, 2) ->
    T2;
umerge(Fun, [H1 | T1], T2) when is_function(Fun, 2) ->
    lists:reverse(ufmerge2_2(H1, T1, Fun, T2, []), []).

%% umerge/3's loop as OTP runs it; HdM is the element output last from the
%% first list: a second-list head the fun puts before it too is equal to
%% it, and dropped.
-file("lists.erl", 2914).
ufmerge2_1([H1 | T1], H2, Fun, T2, M, HdM) ->
    case Fun(H1, H2) of
        true ->
            ufmerge2_1(T1, H2, Fun, T2, [H1 | M], H1);
        false ->
            case Fun(H2, HdM) of
                true ->
                    ufmerge2_2(H1, T1, Fun, T2, M);
                false ->
                    ufmerge2_2(H1, T1, Fun, T2, [H2 | M])
            end
    end;
ufmerge2_1([], H2, Fun, T2, M, HdM) ->
    case Fun(H2, HdM) of
        true ->
            lists:reverse(T2, M);
        false ->
            lists:reverse(T2, [H2 | M])
    end.

-file("lists.erl", 2934).
ufmerge2_2(H1, T1, Fun, [H2 | T2], M) ->
    case Fun(H1, H2) of
        true ->
            ufmerge2_1(T1, H2, Fun, T2, [H1 | M], H1);
        false ->
            ufmerge2_2(H1, T1, Fun, T2, [H2 | M])
    end;
ufmerge2_2(H1, T1, _Fun, [], M) ->
    lists:reverse(T1, [H1 | M]).

%% ---- first-order merges that are rarely used, kept simple ----------------
%% Their first clauses are OTP's (with its lines), so a bad argument at the
%% top fails as there; the merging itself is the fun merge above.

-file("lists.erl", 1216).
umerge([], T2) ->
    T2;
umerge([H1 | T1], T2) ->
    umerge(fun(A, B) -> A =< B end, [H1 | T1], T2).

-file("lists.erl", 1170).
umerge(L) ->
    umergel(L, [], asc).

%% OTP's umergel clauses take the list apart two or three lists at a time;
%% anything but a list of lists matches none of them.
-file("lists.erl", 1898).
umergel([L], [], asc) -> L;
umergel(L, [], asc) ->
    case is_list(L) andalso all(fun erlang:is_list/1, L) of
        true -> foldl(fun(X, Acc) -> umerge(Acc, X) end, [], L);
        false -> erlang:error(function_clause, [L, [], asc])
    end.

-file("lists.erl", 577).
merge3(L1, [], L3) ->
   lists:merge(L1, L3);
merge3(L1, L2, []) ->
   lists:merge(L1, L2);
merge3(L1, [H2 | T2], [H3 | T3]) ->
   lists:merge(lists:merge(L1, [H2 | T2]), [H3 | T3]).

-file("lists.erl", 1186).
umerge3(L1, [], L3) ->
   umerge(L1, L3);
umerge3(L1, L2, []) ->
   umerge(L1, L2);
umerge3(L1, [H2 | T2], [H3 | T3]) ->
   umerge(umerge(L1, [H2 | T2]), [H3 | T3]).

-file("lists.erl", 950).
ukeymerge(Index, L1, T2) when is_integer(Index), Index > 0 ->
    case L1 of
        [] ->
            T2;
        [H1 | T1] ->
            E1 = element(Index, H1),
            M = ukeymerge2_2(Index, T1, E1, H1, T2, []),
            lists:reverse(M, [])
    end.

%% ukeymerge/3's loop as OTP runs it, keys taken with element/2 as the
%% merge reaches each tuple; HdM is the key output last from the first list.
-file("lists.erl", 2619).
ukeymerge2_1(I, [H1 | T1], E2, HdM, T2, M, H2) ->
    case element(I, H1) of
        E1 when E1 =< E2 ->
            ukeymerge2_1(I, T1, E2, E1, T2, [H1 | M], H2);
        E1 when E2 == HdM ->
            ukeymerge2_2(I, T1, E1, H1, T2, M);
        E1 ->
            ukeymerge2_2(I, T1, E1, H1, T2, [H2 | M])
    end;
ukeymerge2_1(_I, [], E2, HdM, T2, M, _H2) when E2 == HdM ->
    lists:reverse(T2, M);
ukeymerge2_1(_I, [], _E2, _HdM, T2, M, H2) ->
    lists:reverse(T2, [H2 | M]).

-file("lists.erl", 2633).
ukeymerge2_2(I, T1, E1, H1, [H2 | T2], M) ->
    case element(I, H2) of
        E2 when E1 =< E2 ->
            ukeymerge2_1(I, T1, E2, E1, T2, [H1 | M], H2);
        _E2 ->
            ukeymerge2_2(I, T1, E1, H1, T2, [H2 | M])
    end;
ukeymerge2_2(_I, T1, _E1, H1, [], M) ->
    lists:reverse(T1, [H1 | M]).

%% concat/1 is OTP's flatmap over a fun of this module, so a bad list fails
%% in flatmap_1 with that fun among its arguments, as in erl.
-file("lists.erl", 631).
concat(List) ->
    flatmap(fun thing_to_list/1, List).

-file("lists.erl", 634).
thing_to_list(X) when is_integer(X) -> integer_to_list(X);
thing_to_list(X) when is_float(X) -> float_to_list(X);
thing_to_list(X) when is_atom(X) -> atom_to_list(X);
thing_to_list(X) when is_list(X) -> X.

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

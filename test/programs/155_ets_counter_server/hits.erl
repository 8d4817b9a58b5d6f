-module(hits).
-export([main/0]).

%% Counting page hits from several processes with ets:update_counter.
main() ->
    ets:new(hits, [named_table, public, set]),
    Pages = ["/", "/about", "/", "/blog", "/", "/blog"],
    Self = self(),
    [spawn(fun() ->
                   [ets:update_counter(hits, P, 1, {P, 0}) || _ <- lists:seq(1, 100)],
                   Self ! done
           end) || P <- Pages],
    [receive done -> ok end || _ <- Pages],
    io:format("~p~n", [lists:sort(ets:tab2list(hits))]),
    Top = lists:reverse(lists:keysort(2, ets:tab2list(hits))),
    io:format("most visited: ~s~n", [element(1, hd(Top))]),
    io:format("~p~n", [ets:select_count(hits, [{{'_', '$1'}, [{'>', '$1', 150}], [true]}])]).

%% The queue module: OTP 25's double-ended queues, as the pair
%% {RearList, FrontList} (the rear list newest first), so that a queue prints
%% as it does on erl. When one list runs dry the other is cut in half, at the
%% same point as OTP cuts it, because the halves show in the printed term.
%% Bad queues fail with badarg carrying the call's arguments (queue:get/1 of
%% an empty queue fails with `empty`); funs are called in queue order.

-module(queue).

-export([new/0, is_queue/1, is_empty/1, len/1, to_list/1, from_list/1, member/2]).
-export([in/2, in_r/2, out/1, out_r/1]).
-export([get/1, get_r/1, peek/1, peek_r/1, drop/1, drop_r/1]).
-export([reverse/1, join/2, split/2, filter/2, filtermap/2, fold/3, any/2, all/2,
         delete/2, delete_r/2, delete_with/2, delete_with_r/2]).
-export([cons/2, head/1, tail/1, snoc/2, last/1, daeh/1, init/1, liat/1, lait/1]).

-define(is_q(R, F), is_list(R), is_list(F)).

%% ---- basics --------------------------------------------------------------

-file("queue.erl", 62).
new() -> {[], []}.

-file("queue.erl", 66).
is_queue({R, F}) when ?is_q(R, F) -> true;
is_queue(_) -> false.

-file("queue.erl", 73).
is_empty({[], []}) -> true;
is_empty({R, F}) when ?is_q(R, F) -> false;
is_empty(Q) -> erlang:error(badarg, [Q]).

-file("queue.erl", 82).
len({R, F}) when ?is_q(R, F) -> length(R) + length(F);
len(Q) -> erlang:error(badarg, [Q]).

-file("queue.erl", 89).
to_list({R, F}) when ?is_q(R, F) -> F ++ lists:reverse(R, []);
to_list(Q) -> erlang:error(badarg, [Q]).

-file("queue.erl", 98).
from_list(L) when is_list(L) -> front_to_queue(L);
from_list(L) -> erlang:error(badarg, [L]).

-file("queue.erl", 107).
member(X, {R, F}) when ?is_q(R, F) -> lists:member(X, R) orelse lists:member(X, F);
member(X, Q) -> erlang:error(badarg, [X, Q]).

%% ---- in and out ----------------------------------------------------------

%% A queue of one element keeps it in the rear list; a second one moves it
%% to the front, so neither list stays empty while the other holds two.
-file("queue.erl", 120).
in(X, {[_] = R, []}) -> {[X], R};
in(X, {R, F}) when ?is_q(R, F) -> {[X | R], F};
in(X, Q) -> erlang:error(badarg, [X, Q]).

-file("queue.erl", 132).
in_r(X, {[], [_] = F}) -> {F, [X]};
in_r(X, {R, F}) when ?is_q(R, F) -> {R, [X | F]};
in_r(X, Q) -> erlang:error(badarg, [X, Q]).

-file("queue.erl", 145).
out({[], []} = Q) -> {empty, Q};
out({[V], []}) -> {{value, V}, {[], []}};
out({[Newest | R], []}) ->
    [V | F] = lists:reverse(R, []),
    {{value, V}, {[Newest], F}};
out({R, [V]}) when is_list(R) -> {{value, V}, rear_to_queue(R)};
out({R, [V | F]}) when is_list(R) -> {{value, V}, {R, F}};
out(Q) -> erlang:error(badarg, [Q]).

-file("queue.erl", 165).
out_r({[], []} = Q) -> {empty, Q};
out_r({[], [V]}) -> {{value, V}, {[], []}};
out_r({[], [Oldest | F]}) ->
    [V | R] = lists:reverse(F, []),
    {{value, V}, {R, [Oldest]}};
out_r({[V], F}) when is_list(F) -> {{value, V}, front_to_queue(F)};
out_r({[V | R], F}) when is_list(F) -> {{value, V}, {R, F}};
out_r(Q) -> erlang:error(badarg, [Q]).

-file("queue.erl", 186).
get({[], []} = Q) -> erlang:error(empty, [Q]);
get({R, F}) when ?is_q(R, F) -> first(R, F);
get(Q) -> erlang:error(badarg, [Q]).

-file("queue.erl", 205).
get_r({[], []} = Q) -> erlang:error(empty, [Q]);
get_r({[V | _], F}) when is_list(F) -> V;
get_r({[], [V]}) -> V;
get_r({[], [_ | F]}) -> lists:last(F);
get_r(Q) -> erlang:error(badarg, [Q]).

-file("queue.erl", 220).
peek({[], []}) -> empty;
peek({R, [V | _]}) when is_list(R) -> {value, V};
peek({[V], []}) -> {value, V};
peek({[_ | R], []}) -> {value, lists:last(R)};
peek(Q) -> erlang:error(badarg, [Q]).

-file("queue.erl", 235).
peek_r({[], []}) -> empty;
peek_r({[V | _], F}) when is_list(F) -> {value, V};
peek_r({[], [V]}) -> {value, V};
peek_r({[], [_ | F]}) -> {value, lists:last(F)};
peek_r(Q) -> erlang:error(badarg, [Q]).

-file("queue.erl", 250).
drop({[], []} = Q) -> erlang:error(empty, [Q]);
drop({[_], []}) -> {[], []};
drop({[Newest | R], []}) ->
    [_ | F] = lists:reverse(R, []),
    {[Newest], F};
drop({R, [_]}) when is_list(R) -> rear_to_queue(R);
drop({R, [_ | F]}) when is_list(R) -> {R, F};
drop(Q) -> erlang:error(badarg, [Q]).

-file("queue.erl", 268).
drop_r({[], []} = Q) -> erlang:error(empty, [Q]);
drop_r({[], [_]}) -> {[], []};
drop_r({[], [Oldest | F]}) ->
    [_ | R] = lists:reverse(F, []),
    {R, [Oldest]};
drop_r({[_], F}) when is_list(F) -> front_to_queue(F);
drop_r({[_ | R], F}) when is_list(F) -> {R, F};
drop_r(Q) -> erlang:error(badarg, [Q]).

%% The oldest element of a non-empty queue (a front list empty while the
%% rear holds several only in queues built by hand).
first(R, [V | _]) when is_list(R) -> V;
first([V], []) -> V;
first([_ | R], []) -> lists:last(R).

%% ---- whole queues --------------------------------------------------------

-file("queue.erl", 289).
reverse({R, F}) when ?is_q(R, F) -> {F, R};
reverse(Q) -> erlang:error(badarg, [Q]).

-file("queue.erl", 299).
join({R, F} = Q, {[], []}) when ?is_q(R, F) -> Q;
join({[], []}, {R, F} = Q) when ?is_q(R, F) -> Q;
join({R1, F1}, {R2, F2}) when ?is_q(R1, F1), ?is_q(R2, F2) ->
    {R2, F1 ++ lists:reverse(R1, F2)};
join(Q1, Q2) -> erlang:error(badarg, [Q1, Q2]).

%% The first N elements and the rest. Elements move one at a time from the
%% list that holds the cut, so both halves keep the rest of their lists.
-file("queue.erl", 314).
split(0, {R, F} = Q) when ?is_q(R, F) -> {{[], []}, Q};
split(N, {R, F} = Q) when is_integer(N), N >= 1, ?is_q(R, F) ->
    InFront = length(F),
    if
        N < InFront ->
            [X | F1] = F,
            front_cut(N - 1, R, F1, [], [X]);
        N > InFront ->
            Keep = length(R) - (N - InFront),
            if
                Keep < 0 -> erlang:error(badarg, [N, Q]);
                Keep =:= 0 -> {Q, {[], []}};
                true ->
                    [X | R1] = R,
                    rear_cut(Keep - 1, R1, F, [X], [])
            end;
        true ->
            {front_to_queue(F), rear_to_queue(R)}
    end;
split(N, Q) -> erlang:error(badarg, [N, Q]).

front_cut(0, R, F, HeadR, HeadF) -> {{HeadR, HeadF}, {R, F}};
front_cut(N, R, [X | F], HeadR, HeadF) -> front_cut(N - 1, R, F, [X | HeadR], HeadF).

rear_cut(0, R, F, TailR, TailF) -> {{R, F}, {TailR, TailF}};
rear_cut(N, [X | R], F, TailR, TailF) -> rear_cut(N - 1, R, F, TailR, [X | TailF]).

%% ---- higher order --------------------------------------------------------

%% The fun may answer true/false or a list of elements to put in its place.
-file("queue.erl", 356).
filter(Fun, {R, F}) when is_function(Fun, 1), ?is_q(R, F) ->
    F1 = filter_f(Fun, F),
    R1 = filter_r(Fun, R),
    rebalance(R1, F1);
filter(Fun, Q) -> erlang:error(badarg, [Fun, Q]).

-file("queue.erl", 370).
filter_f(_Fun, []) -> [];
filter_f(Fun, [X | F]) ->
    case Fun(X) of
        true -> [X | filter_f(Fun, F)];
        false -> filter_f(Fun, F);
        L when is_list(L) -> L ++ filter_f(Fun, F)
    end.

%% The rear list is newest first: its last element is visited first.
-file("queue.erl", 388).
filter_r(_Fun, []) -> [];
filter_r(Fun, [X | R]) ->
    R1 = filter_r(Fun, R),
    case Fun(X) of
        true -> [X | R1];
        false -> R1;
        L when is_list(L) -> lists:reverse(L, R1)
    end.

-file("queue.erl", 414).
filtermap(Fun, {R, F}) when is_function(Fun, 1), ?is_q(R, F) ->
    F1 = lists:filtermap(Fun, F),
    R1 = filtermap_rear(Fun, R),
    rebalance(R1, F1);
filtermap(Fun, Q) -> erlang:error(badarg, [Fun, Q]).

filtermap_rear(_Fun, []) -> [];
filtermap_rear(Fun, [X | R]) ->
    R1 = filtermap_rear(Fun, R),
    case Fun(X) of
        true -> [X | R1];
        {true, Y} -> [Y | R1];
        false -> R1
    end.

rebalance([], F) -> front_to_queue(F);
rebalance(R, []) -> rear_to_queue(R);
rebalance(R, F) -> {R, F}.

-file("queue.erl", 450).
fold(Fun, Acc, {R, F}) when is_function(Fun, 2), ?is_q(R, F) ->
    lists:foldr(Fun, lists:foldl(Fun, Acc, F), R);
fold(Fun, Acc, Q) -> erlang:error(badarg, [Fun, Acc, Q]).

-file("queue.erl", 461).
any(Pred, {R, F}) when is_function(Pred, 1), ?is_q(R, F) ->
    lists:any(Pred, F) orelse lists:any(Pred, R);
any(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

-file("queue.erl", 472).
all(Pred, {R, F}) when is_function(Pred, 1), ?is_q(R, F) ->
    lists:all(Pred, F) andalso lists:all(Pred, R);
all(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

%% delete removes the oldest element equal to Item, delete_r the newest.
-file("queue.erl", 487).
delete(Item, {R, F} = Q) when ?is_q(R, F) ->
    remove_first(fun(X) -> X =:= Item end, Q);
delete(Item, Q) -> erlang:error(badarg, [Item, Q]).

-file("queue.erl", 515).
delete_r(Item, {R, F}) when ?is_q(R, F) ->
    {F1, R1} = delete(Item, {F, R}),
    {R1, F1};
delete_r(Item, Q) -> erlang:error(badarg, [Item, Q]).

-file("queue.erl", 552).
delete_with(Pred, {R, F} = Q) when is_function(Pred, 1), ?is_q(R, F) ->
    case delete_with_front(Pred, F) of
        false ->
            case delete_with_rear(Pred, R) of
                false -> Q;
                [] -> front_to_queue(F);
                R1 -> {R1, F}
            end;
        [] -> rear_to_queue(R);
        F1 -> {R, F1}
    end;
delete_with(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

-file("queue.erl", 580).
delete_with_r(Pred, {R, F}) when is_function(Pred, 1), ?is_q(R, F) ->
    {F1, R1} = delete_with(Pred, {F, R}),
    {R1, F1};
delete_with_r(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

remove_first(Pred, {R, F} = Q) ->
    case delete_with_front(Pred, F) of
        false ->
            case delete_with_rear(Pred, R) of
                false -> Q;
                [] -> front_to_queue(F);
                R1 -> {R1, F}
            end;
        [] -> rear_to_queue(R);
        F1 -> {R, F1}
    end.

%% The list without its first match, or false when nothing matches.
-file("queue.erl", 586).
delete_with_front(_Pred, []) -> false;
delete_with_front(Pred, [X | F]) ->
    case Pred(X) of
        true -> F;
        false ->
            case delete_with_front(Pred, F) of
                false -> false;
                F1 -> [X | F1]
            end
    end.

%% The same from the far end of the list (the oldest of a rear list).
-file("queue.erl", 601).
delete_with_rear(_Pred, []) -> false;
delete_with_rear(Pred, [X | R]) ->
    case delete_with_rear(Pred, R) of
        false ->
            case Pred(X) of
                true -> R;
                false -> false
            end;
        R1 -> [X | R1]
    end.

%% ---- the Okasaki names ---------------------------------------------------

-file("queue.erl", 651).
cons(X, Q) -> in_r(X, Q).

-file("queue.erl", 660).
head({[], []} = Q) -> erlang:error(empty, [Q]);
head({R, F}) when ?is_q(R, F) -> first(R, F);
head(Q) -> erlang:error(badarg, [Q]).

-file("queue.erl", 670).
tail(Q) -> drop(Q).
-file("queue.erl", 678).
snoc(Q, X) -> in(X, Q).
-file("queue.erl", 683).
daeh(Q) -> get_r(Q).
-file("queue.erl", 685).
last(Q) -> get_r(Q).
-file("queue.erl", 689).
liat(Q) -> drop_r(Q).
-file("queue.erl", 691).
lait(Q) -> drop_r(Q).
-file("queue.erl", 693).
init(Q) -> drop_r(Q).

%% ---- balancing -----------------------------------------------------------

%% A queue from its elements oldest first: the older half (the shorter one
%% for odd lengths) becomes the front.
front_to_queue([]) -> {[], []};
front_to_queue([_] = L) -> {L, []};
front_to_queue([X, Y]) -> {[Y], [X]};
front_to_queue(L) ->
    {Front, Back} = lists:split(length(L) div 2, L),
    {lists:reverse(Back, []), Front}.

%% A queue from its elements newest first.
rear_to_queue([]) -> {[], []};
rear_to_queue([_] = L) -> {[], L};
rear_to_queue([X, Y]) -> {[X], [Y]};
rear_to_queue(L) ->
    {Newer, Older} = lists:split(length(L) div 2, L),
    {Newer, lists:reverse(Older, [])}.

%% compute_dp_maps: the longest Collatz chain starting below N, with every
%% chain length memoised in a map (#{Start => Length}). The memo reaches
%% about three times N keys; lookups match `#{X := L}' and the recursion
%% into an unseen number is not a tail call.
%% run(N) -> {StartOfLongest, Longest, MemoSize, LengthSum}.
-module(compute_dp_maps).
-export([size/1, run/1]).

size(small) -> 10000;
size(medium) -> 120000.

run(N) -> loop(1, N, #{1 => 1}, 0, 0, 0).

loop(I, N, Memo, Best, BestStart, Sum) when I >= N ->
    {BestStart, Best, maps:size(Memo), Sum};
loop(I, N, Memo0, Best, BestStart, Sum) ->
    {L, Memo} = chain(I, Memo0),
    case L > Best of
        true -> loop(I + 1, N, Memo, L, I, Sum + L);
        false -> loop(I + 1, N, Memo, Best, BestStart, Sum + L)
    end.

chain(X, Memo) ->
    case Memo of
        #{X := L} ->
            {L, Memo};
        _ ->
            Next = case X rem 2 of 0 -> X div 2; 1 -> 3 * X + 1 end,
            {L0, Memo1} = chain(Next, Memo),
            L = L0 + 1,
            {L, Memo1#{X => L}}
    end.

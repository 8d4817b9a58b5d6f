%% compute_strings: text processing with `string' and `lists' on N lines of
%% generated words and numbers: trim, split into words, read the numbers,
%% find palindromes, upper-case, replace a substring, then count the words
%% with a sort and join the most frequent ones.
%% run(N) -> {Words, Distinct, Palindromes, NumberSum, Checksum}.
-module(compute_strings).
-export([size/1, run/1]).

size(small) -> 1000;
size(medium) -> 12000.

run(N) ->
    Lines = lines(N, 2024, []),
    {Words, Nums, Pals, Sum} = lists:foldl(fun line/2, {[], 0, 0, 0}, Lines),
    Counted = count(lists:sort(Words)),
    Top = lists:sublist(lists:reverse(lists:keysort(2, Counted)), 10),
    Joined = string:join([W || {W, _} <- Top], ","),
    {length(Words), length(Counted), Pals, Nums,
     (Sum + checksum(Joined, 0)) rem 1000000007}.

line(Line, {Words, Nums, Pals, Sum}) ->
    Trimmed = string:trim(Line),
    Tokens = string:lexemes(Trimmed, " "),
    {Ws, Ns} = lists:partition(fun([C | _]) -> C >= $a end, Tokens),
    NumSum = lists:sum([element(1, string:to_integer(T)) || T <- Ns]),
    P = length([W || W <- Ws, length(W) > 1, W =:= lists:reverse(W)]),
    Upper = string:uppercase(Trimmed),
    Replaced = string:replace(Upper, "AB", "-", all),
    S = checksum(lists:flatten(Replaced), string:length(Replaced)),
    {Ws ++ Words, Nums + NumSum, Pals + P, (Sum + S) rem 1000000007}.

%% [{Word, Count}] from a sorted list of words.
count([]) -> [];
count([W | Ws]) -> count(Ws, W, 1, []).

count([W | Ws], W, K, Acc) -> count(Ws, W, K + 1, Acc);
count([V | Ws], W, K, Acc) -> count(Ws, V, 1, [{W, K} | Acc]);
count([], W, K, Acc) -> lists:reverse([{W, K} | Acc]).

%% Lines of 4 to 11 space-separated tokens: words of 1 to 6 letters from a
%% small alphabet (so words repeat and some are palindromes) and numbers,
%% with spaces at either end now and then.
lines(0, _, Acc) -> Acc;
lines(K, X, Acc) ->
    {Count, X1} = next(X, 8),
    {Tokens, X2} = tokens(Count + 4, X1, []),
    Line = "  " ++ lists:append(lists:join(" ", Tokens)) ++ lists:duplicate(X2 rem 3, $\s),
    lines(K - 1, X2, [Line | Acc]).

tokens(0, X, Acc) -> {Acc, X};
tokens(K, X, Acc) ->
    {Kind, X1} = next(X, 5),
    {Token, X2} = case Kind of
                      0 -> {Num, Y} = next(X1, 100000), {integer_to_list(Num), Y};
                      _ -> {Len, Y} = next(X1, 6), word(Len + 1, Y, [])
                  end,
    tokens(K - 1, X2, [Token | Acc]).

word(0, X, Acc) -> {Acc, X};
word(K, X, Acc) ->
    {C, X1} = next(X, 4),
    word(K - 1, X1, [element(C + 1, {$a, $b, $o, $r}) | Acc]).

next(X, Range) ->
    X1 = X * 16807 rem 2147483647,
    {X1 rem Range, X1}.

checksum([], Acc) -> Acc;
checksum([C | Cs], Acc) -> checksum(Cs, (Acc * 31 + C) rem 1000000007).

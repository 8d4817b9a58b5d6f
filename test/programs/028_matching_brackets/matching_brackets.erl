-module(matching_brackets).
-export([is_paired/1]).

is_paired(S) -> check(S, []).

check([], Stack) -> Stack =:= [];
check([C | T], Stack) when C =:= $(; C =:= $[; C =:= ${ -> check(T, [close(C) | Stack]);
check([C | T], [C | Stack]) -> check(T, Stack);
check([C | _], _) when C =:= $); C =:= $]; C =:= $} -> false;
check([_ | T], Stack) -> check(T, Stack).

close($() -> $);
close($[) -> $];
close(${) -> $}.

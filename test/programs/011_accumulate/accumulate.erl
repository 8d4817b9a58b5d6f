-module(accumulate).
-export([accumulate/2]).

%% Like lists:map/2, written out by hand as the exercise asks.
accumulate(_Fn, []) -> [];
accumulate(Fn, [H | T]) -> [Fn(H) | accumulate(Fn, T)].

-module(bin_pat).
-export([f/1]).

f(<<Size:8, Data:Size/binary, Rest/binary>>) -> {Data, Rest};
f(<<_:N>>) -> N.

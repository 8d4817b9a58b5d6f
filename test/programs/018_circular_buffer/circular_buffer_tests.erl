-module(circular_buffer_tests).
-include_lib("eunit/include/eunit.hrl").

empty_read_test() -> ?assertEqual({error, empty}, circular_buffer:read(circular_buffer:new(1))).
write_read_test() ->
    {ok, B} = circular_buffer:write_attempt(circular_buffer:new(1), 1),
    ?assertMatch({ok, 1, _}, circular_buffer:read(B)).
full_test() ->
    {ok, B} = circular_buffer:write_attempt(circular_buffer:new(1), 1),
    ?assertEqual({error, full}, circular_buffer:write_attempt(B, 2)).
fifo_test() ->
    B0 = circular_buffer:new(3),
    B1 = circular_buffer:write(circular_buffer:write(B0, a), b),
    {ok, a, B2} = circular_buffer:read(B1),
    {ok, b, B3} = circular_buffer:read(B2),
    ?assertEqual(0, circular_buffer:size(B3)).
overwrite_test() ->
    B = lists:foldl(fun(X, Acc) -> circular_buffer:write(Acc, X) end, circular_buffer:new(2), [1, 2, 3]),
    {ok, 2, B2} = circular_buffer:read(B),
    ?assertMatch({ok, 3, _}, circular_buffer:read(B2)).

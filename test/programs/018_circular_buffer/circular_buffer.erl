-module(circular_buffer).
-export([new/1, read/1, write/2, write_attempt/2, size/1]).

-record(buf, {capacity, items = queue:new()}).

new(Capacity) -> #buf{capacity = Capacity}.

size(#buf{items = Q}) -> queue:len(Q).

read(#buf{items = Q} = B) ->
    case queue:out(Q) of
        {{value, V}, Q2} -> {ok, V, B#buf{items = Q2}};
        {empty, _} -> {error, empty}
    end.

write_attempt(#buf{capacity = C, items = Q} = B, V) ->
    case queue:len(Q) < C of
        true -> {ok, B#buf{items = queue:in(V, Q)}};
        false -> {error, full}
    end.

%% Overwrites the oldest item when full.
write(#buf{capacity = C, items = Q} = B, V) ->
    case queue:len(Q) < C of
        true -> B#buf{items = queue:in(V, Q)};
        false -> B#buf{items = queue:in(V, queue:drop(Q))}
    end.

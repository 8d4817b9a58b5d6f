%% erlts_observer: the live view of this node, a web page that draws its
%% processes and every message between them (and to and from other nodes)
%% as a sequence diagram, as it happens. start/1 takes the port to listen on
%% (0: any free one) and gives the page's address; the server listens on
%% 127.0.0.1 only.
-module(erlts_observer).
-export([start/0, start/1, stop/0, url/0]).

start() -> start(0).

start(Port) when is_integer(Port), Port >= 0, Port =< 65535 ->
    Ref = erlts_observer_host:start(Port),
    receive {Ref, Result} -> Result end.

stop() -> erlts_observer_host:stop().

url() -> erlts_observer_host:url().

%% inet: the host's own name, which distribution lessons use to build a
%% node name (`list_to_atom("server@" ++ Host)`). erlts has no sockets for
%% Erlang code (no gen_tcp), so the rest of OTP's inet is not here.
-module(inet).
-export([gethostname/0]).

gethostname() -> {ok, erlts_dist_bifs:hostname()}.

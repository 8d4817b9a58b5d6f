-module(demo_app).
-behaviour(application).
-export([start/2, stop/1, start_phase/3, prep_stop/1]).
start(Type, Args) -> io:format("start ~p ~p~n", [Type, Args]), demo_sup:start_link().
start_phase(Phase, Type, Args) -> io:format("phase ~p ~p ~p~n", [Phase, Type, Args]), ok.
prep_stop(S) -> io:format("prep_stop~n"), S.
stop(_) -> io:format("stop~n"), ok.

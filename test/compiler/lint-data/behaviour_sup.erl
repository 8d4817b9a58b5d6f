-module(behaviour_sup).
-behaviour(supervisor).
-behaviour(application).
-export([start/2]).

start(_, _) -> ok.

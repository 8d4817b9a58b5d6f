-module(top_sup).
-behaviour(supervisor).
-export([start_link/0, init/1]).

start_link() -> supervisor:start_link({local, ?MODULE}, ?MODULE, []).

init([]) ->
    Flags = #{strategy => one_for_one, intensity => 3, period => 10},
    Children = [#{id => Name, start => {worker, start_link, [Name]}} || Name <- [w1, w2]],
    {ok, {Flags, Children}}.

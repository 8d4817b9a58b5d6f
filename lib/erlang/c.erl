%% The shell's command module: compiling and loading, and a few
%% inspections of the node.
-module(c).
-export([help/0, c/1, c/2, c/3, l/1, nl/1, lc/1, q/0, flush/0, pwd/0, cd/1, ls/0, ls/1,
         i/0, ni/0, regs/0, nregs/0, memory/0, m/0, m/1]).

c(M) -> c(M, []).
c(M, Opt) when not is_list(Opt) -> c(M, [Opt]);
c(M, Opts) ->
    {Result, Text} = erlts_code:compile(M, Opts),
    io:put_chars(Text),
    Result.
c(M, Opts, _Filter) -> c(M, Opts).

l(M) ->
    code:purge(M),
    code:load_file(M).

%% Loads the module's object code on every connected node, as erl does; a
%% node that cannot load it (a real erl node, given erlts's .beam) answers
%% {error,badfile}, which abcast does not wait for.
nl(M) ->
    case code:get_object_code(M) of
        {_Module, Bin, File} -> rpc:eval_everywhere(code, load_binary, [M, File, Bin]);
        Other -> Other
    end.

lc([]) -> ok;
lc([M | Ms]) -> c(M), lc(Ms).

q() -> init:stop().

flush() ->
    receive
        X ->
            io:format("Shell got ~p~n", [X]),
            flush()
    after 0 ->
        ok
    end.

pwd() ->
    {ok, Dir} = file:get_cwd(),
    io:format("~ts\n", [Dir]).

cd(Dir) ->
    _ = file:set_cwd(Dir),
    pwd().

ls() -> ls(".").
ls(Dir) ->
    case file:list_dir(Dir) of
        {ok, Names} -> io:put_chars(erlts_code:ls_text(lists:sort(Names))), ok;
        {error, enotdir} -> io:format("~ts\n", [Dir]);
        {error, Reason} -> io:format("~ts\n", [file:format_error(Reason)])
    end.

i() -> io:put_chars(erlts_code:i_text()), ok.
%% Every node's processes: each node prints its own table through our group leader.
ni() ->
    lists:foreach(fun(N) -> rpc:call(N, c, i, []) end, all_nodes()).

all_nodes() ->
    case is_alive() of
        true -> [node() | nodes()];
        false -> [node()]
    end.

regs() -> io:put_chars(erlts_code:regs_text()), ok.
nregs() ->
    lists:foreach(fun(N) -> rpc:call(N, c, regs, []) end, all_nodes()).

memory() -> erlang:memory().

m() -> io:put_chars(erlts_code:m_text()), ok.
m(M) -> io:format("Module: ~w~n", [M]), ok.

help() ->
    io:put_chars(erlts_code:help_text()),
    true.

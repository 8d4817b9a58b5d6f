#!/usr/bin/env escript
%% Writes, for each given .erl, its functions and errors as epp+erl_parse see them
%% (annotations reduced to locations) to OutDir/<name>.exp. Used by otp-sources.test.ts.
main([OutDir | Files]) ->
    [begin
      {ok, Forms} = epp:parse_file(File, [{includes, [code:lib_dir(kernel, include), filename:dirname(File), filename:dirname(File) ++ "/../include"]}, {location, {1, 1}}]),
      L = [case F of
             {function,_,_,_,_} -> io_lib:format("~w", [erl_parse:map_anno(fun(A) -> erl_anno:new(erl_anno:location(A)) end, F)]);
             {error, {{Li,C},M,D}} -> io_lib:format("ERR ~w:~w ~ts", [Li,C,M:format_error(D)]);
             _ -> "X"
           end || F <- Forms],
      file:write_file(filename:join(OutDir, filename:basename(File) ++ ".exp"), lists:join("\n", L))
     end || File <- Files].

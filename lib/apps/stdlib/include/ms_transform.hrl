%% erlts's own header for stdlib's ms_transform: it asks for the parse
%% transform, which erlts's compiler applies itself (ets:fun2ms/1 and
%% dbg:fun2ms/1 on a literal fun become match specifications).
-compile({parse_transform, ms_transform}).

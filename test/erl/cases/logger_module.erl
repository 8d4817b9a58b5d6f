-module(logger_module).
-export([main/0]).

%% logger and error_logger without their printed reports (those carry
%% timestamps; test/bifs/logger_output.test.ts compares them): the
%% configuration API, levels, and the events themselves, caught by a primary
%% filter that stops them before the default handler.
main() ->
    config(),
    module_levels(),
    misc(),
    reports(),
    events(),
    silence(),
    handler(),
    ok.

p(Label, Value) -> io:format("~p: ~p~n", [Label, Value]).

config() ->
    p(default, logger:get_primary_config()),
    p(handlers, logger:get_handler_ids()),
    p(bad_level, logger:set_primary_config(level, bad)),
    p(bad_key, logger:set_primary_config(foo, 1)),
    p(bad_default, logger:set_primary_config(filter_default, x)),
    p(bad_meta, logger:set_primary_config(metadata, x)),
    p(bad_map, logger:set_primary_config(#{level => info, foo => 1})),
    p(not_map, logger:set_primary_config(x)),
    p(bad_filters, logger:set_primary_config(filters, x)),
    p(bad_filter, logger:set_primary_config(filters, [x])),
    p(set_meta, logger:set_primary_config(metadata, #{app => demo})),
    p(config, logger:get_primary_config()),
    p(set_map, logger:set_primary_config(#{level => info})),
    p(config, logger:get_primary_config()),
    p(update, logger:update_primary_config(#{level => debug, metadata => #{a => 1}})),
    p(config, logger:get_primary_config()),
    p(update_bad, logger:update_primary_config(#{level => loud})),
    p(allow_debug, logger:allow(debug, ?MODULE)),
    p(level_none, logger:set_primary_config(level, none)),
    p(allow_emergency, logger:allow(emergency, ?MODULE)),
    p(level_all, logger:set_primary_config(level, all)),
    p(allow_debug, logger:allow(debug, ?MODULE)),
    p(restore, logger:set_primary_config(#{level => notice})),
    p(config, logger:get_primary_config()),
    p(allow_error, logger:allow(error, ?MODULE)),
    p(allow_notice, logger:allow(notice, ?MODULE)),
    p(allow_info, logger:allow(info, ?MODULE)),
    p(allow_bad_level, catch_it(fun() -> logger:allow(loud, ?MODULE) end)),
    p(allow_bad_module, catch_it(fun() -> logger:allow(info, "m") end)).

module_levels() ->
    p(set_one, logger:set_module_level(mymod, debug)),
    p(set_two, logger:set_module_level([m1, m2], error)),
    p(set_bad_level, logger:set_module_level(mymod, loud)),
    p(set_bad_mods, logger:set_module_level("x", error)),
    p(set_bad_list, logger:set_module_level([a, "b"], error)),
    p(levels, logger:get_module_level()),
    p(level_mymod, logger:get_module_level(mymod)),
    p(level_list, logger:get_module_level([m2, nope])),
    p(allow_mymod_debug, logger:allow(debug, mymod)),
    p(allow_m1_warning, logger:allow(warning, m1)),
    p(allow_m1_error, logger:allow(error, m1)),
    p(allow_other_info, logger:allow(info, other)),
    p(unset_one, logger:unset_module_level(mymod)),
    p(levels, logger:get_module_level()),
    p(unset_bad, logger:unset_module_level([1])),
    p(unset_all, logger:unset_module_level()),
    p(levels, logger:get_module_level()).

misc() ->
    Levels = [none, emergency, alert, critical, error, warning, notice, info, debug, all],
    p(compare, [logger:compare_levels(A, B) || A <- [error, all, none], B <- Levels]),
    p(compare_bad, catch_it(fun() -> logger:compare_levels(x, none) end)),
    p(proc_meta, logger:get_process_metadata()),
    p(set_proc_meta, logger:set_process_metadata(#{x => 1})),
    p(update_proc_meta, logger:update_process_metadata(#{y => 2})),
    p(proc_meta, logger:get_process_metadata()),
    p(unset_proc_meta, logger:unset_process_metadata()),
    p(proc_meta, logger:get_process_metadata()),
    p(bad_proc_meta, catch_it(fun() -> logger:set_process_metadata(x) end)),
    p(timestamp, is_integer(logger:timestamp())),
    p(add_filter_bad, logger:add_primary_filter(f, x)),
    p(remove_missing, logger:remove_primary_filter(nope)).

reports() ->
    Rs = [#{a => 1, b => "str"}, [{a, 1}, x, "str"], "hello", [], foo, [{a, [{b, 1}]}],
          [{"str", 1}, {1, 2}], [{a, 1} | b], #{label => l, report => [{a, 1}]}],
    [p(format_report, logger:format_report(R)) || R <- Rs],
    [p(format_otp_report, logger:format_otp_report(R)) || R <- Rs].

%% Every event up to the filter: level, message, metadata (less pid, gl and
%% time), and for error_logger's the text its report callback gives.
events() ->
    ok = logger:set_primary_config(level, all),
    Self = self(),
    Capture = fun(Event, Tag) -> Self ! {Tag, Event}, stop end,
    p(add_filter, logger:add_primary_filter(capture, {Capture, ev})),
    p(add_again, logger:add_primary_filter(capture, {Capture, ev})),
    show(fun() -> logger:error("hello ~p", [x]) end),
    show(fun() -> logger:warning("w") end),
    show(fun() -> logger:notice(#{a => 1}) end),
    show(fun() -> logger:info([{a, 1}]) end),
    show(fun() -> logger:debug("x", [], #{meta => 1}) end),
    show(fun() -> logger:critical(<<"bin">>) end),
    show(fun() -> logger:log(alert, atom_format, []) end),
    show(fun() -> logger:log(emergency, "~p", [a], #{domain => [foo]}) end),
    show(fun() -> logger:error(fun(X) -> {"lazy ~p", [X]} end, 42) end),
    show(fun() -> logger:error(fun(_) -> ignore end, 42) end),
    show(fun() -> logger:error(fun(X) -> {"lazy ~p", [X], #{m => 2}} end, 42) end),
    show(fun() -> logger:error(fun(_) -> {[{r, 1}], #{m => 3}} end, x) end),
    show(fun() -> logger:error(foo) end),
    show(fun() -> logger:log(foo, "x") end),
    show(fun() -> logger:error("x", [], not_a_map) end),
    show(fun() -> error_logger:error_msg("em ~p~n", [1]) end),
    show(fun() -> error_logger:error_msg("plain") end),
    show(fun() -> error_logger:error_msg("~p ~p", [1]) end),
    show(fun() -> error_logger:error_msg("~d", [a]) end),
    show(fun() -> error_logger:error_msg("~2..0w ~-5s~.3f ~*c", [7, "ab", 1.5, 3, $x]) end),
    show(fun() -> error_logger:format("fmt ~p~n", [z]) end),
    show(fun() -> error_logger:warning_msg("wm~n") end),
    show(fun() -> error_logger:info_msg("im ~s~n", ["x"]) end),
    show(fun() -> error_logger:error_report([{a, 1}, b]) end),
    show(fun() -> error_logger:error_report(#{a => 1}) end),
    show(fun() -> error_logger:error_report(foo) end),
    show(fun() -> error_logger:info_report("a string") end),
    show(fun() -> error_logger:warning_report([{w, 1}]) end),
    show(fun() -> error_logger:error_report(my_type, [{a, 1}]) end),
    show(fun() -> error_logger:info_report(std_info, x) end),
    show(fun() -> error_logger:warning_report(other, "y") end),
    logger:set_process_metadata(#{proc => meta}),
    show(fun() -> logger:error("with process metadata") end),
    logger:unset_process_metadata(),
    p(remove_filter, logger:remove_primary_filter(capture)),
    ok = logger:set_primary_config(level, notice).

show(Fun) ->
    R = catch_it(Fun),
    receive
        {ev, #{level := L, msg := Msg, meta := Meta}} ->
            Shown = maps:without([pid, gl, time, report_cb], Meta),
            p(event, {R, L, no_funs(Msg), Shown, report_cb(Msg, Meta)})
    after 0 ->
        p(no_event, R)
    end.

%% A fun prints with erl_eval's or the compiler's numbering: left out.
no_funs(F) when is_function(F) -> a_fun;
no_funs(T) when is_tuple(T) -> list_to_tuple(no_funs(tuple_to_list(T)));
no_funs([H | T]) -> [no_funs(H) | no_funs(T)];
no_funs(X) -> X.

report_cb({report, Report}, #{report_cb := Fun}) ->
    {F, A} = Fun(Report),
    catch_it(fun() -> lists:flatten(io_lib:format(F, A)) end);
report_cb(_, _) ->
    none.

%% Below the level nothing reaches the filters; filter_default stop drops
%% what the filters let pass.
silence() ->
    Self = self(),
    ok = logger:add_primary_filter(capture, {fun(E, _) -> Self ! {ev, E}, stop end, x}),
    show(fun() -> logger:info("not at notice") end),
    ok = logger:set_primary_config(level, none),
    show(fun() -> logger:emergency("not at none") end),
    show(fun() -> error_logger:error_msg("not at none") end),
    ok = logger:set_primary_config(level, notice),
    ok = logger:remove_primary_filter(capture),
    ok = logger:add_primary_filter(pass, {fun(_, _) -> ignore end, x}),
    ok = logger:set_primary_config(filter_default, stop),
    p(dropped, logger:error("dropped by filter_default")),
    #{filters := [{pass, {_, x}}]} = Config = logger:get_primary_config(),
    p(config, maps:without([filters], Config)),
    ok = logger:set_primary_config(#{}),
    p(reset, logger:get_primary_config()).

%% The default handler's configuration (its texts are left to the other test).
handler() ->
    p(handler, logger:get_handler_config(default)),
    p(no_handler, logger:get_handler_config(foo)),
    p(bad_level, logger:set_handler_config(default, level, bad)),
    p(bad_default, logger:set_handler_config(default, filter_default, x)),
    p(bad_filters, logger:set_handler_config(default, filters, [x])),
    p(no_such, logger:set_handler_config(foo, level, info)),
    p(set_level, logger:set_handler_config(default, level, warning)),
    p(add_filter, logger:add_handler_filter(default, f, {fun logger_filters:progress/2, stop})),
    p(add_again, logger:add_handler_filter(default, f, {fun logger_filters:progress/2, stop})),
    p(add_bad, logger:add_handler_filter(default, g, x)),
    p(handler, logger:get_handler_config(default)),
    p(remove_filter, logger:remove_handler_filter(default, f)),
    p(remove_again, logger:remove_handler_filter(default, f)),
    p(update, logger:update_handler_config(default, #{level => error, filter_default => log})),
    p(handler, maps:with([level, filter_default], element(2, logger:get_handler_config(default)))),
    p(reset, logger:set_handler_config(default, #{level => info})),
    p(handler, logger:get_handler_config(default)).

catch_it(Fun) ->
    try Fun()
    catch Class:Reason -> {Class, Reason}
    end.

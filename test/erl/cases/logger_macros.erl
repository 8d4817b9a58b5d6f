-module(logger_macros).
%% The ?LOG_* macros of kernel/include/logger.hrl: level check, location metadata.
-export([main/0]).
-include_lib("kernel/include/logger.hrl").
main() ->
  logger:add_primary_filter(show, {fun(#{level := L, msg := M, meta := #{mfa := MFA, line := Line}}, _) -> io:format("~p ~p ~p ~p~n", [L, M, MFA, Line]), stop end, []}),
  ?LOG_ERROR("e ~p", [1]),
  ?LOG_WARNING(#{a => 1}),
  ?LOG_INFO("not shown"),
  ?LOG(notice, "n", [], #{x => 1}),
  ok.

-module(door).
-behaviour(gen_statem).
-export([main/0]).
-export([init/1, callback_mode/0, locked/3, open/3]).

main() ->
    {ok, Pid} = gen_statem:start(?MODULE, [1, 2, 3], []),
    Try = fun(Event) -> io:format("~p -> ~p~n", [Event, gen_statem:call(Pid, Event)]) end,
    Try({button, 1}),
    Try({button, 9}),
    Try(state),
    Try({button, 1}), Try({button, 2}), Try({button, 3}),
    Try(state),
    Try(close),
    Try(state),
    gen_statem:stop(Pid).

callback_mode() -> state_functions.

init(Code) -> {ok, locked, #{code => Code, input => []}}.

locked({call, From}, {button, B}, #{code := Code, input := In} = D) ->
    Input = In ++ [B],
    if Input =:= Code -> {next_state, open, D#{input := []}, [{reply, From, opened}]};
       length(Input) >= length(Code) -> {keep_state, D#{input := []}, [{reply, From, wrong_code}]};
       true -> {keep_state, D#{input := Input}, [{reply, From, {entered, length(Input)}}]}
    end;
locked({call, From}, state, _D) -> {keep_state_and_data, [{reply, From, locked}]};
locked({call, From}, close, _D) -> {keep_state_and_data, [{reply, From, already_locked}]}.

open({call, From}, close, D) -> {next_state, locked, D, [{reply, From, closed}]};
open({call, From}, state, _D) -> {keep_state_and_data, [{reply, From, open}]};
open({call, From}, _, _D) -> {keep_state_and_data, [{reply, From, ignored}]}.

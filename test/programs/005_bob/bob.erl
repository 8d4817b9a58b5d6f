-module(bob).
-export([response/1]).

response(String) ->
    S = string:trim(String),
    Question = lists:suffix("?", S),
    Yell = lists:any(fun(C) -> C >= $A andalso C =< $Z end, S)
        andalso string:uppercase(S) =:= S,
    if
        S =:= "" -> "Fine. Be that way!";
        Yell andalso Question -> "Calm down, I know what I'm doing!";
        Yell -> "Whoa, chill out!";
        Question -> "Sure.";
        true -> "Whatever."
    end.

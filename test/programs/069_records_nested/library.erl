-module(library).
-include("library.hrl").
-export([main/0]).

add(#book{isbn = I} = B, #library{books = Bs} = L) -> L#library{books = Bs#{I => B}}.

lend(Isbn, Member, Due, #library{books = Bs, loans = Ls} = L) ->
    case maps:find(Isbn, Bs) of
        {ok, #book{copies = 0}} -> {error, no_copies};
        {ok, #book{copies = C} = B} ->
            {ok, L#library{books = Bs#{Isbn := B#book{copies = C - 1}},
                           loans = [#loan{isbn = Isbn, member = Member, due = Due} | Ls]}};
        error -> {error, unknown_book}
    end.

main() ->
    L0 = lists:foldl(fun add/2, #library{},
                     [#book{isbn = 1, title = "Programming Erlang", author = "Armstrong", year = 2013, copies = 2},
                      #book{isbn = 2, title = "Learn You Some Erlang", author = "Hebert", year = 2013},
                      #book{isbn = 3, title = "Erlang and OTP in Action", author = "Logan", year = 2010}]),
    {ok, L1} = lend(2, alice, {2024, 5, 1}, L0),
    io:format("~p~n", [lend(2, bob, {2024, 5, 2}, L1)]),
    io:format("~p~n", [lend(9, bob, {2024, 5, 2}, L1)]),
    {ok, L2} = lend(1, bob, {2024, 6, 1}, L1),
    io:format("loans: ~p~n", [L2#library.loans]),
    io:format("copies left: ~p~n", [[{T, C} || #book{title = T, copies = C} <- lists:keysort(#book.isbn, maps:values(L2#library.books))]]),
    #library{loans = [#loan{member = Who} | _]} = L2,
    io:format("last borrower: ~p~n", [Who]).

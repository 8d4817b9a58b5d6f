-module(io_lib_chars).
-export([main/0]).

%% io_lib's character-list tests and character writers.
main() ->
    L = [fun() -> io_lib:printable_list("abc") end,
         fun() -> io_lib:printable_list([1, 2]) end,
         fun() -> io_lib:printable_list(foo) end,
         fun() -> io_lib:printable_list([]) end,
         fun() -> io_lib:printable_list("a\nb\t\e") end,
         fun() -> io_lib:printable_list([$a | b]) end,
         fun() -> io_lib:printable_unicode_list([1000]) end,
         fun() -> io_lib:printable_latin1_list([1000]) end,
         fun() -> io_lib:char_list("ab") end,
         fun() -> io_lib:char_list(["ab"]) end,
         fun() -> io_lib:char_list([-1]) end,
         fun() -> io_lib:char_list([16#D800]) end,
         fun() -> io_lib:deep_char_list(["ab", [$c], []]) end,
         fun() -> io_lib:latin1_char_list([300]) end,
         fun() -> io_lib:deep_latin1_char_list([[97], 98]) end,
         fun() -> io_lib:deep_unicode_char_list([[1000], 98]) end,
         fun() -> io_lib:write_char($a) end,
         fun() -> io_lib:write_char($\n) end,
         fun() -> io_lib:write_char($\s) end,
         fun() -> io_lib:write_char(1000) end,
         fun() -> io_lib:write_unicode_char(1000) end,
         fun() -> io_lib:write_latin1_char(233) end,
         fun() -> io_lib:chars_length(["ab", [$c]]) end,
         fun() -> io_lib:chars_length([<<"ab">>, $c]) end,
         fun() -> io_lib:quote_atom(hello, "hello") end,
         fun() -> io_lib:quote_atom('Hello', "Hello") end,
         fun() -> io_lib:quote_atom('a b', "a b") end,
         fun() -> io_lib:write_latin1_string("a\"b") end,
         fun() -> io_lib:write_unicode_string([1000]) end],
    [io:format("~w~n", [catch F()]) || F <- L],
    [io:format("~p~n", [element(1, catch F())]) ||
        F <- [fun() -> io_lib:write_char(-1) end, fun() -> io_lib:write_latin1_char(300) end]],
    ok.

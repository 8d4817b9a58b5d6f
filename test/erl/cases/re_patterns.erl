-module(re_patterns).
-export([main/0]).

%% Many everyday patterns against a few subjects, every match with its groups.

subjects() ->
    ["", "abc", "aXbXc", "hello world", "foo123bar45", "a\nb\r\nc\n", "  padded  ",
     "x=1, y=22; z=333", "The Quick Brown Fox", "aaa", "abab", "mississippi",
     "user@example.com", "2024-05-17T10:20:30", "tab\tsep\tvalues", "(nested (parens))",
     "caf\x{e9} na\x{ef}ve", "[brackets]", "a.b*c+d?", "\\back\\slash"].

patterns() ->
    [".", "\\w+", "\\W+", "\\d+", "\\D+", "\\s+", "\\S+", "^\\w+", "\\w+$", "^", "$",
     "a|b", "(a)|(b)", "a*", "a+?", "a{2}", "a{1,}", "[aeiou]", "[^aeiou ]+", "[a-z]+",
     "[A-Z][a-z]+", "(\\w)(\\w)?", "(\\w+)@(\\w+)\\.com", "(\\d+)-(\\d+)-(\\d+)",
     "(?<k>\\w)=(?<v>\\d+)", "(\\w)\\1", "(?:ab)+", "(?=b)", "(?!a).", "(?<=a).",
     "(?<!a)b", "\\bs", "s\\b", "\\Bs", "i(?=ss)", "ss(?!i)", "[[:upper:]]", "[[:digit:][:space:]]+",
     "[[:punct:]]", "\\.", "\\\\", "\\(([^()]*)\\)", "\\[(.*)\\]", ".*", ".+?", "x*",
     "(a|ab)(c|bcd)(d*)", "(?i)[a-f]+", "\\t", "\\r?\\n", "[\\d.]+", "[-a]", "[a\\-z]", "[\\w.]+@",
     "\\x{e9}", "[\\x{e0}-\\x{ff}]+", "\\p{Lu}", "(?s).", "(?m)^\\w", "(?m)\\w$", "\\Z", "\\z", "\\A\\w",
     "s{2}(?=i)", "(?x) a b c # comment", "a++b", "(?>s+)i", "(i)(?:s+)(?:(p)|(i))"].

main() ->
    lists:foreach(
      fun(P) ->
              R = [re:run(S, P, [global]) || S <- subjects()],
              io:format("~p~n", [{P, R}])
      end, patterns()),
    lists:foreach(
      fun(P) ->
              R = [re:run(S, P, [unicode, global, {capture, all, list}]) || S <- subjects()],
              io:format("~p~n", [{P, R}])
      end, patterns()),
    lists:foreach(
      fun(P) ->
              R = [{re:replace(S, P, "<&>", [global, {return, list}]),
                    re:split(S, P, [{return, list}])} || S <- subjects()],
              io:format("~p~n", [{P, R}])
      end, patterns()).

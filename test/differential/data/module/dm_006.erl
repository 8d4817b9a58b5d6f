-module(dm_006).
-export([main/0]).
-compile(nowarn_failed).

main() ->
    c1(),
    t1(),
    c2(),
    c3(),
    t3(),
    c4(),
    c5(),
    t5(),
    c6(),
    c7(),
    t7(),
    c8(),
    c9(),
    t9(),
    c10(),
    c11(),
    t11(),
    c12(),
    c13(),
    t13(),
    c14(),
    c15(),
    t15(),
    c16(),
    c17(),
    t17(),
    c18(),
    c19(),
    t19(),
    c20(),
    c21(),
    t21(),
    c22(),
    c23(),
    t23(),
    c24(),
    c25(),
    t25(),
    c26(),
    c27(),
    t27(),
    c28(),
    c29(),
    t29(),
    c30(),
    c31(),
    t31(),
    c32(),
    c33(),
    t33(),
    c34(),
    c35(),
    t35(),
    c36(),
    c37(),
    t37(),
    c38(),
    c39(),
    t39(),
    c40(),
    c41(),
    t41(),
    c42(),
    c43(),
    t43(),
    c44(),
    c45(),
    t45(),
    c46(),
    c47(),
    t47(),
    c48(),
    c49(),
    t49(),
    c50(),
    c51(),
    t51(),
    c52(),
    c53(),
    t53(),
    c54(),
    c55(),
    t55(),
    c56(),
    c57(),
    t57(),
    c58(),
    c59(),
    t59(),
    c60(),
    c61(),
    t61(),
    c62(),
    c63(),
    t63(),
    c64(),
    c65(),
    t65(),
    c66(),
    c67(),
    t67(),
    c68(),
    c69(),
    t69(),
    c70(),
    c71(),
    t71(),
    c72(),
    c73(),
    t73(),
    c74(),
    c75(),
    t75(),
    c76(),
    c77(),
    t77(),
    c78(),
    c79(),
    t79(),
    c80(),
    c81(),
    t81(),
    c82(),
    c83(),
    t83(),
    c84(),
    c85(),
    t85(),
    c86(),
    c87(),
    t87(),
    c88(),
    c89(),
    t89(),
    c90(),
    c91(),
    t91(),
    c92(),
    c93(),
    t93(),
    c94(),
    c95(),
    t95(),
    c96(),
    c97(),
    t97(),
    c98(),
    c99(),
    t99(),
    c100(),
    c101(),
    t101(),
    c102(),
    c103(),
    t103(),
    c104(),
    c105(),
    t105(),
    c106(),
    c107(),
    t107(),
    c108(),
    c109(),
    t109(),
    c110(),
    c111(),
    t111(),
    c112(),
    c113(),
    t113(),
    c114(),
    c115(),
    t115(),
    c116(),
    c117(),
    t117(),
    c118(),
    c119(),
    t119(),
    c120(),
    c121(),
    t121(),
    c122(),
    c123(),
    t123(),
    c124(),
    c125(),
    t125(),
    c126(),
    c127(),
    t127(),
    c128(),
    c129(),
    t129(),
    c130(),
    c131(),
    t131(),
    c132(),
    c133(),
    t133(),
    c134(),
    c135(),
    t135(),
    c136(),
    c137(),
    t137(),
    c138(),
    c139(),
    t139(),
    c140(),
    c141(),
    t141(),
    c142(),
    c143(),
    t143(),
    c144(),
    c145(),
    t145(),
    c146(),
    c147(),
    t147(),
    c148(),
    c149(),
    t149(),
    c150(),
    c151(),
    t151(),
    c152(),
    c153(),
    t153(),
    c154(),
    c155(),
    t155(),
    c156(),
    c157(),
    t157(),
    c158(),
    c159(),
    t159(),
    c160(),
    c161(),
    t161(),
    c162(),
    c163(),
    t163(),
    c164(),
    c165(),
    t165(),
    c166(),
    c167(),
    t167(),
    c168(),
    c169(),
    t169(),
    c170(),
    c171(),
    t171(),
    c172(),
    c173(),
    t173(),
    c174(),
    c175(),
    t175(),
    c176(),
    c177(),
    t177(),
    c178(),
    c179(),
    t179(),
    c180(),
    c181(),
    t181(),
    c182(),
    c183(),
    t183(),
    c184(),
    c185(),
    t185(),
    c186(),
    c187(),
    t187(),
    c188(),
    c189(),
    t189(),
    c190(),
    c191(),
    t191(),
    c192(),
    c193(),
    t193(),
    c194(),
    c195(),
    t195(),
    c196(),
    c197(),
    t197(),
    c198(),
    c199(),
    t199(),
    c200().

c1() ->
    io:put_chars("#c string.right.2.18\n"),
    io:format("~p~n", [catch string:right("", #{a => 1})]).

t1() ->
    io:put_chars("#t string.right.2.18\n"),
    try string:right("", #{a => 1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c2() ->
    io:put_chars("#c string.right.3.4\n"),
    io:format("~p~n", [catch string:right("abc", 0, 233)]).

c3() ->
    io:put_chars("#c string.right.3.8\n"),
    io:format("~p~n", [catch string:right("h\x{e9}llo w", 5, 97)]).

t3() ->
    io:put_chars("#t string.right.3.8\n"),
    try string:right("h\x{e9}llo w", 5, 97) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c4() ->
    io:put_chars("#c string.right.3.12\n"),
    io:format("~p~n", [catch string:right("h\x{e9}llo", 0, 128512)]).

c5() ->
    io:put_chars("#c string.right.3.16\n"),
    io:format("~p~n", [catch string:right("", "", 128512)]).

t5() ->
    io:put_chars("#t string.right.3.16\n"),
    try string:right("", "", 128512) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c6() ->
    io:put_chars("#c string.right.3.21\n"),
    io:format("~p~n", [catch string:right("", 0, '\x{e9}t\x{e9}')]).

c7() ->
    io:put_chars("#c string.right.3.25\n"),
    io:format("~p~n", [catch string:right("", 0, <<1,2>>)]).

t7() ->
    io:put_chars("#t string.right.3.25\n"),
    try string:right("", 0, <<1,2>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c8() ->
    io:put_chars("#c string.rstr.2.3\n"),
    io:format("~p~n", [catch string:rstr("", "h\x{e9}llo w")]).

c9() ->
    io:put_chars("#c string.rstr.2.7\n"),
    io:format("~p~n", [catch string:rstr("h\x{e9}llo w", "")]).

t9() ->
    io:put_chars("#t string.rstr.2.7\n"),
    try string:rstr("h\x{e9}llo w", "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c10() ->
    io:put_chars("#c string.rstr.2.11\n"),
    io:format("~p~n", [catch string:rstr(#{a => 1}, "")]).

c11() ->
    io:put_chars("#c string.rstr.2.15\n"),
    io:format("~p~n", [catch string:rstr("", 100000000000000000000.0)]).

t11() ->
    io:put_chars("#t string.rstr.2.15\n"),
    try string:rstr("", 100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c12() ->
    io:put_chars("#c string.rstr.2.19\n"),
    io:format("~p~n", [catch string:rstr("", <<1:3>>)]).

c13() ->
    io:put_chars("#c string.slice.2.3\n"),
    io:format("~p~n", [catch string:slice([a], 0)]).

t13() ->
    io:put_chars("#t string.slice.2.3\n"),
    try string:slice([a], 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c14() ->
    io:put_chars("#c string.slice.2.7\n"),
    io:format("~p~n", [catch string:slice([], 0)]).

c15() ->
    io:put_chars("#c string.slice.2.11\n"),
    io:format("~p~n", [catch string:slice(fun(X) -> X end, 0)]).

t15() ->
    io:put_chars("#t string.slice.2.11\n"),
    try string:slice(fun(X) -> X end, 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c16() ->
    io:put_chars("#c string.slice.2.15\n"),
    io:format("~p~n", [catch string:slice(<<"abc">>, [-1])]).

c17() ->
    io:put_chars("#c string.slice.3.1\n"),
    io:format("~p~n", [catch string:slice(<<"abc">>, 0, 0)]).

t17() ->
    io:put_chars("#t string.slice.3.1\n"),
    try string:slice(<<"abc">>, 0, 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c18() ->
    io:put_chars("#c string.slice.3.5\n"),
    io:format("~p~n", [catch string:slice([a], 5, 0)]).

c19() ->
    io:put_chars("#c string.slice.3.9\n"),
    io:format("~p~n", [catch string:slice([], 0, 0)]).

t19() ->
    io:put_chars("#t string.slice.3.9\n"),
    try string:slice([], 0, 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c20() ->
    io:put_chars("#c string.slice.3.13\n"),
    io:format("~p~n", [catch string:slice(fun(X) -> X end, 0, 0)]).

c21() ->
    io:put_chars("#c string.slice.3.17\n"),
    io:format("~p~n", [catch string:slice(<<"abc">>, [-1], 0)]).

t21() ->
    io:put_chars("#t string.slice.3.17\n"),
    try string:slice(<<"abc">>, [-1], 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c22() ->
    io:put_chars("#c string.slice.3.21\n"),
    io:format("~p~n", [catch string:slice(<<"abc">>, 0, "\x{65e5}\x{672c}")]).

c23() ->
    io:put_chars("#c string.slice.3.25\n"),
    io:format("~p~n", [catch string:slice(<<"abc">>, 0, [])]).

t23() ->
    io:put_chars("#t string.slice.3.25\n"),
    try string:slice(<<"abc">>, 0, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c24() ->
    io:put_chars("#c string.span.2.4\n"),
    io:format("~p~n", [catch string:span("abc", "")]).

c25() ->
    io:put_chars("#c string.span.2.8\n"),
    io:format("~p~n", [catch string:span("h\x{e9}llo w", "h\x{e9}llo w")]).

t25() ->
    io:put_chars("#t string.span.2.8\n"),
    try string:span("h\x{e9}llo w", "h\x{e9}llo w") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c26() ->
    io:put_chars("#c string.span.2.12\n"),
    io:format("~p~n", [catch string:span([1,[2,<<3>>]], "")]).

c27() ->
    io:put_chars("#c string.span.2.16\n"),
    io:format("~p~n", [catch string:span("", <<"h\x{e9}llo"/utf8>>)]).

t27() ->
    io:put_chars("#t string.span.2.16\n"),
    try string:span("", <<"h\x{e9}llo"/utf8>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c28() ->
    io:put_chars("#c string.split.2.1\n"),
    io:format("~p~n", [catch string:split(<<"abc">>, <<"abc">>)]).

c29() ->
    io:put_chars("#c string.split.2.5\n"),
    io:format("~p~n", [catch string:split([a], [a])]).

t29() ->
    io:put_chars("#t string.split.2.5\n"),
    try string:split([a], [a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c30() ->
    io:put_chars("#c string.split.2.9\n"),
    io:format("~p~n", [catch string:split(<<"h\x{e9}llo"/utf8>>, <<"abc">>)]).

c31() ->
    io:put_chars("#c string.split.2.13\n"),
    io:format("~p~n", [catch string:split(x, <<"abc">>)]).

t31() ->
    io:put_chars("#t string.split.2.13\n"),
    try string:split(x, <<"abc">>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c32() ->
    io:put_chars("#c string.split.2.17\n"),
    io:format("~p~n", [catch string:split(<<"abc">>, <<"h\x{e9}llo"/utf8>>)]).

c33() ->
    io:put_chars("#c string.split.3.1\n"),
    io:format("~p~n", [catch string:split(<<"abc">>, <<"abc">>, all)]).

t33() ->
    io:put_chars("#t string.split.3.1\n"),
    try string:split(<<"abc">>, <<"abc">>, all) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c34() ->
    io:put_chars("#c string.split.3.5\n"),
    io:format("~p~n", [catch string:split([a], [a], trailing)]).

c35() ->
    io:put_chars("#c string.split.3.9\n"),
    io:format("~p~n", [catch string:split(<<"h\x{e9}llo"/utf8>>, <<"abc">>, all)]).

t35() ->
    io:put_chars("#t string.split.3.9\n"),
    try string:split(<<"h\x{e9}llo"/utf8>>, <<"abc">>, all) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c36() ->
    io:put_chars("#c string.split.3.13\n"),
    io:format("~p~n", [catch string:split(x, <<"abc">>, all)]).

c37() ->
    io:put_chars("#c string.split.3.17\n"),
    io:format("~p~n", [catch string:split(<<"abc">>, <<"h\x{e9}llo"/utf8>>, all)]).

t37() ->
    io:put_chars("#t string.split.3.17\n"),
    try string:split(<<"abc">>, <<"h\x{e9}llo"/utf8>>, all) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c38() ->
    io:put_chars("#c string.split.3.21\n"),
    io:format("~p~n", [catch string:split(<<"abc">>, <<"abc">>, [a|b])]).

c39() ->
    io:put_chars("#c string.split.3.25\n"),
    io:format("~p~n", [catch string:split(<<"abc">>, <<"abc">>, [-1])]).

t39() ->
    io:put_chars("#t string.split.3.25\n"),
    try string:split(<<"abc">>, <<"abc">>, [-1]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c40() ->
    io:put_chars("#c string.str.2.3\n"),
    io:format("~p~n", [catch string:str("", "h\x{e9}llo w")]).

c41() ->
    io:put_chars("#c string.str.2.7\n"),
    io:format("~p~n", [catch string:str("h\x{e9}llo w", "")]).

t41() ->
    io:put_chars("#t string.str.2.7\n"),
    try string:str("h\x{e9}llo w", "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c42() ->
    io:put_chars("#c string.str.2.11\n"),
    io:format("~p~n", [catch string:str(<<1:3>>, "")]).

c43() ->
    io:put_chars("#c string.str.2.15\n"),
    io:format("~p~n", [catch string:str("", 100000000000000000000.0)]).

t43() ->
    io:put_chars("#t string.str.2.15\n"),
    try string:str("", 100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c44() ->
    io:put_chars("#c string.str.2.19\n"),
    io:format("~p~n", [catch string:str("", <<1:3>>)]).

c45() ->
    io:put_chars("#c string.strip.1.3\n"),
    io:format("~p~n", [catch string:strip("h\x{e9}llo w")]).

t45() ->
    io:put_chars("#t string.strip.1.3\n"),
    try string:strip("h\x{e9}llo w") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c46() ->
    io:put_chars("#c string.strip.1.7\n"),
    io:format("~p~n", [catch string:strip(0)]).

c47() ->
    io:put_chars("#c string.strip.2.2\n"),
    io:format("~p~n", [catch string:strip("", left)]).

t47() ->
    io:put_chars("#t string.strip.2.2\n"),
    try string:strip("", left) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c48() ->
    io:put_chars("#c string.strip.2.6\n"),
    io:format("~p~n", [catch string:strip("abc", right)]).

c49() ->
    io:put_chars("#c string.strip.2.10\n"),
    io:format("~p~n", [catch string:strip(<<1,2>>, both)]).

t49() ->
    io:put_chars("#t string.strip.2.10\n"),
    try string:strip(<<1,2>>, both) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c50() ->
    io:put_chars("#c string.strip.2.14\n"),
    io:format("~p~n", [catch string:strip([], both)]).

c51() ->
    io:put_chars("#c string.strip.2.18\n"),
    io:format("~p~n", [catch string:strip("", 0)]).

t51() ->
    io:put_chars("#t string.strip.2.18\n"),
    try string:strip("", 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c52() ->
    io:put_chars("#c string.strip.3.2\n"),
    io:format("~p~n", [catch string:strip("", left, 128512)]).

c53() ->
    io:put_chars("#c string.strip.3.6\n"),
    io:format("~p~n", [catch string:strip("h\x{e9}llo w", both, 128512)]).

t53() ->
    io:put_chars("#t string.strip.3.6\n"),
    try string:strip("h\x{e9}llo w", both, 128512) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c54() ->
    io:put_chars("#c string.strip.3.10\n"),
    io:format("~p~n", [catch string:strip(<<1,2>>, both, 128512)]).

c55() ->
    io:put_chars("#c string.strip.3.14\n"),
    io:format("~p~n", [catch string:strip([], both, 128512)]).

t55() ->
    io:put_chars("#t string.strip.3.14\n"),
    try string:strip([], both, 128512) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c56() ->
    io:put_chars("#c string.strip.3.18\n"),
    io:format("~p~n", [catch string:strip("", 0, 128512)]).

c57() ->
    io:put_chars("#c string.strip.3.22\n"),
    io:format("~p~n", [catch string:strip("", both, <<"h\x{e9}llo"/utf8>>)]).

t57() ->
    io:put_chars("#t string.strip.3.22\n"),
    try string:strip("", both, <<"h\x{e9}llo"/utf8>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c58() ->
    io:put_chars("#c string.strip.3.26\n"),
    io:format("~p~n", [catch string:strip("", both, x)]).

c59() ->
    io:put_chars("#c string.sub_string.2.4\n"),
    io:format("~p~n", [catch string:sub_string("abc", 3)]).

t59() ->
    io:put_chars("#t string.sub_string.2.4\n"),
    try string:sub_string("abc", 3) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c60() ->
    io:put_chars("#c string.sub_string.2.8\n"),
    io:format("~p~n", [catch string:sub_string(x, 1)]).

c61() ->
    io:put_chars("#c string.sub_string.2.12\n"),
    io:format("~p~n", [catch string:sub_string("", '\x{e9}t\x{e9}')]).

t61() ->
    io:put_chars("#t string.sub_string.2.12\n"),
    try string:sub_string("", '\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c62() ->
    io:put_chars("#c string.sub_string.2.16\n"),
    io:format("~p~n", [catch string:sub_string("", <<1,2>>)]).

c63() ->
    io:put_chars("#c string.sub_string.3.3\n"),
    io:format("~p~n", [catch string:sub_string("", 3, 3)]).

t63() ->
    io:put_chars("#t string.sub_string.3.3\n"),
    try string:sub_string("", 3, 3) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c64() ->
    io:put_chars("#c string.sub_string.3.7\n"),
    io:format("~p~n", [catch string:sub_string("h\x{e9}llo w", 1, 3)]).

c65() ->
    io:put_chars("#c string.sub_string.3.11\n"),
    io:format("~p~n", [catch string:sub_string({a,b}, 1, 1)]).

t65() ->
    io:put_chars("#t string.sub_string.3.11\n"),
    try string:sub_string({a,b}, 1, 1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c66() ->
    io:put_chars("#c string.sub_string.3.15\n"),
    io:format("~p~n", [catch string:sub_string("", "", 1)]).

c67() ->
    io:put_chars("#c string.sub_string.3.19\n"),
    io:format("~p~n", [catch string:sub_string("", #{a => 1}, 1)]).

t67() ->
    io:put_chars("#t string.sub_string.3.19\n"),
    try string:sub_string("", #{a => 1}, 1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c68() ->
    io:put_chars("#c string.sub_string.3.23\n"),
    io:format("~p~n", [catch string:sub_string("", 1, [a|b])]).

c69() ->
    io:put_chars("#c string.sub_word.2.2\n"),
    io:format("~p~n", [catch string:sub_word("", 0)]).

t69() ->
    io:put_chars("#t string.sub_word.2.2\n"),
    try string:sub_word("", 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c70() ->
    io:put_chars("#c string.sub_word.2.6\n"),
    io:format("~p~n", [catch string:sub_word("abc", 7)]).

c71() ->
    io:put_chars("#c string.sub_word.2.10\n"),
    io:format("~p~n", [catch string:sub_word([a|b], -3)]).

t71() ->
    io:put_chars("#t string.sub_word.2.10\n"),
    try string:sub_word([a|b], -3) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c72() ->
    io:put_chars("#c string.sub_word.2.14\n"),
    io:format("~p~n", [catch string:sub_word([-1], -3)]).

c73() ->
    io:put_chars("#c string.sub_word.2.18\n"),
    io:format("~p~n", [catch string:sub_word("", [])]).

t73() ->
    io:put_chars("#t string.sub_word.2.18\n"),
    try string:sub_word("", []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c74() ->
    io:put_chars("#c string.sub_word.3.3\n"),
    io:format("~p~n", [catch string:sub_word("", 7, 233)]).

c75() ->
    io:put_chars("#c string.sub_word.3.7\n"),
    io:format("~p~n", [catch string:sub_word("h\x{e9}llo w", 0, 233)]).

t75() ->
    io:put_chars("#t string.sub_word.3.7\n"),
    try string:sub_word("h\x{e9}llo w", 0, 233) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c76() ->
    io:put_chars("#c string.sub_word.3.11\n"),
    io:format("~p~n", [catch string:sub_word(<<1:3>>, -3, 128512)]).

c77() ->
    io:put_chars("#c string.sub_word.3.15\n"),
    io:format("~p~n", [catch string:sub_word("", <<1,2>>, 128512)]).

t77() ->
    io:put_chars("#t string.sub_word.3.15\n"),
    try string:sub_word("", <<1,2>>, 128512) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c78() ->
    io:put_chars("#c string.sub_word.3.19\n"),
    io:format("~p~n", [catch string:sub_word("", -1.5, 128512)]).

c79() ->
    io:put_chars("#c string.sub_word.3.23\n"),
    io:format("~p~n", [catch string:sub_word("", -3, [-1])]).

t79() ->
    io:put_chars("#t string.sub_word.3.23\n"),
    try string:sub_word("", -3, [-1]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c80() ->
    io:put_chars("#c string.substr.2.2\n"),
    io:format("~p~n", [catch string:substr("", 3)]).

c81() ->
    io:put_chars("#c string.substr.2.6\n"),
    io:format("~p~n", [catch string:substr("h\x{e9}llo w", 3)]).

t81() ->
    io:put_chars("#t string.substr.2.6\n"),
    try string:substr("h\x{e9}llo w", 3) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c82() ->
    io:put_chars("#c string.substr.2.10\n"),
    io:format("~p~n", [catch string:substr(-1.5, 1)]).

c83() ->
    io:put_chars("#c string.substr.2.14\n"),
    io:format("~p~n", [catch string:substr("", [-1])]).

t83() ->
    io:put_chars("#t string.substr.2.14\n"),
    try string:substr("", [-1]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c84() ->
    io:put_chars("#c string.substr.2.18\n"),
    io:format("~p~n", [catch string:substr("", {a,b})]).

c85() ->
    io:put_chars("#c string.substr.3.4\n"),
    io:format("~p~n", [catch string:substr("abc", 1, 0)]).

t85() ->
    io:put_chars("#t string.substr.3.4\n"),
    try string:substr("abc", 1, 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c86() ->
    io:put_chars("#c string.substr.3.8\n"),
    io:format("~p~n", [catch string:substr("h\x{e9}llo w", 3, 5)]).

c87() ->
    io:put_chars("#c string.substr.3.12\n"),
    io:format("~p~n", [catch string:substr(-1.5, 1, 0)]).

t87() ->
    io:put_chars("#t string.substr.3.12\n"),
    try string:substr(-1.5, 1, 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c88() ->
    io:put_chars("#c string.substr.3.16\n"),
    io:format("~p~n", [catch string:substr("", [-1], 0)]).

c89() ->
    io:put_chars("#c string.substr.3.20\n"),
    io:format("~p~n", [catch string:substr("", {a,b}, 0)]).

t89() ->
    io:put_chars("#t string.substr.3.20\n"),
    try string:substr("", {a,b}, 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c90() ->
    io:put_chars("#c string.substr.3.24\n"),
    io:format("~p~n", [catch string:substr("", 1, [1,[2,<<3>>]])]).

c91() ->
    io:put_chars("#c string.take.2.2\n"),
    io:format("~p~n", [catch string:take(<<"abc">>, [])]).

t91() ->
    io:put_chars("#t string.take.2.2\n"),
    try string:take(<<"abc">>, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c92() ->
    io:put_chars("#c string.take.2.6\n"),
    io:format("~p~n", [catch string:take([a], [97,[97,233,128512],233])]).

c93() ->
    io:put_chars("#c string.take.2.10\n"),
    io:format("~p~n", [catch string:take(-1.5, [97])]).

t93() ->
    io:put_chars("#t string.take.2.10\n"),
    try string:take(-1.5, [97]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c94() ->
    io:put_chars("#c string.take.2.14\n"),
    io:format("~p~n", [catch string:take(<<"h\x{e9}llo"/utf8>>, [97])]).

c95() ->
    io:put_chars("#c string.take.2.18\n"),
    io:format("~p~n", [catch string:take(<<"abc">>, "\x{65e5}\x{672c}")]).

t95() ->
    io:put_chars("#t string.take.2.18\n"),
    try string:take(<<"abc">>, "\x{65e5}\x{672c}") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c96() ->
    io:put_chars("#c string.take.3.2\n"),
    io:format("~p~n", [catch string:take(<<"abc">>, [], false)]).

c97() ->
    io:put_chars("#c string.take.3.6\n"),
    io:format("~p~n", [catch string:take([a], [97], false)]).

t97() ->
    io:put_chars("#t string.take.3.6\n"),
    try string:take([a], [97], false) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c98() ->
    io:put_chars("#c string.take.3.10\n"),
    io:format("~p~n", [catch string:take(-1.5, [97], false)]).

c99() ->
    io:put_chars("#c string.take.3.14\n"),
    io:format("~p~n", [catch string:take(<<"h\x{e9}llo"/utf8>>, [97], false)]).

t99() ->
    io:put_chars("#t string.take.3.14\n"),
    try string:take(<<"h\x{e9}llo"/utf8>>, [97], false) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c100() ->
    io:put_chars("#c string.take.3.18\n"),
    io:format("~p~n", [catch string:take(<<"abc">>, "\x{65e5}\x{672c}", false)]).

c101() ->
    io:put_chars("#c string.take.3.22\n"),
    io:format("~p~n", [catch string:take(<<"abc">>, [97], [a|b])]).

t101() ->
    io:put_chars("#t string.take.3.22\n"),
    try string:take(<<"abc">>, [97], [a|b]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c102() ->
    io:put_chars("#c string.take.3.26\n"),
    io:format("~p~n", [catch string:take(<<"abc">>, [97], [-1])]).

c103() ->
    io:put_chars("#c string.take.4.4\n"),
    io:format("~p~n", [catch string:take([a], [97], true, trailing)]).

t103() ->
    io:put_chars("#t string.take.4.4\n"),
    try string:take([a], [97], true, trailing) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c104() ->
    io:put_chars("#c string.take.4.8\n"),
    io:format("~p~n", [catch string:take([a], [97,[97,233,128512],233], true, trailing)]).

c105() ->
    io:put_chars("#c string.take.4.12\n"),
    io:format("~p~n", [catch string:take(<<1:3>>, [97], false, leading)]).

t105() ->
    io:put_chars("#t string.take.4.12\n"),
    try string:take(<<1:3>>, [97], false, leading) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c106() ->
    io:put_chars("#c string.take.4.16\n"),
    io:format("~p~n", [catch string:take(<<"abc">>, "", false, leading)]).

c107() ->
    io:put_chars("#c string.take.4.20\n"),
    io:format("~p~n", [catch string:take(<<"abc">>, #{a => 1}, false, leading)]).

t107() ->
    io:put_chars("#t string.take.4.20\n"),
    try string:take(<<"abc">>, #{a => 1}, false, leading) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c108() ->
    io:put_chars("#c string.take.4.24\n"),
    io:format("~p~n", [catch string:take(<<"abc">>, [97], fun(X) -> X end, leading)]).

c109() ->
    io:put_chars("#c string.take.4.28\n"),
    io:format("~p~n", [catch string:take(<<"abc">>, [97], false, [-1])]).

t109() ->
    io:put_chars("#t string.take.4.28\n"),
    try string:take(<<"abc">>, [97], false, [-1]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c110() ->
    io:put_chars("#c string.take.4.32\n"),
    io:format("~p~n", [catch string:take(<<"abc">>, [97], false, {a,b})]).

c111() ->
    io:put_chars("#c string.titlecase.1.4\n"),
    io:format("~p~n", [catch string:titlecase({a,b})]).

t111() ->
    io:put_chars("#t string.titlecase.1.4\n"),
    try string:titlecase({a,b}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c112() ->
    io:put_chars("#c string.titlecase.1.8\n"),
    io:format("~p~n", [catch string:titlecase(1180591620717411303424)]).

c113() ->
    io:put_chars("#c string.to_float.1.3\n"),
    io:format("~p~n", [catch string:to_float([a])]).

t113() ->
    io:put_chars("#t string.to_float.1.3\n"),
    try string:to_float([a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c114() ->
    io:put_chars("#c string.to_float.1.7\n"),
    io:format("~p~n", [catch string:to_float(fun(X) -> X end)]).

c115() ->
    io:put_chars("#c string.to_graphemes.1.2\n"),
    io:format("~p~n", [catch string:to_graphemes([a])]).

t115() ->
    io:put_chars("#t string.to_graphemes.1.2\n"),
    try string:to_graphemes([a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c116() ->
    io:put_chars("#c string.to_graphemes.1.6\n"),
    io:format("~p~n", [catch string:to_graphemes(x)]).

c117() ->
    io:put_chars("#c string.to_integer.1.1\n"),
    io:format("~p~n", [catch string:to_integer(<<"abc">>)]).

t117() ->
    io:put_chars("#t string.to_integer.1.1\n"),
    try string:to_integer(<<"abc">>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c118() ->
    io:put_chars("#c string.to_integer.1.5\n"),
    io:format("~p~n", [catch string:to_integer(<<"h\x{e9}llo"/utf8>>)]).

c119() ->
    io:put_chars("#c string.to_integer.1.9\n"),
    io:format("~p~n", [catch string:to_integer(x)]).

t119() ->
    io:put_chars("#t string.to_integer.1.9\n"),
    try string:to_integer(x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c120() ->
    io:put_chars("#c string.to_lower.1.4\n"),
    io:format("~p~n", [catch string:to_lower([0])]).

c121() ->
    io:put_chars("#c string.to_lower.1.8\n"),
    io:format("~p~n", [catch string:to_lower([a|b])]).

t121() ->
    io:put_chars("#t string.to_lower.1.8\n"),
    try string:to_lower([a|b]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c122() ->
    io:put_chars("#c string.to_upper.1.1\n"),
    io:format("~p~n", [catch string:to_upper(128512)]).

c123() ->
    io:put_chars("#c string.to_upper.1.5\n"),
    io:format("~p~n", [catch string:to_upper([])]).

t123() ->
    io:put_chars("#t string.to_upper.1.5\n"),
    try string:to_upper([]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c124() ->
    io:put_chars("#c string.to_upper.1.9\n"),
    io:format("~p~n", [catch string:to_upper(<<"h\x{e9}llo"/utf8>>)]).

c125() ->
    io:put_chars("#c string.tokens.2.1\n"),
    io:format("~p~n", [catch string:tokens("", "")]).

t125() ->
    io:put_chars("#t string.tokens.2.1\n"),
    try string:tokens("", "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c126() ->
    io:put_chars("#c string.tokens.2.5\n"),
    io:format("~p~n", [catch string:tokens("abc", "abc")]).

c127() ->
    io:put_chars("#c string.tokens.2.9\n"),
    io:format("~p~n", [catch string:tokens("h\x{e9}llo", "")]).

t127() ->
    io:put_chars("#t string.tokens.2.9\n"),
    try string:tokens("h\x{e9}llo", "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c128() ->
    io:put_chars("#c string.tokens.2.13\n"),
    io:format("~p~n", [catch string:tokens('\x{e9}t\x{e9}', "")]).

c129() ->
    io:put_chars("#c string.tokens.2.17\n"),
    io:format("~p~n", [catch string:tokens("", #{a => 1})]).

t129() ->
    io:put_chars("#t string.tokens.2.17\n"),
    try string:tokens("", #{a => 1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c130() ->
    io:put_chars("#c string.trim.1.3\n"),
    io:format("~p~n", [catch string:trim([a])]).

c131() ->
    io:put_chars("#c string.trim.1.7\n"),
    io:format("~p~n", [catch string:trim([1,[2,<<3>>]])]).

t131() ->
    io:put_chars("#t string.trim.1.7\n"),
    try string:trim([1,[2,<<3>>]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c132() ->
    io:put_chars("#c string.trim.2.2\n"),
    io:format("~p~n", [catch string:trim(<<"abc">>, leading)]).

c133() ->
    io:put_chars("#c string.trim.2.6\n"),
    io:format("~p~n", [catch string:trim([a], trailing)]).

t133() ->
    io:put_chars("#t string.trim.2.6\n"),
    try string:trim([a], trailing) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c134() ->
    io:put_chars("#c string.trim.2.10\n"),
    io:format("~p~n", [catch string:trim(x, both)]).

c135() ->
    io:put_chars("#c string.trim.2.14\n"),
    io:format("~p~n", [catch string:trim("", both)]).

t135() ->
    io:put_chars("#t string.trim.2.14\n"),
    try string:trim("", both) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c136() ->
    io:put_chars("#c string.trim.2.18\n"),
    io:format("~p~n", [catch string:trim(<<"abc">>, #{a => 1})]).

c137() ->
    io:put_chars("#c string.trim.3.2\n"),
    io:format("~p~n", [catch string:trim(<<"abc">>, leading, [97])]).

t137() ->
    io:put_chars("#t string.trim.3.2\n"),
    try string:trim(<<"abc">>, leading, [97]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c138() ->
    io:put_chars("#c string.trim.3.6\n"),
    io:format("~p~n", [catch string:trim([a], both, [97])]).

c139() ->
    io:put_chars("#c string.trim.3.10\n"),
    io:format("~p~n", [catch string:trim(x, both, [97])]).

t139() ->
    io:put_chars("#t string.trim.3.10\n"),
    try string:trim(x, both, [97]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c140() ->
    io:put_chars("#c string.trim.3.14\n"),
    io:format("~p~n", [catch string:trim("", both, [97])]).

c141() ->
    io:put_chars("#c string.trim.3.18\n"),
    io:format("~p~n", [catch string:trim(<<"abc">>, #{a => 1}, [97])]).

t141() ->
    io:put_chars("#t string.trim.3.18\n"),
    try string:trim(<<"abc">>, #{a => 1}, [97]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c142() ->
    io:put_chars("#c string.trim.3.22\n"),
    io:format("~p~n", [catch string:trim(<<"abc">>, both, [a|b])]).

c143() ->
    io:put_chars("#c string.trim.3.26\n"),
    io:format("~p~n", [catch string:trim(<<"abc">>, both, [-1])]).

t143() ->
    io:put_chars("#t string.trim.3.26\n"),
    try string:trim(<<"abc">>, both, [-1]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c144() ->
    io:put_chars("#c string.uppercase.1.4\n"),
    io:format("~p~n", [catch string:uppercase([-1])]).

c145() ->
    io:put_chars("#c string.uppercase.1.8\n"),
    io:format("~p~n", [catch string:uppercase({a,b})]).

t145() ->
    io:put_chars("#t string.uppercase.1.8\n"),
    try string:uppercase({a,b}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c146() ->
    io:put_chars("#c string.words.1.3\n"),
    io:format("~p~n", [catch string:words("h\x{e9}llo w")]).

c147() ->
    io:put_chars("#c string.words.1.7\n"),
    io:format("~p~n", [catch string:words(<<"h\x{e9}llo"/utf8>>)]).

t147() ->
    io:put_chars("#t string.words.1.7\n"),
    try string:words(<<"h\x{e9}llo"/utf8>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c148() ->
    io:put_chars("#c string.words.2.2\n"),
    io:format("~p~n", [catch string:words("", 233)]).

c149() ->
    io:put_chars("#c string.words.2.6\n"),
    io:format("~p~n", [catch string:words("abc", 97)]).

t149() ->
    io:put_chars("#t string.words.2.6\n"),
    try string:words("abc", 97) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c150() ->
    io:put_chars("#c string.words.2.10\n"),
    io:format("~p~n", [catch string:words(<<1:3>>, 128512)]).

c151() ->
    io:put_chars("#c string.words.2.14\n"),
    io:format("~p~n", [catch string:words(-1, 128512)]).

t151() ->
    io:put_chars("#t string.words.2.14\n"),
    try string:words(-1, 128512) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c152() ->
    io:put_chars("#c string.words.2.18\n"),
    io:format("~p~n", [catch string:words("", [-1])]).

c153() ->
    io:put_chars("#c proplists.append_values.2.2\n"),
    io:format("~p~n", [catch proplists:append_values(42, [a])]).

t153() ->
    io:put_chars("#t proplists.append_values.2.2\n"),
    try proplists:append_values(42, [a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c154() ->
    io:put_chars("#c proplists.append_values.2.6\n"),
    io:format("~p~n", [catch proplists:append_values([1,2], [a,42,[1,2]])]).

c155() ->
    io:put_chars("#c proplists.append_values.2.10\n"),
    io:format("~p~n", [catch proplists:append_values("\x{65e5}\x{672c}", [])]).

t155() ->
    io:put_chars("#t proplists.append_values.2.10\n"),
    try proplists:append_values("\x{65e5}\x{672c}", []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c156() ->
    io:put_chars("#c proplists.append_values.2.14\n"),
    io:format("~p~n", [catch proplists:append_values(100000000000000000000.0, [])]).

c157() ->
    io:put_chars("#c proplists.append_values.2.18\n"),
    io:format("~p~n", [catch proplists:append_values(42, 0)]).

t157() ->
    io:put_chars("#t proplists.append_values.2.18\n"),
    try proplists:append_values(42, 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c158() ->
    io:put_chars("#c proplists.compact.1.3\n"),
    io:format("~p~n", [catch proplists:compact([a,{a,1},'B c'])]).

c159() ->
    io:put_chars("#c proplists.compact.1.7\n"),
    io:format("~p~n", [catch proplists:compact(<<1:3>>)]).

t159() ->
    io:put_chars("#t proplists.compact.1.7\n"),
    try proplists:compact(<<1:3>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c160() ->
    io:put_chars("#c proplists.delete.2.3\n"),
    io:format("~p~n", [catch proplists:delete(42, [a,42,[1,2]])]).

c161() ->
    io:put_chars("#c proplists.delete.2.7\n"),
    io:format("~p~n", [catch proplists:delete(a, [])]).

t161() ->
    io:put_chars("#t proplists.delete.2.7\n"),
    try proplists:delete(a, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c162() ->
    io:put_chars("#c proplists.delete.2.11\n"),
    io:format("~p~n", [catch proplists:delete(#{a => 1}, [])]).

c163() ->
    io:put_chars("#c proplists.delete.2.15\n"),
    io:format("~p~n", [catch proplists:delete(42, '\x{e9}t\x{e9}')]).

t163() ->
    io:put_chars("#t proplists.delete.2.15\n"),
    try proplists:delete(42, '\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c164() ->
    io:put_chars("#c proplists.delete.2.19\n"),
    io:format("~p~n", [catch proplists:delete(42, <<1,2>>)]).

c165() ->
    io:put_chars("#c proplists.expand.2.3\n"),
    io:format("~p~n", [catch proplists:expand([], [a,42,[1,2]])]).

t165() ->
    io:put_chars("#t proplists.expand.2.3\n"),
    try proplists:expand([], [a,42,[1,2]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c166() ->
    io:put_chars("#c proplists.expand.2.7\n"),
    io:format("~p~n", [catch proplists:expand([{a,[a,42,[1,2]]}], [])]).

c167() ->
    io:put_chars("#c proplists.expand.2.11\n"),
    io:format("~p~n", [catch proplists:expand(<<1,2>>, [])]).

t167() ->
    io:put_chars("#t proplists.expand.2.11\n"),
    try proplists:expand(<<1,2>>, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c168() ->
    io:put_chars("#c proplists.expand.2.15\n"),
    io:format("~p~n", [catch proplists:expand([], "h\x{e9}llo")]).

c169() ->
    io:put_chars("#c proplists.expand.2.19\n"),
    io:format("~p~n", [catch proplists:expand([], '\x{e9}t\x{e9}')]).

t169() ->
    io:put_chars("#t proplists.expand.2.19\n"),
    try proplists:expand([], '\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c170() ->
    io:put_chars("#c proplists.from_map.1.3\n"),
    io:format("~p~n", [catch proplists:from_map(#{})]).

c171() ->
    io:put_chars("#c proplists.from_map.1.7\n"),
    io:format("~p~n", [catch proplists:from_map('\x{e9}t\x{e9}')]).

t171() ->
    io:put_chars("#t proplists.from_map.1.7\n"),
    try proplists:from_map('\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c172() ->
    io:put_chars("#c proplists.get_all_values.2.2\n"),
    io:format("~p~n", [catch proplists:get_all_values(42, [a])]).

c173() ->
    io:put_chars("#c proplists.get_all_values.2.6\n"),
    io:format("~p~n", [catch proplists:get_all_values([1,2], [a,42,[1,2]])]).

t173() ->
    io:put_chars("#t proplists.get_all_values.2.6\n"),
    try proplists:get_all_values([1,2], [a,42,[1,2]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c174() ->
    io:put_chars("#c proplists.get_all_values.2.10\n"),
    io:format("~p~n", [catch proplists:get_all_values([], [])]).

c175() ->
    io:put_chars("#c proplists.get_all_values.2.14\n"),
    io:format("~p~n", [catch proplists:get_all_values(fun(X) -> X end, [])]).

t175() ->
    io:put_chars("#t proplists.get_all_values.2.14\n"),
    try proplists:get_all_values(fun(X) -> X end, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c176() ->
    io:put_chars("#c proplists.get_all_values.2.18\n"),
    io:format("~p~n", [catch proplists:get_all_values(42, #{a => 1})]).

c177() ->
    io:put_chars("#c proplists.get_bool.2.2\n"),
    io:format("~p~n", [catch proplists:get_bool(42, [a])]).

t177() ->
    io:put_chars("#t proplists.get_bool.2.2\n"),
    try proplists:get_bool(42, [a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c178() ->
    io:put_chars("#c proplists.get_bool.2.6\n"),
    io:format("~p~n", [catch proplists:get_bool([1,2], [a,42,[1,2]])]).

c179() ->
    io:put_chars("#c proplists.get_bool.2.10\n"),
    io:format("~p~n", [catch proplists:get_bool(fun(X) -> X end, [])]).

t179() ->
    io:put_chars("#t proplists.get_bool.2.10\n"),
    try proplists:get_bool(fun(X) -> X end, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c180() ->
    io:put_chars("#c proplists.get_bool.2.14\n"),
    io:format("~p~n", [catch proplists:get_bool("h\x{e9}llo", [])]).

c181() ->
    io:put_chars("#c proplists.get_bool.2.18\n"),
    io:format("~p~n", [catch proplists:get_bool(42, fun(X) -> X end)]).

t181() ->
    io:put_chars("#t proplists.get_bool.2.18\n"),
    try proplists:get_bool(42, fun(X) -> X end) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c182() ->
    io:put_chars("#c proplists.get_keys.1.3\n"),
    io:format("~p~n", [catch proplists:get_keys([a,42,[1,2]])]).

c183() ->
    io:put_chars("#c proplists.get_keys.1.7\n"),
    io:format("~p~n", [catch proplists:get_keys("")]).

t183() ->
    io:put_chars("#t proplists.get_keys.1.7\n"),
    try proplists:get_keys("") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c184() ->
    io:put_chars("#c proplists.get_value.2.2\n"),
    io:format("~p~n", [catch proplists:get_value(42, [a])]).

c185() ->
    io:put_chars("#c proplists.get_value.2.6\n"),
    io:format("~p~n", [catch proplists:get_value([1,2], [a,42,[1,2]])]).

t185() ->
    io:put_chars("#t proplists.get_value.2.6\n"),
    try proplists:get_value([1,2], [a,42,[1,2]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c186() ->
    io:put_chars("#c proplists.get_value.2.10\n"),
    io:format("~p~n", [catch proplists:get_value([a|b], [])]).

c187() ->
    io:put_chars("#c proplists.get_value.2.14\n"),
    io:format("~p~n", [catch proplists:get_value([-1], [])]).

t187() ->
    io:put_chars("#t proplists.get_value.2.14\n"),
    try proplists:get_value([-1], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c188() ->
    io:put_chars("#c proplists.get_value.2.18\n"),
    io:format("~p~n", [catch proplists:get_value(42, #{a => 1})]).

c189() ->
    io:put_chars("#c proplists.get_value.3.2\n"),
    io:format("~p~n", [catch proplists:get_value(42, [a], 42)]).

t189() ->
    io:put_chars("#t proplists.get_value.3.2\n"),
    try proplists:get_value(42, [a], 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c190() ->
    io:put_chars("#c proplists.get_value.3.6\n"),
    io:format("~p~n", [catch proplists:get_value(a, [], 42)]).

c191() ->
    io:put_chars("#c proplists.get_value.3.10\n"),
    io:format("~p~n", [catch proplists:get_value([a|b], [], 42)]).

t191() ->
    io:put_chars("#t proplists.get_value.3.10\n"),
    try proplists:get_value([a|b], [], 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c192() ->
    io:put_chars("#c proplists.get_value.3.14\n"),
    io:format("~p~n", [catch proplists:get_value([-1], [], 42)]).

c193() ->
    io:put_chars("#c proplists.get_value.3.18\n"),
    io:format("~p~n", [catch proplists:get_value(42, #{a => 1}, 42)]).

t193() ->
    io:put_chars("#t proplists.get_value.3.18\n"),
    try proplists:get_value(42, #{a => 1}, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c194() ->
    io:put_chars("#c proplists.get_value.3.22\n"),
    io:format("~p~n", [catch proplists:get_value(42, [], [-1])]).

c195() ->
    io:put_chars("#c proplists.get_value.3.26\n"),
    io:format("~p~n", [catch proplists:get_value(42, [], {a,b})]).

t195() ->
    io:put_chars("#t proplists.get_value.3.26\n"),
    try proplists:get_value(42, [], {a,b}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c196() ->
    io:put_chars("#c proplists.is_defined.2.4\n"),
    io:format("~p~n", [catch proplists:is_defined([1,2], [])]).

c197() ->
    io:put_chars("#c proplists.is_defined.2.8\n"),
    io:format("~p~n", [catch proplists:is_defined(a, [a,42,[1,2]])]).

t197() ->
    io:put_chars("#t proplists.is_defined.2.8\n"),
    try proplists:is_defined(a, [a,42,[1,2]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c198() ->
    io:put_chars("#c proplists.is_defined.2.12\n"),
    io:format("~p~n", [catch proplists:is_defined([], [])]).

c199() ->
    io:put_chars("#c proplists.is_defined.2.16\n"),
    io:format("~p~n", [catch proplists:is_defined(42, x)]).

t199() ->
    io:put_chars("#t proplists.is_defined.2.16\n"),
    try proplists:is_defined(42, x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c200() ->
    io:put_chars("#c proplists.is_defined.2.20\n"),
    io:format("~p~n", [catch proplists:is_defined(42, "")]).


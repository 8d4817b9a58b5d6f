-module(dm_008).
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
    io:put_chars("#c binary.encode_unsigned.1.7\n"),
    io:format("~p~n", [catch binary:encode_unsigned('\x{e9}t\x{e9}')]).

t1() ->
    io:put_chars("#t binary.encode_unsigned.1.7\n"),
    try binary:encode_unsigned('\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c2() ->
    io:put_chars("#c binary.encode_unsigned.2.3\n"),
    io:format("~p~n", [catch binary:encode_unsigned(5, big)]).

c3() ->
    io:put_chars("#c binary.encode_unsigned.2.7\n"),
    io:format("~p~n", [catch binary:encode_unsigned({a,b}, big)]).

t3() ->
    io:put_chars("#t binary.encode_unsigned.2.7\n"),
    try binary:encode_unsigned({a,b}, big) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c4() ->
    io:put_chars("#c binary.encode_unsigned.2.11\n"),
    io:format("~p~n", [catch binary:encode_unsigned(0, x)]).

c5() ->
    io:put_chars("#c binary.encode_unsigned.2.15\n"),
    io:format("~p~n", [catch binary:encode_unsigned(0, "")]).

t5() ->
    io:put_chars("#t binary.encode_unsigned.2.15\n"),
    try binary:encode_unsigned(0, "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c6() ->
    io:put_chars("#c binary.first.1.3\n"),
    io:format("~p~n", [catch binary:first(<<>>)]).

c7() ->
    io:put_chars("#c binary.first.1.7\n"),
    io:format("~p~n", [catch binary:first('\x{e9}t\x{e9}')]).

t7() ->
    io:put_chars("#t binary.first.1.7\n"),
    try binary:first('\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c8() ->
    io:put_chars("#c binary.last.1.2\n"),
    io:format("~p~n", [catch binary:last(<<1,2,3>>)]).

c9() ->
    io:put_chars("#c binary.last.1.6\n"),
    io:format("~p~n", [catch binary:last([1,[2,<<3>>]])]).

t9() ->
    io:put_chars("#t binary.last.1.6\n"),
    try binary:last([1,[2,<<3>>]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c10() ->
    io:put_chars("#c binary.list_to_bin.1.1\n"),
    io:format("~p~n", [catch binary:list_to_bin(["ab",<<"cd">>,10])]).

c11() ->
    io:put_chars("#c binary.list_to_bin.1.5\n"),
    io:format("~p~n", [catch binary:list_to_bin(x)]).

t11() ->
    io:put_chars("#t binary.list_to_bin.1.5\n"),
    try binary:list_to_bin(x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c12() ->
    io:put_chars("#c binary.longest_common_prefix.1.1\n"),
    io:format("~p~n", [catch binary:longest_common_prefix([<<"abc">>])]).

c13() ->
    io:put_chars("#c binary.longest_common_prefix.1.5\n"),
    io:format("~p~n", [catch binary:longest_common_prefix(0)]).

t13() ->
    io:put_chars("#t binary.longest_common_prefix.1.5\n"),
    try binary:longest_common_prefix(0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c14() ->
    io:put_chars("#c binary.longest_common_suffix.1.1\n"),
    io:format("~p~n", [catch binary:longest_common_suffix([<<"abc">>])]).

c15() ->
    io:put_chars("#c binary.longest_common_suffix.1.5\n"),
    io:format("~p~n", [catch binary:longest_common_suffix(x)]).

t15() ->
    io:put_chars("#t binary.longest_common_suffix.1.5\n"),
    try binary:longest_common_suffix(x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c16() ->
    io:put_chars("#c binary.longest_common_suffix.1.9\n"),
    io:format("~p~n", [catch binary:longest_common_suffix("")]).

c17() ->
    io:put_chars("#c binary.match.2.4\n"),
    io:format("~p~n", [catch binary:match(<<1,2,3>>, <<"abc">>)]).

t17() ->
    io:put_chars("#t binary.match.2.4\n"),
    try binary:match(<<1,2,3>>, <<"abc">>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c18() ->
    io:put_chars("#c binary.match.2.8\n"),
    io:format("~p~n", [catch binary:match(<<>>, {am,a})]).

c19() ->
    io:put_chars("#c binary.match.2.12\n"),
    io:format("~p~n", [catch binary:match([-1], <<"abc">>)]).

t19() ->
    io:put_chars("#t binary.match.2.12\n"),
    try binary:match([-1], <<"abc">>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c20() ->
    io:put_chars("#c binary.match.2.16\n"),
    io:format("~p~n", [catch binary:match(<<"abc">>, <<1,2>>)]).

c21() ->
    io:put_chars("#c binary.match.2.20\n"),
    io:format("~p~n", [catch binary:match(<<"abc">>, [])]).

t21() ->
    io:put_chars("#t binary.match.2.20\n"),
    try binary:match(<<"abc">>, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c22() ->
    io:put_chars("#c binary.match.3.4\n"),
    io:format("~p~n", [catch binary:match(<<1,2,3>>, <<"abc">>, [{scope,{0,7}}])]).

c23() ->
    io:put_chars("#c binary.match.3.8\n"),
    io:format("~p~n", [catch binary:match(<<>>, {am,a}, [{scope,{0,7}}])]).

t23() ->
    io:put_chars("#t binary.match.3.8\n"),
    try binary:match(<<>>, {am,a}, [{scope,{0,7}}]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c24() ->
    io:put_chars("#c binary.match.3.12\n"),
    io:format("~p~n", [catch binary:match([-1], <<"abc">>, [])]).

c25() ->
    io:put_chars("#c binary.match.3.16\n"),
    io:format("~p~n", [catch binary:match(<<"abc">>, <<1,2>>, [])]).

t25() ->
    io:put_chars("#t binary.match.3.16\n"),
    try binary:match(<<"abc">>, <<1,2>>, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c26() ->
    io:put_chars("#c binary.match.3.20\n"),
    io:format("~p~n", [catch binary:match(<<"abc">>, [], [])]).

c27() ->
    io:put_chars("#c binary.match.3.24\n"),
    io:format("~p~n", [catch binary:match(<<"abc">>, <<"abc">>, "")]).

t27() ->
    io:put_chars("#t binary.match.3.24\n"),
    try binary:match(<<"abc">>, <<"abc">>, "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c28() ->
    io:put_chars("#c binary.matches.2.2\n"),
    io:format("~p~n", [catch binary:matches(<<"abc">>, [<<"abc">>,<<>>,<<1,2,3>>])]).

c29() ->
    io:put_chars("#c binary.matches.2.6\n"),
    io:format("~p~n", [catch binary:matches(<<1,2,3>>, {am,a})]).

t29() ->
    io:put_chars("#t binary.matches.2.6\n"),
    try binary:matches(<<1,2,3>>, {am,a}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c30() ->
    io:put_chars("#c binary.matches.2.10\n"),
    io:format("~p~n", [catch binary:matches({a,b}, <<"abc">>)]).

c31() ->
    io:put_chars("#c binary.matches.2.14\n"),
    io:format("~p~n", [catch binary:matches(1180591620717411303424, <<"abc">>)]).

t31() ->
    io:put_chars("#t binary.matches.2.14\n"),
    try binary:matches(1180591620717411303424, <<"abc">>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c32() ->
    io:put_chars("#c binary.matches.2.18\n"),
    io:format("~p~n", [catch binary:matches(<<"abc">>, [a|b])]).

c33() ->
    io:put_chars("#c binary.matches.3.2\n"),
    io:format("~p~n", [catch binary:matches(<<"abc">>, [<<"abc">>,<<>>,<<1,2,3>>], [])]).

t33() ->
    io:put_chars("#t binary.matches.3.2\n"),
    try binary:matches(<<"abc">>, [<<"abc">>,<<>>,<<1,2,3>>], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c34() ->
    io:put_chars("#c binary.matches.3.6\n"),
    io:format("~p~n", [catch binary:matches(<<>>, <<"abc">>, [])]).

c35() ->
    io:put_chars("#c binary.matches.3.10\n"),
    io:format("~p~n", [catch binary:matches({a,b}, <<"abc">>, [])]).

t35() ->
    io:put_chars("#t binary.matches.3.10\n"),
    try binary:matches({a,b}, <<"abc">>, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c36() ->
    io:put_chars("#c binary.matches.3.14\n"),
    io:format("~p~n", [catch binary:matches(1180591620717411303424, <<"abc">>, [])]).

c37() ->
    io:put_chars("#c binary.matches.3.18\n"),
    io:format("~p~n", [catch binary:matches(<<"abc">>, [a|b], [])]).

t37() ->
    io:put_chars("#t binary.matches.3.18\n"),
    try binary:matches(<<"abc">>, [a|b], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c38() ->
    io:put_chars("#c binary.matches.3.22\n"),
    io:format("~p~n", [catch binary:matches(<<"abc">>, <<"abc">>, x)]).

c39() ->
    io:put_chars("#c binary.matches.3.26\n"),
    io:format("~p~n", [catch binary:matches(<<"abc">>, <<"abc">>, "")]).

t39() ->
    io:put_chars("#t binary.matches.3.26\n"),
    try binary:matches(<<"abc">>, <<"abc">>, "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c40() ->
    io:put_chars("#c binary.part.2.4\n"),
    io:format("~p~n", [catch binary:part("\x{65e5}\x{672c}", {0,7})]).

c41() ->
    io:put_chars("#c binary.part.2.8\n"),
    io:format("~p~n", [catch binary:part(100000000000000000000.0, {0,7})]).

t41() ->
    io:put_chars("#t binary.part.2.8\n"),
    try binary:part(100000000000000000000.0, {0,7}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c42() ->
    io:put_chars("#c binary.part.2.12\n"),
    io:format("~p~n", [catch binary:part(<<"abc">>, <<"h\x{e9}llo"/utf8>>)]).

c43() ->
    io:put_chars("#c binary.part.3.1\n"),
    io:format("~p~n", [catch binary:part(<<"abc">>, 0, -3)]).

t43() ->
    io:put_chars("#t binary.part.3.1\n"),
    try binary:part(<<"abc">>, 0, -3) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c44() ->
    io:put_chars("#c binary.part.3.5\n"),
    io:format("~p~n", [catch binary:part(<<1,2,3>>, 5, -3)]).

c45() ->
    io:put_chars("#c binary.part.3.9\n"),
    io:format("~p~n", [catch binary:part("\x{65e5}\x{672c}", 0, -3)]).

t45() ->
    io:put_chars("#t binary.part.3.9\n"),
    try binary:part("\x{65e5}\x{672c}", 0, -3) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c46() ->
    io:put_chars("#c binary.part.3.13\n"),
    io:format("~p~n", [catch binary:part(100000000000000000000.0, 0, -3)]).

c47() ->
    io:put_chars("#c binary.part.3.17\n"),
    io:format("~p~n", [catch binary:part(<<"abc">>, <<"h\x{e9}llo"/utf8>>, -3)]).

t47() ->
    io:put_chars("#t binary.part.3.17\n"),
    try binary:part(<<"abc">>, <<"h\x{e9}llo"/utf8>>, -3) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c48() ->
    io:put_chars("#c binary.part.3.21\n"),
    io:format("~p~n", [catch binary:part(<<"abc">>, 0, [1,[2,<<3>>]])]).

c49() ->
    io:put_chars("#c binary.part.3.25\n"),
    io:format("~p~n", [catch binary:part(<<"abc">>, 0, "\x{65e5}\x{672c}")]).

t49() ->
    io:put_chars("#t binary.part.3.25\n"),
    try binary:part(<<"abc">>, 0, "\x{65e5}\x{672c}") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c50() ->
    io:put_chars("#c binary.referenced_byte_size.1.3\n"),
    io:format("~p~n", [catch binary:referenced_byte_size(<<>>)]).

c51() ->
    io:put_chars("#c binary.referenced_byte_size.1.7\n"),
    io:format("~p~n", [catch binary:referenced_byte_size(<<"h\x{e9}llo"/utf8>>)]).

t51() ->
    io:put_chars("#t binary.referenced_byte_size.1.7\n"),
    try binary:referenced_byte_size(<<"h\x{e9}llo"/utf8>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c52() ->
    io:put_chars("#c binary.replace.3.2\n"),
    io:format("~p~n", [catch binary:replace(<<"abc">>, [<<"abc">>,<<>>,<<1,2,3>>], <<"abc">>)]).

c53() ->
    io:put_chars("#c binary.replace.3.6\n"),
    io:format("~p~n", [catch binary:replace(<<>>, <<"abc">>, <<"abc">>)]).

t53() ->
    io:put_chars("#t binary.replace.3.6\n"),
    try binary:replace(<<>>, <<"abc">>, <<"abc">>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c54() ->
    io:put_chars("#c binary.replace.3.10\n"),
    io:format("~p~n", [catch binary:replace(<<1,2>>, <<"abc">>, <<"abc">>)]).

c55() ->
    io:put_chars("#c binary.replace.3.14\n"),
    io:format("~p~n", [catch binary:replace([], <<"abc">>, <<"abc">>)]).

t55() ->
    io:put_chars("#t binary.replace.3.14\n"),
    try binary:replace([], <<"abc">>, <<"abc">>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c56() ->
    io:put_chars("#c binary.replace.3.18\n"),
    io:format("~p~n", [catch binary:replace(<<"abc">>, {a,b}, <<"abc">>)]).

c57() ->
    io:put_chars("#c binary.replace.3.22\n"),
    io:format("~p~n", [catch binary:replace(<<"abc">>, <<"abc">>, 100000000000000000000.0)]).

t57() ->
    io:put_chars("#t binary.replace.3.22\n"),
    try binary:replace(<<"abc">>, <<"abc">>, 100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c58() ->
    io:put_chars("#c binary.replace.3.26\n"),
    io:format("~p~n", [catch binary:replace(<<"abc">>, <<"abc">>, <<1:3>>)]).

c59() ->
    io:put_chars("#c binary.replace.4.4\n"),
    io:format("~p~n", [catch binary:replace(<<"abc">>, [<<"abc">>,<<>>,<<1,2,3>>], <<>>, [global])]).

t59() ->
    io:put_chars("#t binary.replace.4.4\n"),
    try binary:replace(<<"abc">>, [<<"abc">>,<<>>,<<1,2,3>>], <<>>, [global]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c60() ->
    io:put_chars("#c binary.replace.4.8\n"),
    io:format("~p~n", [catch binary:replace(<<>>, [<<"abc">>,<<>>,<<1,2,3>>], <<>>, [global,{scope,{a,a}},{insert_replaced,0}])]).

c61() ->
    io:put_chars("#c binary.replace.4.12\n"),
    io:format("~p~n", [catch binary:replace(0, <<"abc">>, <<"abc">>, [])]).

t61() ->
    io:put_chars("#t binary.replace.4.12\n"),
    try binary:replace(0, <<"abc">>, <<"abc">>, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c62() ->
    io:put_chars("#c binary.replace.4.16\n"),
    io:format("~p~n", [catch binary:replace(<<"abc">>, "h\x{e9}llo", <<"abc">>, [])]).

c63() ->
    io:put_chars("#c binary.replace.4.20\n"),
    io:format("~p~n", [catch binary:replace(<<"abc">>, '\x{e9}t\x{e9}', <<"abc">>, [])]).

t63() ->
    io:put_chars("#t binary.replace.4.20\n"),
    try binary:replace(<<"abc">>, '\x{e9}t\x{e9}', <<"abc">>, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c64() ->
    io:put_chars("#c binary.replace.4.24\n"),
    io:format("~p~n", [catch binary:replace(<<"abc">>, <<"abc">>, -1.5, [])]).

c65() ->
    io:put_chars("#c binary.replace.4.28\n"),
    io:format("~p~n", [catch binary:replace(<<"abc">>, <<"abc">>, <<"abc">>, "")]).

t65() ->
    io:put_chars("#t binary.replace.4.28\n"),
    try binary:replace(<<"abc">>, <<"abc">>, <<"abc">>, "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c66() ->
    io:put_chars("#c binary.replace.4.32\n"),
    io:format("~p~n", [catch binary:replace(<<"abc">>, <<"abc">>, <<"abc">>, #{a => 1})]).

c67() ->
    io:put_chars("#c binary.split.2.4\n"),
    io:format("~p~n", [catch binary:split(<<1,2,3>>, <<"abc">>)]).

t67() ->
    io:put_chars("#t binary.split.2.4\n"),
    try binary:split(<<1,2,3>>, <<"abc">>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c68() ->
    io:put_chars("#c binary.split.2.8\n"),
    io:format("~p~n", [catch binary:split(<<>>, {am,a})]).

c69() ->
    io:put_chars("#c binary.split.2.12\n"),
    io:format("~p~n", [catch binary:split(100000000000000000000.0, <<"abc">>)]).

t69() ->
    io:put_chars("#t binary.split.2.12\n"),
    try binary:split(100000000000000000000.0, <<"abc">>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c70() ->
    io:put_chars("#c binary.split.2.16\n"),
    io:format("~p~n", [catch binary:split(<<"abc">>, '\x{e9}t\x{e9}')]).

c71() ->
    io:put_chars("#c binary.split.2.20\n"),
    io:format("~p~n", [catch binary:split(<<"abc">>, <<1,2>>)]).

t71() ->
    io:put_chars("#t binary.split.2.20\n"),
    try binary:split(<<"abc">>, <<1,2>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c72() ->
    io:put_chars("#c binary.split.3.4\n"),
    io:format("~p~n", [catch binary:split(<<1,2,3>>, <<"abc">>, [{scope,{a,a}},trim,global])]).

c73() ->
    io:put_chars("#c binary.split.3.8\n"),
    io:format("~p~n", [catch binary:split(<<>>, {am,a}, [{scope,{a,a}},trim,global])]).

t73() ->
    io:put_chars("#t binary.split.3.8\n"),
    try binary:split(<<>>, {am,a}, [{scope,{a,a}},trim,global]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c74() ->
    io:put_chars("#c binary.split.3.12\n"),
    io:format("~p~n", [catch binary:split(100000000000000000000.0, <<"abc">>, [])]).

c75() ->
    io:put_chars("#c binary.split.3.16\n"),
    io:format("~p~n", [catch binary:split(<<"abc">>, '\x{e9}t\x{e9}', [])]).

t75() ->
    io:put_chars("#t binary.split.3.16\n"),
    try binary:split(<<"abc">>, '\x{e9}t\x{e9}', []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c76() ->
    io:put_chars("#c binary.split.3.20\n"),
    io:format("~p~n", [catch binary:split(<<"abc">>, <<1,2>>, [])]).

c77() ->
    io:put_chars("#c binary.split.3.24\n"),
    io:format("~p~n", [catch binary:split(<<"abc">>, <<"abc">>, <<"h\x{e9}llo"/utf8>>)]).

t77() ->
    io:put_chars("#t binary.split.3.24\n"),
    try binary:split(<<"abc">>, <<"abc">>, <<"h\x{e9}llo"/utf8>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c78() ->
    io:put_chars("#c unicode.bom_to_encoding.1.2\n"),
    io:format("~p~n", [catch unicode:bom_to_encoding(<<1,2,3>>)]).

c79() ->
    io:put_chars("#c unicode.bom_to_encoding.1.6\n"),
    io:format("~p~n", [catch unicode:bom_to_encoding(x)]).

t79() ->
    io:put_chars("#t unicode.bom_to_encoding.1.6\n"),
    try unicode:bom_to_encoding(x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c80() ->
    io:put_chars("#c unicode.characters_to_binary.1.1\n"),
    io:format("~p~n", [catch unicode:characters_to_binary(<<"abc">>)]).

c81() ->
    io:put_chars("#c unicode.characters_to_binary.1.5\n"),
    io:format("~p~n", [catch unicode:characters_to_binary(#{a => 1})]).

t81() ->
    io:put_chars("#t unicode.characters_to_binary.1.5\n"),
    try unicode:characters_to_binary(#{a => 1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c82() ->
    io:put_chars("#c unicode.characters_to_binary.1.9\n"),
    io:format("~p~n", [catch unicode:characters_to_binary(-1.5)]).

c83() ->
    io:put_chars("#c unicode.characters_to_binary.2.4\n"),
    io:format("~p~n", [catch unicode:characters_to_binary([a], latin1)]).

t83() ->
    io:put_chars("#t unicode.characters_to_binary.2.4\n"),
    try unicode:characters_to_binary([a], latin1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c84() ->
    io:put_chars("#c unicode.characters_to_binary.2.8\n"),
    io:format("~p~n", [catch unicode:characters_to_binary([a], utf8)]).

c85() ->
    io:put_chars("#c unicode.characters_to_binary.2.12\n"),
    io:format("~p~n", [catch unicode:characters_to_binary(100000000000000000000.0, latin1)]).

t85() ->
    io:put_chars("#t unicode.characters_to_binary.2.12\n"),
    try unicode:characters_to_binary(100000000000000000000.0, latin1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c86() ->
    io:put_chars("#c unicode.characters_to_binary.2.16\n"),
    io:format("~p~n", [catch unicode:characters_to_binary(<<"abc">>, {a,b})]).

c87() ->
    io:put_chars("#c unicode.characters_to_binary.2.20\n"),
    io:format("~p~n", [catch unicode:characters_to_binary(<<"abc">>, 1180591620717411303424)]).

t87() ->
    io:put_chars("#t unicode.characters_to_binary.2.20\n"),
    try unicode:characters_to_binary(<<"abc">>, 1180591620717411303424) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c88() ->
    io:put_chars("#c unicode.characters_to_binary.3.4\n"),
    io:format("~p~n", [catch unicode:characters_to_binary([a], latin1, utf8)]).

c89() ->
    io:put_chars("#c unicode.characters_to_binary.3.8\n"),
    io:format("~p~n", [catch unicode:characters_to_binary([a], utf8, utf8)]).

t89() ->
    io:put_chars("#t unicode.characters_to_binary.3.8\n"),
    try unicode:characters_to_binary([a], utf8, utf8) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c90() ->
    io:put_chars("#c unicode.characters_to_binary.3.12\n"),
    io:format("~p~n", [catch unicode:characters_to_binary(100000000000000000000.0, latin1, latin1)]).

c91() ->
    io:put_chars("#c unicode.characters_to_binary.3.16\n"),
    io:format("~p~n", [catch unicode:characters_to_binary(<<"abc">>, {a,b}, latin1)]).

t91() ->
    io:put_chars("#t unicode.characters_to_binary.3.16\n"),
    try unicode:characters_to_binary(<<"abc">>, {a,b}, latin1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c92() ->
    io:put_chars("#c unicode.characters_to_binary.3.20\n"),
    io:format("~p~n", [catch unicode:characters_to_binary(<<"abc">>, 1180591620717411303424, latin1)]).

c93() ->
    io:put_chars("#c unicode.characters_to_binary.3.24\n"),
    io:format("~p~n", [catch unicode:characters_to_binary(<<"abc">>, latin1, -1.5)]).

t93() ->
    io:put_chars("#t unicode.characters_to_binary.3.24\n"),
    try unicode:characters_to_binary(<<"abc">>, latin1, -1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c94() ->
    io:put_chars("#c unicode.characters_to_list.1.2\n"),
    io:format("~p~n", [catch unicode:characters_to_list([a])]).

c95() ->
    io:put_chars("#c unicode.characters_to_list.1.6\n"),
    io:format("~p~n", [catch unicode:characters_to_list(x)]).

t95() ->
    io:put_chars("#t unicode.characters_to_list.1.6\n"),
    try unicode:characters_to_list(x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c96() ->
    io:put_chars("#c unicode.characters_to_list.2.1\n"),
    io:format("~p~n", [catch unicode:characters_to_list(<<"abc">>, latin1)]).

c97() ->
    io:put_chars("#c unicode.characters_to_list.2.5\n"),
    io:format("~p~n", [catch unicode:characters_to_list([a], unicode)]).

t97() ->
    io:put_chars("#t unicode.characters_to_list.2.5\n"),
    try unicode:characters_to_list([a], unicode) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c98() ->
    io:put_chars("#c unicode.characters_to_list.2.9\n"),
    io:format("~p~n", [catch unicode:characters_to_list(-1, latin1)]).

c99() ->
    io:put_chars("#c unicode.characters_to_list.2.13\n"),
    io:format("~p~n", [catch unicode:characters_to_list([1,[2,<<3>>]], latin1)]).

t99() ->
    io:put_chars("#t unicode.characters_to_list.2.13\n"),
    try unicode:characters_to_list([1,[2,<<3>>]], latin1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c100() ->
    io:put_chars("#c unicode.characters_to_list.2.17\n"),
    io:format("~p~n", [catch unicode:characters_to_list(<<"abc">>, [-1])]).

c101() ->
    io:put_chars("#c unicode.characters_to_nfc_binary.1.1\n"),
    io:format("~p~n", [catch unicode:characters_to_nfc_binary(<<"abc">>)]).

t101() ->
    io:put_chars("#t unicode.characters_to_nfc_binary.1.1\n"),
    try unicode:characters_to_nfc_binary(<<"abc">>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c102() ->
    io:put_chars("#c unicode.characters_to_nfc_binary.1.5\n"),
    io:format("~p~n", [catch unicode:characters_to_nfc_binary("h\x{e9}llo")]).

c103() ->
    io:put_chars("#c unicode.characters_to_nfc_binary.1.9\n"),
    io:format("~p~n", [catch unicode:characters_to_nfc_binary('\x{e9}t\x{e9}')]).

t103() ->
    io:put_chars("#t unicode.characters_to_nfc_binary.1.9\n"),
    try unicode:characters_to_nfc_binary('\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c104() ->
    io:put_chars("#c unicode.characters_to_nfc_list.1.4\n"),
    io:format("~p~n", [catch unicode:characters_to_nfc_list('\x{e9}t\x{e9}')]).

c105() ->
    io:put_chars("#c unicode.characters_to_nfc_list.1.8\n"),
    io:format("~p~n", [catch unicode:characters_to_nfc_list(<<1,2>>)]).

t105() ->
    io:put_chars("#t unicode.characters_to_nfc_list.1.8\n"),
    try unicode:characters_to_nfc_list(<<1,2>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c106() ->
    io:put_chars("#c unicode.characters_to_nfd_binary.1.3\n"),
    io:format("~p~n", [catch unicode:characters_to_nfd_binary([a])]).

c107() ->
    io:put_chars("#c unicode.characters_to_nfd_binary.1.7\n"),
    io:format("~p~n", [catch unicode:characters_to_nfd_binary(fun(X) -> X end)]).

t107() ->
    io:put_chars("#t unicode.characters_to_nfd_binary.1.7\n"),
    try unicode:characters_to_nfd_binary(fun(X) -> X end) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c108() ->
    io:put_chars("#c unicode.characters_to_nfd_list.1.2\n"),
    io:format("~p~n", [catch unicode:characters_to_nfd_list([a])]).

c109() ->
    io:put_chars("#c unicode.characters_to_nfd_list.1.6\n"),
    io:format("~p~n", [catch unicode:characters_to_nfd_list(100000000000000000000.0)]).

t109() ->
    io:put_chars("#t unicode.characters_to_nfd_list.1.6\n"),
    try unicode:characters_to_nfd_list(100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c110() ->
    io:put_chars("#c unicode.characters_to_nfkc_binary.1.1\n"),
    io:format("~p~n", [catch unicode:characters_to_nfkc_binary(<<"abc">>)]).

c111() ->
    io:put_chars("#c unicode.characters_to_nfkc_binary.1.5\n"),
    io:format("~p~n", [catch unicode:characters_to_nfkc_binary(0)]).

t111() ->
    io:put_chars("#t unicode.characters_to_nfkc_binary.1.5\n"),
    try unicode:characters_to_nfkc_binary(0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c112() ->
    io:put_chars("#c unicode.characters_to_nfkc_binary.1.9\n"),
    io:format("~p~n", [catch unicode:characters_to_nfkc_binary([a|b])]).

c113() ->
    io:put_chars("#c unicode.characters_to_nfkc_list.1.4\n"),
    io:format("~p~n", [catch unicode:characters_to_nfkc_list(-1)]).

t113() ->
    io:put_chars("#t unicode.characters_to_nfkc_list.1.4\n"),
    try unicode:characters_to_nfkc_list(-1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c114() ->
    io:put_chars("#c unicode.characters_to_nfkc_list.1.8\n"),
    io:format("~p~n", [catch unicode:characters_to_nfkc_list([1,[2,<<3>>]])]).

c115() ->
    io:put_chars("#c unicode.characters_to_nfkd_binary.1.3\n"),
    io:format("~p~n", [catch unicode:characters_to_nfkd_binary([a])]).

t115() ->
    io:put_chars("#t unicode.characters_to_nfkd_binary.1.3\n"),
    try unicode:characters_to_nfkd_binary([a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c116() ->
    io:put_chars("#c unicode.characters_to_nfkd_binary.1.7\n"),
    io:format("~p~n", [catch unicode:characters_to_nfkd_binary(<<1,2>>)]).

c117() ->
    io:put_chars("#c unicode.characters_to_nfkd_list.1.2\n"),
    io:format("~p~n", [catch unicode:characters_to_nfkd_list([a])]).

t117() ->
    io:put_chars("#t unicode.characters_to_nfkd_list.1.2\n"),
    try unicode:characters_to_nfkd_list([a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c118() ->
    io:put_chars("#c unicode.characters_to_nfkd_list.1.6\n"),
    io:format("~p~n", [catch unicode:characters_to_nfkd_list(-1.5)]).

c119() ->
    io:put_chars("#c unicode.encoding_to_bom.1.1\n"),
    io:format("~p~n", [catch unicode:encoding_to_bom(latin1)]).

t119() ->
    io:put_chars("#t unicode.encoding_to_bom.1.1\n"),
    try unicode:encoding_to_bom(latin1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c120() ->
    io:put_chars("#c unicode.encoding_to_bom.1.5\n"),
    io:format("~p~n", [catch unicode:encoding_to_bom(#{a => 1})]).

c121() ->
    io:put_chars("#c unicode.encoding_to_bom.1.9\n"),
    io:format("~p~n", [catch unicode:encoding_to_bom(-1.5)]).

t121() ->
    io:put_chars("#t unicode.encoding_to_bom.1.9\n"),
    try unicode:encoding_to_bom(-1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c122() ->
    io:put_chars("#c unicode.module_info.1.3\n"),
    io:format("~p~n", [catch unicode:module_info(a)]).

c123() ->
    io:put_chars("#c unicode.module_info.1.7\n"),
    io:format("~p~n", [catch unicode:module_info(-1.5)]).

t123() ->
    io:put_chars("#t unicode.module_info.1.7\n"),
    try unicode:module_info(-1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c124() ->
    io:put_chars("#c ets.delete.1.2\n"),
    io:format("~p~n", [catch ets:delete(42)]).

c125() ->
    io:put_chars("#c ets.delete.1.6\n"),
    io:format("~p~n", [catch ets:delete([])]).

t125() ->
    io:put_chars("#t ets.delete.1.6\n"),
    try ets:delete([]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c126() ->
    io:put_chars("#c ets.delete.2.1\n"),
    io:format("~p~n", [catch ets:delete('B c', 42)]).

c127() ->
    io:put_chars("#c ets.delete.2.5\n"),
    io:format("~p~n", [catch ets:delete(42, [1,2])]).

t127() ->
    io:put_chars("#t ets.delete.2.5\n"),
    try ets:delete(42, [1,2]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c128() ->
    io:put_chars("#c ets.delete.2.9\n"),
    io:format("~p~n", [catch ets:delete(0, 42)]).

c129() ->
    io:put_chars("#c ets.delete.2.13\n"),
    io:format("~p~n", [catch ets:delete([a|b], 42)]).

t129() ->
    io:put_chars("#t ets.delete.2.13\n"),
    try ets:delete([a|b], 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c130() ->
    io:put_chars("#c ets.delete.2.17\n"),
    io:format("~p~n", [catch ets:delete('B c', [])]).

c131() ->
    io:put_chars("#c ets.delete_all_objects.1.1\n"),
    io:format("~p~n", [catch ets:delete_all_objects('B c')]).

t131() ->
    io:put_chars("#t ets.delete_all_objects.1.1\n"),
    try ets:delete_all_objects('B c') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c132() ->
    io:put_chars("#c ets.delete_all_objects.1.5\n"),
    io:format("~p~n", [catch ets:delete_all_objects([a|b])]).

c133() ->
    io:put_chars("#c ets.delete_all_objects.1.9\n"),
    io:format("~p~n", [catch ets:delete_all_objects([-1])]).

t133() ->
    io:put_chars("#t ets.delete_all_objects.1.9\n"),
    try ets:delete_all_objects([-1]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c134() ->
    io:put_chars("#c ets.delete_object.2.4\n"),
    io:format("~p~n", [catch ets:delete_object(42, {})]).

c135() ->
    io:put_chars("#c ets.delete_object.2.8\n"),
    io:format("~p~n", [catch ets:delete_object(#{a => 1}, {a,1})]).

t135() ->
    io:put_chars("#t ets.delete_object.2.8\n"),
    try ets:delete_object(#{a => 1}, {a,1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c136() ->
    io:put_chars("#c ets.delete_object.2.12\n"),
    io:format("~p~n", [catch ets:delete_object(-1.5, {a,1})]).

c137() ->
    io:put_chars("#c ets.delete_object.2.16\n"),
    io:format("~p~n", [catch ets:delete_object('B c', x)]).

t137() ->
    io:put_chars("#t ets.delete_object.2.16\n"),
    try ets:delete_object('B c', x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c138() ->
    io:put_chars("#c ets.first.1.2\n"),
    io:format("~p~n", [catch ets:first(42)]).

c139() ->
    io:put_chars("#c ets.first.1.6\n"),
    io:format("~p~n", [catch ets:first(#{a => 1})]).

t139() ->
    io:put_chars("#t ets.first.1.6\n"),
    try ets:first(#{a => 1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c140() ->
    io:put_chars("#c ets.foldl.3.1\n"),
    io:format("~p~n", [catch ets:foldl(fun(X, Y) -> [X|Y] end, 42, 'B c')]).

c141() ->
    io:put_chars("#c ets.foldl.3.5\n"),
    io:format("~p~n", [catch ets:foldl(fun(X, _Y) -> X + 1 end, 42, 'B c')]).

t141() ->
    io:put_chars("#t ets.foldl.3.5\n"),
    try ets:foldl(fun(X, _Y) -> X + 1 end, 42, 'B c') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c142() ->
    io:put_chars("#c ets.foldl.3.9\n"),
    io:format("~p~n", [catch ets:foldl(#{a => 1}, 42, 'B c')]).

c143() ->
    io:put_chars("#c ets.foldl.3.13\n"),
    io:format("~p~n", [catch ets:foldl(-1.5, 42, 'B c')]).

t143() ->
    io:put_chars("#t ets.foldl.3.13\n"),
    try ets:foldl(-1.5, 42, 'B c') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c144() ->
    io:put_chars("#c ets.foldl.3.17\n"),
    io:format("~p~n", [catch ets:foldl(fun(X, Y) -> [X|Y] end, [], 'B c')]).

c145() ->
    io:put_chars("#c ets.foldl.3.21\n"),
    io:format("~p~n", [catch ets:foldl(fun(X, Y) -> [X|Y] end, 42, #{a => 1})]).

t145() ->
    io:put_chars("#t ets.foldl.3.21\n"),
    try ets:foldl(fun(X, Y) -> [X|Y] end, 42, #{a => 1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c146() ->
    io:put_chars("#c ets.foldl.3.25\n"),
    io:format("~p~n", [catch ets:foldl(fun(X, Y) -> [X|Y] end, 42, -1.5)]).

c147() ->
    io:put_chars("#c ets.foldr.3.3\n"),
    io:format("~p~n", [catch ets:foldr(fun(X, Y) -> [X|Y] end, [1,2], 42)]).

t147() ->
    io:put_chars("#t ets.foldr.3.3\n"),
    try ets:foldr(fun(X, Y) -> [X|Y] end, [1,2], 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c148() ->
    io:put_chars("#c ets.foldr.3.7\n"),
    io:format("~p~n", [catch ets:foldr(fun(X, _Y) -> X + 1 end, [1,2], a)]).

c149() ->
    io:put_chars("#c ets.foldr.3.11\n"),
    io:format("~p~n", [catch ets:foldr(-1.5, 42, 'B c')]).

t149() ->
    io:put_chars("#t ets.foldr.3.11\n"),
    try ets:foldr(-1.5, 42, 'B c') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c150() ->
    io:put_chars("#c ets.foldr.3.15\n"),
    io:format("~p~n", [catch ets:foldr(fun(X, Y) -> [X|Y] end, 0, 'B c')]).

c151() ->
    io:put_chars("#c ets.foldr.3.19\n"),
    io:format("~p~n", [catch ets:foldr(fun(X, Y) -> [X|Y] end, [a|b], 'B c')]).

t151() ->
    io:put_chars("#t ets.foldr.3.19\n"),
    try ets:foldr(fun(X, Y) -> [X|Y] end, [a|b], 'B c') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c152() ->
    io:put_chars("#c ets.foldr.3.23\n"),
    io:format("~p~n", [catch ets:foldr(fun(X, Y) -> [X|Y] end, 42, <<1:3>>)]).

c153() ->
    io:put_chars("#c ets.info.1.1\n"),
    io:format("~p~n", [catch ets:info('B c')]).

t153() ->
    io:put_chars("#t ets.info.1.1\n"),
    try ets:info('B c') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c154() ->
    io:put_chars("#c ets.info.1.5\n"),
    io:format("~p~n", [catch ets:info(<<1:3>>)]).

c155() ->
    io:put_chars("#c ets.info.1.9\n"),
    io:format("~p~n", [catch ets:info(-1)]).

t155() ->
    io:put_chars("#t ets.info.1.9\n"),
    try ets:info(-1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c156() ->
    io:put_chars("#c ets.info.2.4\n"),
    io:format("~p~n", [catch ets:info(42, binary)]).

c157() ->
    io:put_chars("#c ets.info.2.8\n"),
    io:format("~p~n", [catch ets:info(a, decentralized_counters)]).

t157() ->
    io:put_chars("#t ets.info.2.8\n"),
    try ets:info(a, decentralized_counters) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c158() ->
    io:put_chars("#c ets.info.2.12\n"),
    io:format("~p~n", [catch ets:info(<<"h\x{e9}llo"/utf8>>, binary)]).

c159() ->
    io:put_chars("#c ets.info.2.16\n"),
    io:format("~p~n", [catch ets:info('B c', "")]).

t159() ->
    io:put_chars("#t ets.info.2.16\n"),
    try ets:info('B c', "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c160() ->
    io:put_chars("#c ets.info.2.20\n"),
    io:format("~p~n", [catch ets:info('B c', #{a => 1})]).

c161() ->
    io:put_chars("#c ets.insert.2.4\n"),
    io:format("~p~n", [catch ets:insert(42, [{a,1},{}])]).

t161() ->
    io:put_chars("#t ets.insert.2.4\n"),
    try ets:insert(42, [{a,1},{}]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c162() ->
    io:put_chars("#c ets.insert.2.8\n"),
    io:format("~p~n", [catch ets:insert(a, {})]).

c163() ->
    io:put_chars("#c ets.insert.2.12\n"),
    io:format("~p~n", [catch ets:insert([1,[2,<<3>>]], [{a,1},{}])]).

t163() ->
    io:put_chars("#t ets.insert.2.12\n"),
    try ets:insert([1,[2,<<3>>]], [{a,1},{}]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c164() ->
    io:put_chars("#c ets.insert.2.16\n"),
    io:format("~p~n", [catch ets:insert('B c', 100000000000000000000.0)]).

c165() ->
    io:put_chars("#c ets.insert.2.20\n"),
    io:format("~p~n", [catch ets:insert('B c', <<1:3>>)]).

t165() ->
    io:put_chars("#t ets.insert.2.20\n"),
    try ets:insert('B c', <<1:3>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c166() ->
    io:put_chars("#c ets.insert_new.2.4\n"),
    io:format("~p~n", [catch ets:insert_new(42, [{a,1},{}])]).

c167() ->
    io:put_chars("#c ets.insert_new.2.8\n"),
    io:format("~p~n", [catch ets:insert_new(a, {})]).

t167() ->
    io:put_chars("#t ets.insert_new.2.8\n"),
    try ets:insert_new(a, {}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c168() ->
    io:put_chars("#c ets.insert_new.2.12\n"),
    io:format("~p~n", [catch ets:insert_new(100000000000000000000.0, [{a,1},{}])]).

c169() ->
    io:put_chars("#c ets.insert_new.2.16\n"),
    io:format("~p~n", [catch ets:insert_new('B c', 0)]).

t169() ->
    io:put_chars("#t ets.insert_new.2.16\n"),
    try ets:insert_new('B c', 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c170() ->
    io:put_chars("#c ets.insert_new.2.20\n"),
    io:format("~p~n", [catch ets:insert_new('B c', [a|b])]).

c171() ->
    io:put_chars("#c ets.is_compiled_ms.1.4\n"),
    io:format("~p~n", [catch ets:is_compiled_ms([1,[2,<<3>>]])]).

t171() ->
    io:put_chars("#t ets.is_compiled_ms.1.4\n"),
    try ets:is_compiled_ms([1,[2,<<3>>]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c172() ->
    io:put_chars("#c ets.is_compiled_ms.1.8\n"),
    io:format("~p~n", [catch ets:is_compiled_ms("\x{65e5}\x{672c}")]).

c173() ->
    io:put_chars("#c ets.last.1.3\n"),
    io:format("~p~n", [catch ets:last(a)]).

t173() ->
    io:put_chars("#t ets.last.1.3\n"),
    try ets:last(a) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c174() ->
    io:put_chars("#c ets.last.1.7\n"),
    io:format("~p~n", [catch ets:last([1,[2,<<3>>]])]).

c175() ->
    io:put_chars("#c ets.lookup.2.2\n"),
    io:format("~p~n", [catch ets:lookup('B c', [1,2])]).

t175() ->
    io:put_chars("#t ets.lookup.2.2\n"),
    try ets:lookup('B c', [1,2]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c176() ->
    io:put_chars("#c ets.lookup.2.6\n"),
    io:format("~p~n", [catch ets:lookup(42, a)]).

c177() ->
    io:put_chars("#c ets.lookup.2.10\n"),
    io:format("~p~n", [catch ets:lookup('\x{e9}t\x{e9}', 42)]).

t177() ->
    io:put_chars("#t ets.lookup.2.10\n"),
    try ets:lookup('\x{e9}t\x{e9}', 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c178() ->
    io:put_chars("#c ets.lookup.2.14\n"),
    io:format("~p~n", [catch ets:lookup(<<1,2>>, 42)]).

c179() ->
    io:put_chars("#c ets.lookup.2.18\n"),
    io:format("~p~n", [catch ets:lookup('B c', {a,b})]).

t179() ->
    io:put_chars("#t ets.lookup.2.18\n"),
    try ets:lookup('B c', {a,b}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c180() ->
    io:put_chars("#c ets.lookup_element.3.2\n"),
    io:format("~p~n", [catch ets:lookup_element('B c', [1,2], 1)]).

c181() ->
    io:put_chars("#c ets.lookup_element.3.6\n"),
    io:format("~p~n", [catch ets:lookup_element(a, 42, 1)]).

t181() ->
    io:put_chars("#t ets.lookup_element.3.6\n"),
    try ets:lookup_element(a, 42, 1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c182() ->
    io:put_chars("#c ets.lookup_element.3.10\n"),
    io:format("~p~n", [catch ets:lookup_element("h\x{e9}llo", 42, 1)]).

c183() ->
    io:put_chars("#c ets.lookup_element.3.14\n"),
    io:format("~p~n", [catch ets:lookup_element('\x{e9}t\x{e9}', 42, 1)]).

t183() ->
    io:put_chars("#t ets.lookup_element.3.14\n"),
    try ets:lookup_element('\x{e9}t\x{e9}', 42, 1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c184() ->
    io:put_chars("#c ets.lookup_element.3.18\n"),
    io:format("~p~n", [catch ets:lookup_element('B c', 100000000000000000000.0, 1)]).

c185() ->
    io:put_chars("#c ets.lookup_element.3.22\n"),
    io:format("~p~n", [catch ets:lookup_element('B c', 42, 0)]).

t185() ->
    io:put_chars("#t ets.lookup_element.3.22\n"),
    try ets:lookup_element('B c', 42, 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c186() ->
    io:put_chars("#c ets.lookup_element.3.26\n"),
    io:format("~p~n", [catch ets:lookup_element('B c', 42, [a|b])]).

c187() ->
    io:put_chars("#c ets.match.1.4\n"),
    io:format("~p~n", [catch ets:match(-1)]).

t187() ->
    io:put_chars("#t ets.match.1.4\n"),
    try ets:match(-1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c188() ->
    io:put_chars("#c ets.match.1.8\n"),
    io:format("~p~n", [catch ets:match([1,[2,<<3>>]])]).

c189() ->
    io:put_chars("#c ets.match.2.3\n"),
    io:format("~p~n", [catch ets:match('B c', {a,1})]).

t189() ->
    io:put_chars("#t ets.match.2.3\n"),
    try ets:match('B c', {a,1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c190() ->
    io:put_chars("#c ets.match.2.7\n"),
    io:format("~p~n", [catch ets:match(a, 'B c')]).

c191() ->
    io:put_chars("#c ets.match.2.11\n"),
    io:format("~p~n", [catch ets:match(x, 'B c')]).

t191() ->
    io:put_chars("#t ets.match.2.11\n"),
    try ets:match(x, 'B c') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c192() ->
    io:put_chars("#c ets.match.2.15\n"),
    io:format("~p~n", [catch ets:match('B c', "\x{65e5}\x{672c}")]).

c193() ->
    io:put_chars("#c ets.match.2.19\n"),
    io:format("~p~n", [catch ets:match('B c', 100000000000000000000.0)]).

t193() ->
    io:put_chars("#t ets.match.2.19\n"),
    try ets:match('B c', 100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c194() ->
    io:put_chars("#c ets.match.3.3\n"),
    io:format("~p~n", [catch ets:match('B c', {a,1}, 1)]).

c195() ->
    io:put_chars("#c ets.match.3.7\n"),
    io:format("~p~n", [catch ets:match(a, a, 1)]).

t195() ->
    io:put_chars("#t ets.match.3.7\n"),
    try ets:match(a, a, 1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c196() ->
    io:put_chars("#c ets.match.3.11\n"),
    io:format("~p~n", [catch ets:match(x, 'B c', 1)]).

c197() ->
    io:put_chars("#c ets.match.3.15\n"),
    io:format("~p~n", [catch ets:match('B c', "\x{65e5}\x{672c}", 1)]).

t197() ->
    io:put_chars("#t ets.match.3.15\n"),
    try ets:match('B c', "\x{65e5}\x{672c}", 1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c198() ->
    io:put_chars("#c ets.match.3.19\n"),
    io:format("~p~n", [catch ets:match('B c', 100000000000000000000.0, 1)]).

c199() ->
    io:put_chars("#c ets.match.3.23\n"),
    io:format("~p~n", [catch ets:match('B c', 'B c', [a|b])]).

t199() ->
    io:put_chars("#t ets.match.3.23\n"),
    try ets:match('B c', 'B c', [a|b]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c200() ->
    io:put_chars("#c ets.match_delete.2.1\n"),
    io:format("~p~n", [catch ets:match_delete('B c', 'B c')]).


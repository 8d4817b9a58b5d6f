-module(dm_005).
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
    io:put_chars("#c maps.update.3.4\n"),
    io:format("~p~n", [catch maps:update([1,2], 42, #{})]).

t1() ->
    io:put_chars("#t maps.update.3.4\n"),
    try maps:update([1,2], 42, #{}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c2() ->
    io:put_chars("#c maps.update.3.8\n"),
    io:format("~p~n", [catch maps:update(a, a, #{})]).

c3() ->
    io:put_chars("#c maps.update.3.12\n"),
    io:format("~p~n", [catch maps:update(100000000000000000000.0, 42, #{a => a})]).

t3() ->
    io:put_chars("#t maps.update.3.12\n"),
    try maps:update(100000000000000000000.0, 42, #{a => a}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c4() ->
    io:put_chars("#c maps.update.3.16\n"),
    io:format("~p~n", [catch maps:update(42, fun(X) -> X end, #{a => a})]).

c5() ->
    io:put_chars("#c maps.update.3.20\n"),
    io:format("~p~n", [catch maps:update(42, "h\x{e9}llo", #{a => a})]).

t5() ->
    io:put_chars("#t maps.update.3.20\n"),
    try maps:update(42, "h\x{e9}llo", #{a => a}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c6() ->
    io:put_chars("#c maps.update.3.24\n"),
    io:format("~p~n", [catch maps:update(42, 42, fun(X) -> X end)]).

c7() ->
    io:put_chars("#c maps.update_with.3.2\n"),
    io:format("~p~n", [catch maps:update_with(42, fun(X) -> {X} end, #{})]).

t7() ->
    io:put_chars("#t maps.update_with.3.2\n"),
    try maps:update_with(42, fun(X) -> {X} end, #{}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c8() ->
    io:put_chars("#c maps.update_with.3.6\n"),
    io:format("~p~n", [catch maps:update_with(a, fun(X) -> {X} end, #{a => a})]).

c9() ->
    io:put_chars("#c maps.update_with.3.10\n"),
    io:format("~p~n", [catch maps:update_with("", fun(X) -> {X} end, #{a => a})]).

t9() ->
    io:put_chars("#t maps.update_with.3.10\n"),
    try maps:update_with("", fun(X) -> {X} end, #{a => a}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c10() ->
    io:put_chars("#c maps.update_with.3.14\n"),
    io:format("~p~n", [catch maps:update_with(#{a => 1}, fun(X) -> {X} end, #{a => a})]).

c11() ->
    io:put_chars("#c maps.update_with.3.18\n"),
    io:format("~p~n", [catch maps:update_with(42, <<"h\x{e9}llo"/utf8>>, #{a => a})]).

t11() ->
    io:put_chars("#t maps.update_with.3.18\n"),
    try maps:update_with(42, <<"h\x{e9}llo"/utf8>>, #{a => a}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c12() ->
    io:put_chars("#c maps.update_with.3.22\n"),
    io:format("~p~n", [catch maps:update_with(42, fun(X) -> {X} end, -1)]).

c13() ->
    io:put_chars("#c maps.update_with.3.26\n"),
    io:format("~p~n", [catch maps:update_with(42, fun(X) -> {X} end, [1,[2,<<3>>]])]).

t13() ->
    io:put_chars("#t maps.update_with.3.26\n"),
    try maps:update_with(42, fun(X) -> {X} end, [1,[2,<<3>>]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c14() ->
    io:put_chars("#c maps.update_with.4.4\n"),
    io:format("~p~n", [catch maps:update_with(42, fun(X) -> X + 1 end, a, #{{x,y} => {x,y}})]).

c15() ->
    io:put_chars("#c maps.update_with.4.8\n"),
    io:format("~p~n", [catch maps:update_with(a, fun(X) -> X + 1 end, a, #{})]).

t15() ->
    io:put_chars("#t maps.update_with.4.8\n"),
    try maps:update_with(a, fun(X) -> X + 1 end, a, #{}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c16() ->
    io:put_chars("#c maps.update_with.4.12\n"),
    io:format("~p~n", [catch maps:update_with("\x{65e5}\x{672c}", fun(X) -> {X} end, 42, #{a => a})]).

c17() ->
    io:put_chars("#c maps.update_with.4.16\n"),
    io:format("~p~n", [catch maps:update_with(42, <<1:3>>, 42, #{a => a})]).

t17() ->
    io:put_chars("#t maps.update_with.4.16\n"),
    try maps:update_with(42, <<1:3>>, 42, #{a => a}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c18() ->
    io:put_chars("#c maps.update_with.4.20\n"),
    io:format("~p~n", [catch maps:update_with(42, -1, 42, #{a => a})]).

c19() ->
    io:put_chars("#c maps.update_with.4.24\n"),
    io:format("~p~n", [catch maps:update_with(42, fun(X) -> {X} end, x, #{a => a})]).

t19() ->
    io:put_chars("#t maps.update_with.4.24\n"),
    try maps:update_with(42, fun(X) -> {X} end, x, #{a => a}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c20() ->
    io:put_chars("#c maps.update_with.4.28\n"),
    io:format("~p~n", [catch maps:update_with(42, fun(X) -> {X} end, 42, "h\x{e9}llo")]).

c21() ->
    io:put_chars("#c maps.update_with.4.32\n"),
    io:format("~p~n", [catch maps:update_with(42, fun(X) -> {X} end, 42, '\x{e9}t\x{e9}')]).

t21() ->
    io:put_chars("#t maps.update_with.4.32\n"),
    try maps:update_with(42, fun(X) -> {X} end, 42, '\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c22() ->
    io:put_chars("#c maps.values.1.4\n"),
    io:format("~p~n", [catch maps:values(<<"h\x{e9}llo"/utf8>>)]).

c23() ->
    io:put_chars("#c maps.values.1.8\n"),
    io:format("~p~n", [catch maps:values(x)]).

t23() ->
    io:put_chars("#t maps.values.1.8\n"),
    try maps:values(x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c24() ->
    io:put_chars("#c maps.with.2.3\n"),
    io:format("~p~n", [catch maps:with([], #{})]).

c25() ->
    io:put_chars("#c maps.with.2.7\n"),
    io:format("~p~n", [catch maps:with([a,42,[1,2]], #{a => a})]).

t25() ->
    io:put_chars("#t maps.with.2.7\n"),
    try maps:with([a,42,[1,2]], #{a => a}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c26() ->
    io:put_chars("#c maps.with.2.11\n"),
    io:format("~p~n", [catch maps:with([a|b], #{a => a})]).

c27() ->
    io:put_chars("#c maps.with.2.15\n"),
    io:format("~p~n", [catch maps:with([], 1180591620717411303424)]).

t27() ->
    io:put_chars("#t maps.with.2.15\n"),
    try maps:with([], 1180591620717411303424) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c28() ->
    io:put_chars("#c maps.with.2.19\n"),
    io:format("~p~n", [catch maps:with([], 0)]).

c29() ->
    io:put_chars("#c maps.without.2.4\n"),
    io:format("~p~n", [catch maps:without([a], #{})]).

t29() ->
    io:put_chars("#t maps.without.2.4\n"),
    try maps:without([a], #{}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c30() ->
    io:put_chars("#c maps.without.2.8\n"),
    io:format("~p~n", [catch maps:without([a|b], #{a => 1,b => 2})]).

c31() ->
    io:put_chars("#c maps.without.2.12\n"),
    io:format("~p~n", [catch maps:without([-1], #{a => 1,b => 2})]).

t31() ->
    io:put_chars("#t maps.without.2.12\n"),
    try maps:without([-1], #{a => 1,b => 2}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c32() ->
    io:put_chars("#c maps.without.2.16\n"),
    io:format("~p~n", [catch maps:without([], [1,[2,<<3>>]])]).

c33() ->
    io:put_chars("#c string.casefold.1.2\n"),
    io:format("~p~n", [catch string:casefold([a])]).

t33() ->
    io:put_chars("#t string.casefold.1.2\n"),
    try string:casefold([a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c34() ->
    io:put_chars("#c string.casefold.1.6\n"),
    io:format("~p~n", [catch string:casefold(<<1:3>>)]).

c35() ->
    io:put_chars("#c string.centre.2.1\n"),
    io:format("~p~n", [catch string:centre("", 0)]).

t35() ->
    io:put_chars("#t string.centre.2.1\n"),
    try string:centre("", 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c36() ->
    io:put_chars("#c string.centre.2.5\n"),
    io:format("~p~n", [catch string:centre("h\x{e9}llo w", 0)]).

c37() ->
    io:put_chars("#c string.centre.2.9\n"),
    io:format("~p~n", [catch string:centre(<<1:3>>, 0)]).

t37() ->
    io:put_chars("#t string.centre.2.9\n"),
    try string:centre(<<1:3>>, 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c38() ->
    io:put_chars("#c string.centre.2.13\n"),
    io:format("~p~n", [catch string:centre("", x)]).

c39() ->
    io:put_chars("#c string.centre.2.17\n"),
    io:format("~p~n", [catch string:centre("", "")]).

t39() ->
    io:put_chars("#t string.centre.2.17\n"),
    try string:centre("", "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c40() ->
    io:put_chars("#c string.centre.3.4\n"),
    io:format("~p~n", [catch string:centre("abc", 0, 233)]).

c41() ->
    io:put_chars("#c string.centre.3.8\n"),
    io:format("~p~n", [catch string:centre("h\x{e9}llo w", 5, 97)]).

t41() ->
    io:put_chars("#t string.centre.3.8\n"),
    try string:centre("h\x{e9}llo w", 5, 97) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c42() ->
    io:put_chars("#c string.centre.3.12\n"),
    io:format("~p~n", [catch string:centre(fun(X) -> X end, 0, 128512)]).

c43() ->
    io:put_chars("#c string.centre.3.16\n"),
    io:format("~p~n", [catch string:centre("", {a,b}, 128512)]).

t43() ->
    io:put_chars("#t string.centre.3.16\n"),
    try string:centre("", {a,b}, 128512) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c44() ->
    io:put_chars("#c string.centre.3.21\n"),
    io:format("~p~n", [catch string:centre("", 0, fun(X) -> X end)]).

c45() ->
    io:put_chars("#c string.centre.3.25\n"),
    io:format("~p~n", [catch string:centre("", 0, "h\x{e9}llo")]).

t45() ->
    io:put_chars("#t string.centre.3.25\n"),
    try string:centre("", 0, "h\x{e9}llo") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c46() ->
    io:put_chars("#c string.chars.2.3\n"),
    io:format("~p~n", [catch string:chars(233, 0)]).

c47() ->
    io:put_chars("#c string.chars.2.7\n"),
    io:format("~p~n", [catch string:chars([], 0)]).

t47() ->
    io:put_chars("#t string.chars.2.7\n"),
    try string:chars([], 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c48() ->
    io:put_chars("#c string.chars.2.11\n"),
    io:format("~p~n", [catch string:chars(fun(X) -> X end, 0)]).

c49() ->
    io:put_chars("#c string.chars.2.16\n"),
    io:format("~p~n", [catch string:chars(128512, #{a => 1})]).

t49() ->
    io:put_chars("#t string.chars.2.16\n"),
    try string:chars(128512, #{a => 1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c50() ->
    io:put_chars("#c string.chars.3.4\n"),
    io:format("~p~n", [catch string:chars(233, 0, "abc")]).

c51() ->
    io:put_chars("#c string.chars.3.8\n"),
    io:format("~p~n", [catch string:chars(97, 5, "h\x{e9}llo w")]).

t51() ->
    io:put_chars("#t string.chars.3.8\n"),
    try string:chars(97, 5, "h\x{e9}llo w") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c52() ->
    io:put_chars("#c string.chars.3.12\n"),
    io:format("~p~n", [catch string:chars(<<1:3>>, 0, "")]).

c53() ->
    io:put_chars("#c string.chars.3.17\n"),
    io:format("~p~n", [catch string:chars(128512, <<1,2>>, "")]).

t53() ->
    io:put_chars("#t string.chars.3.17\n"),
    try string:chars(128512, <<1,2>>, "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c54() ->
    io:put_chars("#c string.chars.3.22\n"),
    io:format("~p~n", [catch string:chars(128512, 0, [-1])]).

c55() ->
    io:put_chars("#c string.chomp.1.1\n"),
    io:format("~p~n", [catch string:chomp(<<"abc">>)]).

t55() ->
    io:put_chars("#t string.chomp.1.1\n"),
    try string:chomp(<<"abc">>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c56() ->
    io:put_chars("#c string.chomp.1.5\n"),
    io:format("~p~n", [catch string:chomp(<<"h\x{e9}llo"/utf8>>)]).

c57() ->
    io:put_chars("#c string.chomp.1.9\n"),
    io:format("~p~n", [catch string:chomp(x)]).

t57() ->
    io:put_chars("#t string.chomp.1.9\n"),
    try string:chomp(x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c58() ->
    io:put_chars("#c string.chr.2.4\n"),
    io:format("~p~n", [catch string:chr("abc", 128512)]).

c59() ->
    io:put_chars("#c string.chr.2.8\n"),
    io:format("~p~n", [catch string:chr("h\x{e9}llo w", 97)]).

t59() ->
    io:put_chars("#t string.chr.2.8\n"),
    try string:chr("h\x{e9}llo w", 97) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c60() ->
    io:put_chars("#c string.chr.2.12\n"),
    io:format("~p~n", [catch string:chr([-1], 128512)]).

c61() ->
    io:put_chars("#c string.chr.2.16\n"),
    io:format("~p~n", [catch string:chr("", [-1])]).

t61() ->
    io:put_chars("#t string.chr.2.16\n"),
    try string:chr("", [-1]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c62() ->
    io:put_chars("#c string.chr.2.20\n"),
    io:format("~p~n", [catch string:chr("", {a,b})]).

c63() ->
    io:put_chars("#c string.concat.2.4\n"),
    io:format("~p~n", [catch string:concat("abc", "")]).

t63() ->
    io:put_chars("#t string.concat.2.4\n"),
    try string:concat("abc", "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c64() ->
    io:put_chars("#c string.concat.2.8\n"),
    io:format("~p~n", [catch string:concat("h\x{e9}llo w", "h\x{e9}llo w")]).

c65() ->
    io:put_chars("#c string.concat.2.12\n"),
    io:format("~p~n", [catch string:concat([1,[2,<<3>>]], "")]).

t65() ->
    io:put_chars("#t string.concat.2.12\n"),
    try string:concat([1,[2,<<3>>]], "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c66() ->
    io:put_chars("#c string.concat.2.16\n"),
    io:format("~p~n", [catch string:concat("", -1.5)]).

c67() ->
    io:put_chars("#c string.copies.2.1\n"),
    io:format("~p~n", [catch string:copies("", 0)]).

t67() ->
    io:put_chars("#t string.copies.2.1\n"),
    try string:copies("", 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c68() ->
    io:put_chars("#c string.copies.2.5\n"),
    io:format("~p~n", [catch string:copies("h\x{e9}llo w", 0)]).

c69() ->
    io:put_chars("#c string.copies.2.9\n"),
    io:format("~p~n", [catch string:copies(<<"h\x{e9}llo"/utf8>>, 0)]).

t69() ->
    io:put_chars("#t string.copies.2.9\n"),
    try string:copies(<<"h\x{e9}llo"/utf8>>, 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c70() ->
    io:put_chars("#c string.copies.2.13\n"),
    io:format("~p~n", [catch string:copies("", {a,b})]).

c71() ->
    io:put_chars("#c string.copies.2.18\n"),
    io:format("~p~n", [catch string:copies("", "\x{65e5}\x{672c}")]).

t71() ->
    io:put_chars("#t string.copies.2.18\n"),
    try string:copies("", "\x{65e5}\x{672c}") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c72() ->
    io:put_chars("#c string.cspan.2.4\n"),
    io:format("~p~n", [catch string:cspan("abc", "")]).

c73() ->
    io:put_chars("#c string.cspan.2.8\n"),
    io:format("~p~n", [catch string:cspan("h\x{e9}llo w", "h\x{e9}llo w")]).

t73() ->
    io:put_chars("#t string.cspan.2.8\n"),
    try string:cspan("h\x{e9}llo w", "h\x{e9}llo w") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c74() ->
    io:put_chars("#c string.cspan.2.12\n"),
    io:format("~p~n", [catch string:cspan(-1, "")]).

c75() ->
    io:put_chars("#c string.cspan.2.16\n"),
    io:format("~p~n", [catch string:cspan("", #{a => 1})]).

t75() ->
    io:put_chars("#t string.cspan.2.16\n"),
    try string:cspan("", #{a => 1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c76() ->
    io:put_chars("#c string.cspan.2.20\n"),
    io:format("~p~n", [catch string:cspan("", -1.5)]).

c77() ->
    io:put_chars("#c string.equal.2.4\n"),
    io:format("~p~n", [catch string:equal([a], <<"abc">>)]).

t77() ->
    io:put_chars("#t string.equal.2.4\n"),
    try string:equal([a], <<"abc">>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c78() ->
    io:put_chars("#c string.equal.2.8\n"),
    io:format("~p~n", [catch string:equal([a], [a])]).

c79() ->
    io:put_chars("#c string.equal.2.12\n"),
    io:format("~p~n", [catch string:equal(fun(X) -> X end, <<"abc">>)]).

t79() ->
    io:put_chars("#t string.equal.2.12\n"),
    try string:equal(fun(X) -> X end, <<"abc">>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c80() ->
    io:put_chars("#c string.equal.2.16\n"),
    io:format("~p~n", [catch string:equal(<<"abc">>, [-1])]).

c81() ->
    io:put_chars("#c string.equal.2.20\n"),
    io:format("~p~n", [catch string:equal(<<"abc">>, {a,b})]).

t81() ->
    io:put_chars("#t string.equal.2.20\n"),
    try string:equal(<<"abc">>, {a,b}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c82() ->
    io:put_chars("#c string.equal.3.4\n"),
    io:format("~p~n", [catch string:equal([a], <<"abc">>, true)]).

c83() ->
    io:put_chars("#c string.equal.3.8\n"),
    io:format("~p~n", [catch string:equal([a], [a], true)]).

t83() ->
    io:put_chars("#t string.equal.3.8\n"),
    try string:equal([a], [a], true) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c84() ->
    io:put_chars("#c string.equal.3.12\n"),
    io:format("~p~n", [catch string:equal(fun(X) -> X end, <<"abc">>, false)]).

c85() ->
    io:put_chars("#c string.equal.3.16\n"),
    io:format("~p~n", [catch string:equal(<<"abc">>, [-1], false)]).

t85() ->
    io:put_chars("#t string.equal.3.16\n"),
    try string:equal(<<"abc">>, [-1], false) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c86() ->
    io:put_chars("#c string.equal.3.20\n"),
    io:format("~p~n", [catch string:equal(<<"abc">>, {a,b}, false)]).

c87() ->
    io:put_chars("#c string.equal.3.24\n"),
    io:format("~p~n", [catch string:equal(<<"abc">>, <<"abc">>, -1.5)]).

t87() ->
    io:put_chars("#t string.equal.3.24\n"),
    try string:equal(<<"abc">>, <<"abc">>, -1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c88() ->
    io:put_chars("#c string.equal.4.2\n"),
    io:format("~p~n", [catch string:equal(<<"abc">>, <<"abc">>, true, none)]).

c89() ->
    io:put_chars("#c string.equal.4.6\n"),
    io:format("~p~n", [catch string:equal([a], <<"abc">>, true, none)]).

t89() ->
    io:put_chars("#t string.equal.4.6\n"),
    try string:equal([a], <<"abc">>, true, none) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c90() ->
    io:put_chars("#c string.equal.4.10\n"),
    io:format("~p~n", [catch string:equal([a|b], <<"abc">>, false, nfc)]).

c91() ->
    io:put_chars("#c string.equal.4.14\n"),
    io:format("~p~n", [catch string:equal([-1], <<"abc">>, false, nfc)]).

t91() ->
    io:put_chars("#t string.equal.4.14\n"),
    try string:equal([-1], <<"abc">>, false, nfc) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c92() ->
    io:put_chars("#c string.equal.4.18\n"),
    io:format("~p~n", [catch string:equal(<<"abc">>, "h\x{e9}llo", false, nfc)]).

c93() ->
    io:put_chars("#c string.equal.4.22\n"),
    io:format("~p~n", [catch string:equal(<<"abc">>, <<"abc">>, 100000000000000000000.0, nfc)]).

t93() ->
    io:put_chars("#t string.equal.4.22\n"),
    try string:equal(<<"abc">>, <<"abc">>, 100000000000000000000.0, nfc) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c94() ->
    io:put_chars("#c string.equal.4.26\n"),
    io:format("~p~n", [catch string:equal(<<"abc">>, <<"abc">>, <<1:3>>, nfc)]).

c95() ->
    io:put_chars("#c string.equal.4.30\n"),
    io:format("~p~n", [catch string:equal(<<"abc">>, <<"abc">>, false, fun(X) -> X end)]).

t95() ->
    io:put_chars("#t string.equal.4.30\n"),
    try string:equal(<<"abc">>, <<"abc">>, false, fun(X) -> X end) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c96() ->
    io:put_chars("#c string.find.2.2\n"),
    io:format("~p~n", [catch string:find(<<"abc">>, [a])]).

c97() ->
    io:put_chars("#c string.find.2.6\n"),
    io:format("~p~n", [catch string:find([a], [a])]).

t97() ->
    io:put_chars("#t string.find.2.6\n"),
    try string:find([a], [a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c98() ->
    io:put_chars("#c string.find.2.10\n"),
    io:format("~p~n", [catch string:find(<<"h\x{e9}llo"/utf8>>, <<"abc">>)]).

c99() ->
    io:put_chars("#c string.find.2.14\n"),
    io:format("~p~n", [catch string:find(x, <<"abc">>)]).

t99() ->
    io:put_chars("#t string.find.2.14\n"),
    try string:find(x, <<"abc">>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c100() ->
    io:put_chars("#c string.find.2.18\n"),
    io:format("~p~n", [catch string:find(<<"abc">>, '\x{e9}t\x{e9}')]).

c101() ->
    io:put_chars("#c string.find.3.2\n"),
    io:format("~p~n", [catch string:find(<<"abc">>, [a], leading)]).

t101() ->
    io:put_chars("#t string.find.3.2\n"),
    try string:find(<<"abc">>, [a], leading) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c102() ->
    io:put_chars("#c string.find.3.6\n"),
    io:format("~p~n", [catch string:find([a], <<"abc">>, leading)]).

c103() ->
    io:put_chars("#c string.find.3.10\n"),
    io:format("~p~n", [catch string:find(<<"h\x{e9}llo"/utf8>>, <<"abc">>, leading)]).

t103() ->
    io:put_chars("#t string.find.3.10\n"),
    try string:find(<<"h\x{e9}llo"/utf8>>, <<"abc">>, leading) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c104() ->
    io:put_chars("#c string.find.3.14\n"),
    io:format("~p~n", [catch string:find(x, <<"abc">>, leading)]).

c105() ->
    io:put_chars("#c string.find.3.18\n"),
    io:format("~p~n", [catch string:find(<<"abc">>, '\x{e9}t\x{e9}', leading)]).

t105() ->
    io:put_chars("#t string.find.3.18\n"),
    try string:find(<<"abc">>, '\x{e9}t\x{e9}', leading) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c106() ->
    io:put_chars("#c string.find.3.22\n"),
    io:format("~p~n", [catch string:find(<<"abc">>, <<"abc">>, {a,b})]).

c107() ->
    io:put_chars("#c string.find.3.26\n"),
    io:format("~p~n", [catch string:find(<<"abc">>, <<"abc">>, 1180591620717411303424)]).

t107() ->
    io:put_chars("#t string.find.3.26\n"),
    try string:find(<<"abc">>, <<"abc">>, 1180591620717411303424) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c108() ->
    io:put_chars("#c string.is_empty.1.4\n"),
    io:format("~p~n", [catch string:is_empty([-1])]).

c109() ->
    io:put_chars("#c string.is_empty.1.8\n"),
    io:format("~p~n", [catch string:is_empty({a,b})]).

t109() ->
    io:put_chars("#t string.is_empty.1.8\n"),
    try string:is_empty({a,b}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c110() ->
    io:put_chars("#c string.join.2.3\n"),
    io:format("~p~n", [catch string:join(["abc"], "h\x{e9}llo w")]).

c111() ->
    io:put_chars("#c string.join.2.7\n"),
    io:format("~p~n", [catch string:join(["abc","","h\x{e9}llo w"], "")]).

t111() ->
    io:put_chars("#t string.join.2.7\n"),
    try string:join(["abc","","h\x{e9}llo w"], "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c112() ->
    io:put_chars("#c string.join.2.11\n"),
    io:format("~p~n", [catch string:join(fun(X) -> X end, "")]).

c113() ->
    io:put_chars("#c string.join.2.15\n"),
    io:format("~p~n", [catch string:join(["abc"], <<1:3>>)]).

t113() ->
    io:put_chars("#t string.join.2.15\n"),
    try string:join(["abc"], <<1:3>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c114() ->
    io:put_chars("#c string.join.2.19\n"),
    io:format("~p~n", [catch string:join(["abc"], -1)]).

c115() ->
    io:put_chars("#c string.left.2.3\n"),
    io:format("~p~n", [catch string:left("abc", 0)]).

t115() ->
    io:put_chars("#t string.left.2.3\n"),
    try string:left("abc", 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c116() ->
    io:put_chars("#c string.left.2.7\n"),
    io:format("~p~n", [catch string:left([], 0)]).

c117() ->
    io:put_chars("#c string.left.2.11\n"),
    io:format("~p~n", [catch string:left(fun(X) -> X end, 0)]).

t117() ->
    io:put_chars("#t string.left.2.11\n"),
    try string:left(fun(X) -> X end, 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c118() ->
    io:put_chars("#c string.left.2.16\n"),
    io:format("~p~n", [catch string:left("", "\x{65e5}\x{672c}")]).

c119() ->
    io:put_chars("#c string.left.3.2\n"),
    io:format("~p~n", [catch string:left("", 0, 97)]).

t119() ->
    io:put_chars("#t string.left.3.2\n"),
    try string:left("", 0, 97) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c120() ->
    io:put_chars("#c string.left.3.6\n"),
    io:format("~p~n", [catch string:left("h\x{e9}llo w", 0, 128512)]).

c121() ->
    io:put_chars("#c string.left.3.10\n"),
    io:format("~p~n", [catch string:left(-1.5, 0, 128512)]).

t121() ->
    io:put_chars("#t string.left.3.10\n"),
    try string:left(-1.5, 0, 128512) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c122() ->
    io:put_chars("#c string.left.3.14\n"),
    io:format("~p~n", [catch string:left(<<"h\x{e9}llo"/utf8>>, 0, 128512)]).

c123() ->
    io:put_chars("#c string.left.3.19\n"),
    io:format("~p~n", [catch string:left("", <<1,2>>, 128512)]).

t123() ->
    io:put_chars("#t string.left.3.19\n"),
    try string:left("", <<1,2>>, 128512) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c124() ->
    io:put_chars("#c string.left.3.23\n"),
    io:format("~p~n", [catch string:left("", 0, [a|b])]).

c125() ->
    io:put_chars("#c string.len.1.1\n"),
    io:format("~p~n", [catch string:len("")]).

t125() ->
    io:put_chars("#t string.len.1.1\n"),
    try string:len("") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c126() ->
    io:put_chars("#c string.len.1.5\n"),
    io:format("~p~n", [catch string:len(#{a => 1})]).

c127() ->
    io:put_chars("#c string.len.1.9\n"),
    io:format("~p~n", [catch string:len(-1.5)]).

t127() ->
    io:put_chars("#t string.len.1.9\n"),
    try string:len(-1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c128() ->
    io:put_chars("#c string.length.1.4\n"),
    io:format("~p~n", [catch string:length(0)]).

c129() ->
    io:put_chars("#c string.length.1.8\n"),
    io:format("~p~n", [catch string:length([a|b])]).

t129() ->
    io:put_chars("#t string.length.1.8\n"),
    try string:length([a|b]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c130() ->
    io:put_chars("#c string.lexemes.2.3\n"),
    io:format("~p~n", [catch string:lexemes(<<"abc">>, [97,[97,233,128512],233])]).

c131() ->
    io:put_chars("#c string.lexemes.2.7\n"),
    io:format("~p~n", [catch string:lexemes([a], [97])]).

t131() ->
    io:put_chars("#t string.lexemes.2.7\n"),
    try string:lexemes([a], [97]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c132() ->
    io:put_chars("#c string.lexemes.2.11\n"),
    io:format("~p~n", [catch string:lexemes([a|b], [97])]).

c133() ->
    io:put_chars("#c string.lexemes.2.15\n"),
    io:format("~p~n", [catch string:lexemes(<<"abc">>, '\x{e9}t\x{e9}')]).

t133() ->
    io:put_chars("#t string.lexemes.2.15\n"),
    try string:lexemes(<<"abc">>, '\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c134() ->
    io:put_chars("#c string.lexemes.2.19\n"),
    io:format("~p~n", [catch string:lexemes(<<"abc">>, <<1,2>>)]).

c135() ->
    io:put_chars("#c string.list_to_float.1.3\n"),
    io:format("~p~n", [catch string:list_to_float("h\x{e9}llo w")]).

t135() ->
    io:put_chars("#t string.list_to_float.1.3\n"),
    try string:list_to_float("h\x{e9}llo w") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c136() ->
    io:put_chars("#c string.list_to_float.1.7\n"),
    io:format("~p~n", [catch string:list_to_float('\x{e9}t\x{e9}')]).

c137() ->
    io:put_chars("#c string.list_to_integer.1.3\n"),
    io:format("~p~n", [catch string:list_to_integer("h\x{e9}llo w")]).

t137() ->
    io:put_chars("#t string.list_to_integer.1.3\n"),
    try string:list_to_integer("h\x{e9}llo w") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c138() ->
    io:put_chars("#c string.list_to_integer.1.7\n"),
    io:format("~p~n", [catch string:list_to_integer(x)]).

c139() ->
    io:put_chars("#c string.lowercase.1.2\n"),
    io:format("~p~n", [catch string:lowercase([a])]).

t139() ->
    io:put_chars("#t string.lowercase.1.2\n"),
    try string:lowercase([a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c140() ->
    io:put_chars("#c string.lowercase.1.6\n"),
    io:format("~p~n", [catch string:lowercase(100000000000000000000.0)]).

c141() ->
    io:put_chars("#c string.next_codepoint.1.1\n"),
    io:format("~p~n", [catch string:next_codepoint(<<"abc">>)]).

t141() ->
    io:put_chars("#t string.next_codepoint.1.1\n"),
    try string:next_codepoint(<<"abc">>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c142() ->
    io:put_chars("#c string.next_codepoint.1.5\n"),
    io:format("~p~n", [catch string:next_codepoint(x)]).

c143() ->
    io:put_chars("#c string.next_codepoint.1.9\n"),
    io:format("~p~n", [catch string:next_codepoint("")]).

t143() ->
    io:put_chars("#t string.next_codepoint.1.9\n"),
    try string:next_codepoint("") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c144() ->
    io:put_chars("#c string.next_grapheme.1.4\n"),
    io:format("~p~n", [catch string:next_grapheme(0)]).

c145() ->
    io:put_chars("#c string.next_grapheme.1.8\n"),
    io:format("~p~n", [catch string:next_grapheme([a|b])]).

t145() ->
    io:put_chars("#t string.next_grapheme.1.8\n"),
    try string:next_grapheme([a|b]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c146() ->
    io:put_chars("#c string.nth_lexeme.3.3\n"),
    io:format("~p~n", [catch string:nth_lexeme(<<"abc">>, 5, [])]).

c147() ->
    io:put_chars("#c string.nth_lexeme.3.7\n"),
    io:format("~p~n", [catch string:nth_lexeme([a], 0, [97,[97,233,128512],233])]).

t147() ->
    io:put_chars("#t string.nth_lexeme.3.7\n"),
    try string:nth_lexeme([a], 0, [97,[97,233,128512],233]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c148() ->
    io:put_chars("#c string.nth_lexeme.3.11\n"),
    io:format("~p~n", [catch string:nth_lexeme([-1], 0, [97])]).

c149() ->
    io:put_chars("#c string.nth_lexeme.3.15\n"),
    io:format("~p~n", [catch string:nth_lexeme(<<"abc">>, 1180591620717411303424, [97])]).

t149() ->
    io:put_chars("#t string.nth_lexeme.3.15\n"),
    try string:nth_lexeme(<<"abc">>, 1180591620717411303424, [97]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c150() ->
    io:put_chars("#c string.nth_lexeme.3.19\n"),
    io:format("~p~n", [catch string:nth_lexeme(<<"abc">>, 100000000000000000000.0, [97])]).

c151() ->
    io:put_chars("#c string.nth_lexeme.3.23\n"),
    io:format("~p~n", [catch string:nth_lexeme(<<"abc">>, 0, -1.5)]).

t151() ->
    io:put_chars("#t string.nth_lexeme.3.23\n"),
    try string:nth_lexeme(<<"abc">>, 0, -1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c152() ->
    io:put_chars("#c string.pad.2.2\n"),
    io:format("~p~n", [catch string:pad(<<"abc">>, 0)]).

c153() ->
    io:put_chars("#c string.pad.2.6\n"),
    io:format("~p~n", [catch string:pad([a], 7)]).

t153() ->
    io:put_chars("#t string.pad.2.6\n"),
    try string:pad([a], 7) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c154() ->
    io:put_chars("#c string.pad.2.10\n"),
    io:format("~p~n", [catch string:pad("\x{65e5}\x{672c}", -3)]).

c155() ->
    io:put_chars("#c string.pad.2.14\n"),
    io:format("~p~n", [catch string:pad(100000000000000000000.0, -3)]).

t155() ->
    io:put_chars("#t string.pad.2.14\n"),
    try string:pad(100000000000000000000.0, -3) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c156() ->
    io:put_chars("#c string.pad.2.19\n"),
    io:format("~p~n", [catch string:pad(<<"abc">>, "\x{65e5}\x{672c}")]).

c157() ->
    io:put_chars("#c string.pad.3.3\n"),
    io:format("~p~n", [catch string:pad(<<"abc">>, 7, leading)]).

t157() ->
    io:put_chars("#t string.pad.3.3\n"),
    try string:pad(<<"abc">>, 7, leading) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c158() ->
    io:put_chars("#c string.pad.3.7\n"),
    io:format("~p~n", [catch string:pad([a], 0, leading)]).

c159() ->
    io:put_chars("#c string.pad.3.11\n"),
    io:format("~p~n", [catch string:pad(<<1,2>>, -3, both)]).

t159() ->
    io:put_chars("#t string.pad.3.11\n"),
    try string:pad(<<1,2>>, -3, both) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c160() ->
    io:put_chars("#c string.pad.3.15\n"),
    io:format("~p~n", [catch string:pad(<<"abc">>, [1,[2,<<3>>]], both)]).

c161() ->
    io:put_chars("#c string.pad.3.20\n"),
    io:format("~p~n", [catch string:pad(<<"abc">>, <<1,2>>, both)]).

t161() ->
    io:put_chars("#t string.pad.3.20\n"),
    try string:pad(<<"abc">>, <<1,2>>, both) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c162() ->
    io:put_chars("#c string.pad.3.24\n"),
    io:format("~p~n", [catch string:pad(<<"abc">>, -3, -1)]).

c163() ->
    io:put_chars("#c string.pad.4.2\n"),
    io:format("~p~n", [catch string:pad(<<"abc">>, 7, both, 97)]).

t163() ->
    io:put_chars("#t string.pad.4.2\n"),
    try string:pad(<<"abc">>, 7, both, 97) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c164() ->
    io:put_chars("#c string.pad.4.6\n"),
    io:format("~p~n", [catch string:pad([a], 0, leading, [97,233,128512])]).

c165() ->
    io:put_chars("#c string.pad.4.10\n"),
    io:format("~p~n", [catch string:pad("\x{65e5}\x{672c}", 0, both, 97)]).

t165() ->
    io:put_chars("#t string.pad.4.10\n"),
    try string:pad("\x{65e5}\x{672c}", 0, both, 97) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c166() ->
    io:put_chars("#c string.pad.4.14\n"),
    io:format("~p~n", [catch string:pad(100000000000000000000.0, 0, both, 97)]).

c167() ->
    io:put_chars("#c string.pad.4.19\n"),
    io:format("~p~n", [catch string:pad(<<"abc">>, "\x{65e5}\x{672c}", both, 97)]).

t167() ->
    io:put_chars("#t string.pad.4.19\n"),
    try string:pad(<<"abc">>, "\x{65e5}\x{672c}", both, 97) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c168() ->
    io:put_chars("#c string.pad.4.23\n"),
    io:format("~p~n", [catch string:pad(<<"abc">>, 0, [-1], 97)]).

c169() ->
    io:put_chars("#c string.pad.4.27\n"),
    io:format("~p~n", [catch string:pad(<<"abc">>, 0, both, [1,[2,<<3>>]])]).

t169() ->
    io:put_chars("#t string.pad.4.27\n"),
    try string:pad(<<"abc">>, 0, both, [1,[2,<<3>>]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c170() ->
    io:put_chars("#c string.pad.4.31\n"),
    io:format("~p~n", [catch string:pad(<<"abc">>, 0, both, "\x{65e5}\x{672c}")]).

c171() ->
    io:put_chars("#c string.prefix.2.3\n"),
    io:format("~p~n", [catch string:prefix(<<"abc">>, [a])]).

t171() ->
    io:put_chars("#t string.prefix.2.3\n"),
    try string:prefix(<<"abc">>, [a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c172() ->
    io:put_chars("#c string.prefix.2.7\n"),
    io:format("~p~n", [catch string:prefix([a], <<"abc">>)]).

c173() ->
    io:put_chars("#c string.prefix.2.11\n"),
    io:format("~p~n", [catch string:prefix(<<"h\x{e9}llo"/utf8>>, <<"abc">>)]).

t173() ->
    io:put_chars("#t string.prefix.2.11\n"),
    try string:prefix(<<"h\x{e9}llo"/utf8>>, <<"abc">>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c174() ->
    io:put_chars("#c string.prefix.2.15\n"),
    io:format("~p~n", [catch string:prefix(<<"abc">>, #{a => 1})]).

c175() ->
    io:put_chars("#c string.prefix.2.19\n"),
    io:format("~p~n", [catch string:prefix(<<"abc">>, -1.5)]).

t175() ->
    io:put_chars("#t string.prefix.2.19\n"),
    try string:prefix(<<"abc">>, -1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c176() ->
    io:put_chars("#c string.rchr.2.3\n"),
    io:format("~p~n", [catch string:rchr("", 97)]).

c177() ->
    io:put_chars("#c string.rchr.2.7\n"),
    io:format("~p~n", [catch string:rchr("h\x{e9}llo w", 128512)]).

t177() ->
    io:put_chars("#t string.rchr.2.7\n"),
    try string:rchr("h\x{e9}llo w", 128512) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c178() ->
    io:put_chars("#c string.rchr.2.11\n"),
    io:format("~p~n", [catch string:rchr({a,b}, 128512)]).

c179() ->
    io:put_chars("#c string.rchr.2.15\n"),
    io:format("~p~n", [catch string:rchr("", 100000000000000000000.0)]).

t179() ->
    io:put_chars("#t string.rchr.2.15\n"),
    try string:rchr("", 100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c180() ->
    io:put_chars("#c string.rchr.2.19\n"),
    io:format("~p~n", [catch string:rchr("", <<1:3>>)]).

c181() ->
    io:put_chars("#c string.replace.3.4\n"),
    io:format("~p~n", [catch string:replace([a], <<"abc">>, [a])]).

t181() ->
    io:put_chars("#t string.replace.3.4\n"),
    try string:replace([a], <<"abc">>, [a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c182() ->
    io:put_chars("#c string.replace.3.8\n"),
    io:format("~p~n", [catch string:replace([a], [a], [a])]).

c183() ->
    io:put_chars("#c string.replace.3.12\n"),
    io:format("~p~n", [catch string:replace(-1, <<"abc">>, <<"abc">>)]).

t183() ->
    io:put_chars("#t string.replace.3.12\n"),
    try string:replace(-1, <<"abc">>, <<"abc">>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c184() ->
    io:put_chars("#c string.replace.3.16\n"),
    io:format("~p~n", [catch string:replace(<<"abc">>, 100000000000000000000.0, <<"abc">>)]).

c185() ->
    io:put_chars("#c string.replace.3.20\n"),
    io:format("~p~n", [catch string:replace(<<"abc">>, <<1:3>>, <<"abc">>)]).

t185() ->
    io:put_chars("#t string.replace.3.20\n"),
    try string:replace(<<"abc">>, <<1:3>>, <<"abc">>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c186() ->
    io:put_chars("#c string.replace.3.24\n"),
    io:format("~p~n", [catch string:replace(<<"abc">>, <<"abc">>, [])]).

c187() ->
    io:put_chars("#c string.replace.4.2\n"),
    io:format("~p~n", [catch string:replace(<<"abc">>, [a], <<"abc">>, leading)]).

t187() ->
    io:put_chars("#t string.replace.4.2\n"),
    try string:replace(<<"abc">>, [a], <<"abc">>, leading) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c188() ->
    io:put_chars("#c string.replace.4.6\n"),
    io:format("~p~n", [catch string:replace([a], [a], [a], trailing)]).

c189() ->
    io:put_chars("#c string.replace.4.10\n"),
    io:format("~p~n", [catch string:replace(<<"h\x{e9}llo"/utf8>>, <<"abc">>, <<"abc">>, leading)]).

t189() ->
    io:put_chars("#t string.replace.4.10\n"),
    try string:replace(<<"h\x{e9}llo"/utf8>>, <<"abc">>, <<"abc">>, leading) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c190() ->
    io:put_chars("#c string.replace.4.14\n"),
    io:format("~p~n", [catch string:replace(x, <<"abc">>, <<"abc">>, leading)]).

c191() ->
    io:put_chars("#c string.replace.4.18\n"),
    io:format("~p~n", [catch string:replace(<<"abc">>, -1.5, <<"abc">>, leading)]).

t191() ->
    io:put_chars("#t string.replace.4.18\n"),
    try string:replace(<<"abc">>, -1.5, <<"abc">>, leading) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c192() ->
    io:put_chars("#c string.replace.4.22\n"),
    io:format("~p~n", [catch string:replace(<<"abc">>, <<"abc">>, 0, leading)]).

c193() ->
    io:put_chars("#c string.replace.4.26\n"),
    io:format("~p~n", [catch string:replace(<<"abc">>, <<"abc">>, [a|b], leading)]).

t193() ->
    io:put_chars("#t string.replace.4.26\n"),
    try string:replace(<<"abc">>, <<"abc">>, [a|b], leading) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c194() ->
    io:put_chars("#c string.replace.4.30\n"),
    io:format("~p~n", [catch string:replace(<<"abc">>, <<"abc">>, <<"abc">>, -1.5)]).

c195() ->
    io:put_chars("#c string.reverse.1.2\n"),
    io:format("~p~n", [catch string:reverse([a])]).

t195() ->
    io:put_chars("#t string.reverse.1.2\n"),
    try string:reverse([a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c196() ->
    io:put_chars("#c string.reverse.1.6\n"),
    io:format("~p~n", [catch string:reverse([1,[2,<<3>>]])]).

c197() ->
    io:put_chars("#c string.right.2.1\n"),
    io:format("~p~n", [catch string:right("", 0)]).

t197() ->
    io:put_chars("#t string.right.2.1\n"),
    try string:right("", 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c198() ->
    io:put_chars("#c string.right.2.5\n"),
    io:format("~p~n", [catch string:right("h\x{e9}llo w", 0)]).

c199() ->
    io:put_chars("#c string.right.2.9\n"),
    io:format("~p~n", [catch string:right(-1, 0)]).

t199() ->
    io:put_chars("#t string.right.2.9\n"),
    try string:right(-1, 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c200() ->
    io:put_chars("#c string.right.2.13\n"),
    io:format("~p~n", [catch string:right("", '\x{e9}t\x{e9}')]).


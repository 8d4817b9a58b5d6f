-module(dm_004).
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
    io:put_chars("#c lists.subtract.2.10\n"),
    io:format("~p~n", [catch lists:subtract([a|b], [])]).

t1() ->
    io:put_chars("#t lists.subtract.2.10\n"),
    try lists:subtract([a|b], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c2() ->
    io:put_chars("#c lists.subtract.2.14\n"),
    io:format("~p~n", [catch lists:subtract([], 1180591620717411303424)]).

c3() ->
    io:put_chars("#c lists.subtract.2.18\n"),
    io:format("~p~n", [catch lists:subtract([], 0)]).

t3() ->
    io:put_chars("#t lists.subtract.2.18\n"),
    try lists:subtract([], 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c4() ->
    io:put_chars("#c lists.suffix.2.3\n"),
    io:format("~p~n", [catch lists:suffix([], [a,42,[1,2]])]).

c5() ->
    io:put_chars("#c lists.suffix.2.7\n"),
    io:format("~p~n", [catch lists:suffix([a,42,[1,2]], [])]).

t5() ->
    io:put_chars("#t lists.suffix.2.7\n"),
    try lists:suffix([a,42,[1,2]], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c6() ->
    io:put_chars("#c lists.suffix.2.11\n"),
    io:format("~p~n", [catch lists:suffix(<<1:3>>, [])]).

c7() ->
    io:put_chars("#c lists.suffix.2.15\n"),
    io:format("~p~n", [catch lists:suffix([], #{a => 1})]).

t7() ->
    io:put_chars("#t lists.suffix.2.15\n"),
    try lists:suffix([], #{a => 1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c8() ->
    io:put_chars("#c lists.suffix.2.19\n"),
    io:format("~p~n", [catch lists:suffix([], [a|b])]).

c9() ->
    io:put_chars("#c lists.sum.1.4\n"),
    io:format("~p~n", [catch lists:sum(<<"h\x{e9}llo"/utf8>>)]).

t9() ->
    io:put_chars("#t lists.sum.1.4\n"),
    try lists:sum(<<"h\x{e9}llo"/utf8>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c10() ->
    io:put_chars("#c lists.sum.1.8\n"),
    io:format("~p~n", [catch lists:sum(x)]).

c11() ->
    io:put_chars("#c lists.takewhile.2.3\n"),
    io:format("~p~n", [catch lists:takewhile(fun(X) -> X > 1 end, [a,42,[1,2]])]).

t11() ->
    io:put_chars("#t lists.takewhile.2.3\n"),
    try lists:takewhile(fun(X) -> X > 1 end, [a,42,[1,2]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c12() ->
    io:put_chars("#c lists.takewhile.2.7\n"),
    io:format("~p~n", [catch lists:takewhile(x, [])]).

c13() ->
    io:put_chars("#c lists.takewhile.2.11\n"),
    io:format("~p~n", [catch lists:takewhile("", [])]).

t13() ->
    io:put_chars("#t lists.takewhile.2.11\n"),
    try lists:takewhile("", []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c14() ->
    io:put_chars("#c lists.takewhile.2.15\n"),
    io:format("~p~n", [catch lists:takewhile(fun(X) -> X > 1 end, <<1:3>>)]).

c15() ->
    io:put_chars("#c lists.ukeymerge.3.2\n"),
    io:format("~p~n", [catch lists:ukeymerge(1, [], [{a,1},{}])]).

t15() ->
    io:put_chars("#t lists.ukeymerge.3.2\n"),
    try lists:ukeymerge(1, [], [{a,1},{}]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c16() ->
    io:put_chars("#c lists.ukeymerge.3.6\n"),
    io:format("~p~n", [catch lists:ukeymerge(3, [{a,1}], [])]).

c17() ->
    io:put_chars("#c lists.ukeymerge.3.10\n"),
    io:format("~p~n", [catch lists:ukeymerge(<<"h\x{e9}llo"/utf8>>, [], [])]).

t17() ->
    io:put_chars("#t lists.ukeymerge.3.10\n"),
    try lists:ukeymerge(<<"h\x{e9}llo"/utf8>>, [], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c18() ->
    io:put_chars("#c lists.ukeymerge.3.14\n"),
    io:format("~p~n", [catch lists:ukeymerge(x, [], [])]).

c19() ->
    io:put_chars("#c lists.ukeymerge.3.18\n"),
    io:format("~p~n", [catch lists:ukeymerge(1, 1180591620717411303424, [])]).

t19() ->
    io:put_chars("#t lists.ukeymerge.3.18\n"),
    try lists:ukeymerge(1, 1180591620717411303424, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c20() ->
    io:put_chars("#c lists.ukeymerge.3.22\n"),
    io:format("~p~n", [catch lists:ukeymerge(1, [], [a|b])]).

c21() ->
    io:put_chars("#c lists.ukeysort.2.1\n"),
    io:format("~p~n", [catch lists:ukeysort(1, [])]).

t21() ->
    io:put_chars("#t lists.ukeysort.2.1\n"),
    try lists:ukeysort(1, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c22() ->
    io:put_chars("#c lists.ukeysort.2.5\n"),
    io:format("~p~n", [catch lists:ukeysort(3, [{a,1}])]).

c23() ->
    io:put_chars("#c lists.ukeysort.2.9\n"),
    io:format("~p~n", [catch lists:ukeysort([1,[2,<<3>>]], [])]).

t23() ->
    io:put_chars("#t lists.ukeysort.2.9\n"),
    try lists:ukeysort([1,[2,<<3>>]], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c24() ->
    io:put_chars("#c lists.ukeysort.2.13\n"),
    io:format("~p~n", [catch lists:ukeysort(1, "h\x{e9}llo")]).

c25() ->
    io:put_chars("#c lists.ukeysort.2.17\n"),
    io:format("~p~n", [catch lists:ukeysort(1, '\x{e9}t\x{e9}')]).

t25() ->
    io:put_chars("#t lists.ukeysort.2.17\n"),
    try lists:ukeysort(1, '\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c26() ->
    io:put_chars("#c lists.umerge.1.3\n"),
    io:format("~p~n", [catch lists:umerge([[a,42,[1,2]],[a],[]])]).

c27() ->
    io:put_chars("#c lists.umerge.1.7\n"),
    io:format("~p~n", [catch lists:umerge("h\x{e9}llo")]).

t27() ->
    io:put_chars("#t lists.umerge.1.7\n"),
    try lists:umerge("h\x{e9}llo") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c28() ->
    io:put_chars("#c lists.umerge.2.2\n"),
    io:format("~p~n", [catch lists:umerge([], [a])]).

c29() ->
    io:put_chars("#c lists.umerge.2.6\n"),
    io:format("~p~n", [catch lists:umerge([a], [a,42,[1,2]])]).

t29() ->
    io:put_chars("#t lists.umerge.2.6\n"),
    try lists:umerge([a], [a,42,[1,2]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c30() ->
    io:put_chars("#c lists.umerge.2.10\n"),
    io:format("~p~n", [catch lists:umerge([-1], [])]).

c31() ->
    io:put_chars("#c lists.umerge.2.14\n"),
    io:format("~p~n", [catch lists:umerge({a,b}, [])]).

t31() ->
    io:put_chars("#t lists.umerge.2.14\n"),
    try lists:umerge({a,b}, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c32() ->
    io:put_chars("#c lists.umerge.2.18\n"),
    io:format("~p~n", [catch lists:umerge([], <<"h\x{e9}llo"/utf8>>)]).

c33() ->
    io:put_chars("#c lists.umerge.3.2\n"),
    io:format("~p~n", [catch lists:umerge(fun(X, Y) -> X =< Y end, [], [a,42,[1,2]])]).

t33() ->
    io:put_chars("#t lists.umerge.3.2\n"),
    try lists:umerge(fun(X, Y) -> X =< Y end, [], [a,42,[1,2]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c34() ->
    io:put_chars("#c lists.umerge.3.6\n"),
    io:format("~p~n", [catch lists:umerge(fun(X, _Y) -> X + 1 end, [a], [])]).

c35() ->
    io:put_chars("#c lists.umerge.3.10\n"),
    io:format("~p~n", [catch lists:umerge([-1], [], [])]).

t35() ->
    io:put_chars("#t lists.umerge.3.10\n"),
    try lists:umerge([-1], [], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c36() ->
    io:put_chars("#c lists.umerge.3.14\n"),
    io:format("~p~n", [catch lists:umerge({a,b}, [], [])]).

c37() ->
    io:put_chars("#c lists.umerge.3.18\n"),
    io:format("~p~n", [catch lists:umerge(fun(X, Y) -> X =< Y end, <<"h\x{e9}llo"/utf8>>, [])]).

t37() ->
    io:put_chars("#t lists.umerge.3.18\n"),
    try lists:umerge(fun(X, Y) -> X =< Y end, <<"h\x{e9}llo"/utf8>>, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c38() ->
    io:put_chars("#c lists.umerge.3.22\n"),
    io:format("~p~n", [catch lists:umerge(fun(X, Y) -> X =< Y end, [], <<1,2>>)]).

c39() ->
    io:put_chars("#c lists.umerge3.3.1\n"),
    io:format("~p~n", [catch lists:umerge3([], [], [])]).

t39() ->
    io:put_chars("#t lists.umerge3.3.1\n"),
    try lists:umerge3([], [], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c40() ->
    io:put_chars("#c lists.umerge3.3.5\n"),
    io:format("~p~n", [catch lists:umerge3([a], [a], [a,42,[1,2]])]).

c41() ->
    io:put_chars("#c lists.umerge3.3.9\n"),
    io:format("~p~n", [catch lists:umerge3([-1], [], [])]).

t41() ->
    io:put_chars("#t lists.umerge3.3.9\n"),
    try lists:umerge3([-1], [], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c42() ->
    io:put_chars("#c lists.umerge3.3.13\n"),
    io:format("~p~n", [catch lists:umerge3({a,b}, [], [])]).

c43() ->
    io:put_chars("#c lists.umerge3.3.17\n"),
    io:format("~p~n", [catch lists:umerge3([], "\x{65e5}\x{672c}", [])]).

t43() ->
    io:put_chars("#t lists.umerge3.3.17\n"),
    try lists:umerge3([], "\x{65e5}\x{672c}", []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c44() ->
    io:put_chars("#c lists.umerge3.3.21\n"),
    io:format("~p~n", [catch lists:umerge3([], [], "\x{65e5}\x{672c}")]).

c45() ->
    io:put_chars("#c lists.umerge3.3.25\n"),
    io:format("~p~n", [catch lists:umerge3([], [], 100000000000000000000.0)]).

t45() ->
    io:put_chars("#t lists.umerge3.3.25\n"),
    try lists:umerge3([], [], 100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c46() ->
    io:put_chars("#c lists.uniq.1.4\n"),
    io:format("~p~n", [catch lists:uniq([1,[2,<<3>>]])]).

c47() ->
    io:put_chars("#c lists.uniq.1.8\n"),
    io:format("~p~n", [catch lists:uniq("\x{65e5}\x{672c}")]).

t47() ->
    io:put_chars("#t lists.uniq.1.8\n"),
    try lists:uniq("\x{65e5}\x{672c}") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c48() ->
    io:put_chars("#c lists.uniq.2.3\n"),
    io:format("~p~n", [catch lists:uniq(fun(X) -> {X} end, [a,42,[1,2]])]).

c49() ->
    io:put_chars("#c lists.uniq.2.7\n"),
    io:format("~p~n", [catch lists:uniq([1,[2,<<3>>]], [])]).

t49() ->
    io:put_chars("#t lists.uniq.2.7\n"),
    try lists:uniq([1,[2,<<3>>]], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c50() ->
    io:put_chars("#c lists.uniq.2.11\n"),
    io:format("~p~n", [catch lists:uniq("\x{65e5}\x{672c}", [])]).

c51() ->
    io:put_chars("#c lists.uniq.2.15\n"),
    io:format("~p~n", [catch lists:uniq(fun(X) -> {X} end, 1180591620717411303424)]).

t51() ->
    io:put_chars("#t lists.uniq.2.15\n"),
    try lists:uniq(fun(X) -> {X} end, 1180591620717411303424) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c52() ->
    io:put_chars("#c lists.unzip.1.1\n"),
    io:format("~p~n", [catch lists:unzip([])]).

c53() ->
    io:put_chars("#c lists.unzip.1.5\n"),
    io:format("~p~n", [catch lists:unzip(-1.5)]).

t53() ->
    io:put_chars("#t lists.unzip.1.5\n"),
    try lists:unzip(-1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c54() ->
    io:put_chars("#c lists.unzip3.1.1\n"),
    io:format("~p~n", [catch lists:unzip3([])]).

c55() ->
    io:put_chars("#c lists.unzip3.1.5\n"),
    io:format("~p~n", [catch lists:unzip3(100000000000000000000.0)]).

t55() ->
    io:put_chars("#t lists.unzip3.1.5\n"),
    try lists:unzip3(100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c56() ->
    io:put_chars("#c lists.usort.1.1\n"),
    io:format("~p~n", [catch lists:usort([])]).

c57() ->
    io:put_chars("#c lists.usort.1.5\n"),
    io:format("~p~n", [catch lists:usort(-1.5)]).

t57() ->
    io:put_chars("#t lists.usort.1.5\n"),
    try lists:usort(-1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c58() ->
    io:put_chars("#c lists.usort.2.1\n"),
    io:format("~p~n", [catch lists:usort(fun(X, Y) -> X =< Y end, [])]).

c59() ->
    io:put_chars("#c lists.usort.2.5\n"),
    io:format("~p~n", [catch lists:usort(fun(X, _Y) -> X + 1 end, [a])]).

t59() ->
    io:put_chars("#t lists.usort.2.5\n"),
    try lists:usort(fun(X, _Y) -> X + 1 end, [a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c60() ->
    io:put_chars("#c lists.usort.2.9\n"),
    io:format("~p~n", [catch lists:usort(-1.5, [])]).

c61() ->
    io:put_chars("#c lists.usort.2.13\n"),
    io:format("~p~n", [catch lists:usort(fun(X, Y) -> X =< Y end, <<1,2>>)]).

t61() ->
    io:put_chars("#t lists.usort.2.13\n"),
    try lists:usort(fun(X, Y) -> X =< Y end, <<1,2>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c62() ->
    io:put_chars("#c lists.usort.2.17\n"),
    io:format("~p~n", [catch lists:usort(fun(X, Y) -> X =< Y end, -1.5)]).

c63() ->
    io:put_chars("#c lists.zip.2.4\n"),
    io:format("~p~n", [catch lists:zip([a], [])]).

t63() ->
    io:put_chars("#t lists.zip.2.4\n"),
    try lists:zip([a], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c64() ->
    io:put_chars("#c lists.zip.2.8\n"),
    io:format("~p~n", [catch lists:zip([a,42,[1,2]], [a,42,[1,2]])]).

c65() ->
    io:put_chars("#c lists.zip.2.12\n"),
    io:format("~p~n", [catch lists:zip('\x{e9}t\x{e9}', [])]).

t65() ->
    io:put_chars("#t lists.zip.2.12\n"),
    try lists:zip('\x{e9}t\x{e9}', []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c66() ->
    io:put_chars("#c lists.zip.2.16\n"),
    io:format("~p~n", [catch lists:zip([], 0)]).

c67() ->
    io:put_chars("#c lists.zip3.3.1\n"),
    io:format("~p~n", [catch lists:zip3([], [], [])]).

t67() ->
    io:put_chars("#t lists.zip3.3.1\n"),
    try lists:zip3([], [], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c68() ->
    io:put_chars("#c lists.zip3.3.5\n"),
    io:format("~p~n", [catch lists:zip3([a], [a], [a,42,[1,2]])]).

c69() ->
    io:put_chars("#c lists.zip3.3.9\n"),
    io:format("~p~n", [catch lists:zip3('\x{e9}t\x{e9}', [], [])]).

t69() ->
    io:put_chars("#t lists.zip3.3.9\n"),
    try lists:zip3('\x{e9}t\x{e9}', [], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c70() ->
    io:put_chars("#c lists.zip3.3.13\n"),
    io:format("~p~n", [catch lists:zip3(<<1,2>>, [], [])]).

c71() ->
    io:put_chars("#c lists.zip3.3.17\n"),
    io:format("~p~n", [catch lists:zip3([], '\x{e9}t\x{e9}', [])]).

t71() ->
    io:put_chars("#t lists.zip3.3.17\n"),
    try lists:zip3([], '\x{e9}t\x{e9}', []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c72() ->
    io:put_chars("#c lists.zip3.3.21\n"),
    io:format("~p~n", [catch lists:zip3([], [], "h\x{e9}llo")]).

c73() ->
    io:put_chars("#c lists.zip3.3.25\n"),
    io:format("~p~n", [catch lists:zip3([], [], '\x{e9}t\x{e9}')]).

t73() ->
    io:put_chars("#t lists.zip3.3.25\n"),
    try lists:zip3([], [], '\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c74() ->
    io:put_chars("#c lists.zipwith.3.3\n"),
    io:format("~p~n", [catch lists:zipwith(fun(X, Y) -> [X|Y] end, [a], [a])]).

c75() ->
    io:put_chars("#c lists.zipwith.3.7\n"),
    io:format("~p~n", [catch lists:zipwith(fun(X, _Y) -> X + 1 end, [a], [a,42,[1,2]])]).

t75() ->
    io:put_chars("#t lists.zipwith.3.7\n"),
    try lists:zipwith(fun(X, _Y) -> X + 1 end, [a], [a,42,[1,2]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c76() ->
    io:put_chars("#c lists.zipwith.3.11\n"),
    io:format("~p~n", [catch lists:zipwith(<<1:3>>, [], [])]).

c77() ->
    io:put_chars("#c lists.zipwith.3.15\n"),
    io:format("~p~n", [catch lists:zipwith(fun(X, Y) -> [X|Y] end, 1180591620717411303424, [])]).

t77() ->
    io:put_chars("#t lists.zipwith.3.15\n"),
    try lists:zipwith(fun(X, Y) -> [X|Y] end, 1180591620717411303424, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c78() ->
    io:put_chars("#c lists.zipwith.3.19\n"),
    io:format("~p~n", [catch lists:zipwith(fun(X, Y) -> [X|Y] end, 0, [])]).

c79() ->
    io:put_chars("#c lists.zipwith.3.23\n"),
    io:format("~p~n", [catch lists:zipwith(fun(X, Y) -> [X|Y] end, [], -1)]).

t79() ->
    io:put_chars("#t lists.zipwith.3.23\n"),
    try lists:zipwith(fun(X, Y) -> [X|Y] end, [], -1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c80() ->
    io:put_chars("#c lists.zipwith3.4.1\n"),
    io:format("~p~n", [catch lists:zipwith3(fun(X, Y, Z) -> {X, Y, Z} end, [], [], [])]).

c81() ->
    io:put_chars("#c lists.zipwith3.4.5\n"),
    io:format("~p~n", [catch lists:zipwith3(fun(X, Y, Z) -> {X, Y, Z} end, [a,42,[1,2]], [a], [a])]).

t81() ->
    io:put_chars("#t lists.zipwith3.4.5\n"),
    try lists:zipwith3(fun(X, Y, Z) -> {X, Y, Z} end, [a,42,[1,2]], [a], [a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c82() ->
    io:put_chars("#c lists.zipwith3.4.9\n"),
    io:format("~p~n", [catch lists:zipwith3([-1], [], [], [])]).

c83() ->
    io:put_chars("#c lists.zipwith3.4.13\n"),
    io:format("~p~n", [catch lists:zipwith3({a,b}, [], [], [])]).

t83() ->
    io:put_chars("#t lists.zipwith3.4.13\n"),
    try lists:zipwith3({a,b}, [], [], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c84() ->
    io:put_chars("#c lists.zipwith3.4.17\n"),
    io:format("~p~n", [catch lists:zipwith3(fun(X, Y, Z) -> {X, Y, Z} end, {a,b}, [], [])]).

c85() ->
    io:put_chars("#c lists.zipwith3.4.21\n"),
    io:format("~p~n", [catch lists:zipwith3(fun(X, Y, Z) -> {X, Y, Z} end, [], 1180591620717411303424, [])]).

t85() ->
    io:put_chars("#t lists.zipwith3.4.21\n"),
    try lists:zipwith3(fun(X, Y, Z) -> {X, Y, Z} end, [], 1180591620717411303424, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c86() ->
    io:put_chars("#c lists.zipwith3.4.25\n"),
    io:format("~p~n", [catch lists:zipwith3(fun(X, Y, Z) -> {X, Y, Z} end, [], 0, [])]).

c87() ->
    io:put_chars("#c lists.zipwith3.4.29\n"),
    io:format("~p~n", [catch lists:zipwith3(fun(X, Y, Z) -> {X, Y, Z} end, [], [], 0)]).

t87() ->
    io:put_chars("#t lists.zipwith3.4.29\n"),
    try lists:zipwith3(fun(X, Y, Z) -> {X, Y, Z} end, [], [], 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c88() ->
    io:put_chars("#c maps.filter.2.2\n"),
    io:format("~p~n", [catch maps:filter(fun(X, Y) -> X =< Y end, #{})]).

c89() ->
    io:put_chars("#c maps.filter.2.6\n"),
    io:format("~p~n", [catch maps:filter(fun(X, _Y) -> X + 1 end, {a,a,a})]).

t89() ->
    io:put_chars("#t maps.filter.2.6\n"),
    try maps:filter(fun(X, _Y) -> X + 1 end, {a,a,a}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c90() ->
    io:put_chars("#c maps.filter.2.10\n"),
    io:format("~p~n", [catch maps:filter([1,[2,<<3>>]], #{a => a})]).

c91() ->
    io:put_chars("#c maps.filter.2.14\n"),
    io:format("~p~n", [catch maps:filter(fun(X, Y) -> X =< Y end, [a|b])]).

t91() ->
    io:put_chars("#t maps.filter.2.14\n"),
    try maps:filter(fun(X, Y) -> X =< Y end, [a|b]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c92() ->
    io:put_chars("#c maps.filter.2.18\n"),
    io:format("~p~n", [catch maps:filter(fun(X, Y) -> X =< Y end, [-1])]).

c93() ->
    io:put_chars("#c maps.filtermap.2.4\n"),
    io:format("~p~n", [catch maps:filtermap(fun(X, _Y) -> X + 1 end, #{a => a})]).

t93() ->
    io:put_chars("#t maps.filtermap.2.4\n"),
    try maps:filtermap(fun(X, _Y) -> X + 1 end, #{a => a}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c94() ->
    io:put_chars("#c maps.filtermap.2.8\n"),
    io:format("~p~n", [catch maps:filtermap("", #{a => a})]).

c95() ->
    io:put_chars("#c maps.filtermap.2.12\n"),
    io:format("~p~n", [catch maps:filtermap(#{a => 1}, #{a => a})]).

t95() ->
    io:put_chars("#t maps.filtermap.2.12\n"),
    try maps:filtermap(#{a => 1}, #{a => a}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c96() ->
    io:put_chars("#c maps.filtermap.2.16\n"),
    io:format("~p~n", [catch maps:filtermap(fun(X, Y) -> X =< Y end, [1,[2,<<3>>]])]).

c97() ->
    io:put_chars("#c maps.find.2.2\n"),
    io:format("~p~n", [catch maps:find(42, #{{x,y} => {x,y}})]).

t97() ->
    io:put_chars("#t maps.find.2.2\n"),
    try maps:find(42, #{{x,y} => {x,y}}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c98() ->
    io:put_chars("#c maps.find.2.6\n"),
    io:format("~p~n", [catch maps:find([1,2], #{})]).

c99() ->
    io:put_chars("#c maps.find.2.10\n"),
    io:format("~p~n", [catch maps:find({a,b}, #{a => a})]).

t99() ->
    io:put_chars("#t maps.find.2.10\n"),
    try maps:find({a,b}, #{a => a}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c100() ->
    io:put_chars("#c maps.find.2.14\n"),
    io:format("~p~n", [catch maps:find(1180591620717411303424, #{a => a})]).

c101() ->
    io:put_chars("#c maps.find.2.18\n"),
    io:format("~p~n", [catch maps:find(42, {a,b})]).

t101() ->
    io:put_chars("#t maps.find.2.18\n"),
    try maps:find(42, {a,b}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c102() ->
    io:put_chars("#c maps.fold.3.2\n"),
    io:format("~p~n", [catch maps:fold(fun(X, Y, Z) -> {X, Y, Z} end, 42, {a,a,a})]).

c103() ->
    io:put_chars("#c maps.fold.3.6\n"),
    io:format("~p~n", [catch maps:fold(fun(X, _Y, _Z) -> X + 1 end, [1,2], #{a => a})]).

t103() ->
    io:put_chars("#t maps.fold.3.6\n"),
    try maps:fold(fun(X, _Y, _Z) -> X + 1 end, [1,2], #{a => a}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c104() ->
    io:put_chars("#c maps.fold.3.10\n"),
    io:format("~p~n", [catch maps:fold("h\x{e9}llo", 42, #{a => a})]).

c105() ->
    io:put_chars("#c maps.fold.3.14\n"),
    io:format("~p~n", [catch maps:fold('\x{e9}t\x{e9}', 42, #{a => a})]).

t105() ->
    io:put_chars("#t maps.fold.3.14\n"),
    try maps:fold('\x{e9}t\x{e9}', 42, #{a => a}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c106() ->
    io:put_chars("#c maps.fold.3.18\n"),
    io:format("~p~n", [catch maps:fold(fun(X, Y, Z) -> {X, Y, Z} end, 100000000000000000000.0, #{a => a})]).

c107() ->
    io:put_chars("#c maps.fold.3.22\n"),
    io:format("~p~n", [catch maps:fold(fun(X, Y, Z) -> {X, Y, Z} end, 42, fun(X) -> X end)]).

t107() ->
    io:put_chars("#t maps.fold.3.22\n"),
    try maps:fold(fun(X, Y, Z) -> {X, Y, Z} end, 42, fun(X) -> X end) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c108() ->
    io:put_chars("#c maps.fold.3.26\n"),
    io:format("~p~n", [catch maps:fold(fun(X, Y, Z) -> {X, Y, Z} end, 42, "h\x{e9}llo")]).

c109() ->
    io:put_chars("#c maps.foreach.2.4\n"),
    io:format("~p~n", [catch maps:foreach(fun(X, _Y) -> X + 1 end, #{a => a})]).

t109() ->
    io:put_chars("#t maps.foreach.2.4\n"),
    try maps:foreach(fun(X, _Y) -> X + 1 end, #{a => a}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c110() ->
    io:put_chars("#c maps.foreach.2.8\n"),
    io:format("~p~n", [catch maps:foreach(-1.5, #{a => a})]).

c111() ->
    io:put_chars("#c maps.foreach.2.12\n"),
    io:format("~p~n", [catch maps:foreach(<<"h\x{e9}llo"/utf8>>, #{a => a})]).

t111() ->
    io:put_chars("#t maps.foreach.2.12\n"),
    try maps:foreach(<<"h\x{e9}llo"/utf8>>, #{a => a}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c112() ->
    io:put_chars("#c maps.foreach.2.16\n"),
    io:format("~p~n", [catch maps:foreach(fun(X, Y) -> [X|Y] end, "\x{65e5}\x{672c}")]).

c113() ->
    io:put_chars("#c maps.from_keys.2.2\n"),
    io:format("~p~n", [catch maps:from_keys([1,2,3], [1,2])]).

t113() ->
    io:put_chars("#t maps.from_keys.2.2\n"),
    try maps:from_keys([1,2,3], [1,2]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c114() ->
    io:put_chars("#c maps.from_keys.2.6\n"),
    io:format("~p~n", [catch maps:from_keys([], a)]).

c115() ->
    io:put_chars("#c maps.from_keys.2.10\n"),
    io:format("~p~n", [catch maps:from_keys("\x{65e5}\x{672c}", 42)]).

t115() ->
    io:put_chars("#t maps.from_keys.2.10\n"),
    try maps:from_keys("\x{65e5}\x{672c}", 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c116() ->
    io:put_chars("#c maps.from_keys.2.14\n"),
    io:format("~p~n", [catch maps:from_keys(100000000000000000000.0, 42)]).

c117() ->
    io:put_chars("#c maps.from_keys.2.18\n"),
    io:format("~p~n", [catch maps:from_keys([1,2,3], fun(X) -> X end)]).

t117() ->
    io:put_chars("#t maps.from_keys.2.18\n"),
    try maps:from_keys([1,2,3], fun(X) -> X end) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c118() ->
    io:put_chars("#c maps.from_list.1.2\n"),
    io:format("~p~n", [catch maps:from_list([{a,a}])]).

c119() ->
    io:put_chars("#c maps.from_list.1.6\n"),
    io:format("~p~n", [catch maps:from_list({a,b})]).

t119() ->
    io:put_chars("#t maps.from_list.1.6\n"),
    try maps:from_list({a,b}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c120() ->
    io:put_chars("#c maps.get.2.1\n"),
    io:format("~p~n", [catch maps:get(42, #{a => 1,b => 2})]).

c121() ->
    io:put_chars("#c maps.get.2.5\n"),
    io:format("~p~n", [catch maps:get(a, #{a => 1,b => 2})]).

t121() ->
    io:put_chars("#t maps.get.2.5\n"),
    try maps:get(a, #{a => 1,b => 2}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c122() ->
    io:put_chars("#c maps.get.2.9\n"),
    io:format("~p~n", [catch maps:get([a|b], #{a => 1,b => 2})]).

c123() ->
    io:put_chars("#c maps.get.2.13\n"),
    io:format("~p~n", [catch maps:get(42, 100000000000000000000.0)]).

t123() ->
    io:put_chars("#t maps.get.2.13\n"),
    try maps:get(42, 100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c124() ->
    io:put_chars("#c maps.get.2.17\n"),
    io:format("~p~n", [catch maps:get(42, <<1:3>>)]).

c125() ->
    io:put_chars("#c maps.get.3.3\n"),
    io:format("~p~n", [catch maps:get(42, #{}, [1,2])]).

t125() ->
    io:put_chars("#t maps.get.3.3\n"),
    try maps:get(42, #{}, [1,2]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c126() ->
    io:put_chars("#c maps.get.3.7\n"),
    io:format("~p~n", [catch maps:get(a, #{{x,y} => {x,y}}, [1,2])]).

c127() ->
    io:put_chars("#c maps.get.3.11\n"),
    io:format("~p~n", [catch maps:get([a|b], #{a => a}, 42)]).

t127() ->
    io:put_chars("#t maps.get.3.11\n"),
    try maps:get([a|b], #{a => a}, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c128() ->
    io:put_chars("#c maps.get.3.15\n"),
    io:format("~p~n", [catch maps:get(42, 100000000000000000000.0, 42)]).

c129() ->
    io:put_chars("#c maps.get.3.19\n"),
    io:format("~p~n", [catch maps:get(42, <<1:3>>, 42)]).

t129() ->
    io:put_chars("#t maps.get.3.19\n"),
    try maps:get(42, <<1:3>>, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c130() ->
    io:put_chars("#c maps.get.3.23\n"),
    io:format("~p~n", [catch maps:get(42, #{a => a}, [a|b])]).

c131() ->
    io:put_chars("#c maps.groups_from_list.2.1\n"),
    io:format("~p~n", [catch maps:groups_from_list(fun(X) -> {X} end, [])]).

t131() ->
    io:put_chars("#t maps.groups_from_list.2.1\n"),
    try maps:groups_from_list(fun(X) -> {X} end, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c132() ->
    io:put_chars("#c maps.groups_from_list.2.5\n"),
    io:format("~p~n", [catch maps:groups_from_list(fun(X) -> X + 1 end, [a])]).

c133() ->
    io:put_chars("#c maps.groups_from_list.2.9\n"),
    io:format("~p~n", [catch maps:groups_from_list("", [])]).

t133() ->
    io:put_chars("#t maps.groups_from_list.2.9\n"),
    try maps:groups_from_list("", []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c134() ->
    io:put_chars("#c maps.groups_from_list.2.13\n"),
    io:format("~p~n", [catch maps:groups_from_list(fun(X) -> {X} end, "h\x{e9}llo")]).

c135() ->
    io:put_chars("#c maps.groups_from_list.2.17\n"),
    io:format("~p~n", [catch maps:groups_from_list(fun(X) -> {X} end, '\x{e9}t\x{e9}')]).

t135() ->
    io:put_chars("#t maps.groups_from_list.2.17\n"),
    try maps:groups_from_list(fun(X) -> {X} end, '\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c136() ->
    io:put_chars("#c maps.groups_from_list.3.3\n"),
    io:format("~p~n", [catch maps:groups_from_list(fun(X) -> {X} end, fun(X) -> X + 1 end, [])]).

c137() ->
    io:put_chars("#c maps.groups_from_list.3.7\n"),
    io:format("~p~n", [catch maps:groups_from_list(fun(X) -> X + 1 end, fun(X) -> X + 1 end, [])]).

t137() ->
    io:put_chars("#t maps.groups_from_list.3.7\n"),
    try maps:groups_from_list(fun(X) -> X + 1 end, fun(X) -> X + 1 end, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c138() ->
    io:put_chars("#c maps.groups_from_list.3.11\n"),
    io:format("~p~n", [catch maps:groups_from_list("", fun(X) -> {X} end, [])]).

c139() ->
    io:put_chars("#c maps.groups_from_list.3.15\n"),
    io:format("~p~n", [catch maps:groups_from_list(fun(X) -> {X} end, "h\x{e9}llo", [])]).

t139() ->
    io:put_chars("#t maps.groups_from_list.3.15\n"),
    try maps:groups_from_list(fun(X) -> {X} end, "h\x{e9}llo", []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c140() ->
    io:put_chars("#c maps.groups_from_list.3.19\n"),
    io:format("~p~n", [catch maps:groups_from_list(fun(X) -> {X} end, '\x{e9}t\x{e9}', [])]).

c141() ->
    io:put_chars("#c maps.groups_from_list.3.23\n"),
    io:format("~p~n", [catch maps:groups_from_list(fun(X) -> {X} end, fun(X) -> {X} end, '\x{e9}t\x{e9}')]).

t141() ->
    io:put_chars("#t maps.groups_from_list.3.23\n"),
    try maps:groups_from_list(fun(X) -> {X} end, fun(X) -> {X} end, '\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c142() ->
    io:put_chars("#c maps.intersect.2.1\n"),
    io:format("~p~n", [catch maps:intersect(#{a => a}, #{a => a})]).

c143() ->
    io:put_chars("#c maps.intersect.2.5\n"),
    io:format("~p~n", [catch maps:intersect(#{{x,y} => {x,y}}, #{{x,y} => {x,y}})]).

t143() ->
    io:put_chars("#t maps.intersect.2.5\n"),
    try maps:intersect(#{{x,y} => {x,y}}, #{{x,y} => {x,y}}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c144() ->
    io:put_chars("#c maps.intersect.2.9\n"),
    io:format("~p~n", [catch maps:intersect(1180591620717411303424, #{a => a})]).

c145() ->
    io:put_chars("#c maps.intersect.2.13\n"),
    io:format("~p~n", [catch maps:intersect(0, #{a => a})]).

t145() ->
    io:put_chars("#t maps.intersect.2.13\n"),
    try maps:intersect(0, #{a => a}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c146() ->
    io:put_chars("#c maps.intersect.2.17\n"),
    io:format("~p~n", [catch maps:intersect(#{a => a}, '\x{e9}t\x{e9}')]).

c147() ->
    io:put_chars("#c maps.intersect_with.3.1\n"),
    io:format("~p~n", [catch maps:intersect_with(fun(X, Y, Z) -> {X, Y, Z} end, #{a => a}, #{a => a})]).

t147() ->
    io:put_chars("#t maps.intersect_with.3.1\n"),
    try maps:intersect_with(fun(X, Y, Z) -> {X, Y, Z} end, #{a => a}, #{a => a}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c148() ->
    io:put_chars("#c maps.intersect_with.3.5\n"),
    io:format("~p~n", [catch maps:intersect_with(fun(X, _Y, _Z) -> X + 1 end, #{a => a}, #{a => a})]).

c149() ->
    io:put_chars("#c maps.intersect_with.3.9\n"),
    io:format("~p~n", [catch maps:intersect_with(fun(X) -> X end, #{a => a}, #{a => a})]).

t149() ->
    io:put_chars("#t maps.intersect_with.3.9\n"),
    try maps:intersect_with(fun(X) -> X end, #{a => a}, #{a => a}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c150() ->
    io:put_chars("#c maps.intersect_with.3.13\n"),
    io:format("~p~n", [catch maps:intersect_with("h\x{e9}llo", #{a => a}, #{a => a})]).

c151() ->
    io:put_chars("#c maps.intersect_with.3.17\n"),
    io:format("~p~n", [catch maps:intersect_with(fun(X, Y, Z) -> {X, Y, Z} end, <<1,2>>, #{a => a})]).

t151() ->
    io:put_chars("#t maps.intersect_with.3.17\n"),
    try maps:intersect_with(fun(X, Y, Z) -> {X, Y, Z} end, <<1,2>>, #{a => a}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c152() ->
    io:put_chars("#c maps.intersect_with.3.21\n"),
    io:format("~p~n", [catch maps:intersect_with(fun(X, Y, Z) -> {X, Y, Z} end, #{a => a}, 100000000000000000000.0)]).

c153() ->
    io:put_chars("#c maps.intersect_with.3.25\n"),
    io:format("~p~n", [catch maps:intersect_with(fun(X, Y, Z) -> {X, Y, Z} end, #{a => a}, <<1:3>>)]).

t153() ->
    io:put_chars("#t maps.intersect_with.3.25\n"),
    try maps:intersect_with(fun(X, Y, Z) -> {X, Y, Z} end, #{a => a}, <<1:3>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c154() ->
    io:put_chars("#c maps.is_key.2.3\n"),
    io:format("~p~n", [catch maps:is_key([1,2], #{a => 1,b => 2})]).

c155() ->
    io:put_chars("#c maps.is_key.2.7\n"),
    io:format("~p~n", [catch maps:is_key("\x{65e5}\x{672c}", #{a => 1,b => 2})]).

t155() ->
    io:put_chars("#t maps.is_key.2.7\n"),
    try maps:is_key("\x{65e5}\x{672c}", #{a => 1,b => 2}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c156() ->
    io:put_chars("#c maps.is_key.2.11\n"),
    io:format("~p~n", [catch maps:is_key(100000000000000000000.0, #{a => 1,b => 2})]).

c157() ->
    io:put_chars("#c maps.is_key.2.15\n"),
    io:format("~p~n", [catch maps:is_key(42, "")]).

t157() ->
    io:put_chars("#t maps.is_key.2.15\n"),
    try maps:is_key(42, "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c158() ->
    io:put_chars("#c maps.iterator.1.1\n"),
    io:format("~p~n", [catch maps:iterator(#{a => a})]).

c159() ->
    io:put_chars("#c maps.iterator.1.5\n"),
    io:format("~p~n", [catch maps:iterator([-1])]).

t159() ->
    io:put_chars("#t maps.iterator.1.5\n"),
    try maps:iterator([-1]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c160() ->
    io:put_chars("#c maps.iterator.1.9\n"),
    io:format("~p~n", [catch maps:iterator({a,b})]).

c161() ->
    io:put_chars("#c maps.keys.1.4\n"),
    io:format("~p~n", [catch maps:keys(<<"h\x{e9}llo"/utf8>>)]).

t161() ->
    io:put_chars("#t maps.keys.1.4\n"),
    try maps:keys(<<"h\x{e9}llo"/utf8>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c162() ->
    io:put_chars("#c maps.keys.1.8\n"),
    io:format("~p~n", [catch maps:keys(x)]).

c163() ->
    io:put_chars("#c maps.map.2.3\n"),
    io:format("~p~n", [catch maps:map(fun(X, Y) -> [X|Y] end, {a,a,a})]).

t163() ->
    io:put_chars("#t maps.map.2.3\n"),
    try maps:map(fun(X, Y) -> [X|Y] end, {a,a,a}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c164() ->
    io:put_chars("#c maps.map.2.7\n"),
    io:format("~p~n", [catch maps:map(1180591620717411303424, #{a => a})]).

c165() ->
    io:put_chars("#c maps.map.2.11\n"),
    io:format("~p~n", [catch maps:map(0, #{a => a})]).

t165() ->
    io:put_chars("#t maps.map.2.11\n"),
    try maps:map(0, #{a => a}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c166() ->
    io:put_chars("#c maps.map.2.15\n"),
    io:format("~p~n", [catch maps:map(fun(X, Y) -> [X|Y] end, [a|b])]).

c167() ->
    io:put_chars("#c maps.merge.2.1\n"),
    io:format("~p~n", [catch maps:merge(#{a => 1,b => 2}, #{a => 1,b => 2})]).

t167() ->
    io:put_chars("#t maps.merge.2.1\n"),
    try maps:merge(#{a => 1,b => 2}, #{a => 1,b => 2}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c168() ->
    io:put_chars("#c maps.merge.2.5\n"),
    io:format("~p~n", [catch maps:merge([-1], #{a => 1,b => 2})]).

c169() ->
    io:put_chars("#c maps.merge.2.9\n"),
    io:format("~p~n", [catch maps:merge({a,b}, #{a => 1,b => 2})]).

t169() ->
    io:put_chars("#t maps.merge.2.9\n"),
    try maps:merge({a,b}, #{a => 1,b => 2}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c170() ->
    io:put_chars("#c maps.merge.2.13\n"),
    io:format("~p~n", [catch maps:merge(#{a => 1,b => 2}, [1,[2,<<3>>]])]).

c171() ->
    io:put_chars("#c maps.merge_with.3.1\n"),
    io:format("~p~n", [catch maps:merge_with(fun(X, Y, Z) -> {X, Y, Z} end, #{a => a}, #{a => a})]).

t171() ->
    io:put_chars("#t maps.merge_with.3.1\n"),
    try maps:merge_with(fun(X, Y, Z) -> {X, Y, Z} end, #{a => a}, #{a => a}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c172() ->
    io:put_chars("#c maps.merge_with.3.5\n"),
    io:format("~p~n", [catch maps:merge_with(fun(X, _Y, _Z) -> X + 1 end, #{a => a}, #{a => a})]).

c173() ->
    io:put_chars("#c maps.merge_with.3.9\n"),
    io:format("~p~n", [catch maps:merge_with([a|b], #{a => a}, #{a => a})]).

t173() ->
    io:put_chars("#t maps.merge_with.3.9\n"),
    try maps:merge_with([a|b], #{a => a}, #{a => a}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c174() ->
    io:put_chars("#c maps.merge_with.3.13\n"),
    io:format("~p~n", [catch maps:merge_with([-1], #{a => a}, #{a => a})]).

c175() ->
    io:put_chars("#c maps.merge_with.3.17\n"),
    io:format("~p~n", [catch maps:merge_with(fun(X, Y, Z) -> {X, Y, Z} end, [1,[2,<<3>>]], #{a => a})]).

t175() ->
    io:put_chars("#t maps.merge_with.3.17\n"),
    try maps:merge_with(fun(X, Y, Z) -> {X, Y, Z} end, [1,[2,<<3>>]], #{a => a}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c176() ->
    io:put_chars("#c maps.merge_with.3.21\n"),
    io:format("~p~n", [catch maps:merge_with(fun(X, Y, Z) -> {X, Y, Z} end, #{a => a}, -1.5)]).

c177() ->
    io:put_chars("#c maps.merge_with.3.25\n"),
    io:format("~p~n", [catch maps:merge_with(fun(X, Y, Z) -> {X, Y, Z} end, #{a => a}, <<"h\x{e9}llo"/utf8>>)]).

t177() ->
    io:put_chars("#t maps.merge_with.3.25\n"),
    try maps:merge_with(fun(X, Y, Z) -> {X, Y, Z} end, #{a => a}, <<"h\x{e9}llo"/utf8>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c178() ->
    io:put_chars("#c maps.next.1.2\n"),
    io:format("~p~n", [catch maps:next(none)]).

c179() ->
    io:put_chars("#c maps.next.1.6\n"),
    io:format("~p~n", [catch maps:next("h\x{e9}llo")]).

t179() ->
    io:put_chars("#t maps.next.1.6\n"),
    try maps:next("h\x{e9}llo") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c180() ->
    io:put_chars("#c maps.put.3.1\n"),
    io:format("~p~n", [catch maps:put(42, 42, #{a => 1,b => 2})]).

c181() ->
    io:put_chars("#c maps.put.3.5\n"),
    io:format("~p~n", [catch maps:put([1,2], [1,2], #{})]).

t181() ->
    io:put_chars("#t maps.put.3.5\n"),
    try maps:put([1,2], [1,2], #{}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c182() ->
    io:put_chars("#c maps.put.3.9\n"),
    io:format("~p~n", [catch maps:put(#{a => 1}, 42, #{a => 1,b => 2})]).

c183() ->
    io:put_chars("#c maps.put.3.13\n"),
    io:format("~p~n", [catch maps:put(-1.5, 42, #{a => 1,b => 2})]).

t183() ->
    io:put_chars("#t maps.put.3.13\n"),
    try maps:put(-1.5, 42, #{a => 1,b => 2}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c184() ->
    io:put_chars("#c maps.put.3.17\n"),
    io:format("~p~n", [catch maps:put(42, fun(X) -> X end, #{a => 1,b => 2})]).

c185() ->
    io:put_chars("#c maps.put.3.21\n"),
    io:format("~p~n", [catch maps:put(42, 42, #{a => 1})]).

t185() ->
    io:put_chars("#t maps.put.3.21\n"),
    try maps:put(42, 42, #{a => 1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c186() ->
    io:put_chars("#c maps.put.3.25\n"),
    io:format("~p~n", [catch maps:put(42, 42, -1.5)]).

c187() ->
    io:put_chars("#c maps.remove.2.3\n"),
    io:format("~p~n", [catch maps:remove([1,2], #{a => 1,b => 2})]).

t187() ->
    io:put_chars("#t maps.remove.2.3\n"),
    try maps:remove([1,2], #{a => 1,b => 2}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c188() ->
    io:put_chars("#c maps.remove.2.7\n"),
    io:format("~p~n", [catch maps:remove("\x{65e5}\x{672c}", #{a => 1,b => 2})]).

c189() ->
    io:put_chars("#c maps.remove.2.11\n"),
    io:format("~p~n", [catch maps:remove(100000000000000000000.0, #{a => 1,b => 2})]).

t189() ->
    io:put_chars("#t maps.remove.2.11\n"),
    try maps:remove(100000000000000000000.0, #{a => 1,b => 2}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c190() ->
    io:put_chars("#c maps.remove.2.15\n"),
    io:format("~p~n", [catch maps:remove(42, 100000000000000000000.0)]).

c191() ->
    io:put_chars("#c maps.size.1.1\n"),
    io:format("~p~n", [catch maps:size(#{a => 1,b => 2})]).

t191() ->
    io:put_chars("#t maps.size.1.1\n"),
    try maps:size(#{a => 1,b => 2}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c192() ->
    io:put_chars("#c maps.size.1.5\n"),
    io:format("~p~n", [catch maps:size(0)]).

c193() ->
    io:put_chars("#c maps.take.2.1\n"),
    io:format("~p~n", [catch maps:take(42, #{a => a})]).

t193() ->
    io:put_chars("#t maps.take.2.1\n"),
    try maps:take(42, #{a => a}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c194() ->
    io:put_chars("#c maps.take.2.5\n"),
    io:format("~p~n", [catch maps:take([1,2], #{{x,y} => {x,y}})]).

c195() ->
    io:put_chars("#c maps.take.2.9\n"),
    io:format("~p~n", [catch maps:take(#{a => 1}, #{a => a})]).

t195() ->
    io:put_chars("#t maps.take.2.9\n"),
    try maps:take(#{a => 1}, #{a => a}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c196() ->
    io:put_chars("#c maps.take.2.13\n"),
    io:format("~p~n", [catch maps:take(-1.5, #{a => a})]).

c197() ->
    io:put_chars("#c maps.take.2.17\n"),
    io:format("~p~n", [catch maps:take(42, <<1,2>>)]).

t197() ->
    io:put_chars("#t maps.take.2.17\n"),
    try maps:take(42, <<1,2>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c198() ->
    io:put_chars("#c maps.to_list.1.1\n"),
    io:format("~p~n", [catch maps:to_list(#{a => a})]).

c199() ->
    io:put_chars("#c maps.to_list.1.5\n"),
    io:format("~p~n", [catch maps:to_list(-1.5)]).

t199() ->
    io:put_chars("#t maps.to_list.1.5\n"),
    try maps:to_list(-1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c200() ->
    io:put_chars("#c maps.to_list.1.9\n"),
    io:format("~p~n", [catch maps:to_list(<<"h\x{e9}llo"/utf8>>)]).


-module(dm_003).
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
    io:put_chars("#c lists.foldr.3.4\n"),
    io:format("~p~n", [catch lists:foldr(fun(X, Y) -> [X|Y] end, a, [a])]).

t1() ->
    io:put_chars("#t lists.foldr.3.4\n"),
    try lists:foldr(fun(X, Y) -> [X|Y] end, a, [a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c2() ->
    io:put_chars("#c lists.foldr.3.8\n"),
    io:format("~p~n", [catch lists:foldr(fun(X, _Y) -> X + 1 end, a, [a,42,[1,2]])]).

c3() ->
    io:put_chars("#c lists.foldr.3.12\n"),
    io:format("~p~n", [catch lists:foldr(fun(X) -> X end, 42, [])]).

t3() ->
    io:put_chars("#t lists.foldr.3.12\n"),
    try lists:foldr(fun(X) -> X end, 42, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c4() ->
    io:put_chars("#c lists.foldr.3.16\n"),
    io:format("~p~n", [catch lists:foldr(fun(X, Y) -> [X|Y] end, '\x{e9}t\x{e9}', [])]).

c5() ->
    io:put_chars("#c lists.foldr.3.20\n"),
    io:format("~p~n", [catch lists:foldr(fun(X, Y) -> [X|Y] end, <<1,2>>, [])]).

t5() ->
    io:put_chars("#t lists.foldr.3.20\n"),
    try lists:foldr(fun(X, Y) -> [X|Y] end, <<1,2>>, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c6() ->
    io:put_chars("#c lists.foldr.3.24\n"),
    io:format("~p~n", [catch lists:foldr(fun(X, Y) -> [X|Y] end, 42, [1,[2,<<3>>]])]).

c7() ->
    io:put_chars("#c lists.foreach.2.2\n"),
    io:format("~p~n", [catch lists:foreach(fun(X) -> {X} end, [a])]).

t7() ->
    io:put_chars("#t lists.foreach.2.2\n"),
    try lists:foreach(fun(X) -> {X} end, [a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c8() ->
    io:put_chars("#c lists.foreach.2.6\n"),
    io:format("~p~n", [catch lists:foreach(fun(X) -> X + 1 end, [a,42,[1,2]])]).

c9() ->
    io:put_chars("#c lists.foreach.2.10\n"),
    io:format("~p~n", [catch lists:foreach(100000000000000000000.0, [])]).

t9() ->
    io:put_chars("#t lists.foreach.2.10\n"),
    try lists:foreach(100000000000000000000.0, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c10() ->
    io:put_chars("#c lists.foreach.2.14\n"),
    io:format("~p~n", [catch lists:foreach(fun(X) -> {X} end, "")]).

c11() ->
    io:put_chars("#c lists.foreach.2.18\n"),
    io:format("~p~n", [catch lists:foreach(fun(X) -> {X} end, #{a => 1})]).

t11() ->
    io:put_chars("#t lists.foreach.2.18\n"),
    try lists:foreach(fun(X) -> {X} end, #{a => 1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c12() ->
    io:put_chars("#c lists.join.2.4\n"),
    io:format("~p~n", [catch lists:join([1,2], [])]).

c13() ->
    io:put_chars("#c lists.join.2.8\n"),
    io:format("~p~n", [catch lists:join(a, [a,42,[1,2]])]).

t13() ->
    io:put_chars("#t lists.join.2.8\n"),
    try lists:join(a, [a,42,[1,2]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c14() ->
    io:put_chars("#c lists.join.2.12\n"),
    io:format("~p~n", [catch lists:join("h\x{e9}llo", [])]).

c15() ->
    io:put_chars("#c lists.join.2.16\n"),
    io:format("~p~n", [catch lists:join(42, 1180591620717411303424)]).

t15() ->
    io:put_chars("#t lists.join.2.16\n"),
    try lists:join(42, 1180591620717411303424) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c16() ->
    io:put_chars("#c lists.join.2.20\n"),
    io:format("~p~n", [catch lists:join(42, 0)]).

c17() ->
    io:put_chars("#c lists.keydelete.3.4\n"),
    io:format("~p~n", [catch lists:keydelete([1,2], 1, [{a,1}])]).

t17() ->
    io:put_chars("#t lists.keydelete.3.4\n"),
    try lists:keydelete([1,2], 1, [{a,1}]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c18() ->
    io:put_chars("#c lists.keydelete.3.8\n"),
    io:format("~p~n", [catch lists:keydelete(a, 3, [{a,1},{}])]).

c19() ->
    io:put_chars("#c lists.keydelete.3.12\n"),
    io:format("~p~n", [catch lists:keydelete(-1.5, 1, [])]).

t19() ->
    io:put_chars("#t lists.keydelete.3.12\n"),
    try lists:keydelete(-1.5, 1, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c20() ->
    io:put_chars("#c lists.keydelete.3.16\n"),
    io:format("~p~n", [catch lists:keydelete(42, x, [])]).

c21() ->
    io:put_chars("#c lists.keydelete.3.20\n"),
    io:format("~p~n", [catch lists:keydelete(42, "", [])]).

t21() ->
    io:put_chars("#t lists.keydelete.3.20\n"),
    try lists:keydelete(42, "", []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c22() ->
    io:put_chars("#c lists.keydelete.3.24\n"),
    io:format("~p~n", [catch lists:keydelete(42, 1, [1,[2,<<3>>]])]).

c23() ->
    io:put_chars("#c lists.keyfind.3.2\n"),
    io:format("~p~n", [catch lists:keyfind(42, 1, [{a,1},{}])]).

t23() ->
    io:put_chars("#t lists.keyfind.3.2\n"),
    try lists:keyfind(42, 1, [{a,1},{}]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c24() ->
    io:put_chars("#c lists.keyfind.3.6\n"),
    io:format("~p~n", [catch lists:keyfind(a, 1, [])]).

c25() ->
    io:put_chars("#c lists.keyfind.3.10\n"),
    io:format("~p~n", [catch lists:keyfind('\x{e9}t\x{e9}', 1, [])]).

t25() ->
    io:put_chars("#t lists.keyfind.3.10\n"),
    try lists:keyfind('\x{e9}t\x{e9}', 1, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c26() ->
    io:put_chars("#c lists.keyfind.3.14\n"),
    io:format("~p~n", [catch lists:keyfind(<<1,2>>, 1, [])]).

c27() ->
    io:put_chars("#c lists.keyfind.3.18\n"),
    io:format("~p~n", [catch lists:keyfind(42, [-1], [])]).

t27() ->
    io:put_chars("#t lists.keyfind.3.18\n"),
    try lists:keyfind(42, [-1], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c28() ->
    io:put_chars("#c lists.keyfind.3.22\n"),
    io:format("~p~n", [catch lists:keyfind(42, 1, [a|b])]).

c29() ->
    io:put_chars("#c lists.keyfind.3.26\n"),
    io:format("~p~n", [catch lists:keyfind(42, 1, [-1])]).

t29() ->
    io:put_chars("#t lists.keyfind.3.26\n"),
    try lists:keyfind(42, 1, [-1]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c30() ->
    io:put_chars("#c lists.keymap.3.4\n"),
    io:format("~p~n", [catch lists:keymap(fun(X) -> {X} end, 3, [{a,1}])]).

c31() ->
    io:put_chars("#c lists.keymap.3.8\n"),
    io:format("~p~n", [catch lists:keymap(fun(X) -> X + 1 end, 3, [{a,1},{}])]).

t31() ->
    io:put_chars("#t lists.keymap.3.8\n"),
    try lists:keymap(fun(X) -> X + 1 end, 3, [{a,1},{}]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c32() ->
    io:put_chars("#c lists.keymap.3.12\n"),
    io:format("~p~n", [catch lists:keymap(#{a => 1}, 1, [])]).

c33() ->
    io:put_chars("#c lists.keymap.3.16\n"),
    io:format("~p~n", [catch lists:keymap(fun(X) -> {X} end, -1.5, [])]).

t33() ->
    io:put_chars("#t lists.keymap.3.16\n"),
    try lists:keymap(fun(X) -> {X} end, -1.5, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c34() ->
    io:put_chars("#c lists.keymap.3.20\n"),
    io:format("~p~n", [catch lists:keymap(fun(X) -> {X} end, <<"h\x{e9}llo"/utf8>>, [])]).

c35() ->
    io:put_chars("#c lists.keymap.3.24\n"),
    io:format("~p~n", [catch lists:keymap(fun(X) -> {X} end, 1, 1180591620717411303424)]).

t35() ->
    io:put_chars("#t lists.keymap.3.24\n"),
    try lists:keymap(fun(X) -> {X} end, 1, 1180591620717411303424) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c36() ->
    io:put_chars("#c lists.keymember.3.2\n"),
    io:format("~p~n", [catch lists:keymember(42, 1, [{a,1},{}])]).

c37() ->
    io:put_chars("#c lists.keymember.3.6\n"),
    io:format("~p~n", [catch lists:keymember(a, 1, [])]).

t37() ->
    io:put_chars("#t lists.keymember.3.6\n"),
    try lists:keymember(a, 1, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c38() ->
    io:put_chars("#c lists.keymember.3.10\n"),
    io:format("~p~n", [catch lists:keymember({a,b}, 1, [])]).

c39() ->
    io:put_chars("#c lists.keymember.3.14\n"),
    io:format("~p~n", [catch lists:keymember(1180591620717411303424, 1, [])]).

t39() ->
    io:put_chars("#t lists.keymember.3.14\n"),
    try lists:keymember(1180591620717411303424, 1, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c40() ->
    io:put_chars("#c lists.keymember.3.18\n"),
    io:format("~p~n", [catch lists:keymember(42, 1180591620717411303424, [])]).

c41() ->
    io:put_chars("#c lists.keymember.3.22\n"),
    io:format("~p~n", [catch lists:keymember(42, 1, x)]).

t41() ->
    io:put_chars("#t lists.keymember.3.22\n"),
    try lists:keymember(42, 1, x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c42() ->
    io:put_chars("#c lists.keymember.3.26\n"),
    io:format("~p~n", [catch lists:keymember(42, 1, "")]).

c43() ->
    io:put_chars("#c lists.keymerge.3.4\n"),
    io:format("~p~n", [catch lists:keymerge(1, [{a,1},{}], [{a,1}])]).

t43() ->
    io:put_chars("#t lists.keymerge.3.4\n"),
    try lists:keymerge(1, [{a,1},{}], [{a,1}]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c44() ->
    io:put_chars("#c lists.keymerge.3.8\n"),
    io:format("~p~n", [catch lists:keymerge(3, [{a,1},{}], [{a,1},{}])]).

c45() ->
    io:put_chars("#c lists.keymerge.3.12\n"),
    io:format("~p~n", [catch lists:keymerge([a|b], [], [])]).

t45() ->
    io:put_chars("#t lists.keymerge.3.12\n"),
    try lists:keymerge([a|b], [], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c46() ->
    io:put_chars("#c lists.keymerge.3.16\n"),
    io:format("~p~n", [catch lists:keymerge(1, [a|b], [])]).

c47() ->
    io:put_chars("#c lists.keymerge.3.20\n"),
    io:format("~p~n", [catch lists:keymerge(1, [], "")]).

t47() ->
    io:put_chars("#t lists.keymerge.3.20\n"),
    try lists:keymerge(1, [], "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c48() ->
    io:put_chars("#c lists.keymerge.3.24\n"),
    io:format("~p~n", [catch lists:keymerge(1, [], #{a => 1})]).

c49() ->
    io:put_chars("#c lists.keyreplace.4.3\n"),
    io:format("~p~n", [catch lists:keyreplace(42, 3, [{a,1},{}], {a,1})]).

t49() ->
    io:put_chars("#t lists.keyreplace.4.3\n"),
    try lists:keyreplace(42, 3, [{a,1},{}], {a,1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c50() ->
    io:put_chars("#c lists.keyreplace.4.7\n"),
    io:format("~p~n", [catch lists:keyreplace(a, 3, [], {a,1})]).

c51() ->
    io:put_chars("#c lists.keyreplace.4.11\n"),
    io:format("~p~n", [catch lists:keyreplace([1,[2,<<3>>]], 1, [], {a,1})]).

t51() ->
    io:put_chars("#t lists.keyreplace.4.11\n"),
    try lists:keyreplace([1,[2,<<3>>]], 1, [], {a,1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c52() ->
    io:put_chars("#c lists.keyreplace.4.15\n"),
    io:format("~p~n", [catch lists:keyreplace(42, -1.5, [], {a,1})]).

c53() ->
    io:put_chars("#c lists.keyreplace.4.19\n"),
    io:format("~p~n", [catch lists:keyreplace(42, <<"h\x{e9}llo"/utf8>>, [], {a,1})]).

t53() ->
    io:put_chars("#t lists.keyreplace.4.19\n"),
    try lists:keyreplace(42, <<"h\x{e9}llo"/utf8>>, [], {a,1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c54() ->
    io:put_chars("#c lists.keyreplace.4.23\n"),
    io:format("~p~n", [catch lists:keyreplace(42, 1, 1180591620717411303424, {a,1})]).

c55() ->
    io:put_chars("#c lists.keyreplace.4.27\n"),
    io:format("~p~n", [catch lists:keyreplace(42, 1, [], [a|b])]).

t55() ->
    io:put_chars("#t lists.keyreplace.4.27\n"),
    try lists:keyreplace(42, 1, [], [a|b]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c56() ->
    io:put_chars("#c lists.keyreplace.4.31\n"),
    io:format("~p~n", [catch lists:keyreplace(42, 1, [], [-1])]).

c57() ->
    io:put_chars("#c lists.keysearch.3.3\n"),
    io:format("~p~n", [catch lists:keysearch(42, 3, [{a,1}])]).

t57() ->
    io:put_chars("#t lists.keysearch.3.3\n"),
    try lists:keysearch(42, 3, [{a,1}]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c58() ->
    io:put_chars("#c lists.keysearch.3.7\n"),
    io:format("~p~n", [catch lists:keysearch(a, 1, [{a,1},{}])]).

c59() ->
    io:put_chars("#c lists.keysearch.3.11\n"),
    io:format("~p~n", [catch lists:keysearch(x, 1, [])]).

t59() ->
    io:put_chars("#t lists.keysearch.3.11\n"),
    try lists:keysearch(x, 1, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c60() ->
    io:put_chars("#c lists.keysearch.3.15\n"),
    io:format("~p~n", [catch lists:keysearch(42, #{a => 1}, [])]).

c61() ->
    io:put_chars("#c lists.keysearch.3.19\n"),
    io:format("~p~n", [catch lists:keysearch(42, -1.5, [])]).

t61() ->
    io:put_chars("#t lists.keysearch.3.19\n"),
    try lists:keysearch(42, -1.5, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c62() ->
    io:put_chars("#c lists.keysearch.3.23\n"),
    io:format("~p~n", [catch lists:keysearch(42, 1, fun(X) -> X end)]).

c63() ->
    io:put_chars("#c lists.keysort.2.1\n"),
    io:format("~p~n", [catch lists:keysort(1, [])]).

t63() ->
    io:put_chars("#t lists.keysort.2.1\n"),
    try lists:keysort(1, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c64() ->
    io:put_chars("#c lists.keysort.2.5\n"),
    io:format("~p~n", [catch lists:keysort(3, [{a,1}])]).

c65() ->
    io:put_chars("#c lists.keysort.2.9\n"),
    io:format("~p~n", [catch lists:keysort(#{a => 1}, [])]).

t65() ->
    io:put_chars("#t lists.keysort.2.9\n"),
    try lists:keysort(#{a => 1}, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c66() ->
    io:put_chars("#c lists.keysort.2.13\n"),
    io:format("~p~n", [catch lists:keysort(1, <<1:3>>)]).

c67() ->
    io:put_chars("#c lists.keysort.2.17\n"),
    io:format("~p~n", [catch lists:keysort(1, -1)]).

t67() ->
    io:put_chars("#t lists.keysort.2.17\n"),
    try lists:keysort(1, -1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c68() ->
    io:put_chars("#c lists.keystore.4.3\n"),
    io:format("~p~n", [catch lists:keystore(42, 3, [{a,1},{}], {a,1})]).

c69() ->
    io:put_chars("#c lists.keystore.4.7\n"),
    io:format("~p~n", [catch lists:keystore(a, 3, [], {a,1})]).

t69() ->
    io:put_chars("#t lists.keystore.4.7\n"),
    try lists:keystore(a, 3, [], {a,1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c70() ->
    io:put_chars("#c lists.keystore.4.11\n"),
    io:format("~p~n", [catch lists:keystore(<<"h\x{e9}llo"/utf8>>, 1, [], {a,1})]).

c71() ->
    io:put_chars("#c lists.keystore.4.15\n"),
    io:format("~p~n", [catch lists:keystore(42, {a,b}, [], {a,1})]).

t71() ->
    io:put_chars("#t lists.keystore.4.15\n"),
    try lists:keystore(42, {a,b}, [], {a,1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c72() ->
    io:put_chars("#c lists.keystore.4.19\n"),
    io:format("~p~n", [catch lists:keystore(42, 1180591620717411303424, [], {a,1})]).

c73() ->
    io:put_chars("#c lists.keystore.4.23\n"),
    io:format("~p~n", [catch lists:keystore(42, 1, [1,[2,<<3>>]], {a,1})]).

t73() ->
    io:put_chars("#t lists.keystore.4.23\n"),
    try lists:keystore(42, 1, [1,[2,<<3>>]], {a,1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c74() ->
    io:put_chars("#c lists.keystore.4.27\n"),
    io:format("~p~n", [catch lists:keystore(42, 1, [], [])]).

c75() ->
    io:put_chars("#c lists.keystore.4.31\n"),
    io:format("~p~n", [catch lists:keystore(42, 1, [], fun(X) -> X end)]).

t75() ->
    io:put_chars("#t lists.keystore.4.31\n"),
    try lists:keystore(42, 1, [], fun(X) -> X end) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c76() ->
    io:put_chars("#c lists.keytake.3.3\n"),
    io:format("~p~n", [catch lists:keytake(42, 3, [{a,1}])]).

c77() ->
    io:put_chars("#c lists.keytake.3.7\n"),
    io:format("~p~n", [catch lists:keytake(a, 1, [{a,1},{}])]).

t77() ->
    io:put_chars("#t lists.keytake.3.7\n"),
    try lists:keytake(a, 1, [{a,1},{}]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c78() ->
    io:put_chars("#c lists.keytake.3.11\n"),
    io:format("~p~n", [catch lists:keytake(x, 1, [])]).

c79() ->
    io:put_chars("#c lists.keytake.3.15\n"),
    io:format("~p~n", [catch lists:keytake(42, 0, [])]).

t79() ->
    io:put_chars("#t lists.keytake.3.15\n"),
    try lists:keytake(42, 0, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c80() ->
    io:put_chars("#c lists.keytake.3.19\n"),
    io:format("~p~n", [catch lists:keytake(42, [a|b], [])]).

c81() ->
    io:put_chars("#c lists.keytake.3.23\n"),
    io:format("~p~n", [catch lists:keytake(42, 1, <<1:3>>)]).

t81() ->
    io:put_chars("#t lists.keytake.3.23\n"),
    try lists:keytake(42, 1, <<1:3>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c82() ->
    io:put_chars("#c lists.last.1.1\n"),
    io:format("~p~n", [catch lists:last([a])]).

c83() ->
    io:put_chars("#c lists.last.1.5\n"),
    io:format("~p~n", [catch lists:last(100000000000000000000.0)]).

t83() ->
    io:put_chars("#t lists.last.1.5\n"),
    try lists:last(100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c84() ->
    io:put_chars("#c lists.map.2.1\n"),
    io:format("~p~n", [catch lists:map(fun(X) -> {X} end, [])]).

c85() ->
    io:put_chars("#c lists.map.2.5\n"),
    io:format("~p~n", [catch lists:map(fun(X) -> X + 1 end, [a])]).

t85() ->
    io:put_chars("#t lists.map.2.5\n"),
    try lists:map(fun(X) -> X + 1 end, [a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c86() ->
    io:put_chars("#c lists.map.2.9\n"),
    io:format("~p~n", [catch lists:map(#{a => 1}, [])]).

c87() ->
    io:put_chars("#c lists.map.2.13\n"),
    io:format("~p~n", [catch lists:map(fun(X) -> {X} end, -1.5)]).

t87() ->
    io:put_chars("#t lists.map.2.13\n"),
    try lists:map(fun(X) -> {X} end, -1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c88() ->
    io:put_chars("#c lists.map.2.17\n"),
    io:format("~p~n", [catch lists:map(fun(X) -> {X} end, <<"h\x{e9}llo"/utf8>>)]).

c89() ->
    io:put_chars("#c lists.mapfoldl.3.4\n"),
    io:format("~p~n", [catch lists:mapfoldl(fun(X, Y) -> [X|Y] end, a, [a])]).

t89() ->
    io:put_chars("#t lists.mapfoldl.3.4\n"),
    try lists:mapfoldl(fun(X, Y) -> [X|Y] end, a, [a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c90() ->
    io:put_chars("#c lists.mapfoldl.3.8\n"),
    io:format("~p~n", [catch lists:mapfoldl(fun(X, _Y) -> X + 1 end, a, [a,42,[1,2]])]).

c91() ->
    io:put_chars("#c lists.mapfoldl.3.12\n"),
    io:format("~p~n", [catch lists:mapfoldl(-1.5, 42, [])]).

t91() ->
    io:put_chars("#t lists.mapfoldl.3.12\n"),
    try lists:mapfoldl(-1.5, 42, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c92() ->
    io:put_chars("#c lists.mapfoldl.3.16\n"),
    io:format("~p~n", [catch lists:mapfoldl(fun(X, Y) -> [X|Y] end, -1, [])]).

c93() ->
    io:put_chars("#c lists.mapfoldl.3.20\n"),
    io:format("~p~n", [catch lists:mapfoldl(fun(X, Y) -> [X|Y] end, [1,[2,<<3>>]], [])]).

t93() ->
    io:put_chars("#t lists.mapfoldl.3.20\n"),
    try lists:mapfoldl(fun(X, Y) -> [X|Y] end, [1,[2,<<3>>]], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c94() ->
    io:put_chars("#c lists.mapfoldl.3.24\n"),
    io:format("~p~n", [catch lists:mapfoldl(fun(X, Y) -> [X|Y] end, 42, [a|b])]).

c95() ->
    io:put_chars("#c lists.mapfoldr.3.3\n"),
    io:format("~p~n", [catch lists:mapfoldr(fun(X, Y) -> [X|Y] end, [1,2], [a])]).

t95() ->
    io:put_chars("#t lists.mapfoldr.3.3\n"),
    try lists:mapfoldr(fun(X, Y) -> [X|Y] end, [1,2], [a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c96() ->
    io:put_chars("#c lists.mapfoldr.3.7\n"),
    io:format("~p~n", [catch lists:mapfoldr(fun(X, _Y) -> X + 1 end, [1,2], [a,42,[1,2]])]).

c97() ->
    io:put_chars("#c lists.mapfoldr.3.11\n"),
    io:format("~p~n", [catch lists:mapfoldr(1180591620717411303424, 42, [])]).

t97() ->
    io:put_chars("#t lists.mapfoldr.3.11\n"),
    try lists:mapfoldr(1180591620717411303424, 42, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c98() ->
    io:put_chars("#c lists.mapfoldr.3.15\n"),
    io:format("~p~n", [catch lists:mapfoldr(fun(X, Y) -> [X|Y] end, [], [])]).

c99() ->
    io:put_chars("#c lists.mapfoldr.3.19\n"),
    io:format("~p~n", [catch lists:mapfoldr(fun(X, Y) -> [X|Y] end, fun(X) -> X end, [])]).

t99() ->
    io:put_chars("#t lists.mapfoldr.3.19\n"),
    try lists:mapfoldr(fun(X, Y) -> [X|Y] end, fun(X) -> X end, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c100() ->
    io:put_chars("#c lists.mapfoldr.3.23\n"),
    io:format("~p~n", [catch lists:mapfoldr(fun(X, Y) -> [X|Y] end, 42, "\x{65e5}\x{672c}")]).

c101() ->
    io:put_chars("#c lists.max.1.1\n"),
    io:format("~p~n", [catch lists:max([a])]).

t101() ->
    io:put_chars("#t lists.max.1.1\n"),
    try lists:max([a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c102() ->
    io:put_chars("#c lists.max.1.5\n"),
    io:format("~p~n", [catch lists:max("\x{65e5}\x{672c}")]).

c103() ->
    io:put_chars("#c lists.member.2.1\n"),
    io:format("~p~n", [catch lists:member(42, [])]).

t103() ->
    io:put_chars("#t lists.member.2.1\n"),
    try lists:member(42, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c104() ->
    io:put_chars("#c lists.member.2.5\n"),
    io:format("~p~n", [catch lists:member([1,2], [a])]).

c105() ->
    io:put_chars("#c lists.member.2.9\n"),
    io:format("~p~n", [catch lists:member([1,[2,<<3>>]], [])]).

t105() ->
    io:put_chars("#t lists.member.2.9\n"),
    try lists:member([1,[2,<<3>>]], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c106() ->
    io:put_chars("#c lists.member.2.13\n"),
    io:format("~p~n", [catch lists:member("\x{65e5}\x{672c}", [])]).

c107() ->
    io:put_chars("#c lists.member.2.17\n"),
    io:format("~p~n", [catch lists:member(42, {a,b})]).

t107() ->
    io:put_chars("#t lists.member.2.17\n"),
    try lists:member(42, {a,b}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c108() ->
    io:put_chars("#c lists.merge.1.1\n"),
    io:format("~p~n", [catch lists:merge([[a,42,[1,2]]])]).

c109() ->
    io:put_chars("#c lists.merge.1.5\n"),
    io:format("~p~n", [catch lists:merge(<<1,2>>)]).

t109() ->
    io:put_chars("#t lists.merge.1.5\n"),
    try lists:merge(<<1,2>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c110() ->
    io:put_chars("#c lists.merge.2.1\n"),
    io:format("~p~n", [catch lists:merge([], [])]).

c111() ->
    io:put_chars("#c lists.merge.2.5\n"),
    io:format("~p~n", [catch lists:merge([a], [a])]).

t111() ->
    io:put_chars("#t lists.merge.2.5\n"),
    try lists:merge([a], [a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c112() ->
    io:put_chars("#c lists.merge.2.9\n"),
    io:format("~p~n", [catch lists:merge("\x{65e5}\x{672c}", [])]).

c113() ->
    io:put_chars("#c lists.merge.2.13\n"),
    io:format("~p~n", [catch lists:merge(100000000000000000000.0, [])]).

t113() ->
    io:put_chars("#t lists.merge.2.13\n"),
    try lists:merge(100000000000000000000.0, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c114() ->
    io:put_chars("#c lists.merge.2.17\n"),
    io:format("~p~n", [catch lists:merge([], <<"h\x{e9}llo"/utf8>>)]).

c115() ->
    io:put_chars("#c lists.merge.3.2\n"),
    io:format("~p~n", [catch lists:merge(fun(X, Y) -> X =< Y end, [], [a,42,[1,2]])]).

t115() ->
    io:put_chars("#t lists.merge.3.2\n"),
    try lists:merge(fun(X, Y) -> X =< Y end, [], [a,42,[1,2]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c116() ->
    io:put_chars("#c lists.merge.3.6\n"),
    io:format("~p~n", [catch lists:merge(fun(X, _Y) -> X + 1 end, [a], [])]).

c117() ->
    io:put_chars("#c lists.merge.3.10\n"),
    io:format("~p~n", [catch lists:merge(<<1,2>>, [], [])]).

t117() ->
    io:put_chars("#t lists.merge.3.10\n"),
    try lists:merge(<<1,2>>, [], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c118() ->
    io:put_chars("#c lists.merge.3.14\n"),
    io:format("~p~n", [catch lists:merge([], [], [])]).

c119() ->
    io:put_chars("#c lists.merge.3.18\n"),
    io:format("~p~n", [catch lists:merge(fun(X, Y) -> X =< Y end, <<"h\x{e9}llo"/utf8>>, [])]).

t119() ->
    io:put_chars("#t lists.merge.3.18\n"),
    try lists:merge(fun(X, Y) -> X =< Y end, <<"h\x{e9}llo"/utf8>>, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c120() ->
    io:put_chars("#c lists.merge.3.22\n"),
    io:format("~p~n", [catch lists:merge(fun(X, Y) -> X =< Y end, [], "")]).

c121() ->
    io:put_chars("#c lists.merge.3.26\n"),
    io:format("~p~n", [catch lists:merge(fun(X, Y) -> X =< Y end, [], #{a => 1})]).

t121() ->
    io:put_chars("#t lists.merge.3.26\n"),
    try lists:merge(fun(X, Y) -> X =< Y end, [], #{a => 1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c122() ->
    io:put_chars("#c lists.merge3.3.4\n"),
    io:format("~p~n", [catch lists:merge3([a], [], [a,42,[1,2]])]).

c123() ->
    io:put_chars("#c lists.merge3.3.8\n"),
    io:format("~p~n", [catch lists:merge3([a,42,[1,2]], [a,42,[1,2]], [a,42,[1,2]])]).

t123() ->
    io:put_chars("#t lists.merge3.3.8\n"),
    try lists:merge3([a,42,[1,2]], [a,42,[1,2]], [a,42,[1,2]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c124() ->
    io:put_chars("#c lists.merge3.3.12\n"),
    io:format("~p~n", [catch lists:merge3([-1], [], [])]).

c125() ->
    io:put_chars("#c lists.merge3.3.16\n"),
    io:format("~p~n", [catch lists:merge3([], [1,[2,<<3>>]], [])]).

t125() ->
    io:put_chars("#t lists.merge3.3.16\n"),
    try lists:merge3([], [1,[2,<<3>>]], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c126() ->
    io:put_chars("#c lists.merge3.3.20\n"),
    io:format("~p~n", [catch lists:merge3([], "\x{65e5}\x{672c}", [])]).

c127() ->
    io:put_chars("#c lists.merge3.3.24\n"),
    io:format("~p~n", [catch lists:merge3([], [], [-1])]).

t127() ->
    io:put_chars("#t lists.merge3.3.24\n"),
    try lists:merge3([], [], [-1]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c128() ->
    io:put_chars("#c lists.min.1.2\n"),
    io:format("~p~n", [catch lists:min([a,42,[1,2]])]).

c129() ->
    io:put_chars("#c lists.min.1.6\n"),
    io:format("~p~n", [catch lists:min(100000000000000000000.0)]).

t129() ->
    io:put_chars("#t lists.min.1.6\n"),
    try lists:min(100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c130() ->
    io:put_chars("#c lists.module_info.1.1\n"),
    io:format("~p~n", [catch lists:module_info(42)]).

c131() ->
    io:put_chars("#c lists.module_info.1.5\n"),
    io:format("~p~n", [catch lists:module_info("h\x{e9}llo")]).

t131() ->
    io:put_chars("#t lists.module_info.1.5\n"),
    try lists:module_info("h\x{e9}llo") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c132() ->
    io:put_chars("#c lists.module_info.1.9\n"),
    io:format("~p~n", [catch lists:module_info('\x{e9}t\x{e9}')]).

c133() ->
    io:put_chars("#c lists.nth.2.4\n"),
    io:format("~p~n", [catch lists:nth(3, [a,42,[1,2]])]).

t133() ->
    io:put_chars("#t lists.nth.2.4\n"),
    try lists:nth(3, [a,42,[1,2]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c134() ->
    io:put_chars("#c lists.nth.2.8\n"),
    io:format("~p~n", [catch lists:nth(-1.5, [a])]).

c135() ->
    io:put_chars("#c lists.nth.2.12\n"),
    io:format("~p~n", [catch lists:nth(1, 0)]).

t135() ->
    io:put_chars("#t lists.nth.2.12\n"),
    try lists:nth(1, 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c136() ->
    io:put_chars("#c lists.nth.2.16\n"),
    io:format("~p~n", [catch lists:nth(1, [a|b])]).

c137() ->
    io:put_chars("#c lists.nthtail.2.4\n"),
    io:format("~p~n", [catch lists:nthtail(5, [a,42,[1,2]])]).

t137() ->
    io:put_chars("#t lists.nthtail.2.4\n"),
    try lists:nthtail(5, [a,42,[1,2]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c138() ->
    io:put_chars("#c lists.nthtail.2.8\n"),
    io:format("~p~n", [catch lists:nthtail(x, [a])]).

c139() ->
    io:put_chars("#c lists.nthtail.2.12\n"),
    io:format("~p~n", [catch lists:nthtail(0, "")]).

t139() ->
    io:put_chars("#t lists.nthtail.2.12\n"),
    try lists:nthtail(0, "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c140() ->
    io:put_chars("#c lists.nthtail.2.16\n"),
    io:format("~p~n", [catch lists:nthtail(0, #{a => 1})]).

c141() ->
    io:put_chars("#c lists.partition.2.4\n"),
    io:format("~p~n", [catch lists:partition(fun(X) -> X + 1 end, [])]).

t141() ->
    io:put_chars("#t lists.partition.2.4\n"),
    try lists:partition(fun(X) -> X + 1 end, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c142() ->
    io:put_chars("#c lists.partition.2.8\n"),
    io:format("~p~n", [catch lists:partition(x, [])]).

c143() ->
    io:put_chars("#c lists.partition.2.12\n"),
    io:format("~p~n", [catch lists:partition("", [])]).

t143() ->
    io:put_chars("#t lists.partition.2.12\n"),
    try lists:partition("", []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c144() ->
    io:put_chars("#c lists.partition.2.16\n"),
    io:format("~p~n", [catch lists:partition(fun(X) -> X > 1 end, {a,b})]).

c145() ->
    io:put_chars("#c lists.prefix.2.2\n"),
    io:format("~p~n", [catch lists:prefix([], [a])]).

t145() ->
    io:put_chars("#t lists.prefix.2.2\n"),
    try lists:prefix([], [a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c146() ->
    io:put_chars("#c lists.prefix.2.6\n"),
    io:format("~p~n", [catch lists:prefix([a], [a,42,[1,2]])]).

c147() ->
    io:put_chars("#c lists.prefix.2.10\n"),
    io:format("~p~n", [catch lists:prefix(-1, [])]).

t147() ->
    io:put_chars("#t lists.prefix.2.10\n"),
    try lists:prefix(-1, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c148() ->
    io:put_chars("#c lists.prefix.2.14\n"),
    io:format("~p~n", [catch lists:prefix([1,[2,<<3>>]], [])]).

c149() ->
    io:put_chars("#c lists.prefix.2.18\n"),
    io:format("~p~n", [catch lists:prefix([], '\x{e9}t\x{e9}')]).

t149() ->
    io:put_chars("#t lists.prefix.2.18\n"),
    try lists:prefix([], '\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c150() ->
    io:put_chars("#c lists.reverse.1.2\n"),
    io:format("~p~n", [catch lists:reverse([a])]).

c151() ->
    io:put_chars("#c lists.reverse.1.6\n"),
    io:format("~p~n", [catch lists:reverse([1,[2,<<3>>]])]).

t151() ->
    io:put_chars("#t lists.reverse.1.6\n"),
    try lists:reverse([1,[2,<<3>>]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c152() ->
    io:put_chars("#c lists.reverse.2.1\n"),
    io:format("~p~n", [catch lists:reverse([], 42)]).

c153() ->
    io:put_chars("#c lists.reverse.2.5\n"),
    io:format("~p~n", [catch lists:reverse([a], [1,2])]).

t153() ->
    io:put_chars("#t lists.reverse.2.5\n"),
    try lists:reverse([a], [1,2]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c154() ->
    io:put_chars("#c lists.reverse.2.9\n"),
    io:format("~p~n", [catch lists:reverse(x, 42)]).

c155() ->
    io:put_chars("#c lists.reverse.2.13\n"),
    io:format("~p~n", [catch lists:reverse("", 42)]).

t155() ->
    io:put_chars("#t lists.reverse.2.13\n"),
    try lists:reverse("", 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c156() ->
    io:put_chars("#c lists.reverse.2.17\n"),
    io:format("~p~n", [catch lists:reverse([], [])]).

c157() ->
    io:put_chars("#c lists.search.2.1\n"),
    io:format("~p~n", [catch lists:search(fun(X) -> X > 1 end, [])]).

t157() ->
    io:put_chars("#t lists.search.2.1\n"),
    try lists:search(fun(X) -> X > 1 end, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c158() ->
    io:put_chars("#c lists.search.2.5\n"),
    io:format("~p~n", [catch lists:search(fun(X) -> X + 1 end, [a])]).

c159() ->
    io:put_chars("#c lists.search.2.9\n"),
    io:format("~p~n", [catch lists:search(<<1,2>>, [])]).

t159() ->
    io:put_chars("#t lists.search.2.9\n"),
    try lists:search(<<1,2>>, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c160() ->
    io:put_chars("#c lists.search.2.13\n"),
    io:format("~p~n", [catch lists:search(fun(X) -> X > 1 end, -1)]).

c161() ->
    io:put_chars("#c lists.search.2.17\n"),
    io:format("~p~n", [catch lists:search(fun(X) -> X > 1 end, [1,[2,<<3>>]])]).

t161() ->
    io:put_chars("#t lists.search.2.17\n"),
    try lists:search(fun(X) -> X > 1 end, [1,[2,<<3>>]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c162() ->
    io:put_chars("#c lists.seq.2.3\n"),
    io:format("~p~n", [catch lists:seq(-3, 7)]).

c163() ->
    io:put_chars("#c lists.seq.2.7\n"),
    io:format("~p~n", [catch lists:seq(7, -3)]).

t163() ->
    io:put_chars("#t lists.seq.2.7\n"),
    try lists:seq(7, -3) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c164() ->
    io:put_chars("#c lists.seq.2.11\n"),
    io:format("~p~n", [catch lists:seq(100000000000000000000.0, -3)]).

c165() ->
    io:put_chars("#c lists.seq.2.15\n"),
    io:format("~p~n", [catch lists:seq(-3, {a,b})]).

t165() ->
    io:put_chars("#t lists.seq.2.15\n"),
    try lists:seq(-3, {a,b}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c166() ->
    io:put_chars("#c lists.seq.3.1\n"),
    io:format("~p~n", [catch lists:seq(-3, -3, -3)]).

c167() ->
    io:put_chars("#c lists.seq.3.5\n"),
    io:format("~p~n", [catch lists:seq(0, 0, 7)]).

t167() ->
    io:put_chars("#t lists.seq.3.5\n"),
    try lists:seq(0, 0, 7) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c168() ->
    io:put_chars("#c lists.seq.3.9\n"),
    io:format("~p~n", [catch lists:seq(<<1,2>>, -3, -3)]).

c169() ->
    io:put_chars("#c lists.seq.3.13\n"),
    io:format("~p~n", [catch lists:seq([], -3, -3)]).

t169() ->
    io:put_chars("#t lists.seq.3.13\n"),
    try lists:seq([], -3, -3) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c170() ->
    io:put_chars("#c lists.seq.3.17\n"),
    io:format("~p~n", [catch lists:seq(-3, [1,[2,<<3>>]], -3)]).

c171() ->
    io:put_chars("#c lists.seq.3.21\n"),
    io:format("~p~n", [catch lists:seq(-3, -3, fun(X) -> X end)]).

t171() ->
    io:put_chars("#t lists.seq.3.21\n"),
    try lists:seq(-3, -3, fun(X) -> X end) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c172() ->
    io:put_chars("#c lists.seq.3.25\n"),
    io:format("~p~n", [catch lists:seq(-3, -3, "h\x{e9}llo")]).

c173() ->
    io:put_chars("#c lists.sort.1.3\n"),
    io:format("~p~n", [catch lists:sort([a,42,[1,2]])]).

t173() ->
    io:put_chars("#t lists.sort.1.3\n"),
    try lists:sort([a,42,[1,2]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c174() ->
    io:put_chars("#c lists.sort.1.7\n"),
    io:format("~p~n", [catch lists:sort(fun(X) -> X end)]).

c175() ->
    io:put_chars("#c lists.sort.2.2\n"),
    io:format("~p~n", [catch lists:sort(fun(X, Y) -> X =< Y end, [a])]).

t175() ->
    io:put_chars("#t lists.sort.2.2\n"),
    try lists:sort(fun(X, Y) -> X =< Y end, [a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c176() ->
    io:put_chars("#c lists.sort.2.6\n"),
    io:format("~p~n", [catch lists:sort(fun(X, _Y) -> X + 1 end, [a,42,[1,2]])]).

c177() ->
    io:put_chars("#c lists.sort.2.10\n"),
    io:format("~p~n", [catch lists:sort(fun(X) -> X end, [])]).

t177() ->
    io:put_chars("#t lists.sort.2.10\n"),
    try lists:sort(fun(X) -> X end, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c178() ->
    io:put_chars("#c lists.sort.2.14\n"),
    io:format("~p~n", [catch lists:sort(fun(X, Y) -> X =< Y end, '\x{e9}t\x{e9}')]).

c179() ->
    io:put_chars("#c lists.sort.2.18\n"),
    io:format("~p~n", [catch lists:sort(fun(X, Y) -> X =< Y end, <<1,2>>)]).

t179() ->
    io:put_chars("#t lists.sort.2.18\n"),
    try lists:sort(fun(X, Y) -> X =< Y end, <<1,2>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c180() ->
    io:put_chars("#c lists.split.2.4\n"),
    io:format("~p~n", [catch lists:split(5, [])]).

c181() ->
    io:put_chars("#c lists.split.2.8\n"),
    io:format("~p~n", [catch lists:split(fun(X) -> X end, [])]).

t181() ->
    io:put_chars("#t lists.split.2.8\n"),
    try lists:split(fun(X) -> X end, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c182() ->
    io:put_chars("#c lists.split.2.12\n"),
    io:format("~p~n", [catch lists:split("h\x{e9}llo", [])]).

c183() ->
    io:put_chars("#c lists.split.2.16\n"),
    io:format("~p~n", [catch lists:split(0, [a|b])]).

t183() ->
    io:put_chars("#t lists.split.2.16\n"),
    try lists:split(0, [a|b]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c184() ->
    io:put_chars("#c lists.splitwith.2.3\n"),
    io:format("~p~n", [catch lists:splitwith(fun(X) -> X > 1 end, [a,42,[1,2]])]).

c185() ->
    io:put_chars("#c lists.splitwith.2.7\n"),
    io:format("~p~n", [catch lists:splitwith([1,[2,<<3>>]], [])]).

t185() ->
    io:put_chars("#t lists.splitwith.2.7\n"),
    try lists:splitwith([1,[2,<<3>>]], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c186() ->
    io:put_chars("#c lists.splitwith.2.11\n"),
    io:format("~p~n", [catch lists:splitwith("\x{65e5}\x{672c}", [])]).

c187() ->
    io:put_chars("#c lists.splitwith.2.15\n"),
    io:format("~p~n", [catch lists:splitwith(fun(X) -> X > 1 end, [-1])]).

t187() ->
    io:put_chars("#t lists.splitwith.2.15\n"),
    try lists:splitwith(fun(X) -> X > 1 end, [-1]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c188() ->
    io:put_chars("#c lists.sublist.2.1\n"),
    io:format("~p~n", [catch lists:sublist([], 0)]).

c189() ->
    io:put_chars("#c lists.sublist.2.5\n"),
    io:format("~p~n", [catch lists:sublist([a,42,[1,2]], 0)]).

t189() ->
    io:put_chars("#t lists.sublist.2.5\n"),
    try lists:sublist([a,42,[1,2]], 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c190() ->
    io:put_chars("#c lists.sublist.2.9\n"),
    io:format("~p~n", [catch lists:sublist(1180591620717411303424, 0)]).

c191() ->
    io:put_chars("#c lists.sublist.2.13\n"),
    io:format("~p~n", [catch lists:sublist([], "\x{65e5}\x{672c}")]).

t191() ->
    io:put_chars("#t lists.sublist.2.13\n"),
    try lists:sublist([], "\x{65e5}\x{672c}") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c192() ->
    io:put_chars("#c lists.sublist.2.17\n"),
    io:format("~p~n", [catch lists:sublist([], [])]).

c193() ->
    io:put_chars("#c lists.sublist.3.4\n"),
    io:format("~p~n", [catch lists:sublist([a], 1, 0)]).

t193() ->
    io:put_chars("#t lists.sublist.3.4\n"),
    try lists:sublist([a], 1, 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c194() ->
    io:put_chars("#c lists.sublist.3.8\n"),
    io:format("~p~n", [catch lists:sublist([a,42,[1,2]], 3, 5)]).

c195() ->
    io:put_chars("#c lists.sublist.3.12\n"),
    io:format("~p~n", [catch lists:sublist("\x{65e5}\x{672c}", 1, 0)]).

t195() ->
    io:put_chars("#t lists.sublist.3.12\n"),
    try lists:sublist("\x{65e5}\x{672c}", 1, 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c196() ->
    io:put_chars("#c lists.sublist.3.16\n"),
    io:format("~p~n", [catch lists:sublist([], <<1,2>>, 0)]).

c197() ->
    io:put_chars("#c lists.sublist.3.20\n"),
    io:format("~p~n", [catch lists:sublist([], [], 0)]).

t197() ->
    io:put_chars("#t lists.sublist.3.20\n"),
    try lists:sublist([], [], 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c198() ->
    io:put_chars("#c lists.sublist.3.24\n"),
    io:format("~p~n", [catch lists:sublist([], 1, x)]).

c199() ->
    io:put_chars("#c lists.subtract.2.2\n"),
    io:format("~p~n", [catch lists:subtract([], [a])]).

t199() ->
    io:put_chars("#t lists.subtract.2.2\n"),
    try lists:subtract([], [a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c200() ->
    io:put_chars("#c lists.subtract.2.6\n"),
    io:format("~p~n", [catch lists:subtract([a], [a,42,[1,2]])]).


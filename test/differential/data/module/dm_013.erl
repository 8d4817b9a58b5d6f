-module(dm_013).
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
    io:put_chars("#c ordsets.fold.3.10\n"),
    io:format("~p~n", [catch ordsets:fold(1180591620717411303424, 42, [])]).

t1() ->
    io:put_chars("#t ordsets.fold.3.10\n"),
    try ordsets:fold(1180591620717411303424, 42, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c2() ->
    io:put_chars("#c ordsets.fold.3.14\n"),
    io:format("~p~n", [catch ordsets:fold(0, 42, [])]).

c3() ->
    io:put_chars("#c ordsets.fold.3.18\n"),
    io:format("~p~n", [catch ordsets:fold(fun(X, Y) -> [X|Y] end, [-1], [])]).

t3() ->
    io:put_chars("#t ordsets.fold.3.18\n"),
    try ordsets:fold(fun(X, Y) -> [X|Y] end, [-1], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c4() ->
    io:put_chars("#c ordsets.fold.3.22\n"),
    io:format("~p~n", [catch ordsets:fold(fun(X, Y) -> [X|Y] end, 42, #{a => 1})]).

c5() ->
    io:put_chars("#c ordsets.from_list.1.1\n"),
    io:format("~p~n", [catch ordsets:from_list([])]).

t5() ->
    io:put_chars("#t ordsets.from_list.1.1\n"),
    try ordsets:from_list([]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c6() ->
    io:put_chars("#c ordsets.from_list.1.5\n"),
    io:format("~p~n", [catch ordsets:from_list({a,b})]).

c7() ->
    io:put_chars("#c ordsets.from_list.1.9\n"),
    io:format("~p~n", [catch ordsets:from_list(1180591620717411303424)]).

t7() ->
    io:put_chars("#t ordsets.from_list.1.9\n"),
    try ordsets:from_list(1180591620717411303424) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c8() ->
    io:put_chars("#c ordsets.intersection.1.4\n"),
    io:format("~p~n", [catch ordsets:intersection([])]).

c9() ->
    io:put_chars("#c ordsets.intersection.1.8\n"),
    io:format("~p~n", [catch ordsets:intersection(fun(X) -> X end)]).

t9() ->
    io:put_chars("#t ordsets.intersection.1.8\n"),
    try ordsets:intersection(fun(X) -> X end) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c10() ->
    io:put_chars("#c ordsets.intersection.2.4\n"),
    io:format("~p~n", [catch ordsets:intersection([a], [])]).

c11() ->
    io:put_chars("#c ordsets.intersection.2.8\n"),
    io:format("~p~n", [catch ordsets:intersection([a,42,[1,2]], [a,42,[1,2]])]).

t11() ->
    io:put_chars("#t ordsets.intersection.2.8\n"),
    try ordsets:intersection([a,42,[1,2]], [a,42,[1,2]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c12() ->
    io:put_chars("#c ordsets.intersection.2.12\n"),
    io:format("~p~n", [catch ordsets:intersection(<<1:3>>, [])]).

c13() ->
    io:put_chars("#c ordsets.intersection.2.16\n"),
    io:format("~p~n", [catch ordsets:intersection([], '\x{e9}t\x{e9}')]).

t13() ->
    io:put_chars("#t ordsets.intersection.2.16\n"),
    try ordsets:intersection([], '\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c14() ->
    io:put_chars("#c ordsets.is_disjoint.2.1\n"),
    io:format("~p~n", [catch ordsets:is_disjoint([], [])]).

c15() ->
    io:put_chars("#c ordsets.is_disjoint.2.5\n"),
    io:format("~p~n", [catch ordsets:is_disjoint([a], [a])]).

t15() ->
    io:put_chars("#t ordsets.is_disjoint.2.5\n"),
    try ordsets:is_disjoint([a], [a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c16() ->
    io:put_chars("#c ordsets.is_disjoint.2.9\n"),
    io:format("~p~n", [catch ordsets:is_disjoint(x, [])]).

c17() ->
    io:put_chars("#c ordsets.is_disjoint.2.13\n"),
    io:format("~p~n", [catch ordsets:is_disjoint("", [])]).

t17() ->
    io:put_chars("#t ordsets.is_disjoint.2.13\n"),
    try ordsets:is_disjoint("", []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c18() ->
    io:put_chars("#c ordsets.is_disjoint.2.17\n"),
    io:format("~p~n", [catch ordsets:is_disjoint([], [1,[2,<<3>>]])]).

c19() ->
    io:put_chars("#c ordsets.is_element.2.1\n"),
    io:format("~p~n", [catch ordsets:is_element(42, [])]).

t19() ->
    io:put_chars("#t ordsets.is_element.2.1\n"),
    try ordsets:is_element(42, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c20() ->
    io:put_chars("#c ordsets.is_element.2.5\n"),
    io:format("~p~n", [catch ordsets:is_element([1,2], [a])]).

c21() ->
    io:put_chars("#c ordsets.is_element.2.9\n"),
    io:format("~p~n", [catch ordsets:is_element(-1.5, [])]).

t21() ->
    io:put_chars("#t ordsets.is_element.2.9\n"),
    try ordsets:is_element(-1.5, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c22() ->
    io:put_chars("#c ordsets.is_element.2.13\n"),
    io:format("~p~n", [catch ordsets:is_element(<<"h\x{e9}llo"/utf8>>, [])]).

c23() ->
    io:put_chars("#c ordsets.is_element.2.17\n"),
    io:format("~p~n", [catch ordsets:is_element(42, <<"h\x{e9}llo"/utf8>>)]).

t23() ->
    io:put_chars("#t ordsets.is_element.2.17\n"),
    try ordsets:is_element(42, <<"h\x{e9}llo"/utf8>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c24() ->
    io:put_chars("#c ordsets.is_empty.1.1\n"),
    io:format("~p~n", [catch ordsets:is_empty([])]).

c25() ->
    io:put_chars("#c ordsets.is_empty.1.5\n"),
    io:format("~p~n", [catch ordsets:is_empty('\x{e9}t\x{e9}')]).

t25() ->
    io:put_chars("#t ordsets.is_empty.1.5\n"),
    try ordsets:is_empty('\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c26() ->
    io:put_chars("#c ordsets.is_empty.1.9\n"),
    io:format("~p~n", [catch ordsets:is_empty(<<1,2>>)]).

c27() ->
    io:put_chars("#c ordsets.is_set.1.4\n"),
    io:format("~p~n", [catch ordsets:is_set(0)]).

t27() ->
    io:put_chars("#t ordsets.is_set.1.4\n"),
    try ordsets:is_set(0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c28() ->
    io:put_chars("#c ordsets.is_set.1.8\n"),
    io:format("~p~n", [catch ordsets:is_set([a|b])]).

c29() ->
    io:put_chars("#c ordsets.is_subset.2.3\n"),
    io:format("~p~n", [catch ordsets:is_subset([], [a,42,[1,2]])]).

t29() ->
    io:put_chars("#t ordsets.is_subset.2.3\n"),
    try ordsets:is_subset([], [a,42,[1,2]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c30() ->
    io:put_chars("#c ordsets.is_subset.2.7\n"),
    io:format("~p~n", [catch ordsets:is_subset([a,42,[1,2]], [])]).

c31() ->
    io:put_chars("#c ordsets.is_subset.2.11\n"),
    io:format("~p~n", [catch ordsets:is_subset(1180591620717411303424, [])]).

t31() ->
    io:put_chars("#t ordsets.is_subset.2.11\n"),
    try ordsets:is_subset(1180591620717411303424, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c32() ->
    io:put_chars("#c ordsets.is_subset.2.15\n"),
    io:format("~p~n", [catch ordsets:is_subset([], 0)]).

c33() ->
    io:put_chars("#c ordsets.is_subset.2.19\n"),
    io:format("~p~n", [catch ordsets:is_subset([], <<1:3>>)]).

t33() ->
    io:put_chars("#t ordsets.is_subset.2.19\n"),
    try ordsets:is_subset([], <<1:3>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c34() ->
    io:put_chars("#c ordsets.size.1.3\n"),
    io:format("~p~n", [catch ordsets:size([a,42,[1,2]])]).

c35() ->
    io:put_chars("#c ordsets.size.1.7\n"),
    io:format("~p~n", [catch ordsets:size("\x{65e5}\x{672c}")]).

t35() ->
    io:put_chars("#t ordsets.size.1.7\n"),
    try ordsets:size("\x{65e5}\x{672c}") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c36() ->
    io:put_chars("#c ordsets.subtract.2.2\n"),
    io:format("~p~n", [catch ordsets:subtract([], [a])]).

c37() ->
    io:put_chars("#c ordsets.subtract.2.6\n"),
    io:format("~p~n", [catch ordsets:subtract([a], [a,42,[1,2]])]).

t37() ->
    io:put_chars("#t ordsets.subtract.2.6\n"),
    try ordsets:subtract([a], [a,42,[1,2]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c38() ->
    io:put_chars("#c ordsets.subtract.2.10\n"),
    io:format("~p~n", [catch ordsets:subtract("h\x{e9}llo", [])]).

c39() ->
    io:put_chars("#c ordsets.subtract.2.14\n"),
    io:format("~p~n", [catch ordsets:subtract('\x{e9}t\x{e9}', [])]).

t39() ->
    io:put_chars("#t ordsets.subtract.2.14\n"),
    try ordsets:subtract('\x{e9}t\x{e9}', []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c40() ->
    io:put_chars("#c ordsets.subtract.2.18\n"),
    io:format("~p~n", [catch ordsets:subtract([], x)]).

c41() ->
    io:put_chars("#c ordsets.to_list.1.2\n"),
    io:format("~p~n", [catch ordsets:to_list([a])]).

t41() ->
    io:put_chars("#t ordsets.to_list.1.2\n"),
    try ordsets:to_list([a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c42() ->
    io:put_chars("#c ordsets.to_list.1.6\n"),
    io:format("~p~n", [catch ordsets:to_list(1180591620717411303424)]).

c43() ->
    io:put_chars("#c ordsets.union.1.1\n"),
    io:format("~p~n", [catch ordsets:union([[a,42,[1,2]]])]).

t43() ->
    io:put_chars("#t ordsets.union.1.1\n"),
    try ordsets:union([[a,42,[1,2]]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c44() ->
    io:put_chars("#c ordsets.union.1.5\n"),
    io:format("~p~n", [catch ordsets:union(1180591620717411303424)]).

c45() ->
    io:put_chars("#c ordsets.union.1.9\n"),
    io:format("~p~n", [catch ordsets:union(0)]).

t45() ->
    io:put_chars("#t ordsets.union.1.9\n"),
    try ordsets:union(0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c46() ->
    io:put_chars("#c ordsets.union.2.4\n"),
    io:format("~p~n", [catch ordsets:union([a], [])]).

c47() ->
    io:put_chars("#c ordsets.union.2.8\n"),
    io:format("~p~n", [catch ordsets:union([a,42,[1,2]], [a,42,[1,2]])]).

t47() ->
    io:put_chars("#t ordsets.union.2.8\n"),
    try ordsets:union([a,42,[1,2]], [a,42,[1,2]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c48() ->
    io:put_chars("#c ordsets.union.2.12\n"),
    io:format("~p~n", [catch ordsets:union(<<1,2>>, [])]).

c49() ->
    io:put_chars("#c ordsets.union.2.16\n"),
    io:format("~p~n", [catch ordsets:union([], fun(X) -> X end)]).

t49() ->
    io:put_chars("#t ordsets.union.2.16\n"),
    try ordsets:union([], fun(X) -> X end) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c50() ->
    io:put_chars("#c ordsets.union.2.20\n"),
    io:format("~p~n", [catch ordsets:union([], "h\x{e9}llo")]).

c51() ->
    io:put_chars("#c array.default.1.4\n"),
    io:format("~p~n", [catch array:default([])]).

t51() ->
    io:put_chars("#t array.default.1.4\n"),
    try array:default([]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c52() ->
    io:put_chars("#c array.default.1.8\n"),
    io:format("~p~n", [catch array:default(fun(X) -> X end)]).

c53() ->
    io:put_chars("#c array.fix.1.3\n"),
    io:format("~p~n", [catch array:fix(a)]).

t53() ->
    io:put_chars("#t array.fix.1.3\n"),
    try array:fix(a) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c54() ->
    io:put_chars("#c array.fix.1.7\n"),
    io:format("~p~n", [catch array:fix("h\x{e9}llo")]).

c55() ->
    io:put_chars("#c array.foldl.3.2\n"),
    io:format("~p~n", [catch array:foldl(fun(X, Y, Z) -> {X, Y, Z} end, 42, a)]).

t55() ->
    io:put_chars("#t array.foldl.3.2\n"),
    try array:foldl(fun(X, Y, Z) -> {X, Y, Z} end, 42, a) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c56() ->
    io:put_chars("#c array.foldl.3.6\n"),
    io:format("~p~n", [catch array:foldl(fun(X, _Y, _Z) -> X + 1 end, [1,2], 42)]).

c57() ->
    io:put_chars("#c array.foldl.3.10\n"),
    io:format("~p~n", [catch array:foldl(1180591620717411303424, 42, 42)]).

t57() ->
    io:put_chars("#t array.foldl.3.10\n"),
    try array:foldl(1180591620717411303424, 42, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c58() ->
    io:put_chars("#c array.foldl.3.14\n"),
    io:format("~p~n", [catch array:foldl(0, 42, 42)]).

c59() ->
    io:put_chars("#c array.foldl.3.18\n"),
    io:format("~p~n", [catch array:foldl(fun(X, Y, Z) -> {X, Y, Z} end, [], 42)]).

t59() ->
    io:put_chars("#t array.foldl.3.18\n"),
    try array:foldl(fun(X, Y, Z) -> {X, Y, Z} end, [], 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c60() ->
    io:put_chars("#c array.foldl.3.22\n"),
    io:format("~p~n", [catch array:foldl(fun(X, Y, Z) -> {X, Y, Z} end, 42, x)]).

c61() ->
    io:put_chars("#c array.foldl.3.26\n"),
    io:format("~p~n", [catch array:foldl(fun(X, Y, Z) -> {X, Y, Z} end, 42, "")]).

t61() ->
    io:put_chars("#t array.foldl.3.26\n"),
    try array:foldl(fun(X, Y, Z) -> {X, Y, Z} end, 42, "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c62() ->
    io:put_chars("#c array.foldr.3.4\n"),
    io:format("~p~n", [catch array:foldr(fun(X, Y, Z) -> {X, Y, Z} end, a, [1,2])]).

c63() ->
    io:put_chars("#c array.foldr.3.8\n"),
    io:format("~p~n", [catch array:foldr(fun(X, _Y, _Z) -> X + 1 end, a, a)]).

t63() ->
    io:put_chars("#t array.foldr.3.8\n"),
    try array:foldr(fun(X, _Y, _Z) -> X + 1 end, a, a) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c64() ->
    io:put_chars("#c array.foldr.3.12\n"),
    io:format("~p~n", [catch array:foldr(-1.5, 42, 42)]).

c65() ->
    io:put_chars("#c array.foldr.3.16\n"),
    io:format("~p~n", [catch array:foldr(fun(X, Y, Z) -> {X, Y, Z} end, [-1], 42)]).

t65() ->
    io:put_chars("#t array.foldr.3.16\n"),
    try array:foldr(fun(X, Y, Z) -> {X, Y, Z} end, [-1], 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c66() ->
    io:put_chars("#c array.foldr.3.20\n"),
    io:format("~p~n", [catch array:foldr(fun(X, Y, Z) -> {X, Y, Z} end, {a,b}, 42)]).

c67() ->
    io:put_chars("#c array.foldr.3.24\n"),
    io:format("~p~n", [catch array:foldr(fun(X, Y, Z) -> {X, Y, Z} end, 42, 100000000000000000000.0)]).

t67() ->
    io:put_chars("#t array.foldr.3.24\n"),
    try array:foldr(fun(X, Y, Z) -> {X, Y, Z} end, 42, 100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c68() ->
    io:put_chars("#c array.from_list.1.2\n"),
    io:format("~p~n", [catch array:from_list([a])]).

c69() ->
    io:put_chars("#c array.from_list.1.6\n"),
    io:format("~p~n", [catch array:from_list(1180591620717411303424)]).

t69() ->
    io:put_chars("#t array.from_list.1.6\n"),
    try array:from_list(1180591620717411303424) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c70() ->
    io:put_chars("#c array.from_list.2.1\n"),
    io:format("~p~n", [catch array:from_list([], 42)]).

c71() ->
    io:put_chars("#c array.from_list.2.5\n"),
    io:format("~p~n", [catch array:from_list([a], [1,2])]).

t71() ->
    io:put_chars("#t array.from_list.2.5\n"),
    try array:from_list([a], [1,2]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c72() ->
    io:put_chars("#c array.from_list.2.9\n"),
    io:format("~p~n", [catch array:from_list('\x{e9}t\x{e9}', 42)]).

c73() ->
    io:put_chars("#c array.from_list.2.13\n"),
    io:format("~p~n", [catch array:from_list(<<1,2>>, 42)]).

t73() ->
    io:put_chars("#t array.from_list.2.13\n"),
    try array:from_list(<<1,2>>, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c74() ->
    io:put_chars("#c array.from_list.2.17\n"),
    io:format("~p~n", [catch array:from_list([], -1)]).

c75() ->
    io:put_chars("#c array.from_orddict.1.1\n"),
    io:format("~p~n", [catch array:from_orddict([])]).

t75() ->
    io:put_chars("#t array.from_orddict.1.1\n"),
    try array:from_orddict([]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c76() ->
    io:put_chars("#c array.from_orddict.1.5\n"),
    io:format("~p~n", [catch array:from_orddict(<<1,2>>)]).

c77() ->
    io:put_chars("#c array.from_orddict.2.1\n"),
    io:format("~p~n", [catch array:from_orddict([], 42)]).

t77() ->
    io:put_chars("#t array.from_orddict.2.1\n"),
    try array:from_orddict([], 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c78() ->
    io:put_chars("#c array.from_orddict.2.5\n"),
    io:format("~p~n", [catch array:from_orddict([{a,a}], [1,2])]).

c79() ->
    io:put_chars("#c array.from_orddict.2.9\n"),
    io:format("~p~n", [catch array:from_orddict("\x{65e5}\x{672c}", 42)]).

t79() ->
    io:put_chars("#t array.from_orddict.2.9\n"),
    try array:from_orddict("\x{65e5}\x{672c}", 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c80() ->
    io:put_chars("#c array.from_orddict.2.13\n"),
    io:format("~p~n", [catch array:from_orddict(100000000000000000000.0, 42)]).

c81() ->
    io:put_chars("#c array.from_orddict.2.17\n"),
    io:format("~p~n", [catch array:from_orddict([], -1.5)]).

t81() ->
    io:put_chars("#t array.from_orddict.2.17\n"),
    try array:from_orddict([], -1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c82() ->
    io:put_chars("#c array.get.2.2\n"),
    io:format("~p~n", [catch array:get(0, [1,2])]).

c83() ->
    io:put_chars("#c array.get.2.6\n"),
    io:format("~p~n", [catch array:get(5, a)]).

t83() ->
    io:put_chars("#t array.get.2.6\n"),
    try array:get(5, a) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c84() ->
    io:put_chars("#c array.get.2.10\n"),
    io:format("~p~n", [catch array:get([a|b], 42)]).

c85() ->
    io:put_chars("#c array.get.2.14\n"),
    io:format("~p~n", [catch array:get(0, -1)]).

t85() ->
    io:put_chars("#t array.get.2.14\n"),
    try array:get(0, -1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c86() ->
    io:put_chars("#c array.get.2.18\n"),
    io:format("~p~n", [catch array:get(0, [1,[2,<<3>>]])]).

c87() ->
    io:put_chars("#c array.is_array.1.4\n"),
    io:format("~p~n", [catch array:is_array(0)]).

t87() ->
    io:put_chars("#t array.is_array.1.4\n"),
    try array:is_array(0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c88() ->
    io:put_chars("#c array.is_array.1.8\n"),
    io:format("~p~n", [catch array:is_array([a|b])]).

c89() ->
    io:put_chars("#c array.is_fix.1.3\n"),
    io:format("~p~n", [catch array:is_fix(a)]).

t89() ->
    io:put_chars("#t array.is_fix.1.3\n"),
    try array:is_fix(a) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c90() ->
    io:put_chars("#c array.is_fix.1.7\n"),
    io:format("~p~n", [catch array:is_fix("\x{65e5}\x{672c}")]).

c91() ->
    io:put_chars("#c array.map.2.2\n"),
    io:format("~p~n", [catch array:map(fun(X, Y) -> [X|Y] end, [1,2])]).

t91() ->
    io:put_chars("#t array.map.2.2\n"),
    try array:map(fun(X, Y) -> [X|Y] end, [1,2]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c92() ->
    io:put_chars("#c array.map.2.6\n"),
    io:format("~p~n", [catch array:map(fun(X, _Y) -> X + 1 end, a)]).

c93() ->
    io:put_chars("#c array.map.2.10\n"),
    io:format("~p~n", [catch array:map(1180591620717411303424, 42)]).

t93() ->
    io:put_chars("#t array.map.2.10\n"),
    try array:map(1180591620717411303424, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c94() ->
    io:put_chars("#c array.map.2.14\n"),
    io:format("~p~n", [catch array:map(fun(X, Y) -> [X|Y] end, x)]).

c95() ->
    io:put_chars("#c array.map.2.18\n"),
    io:format("~p~n", [catch array:map(fun(X, Y) -> [X|Y] end, "")]).

t95() ->
    io:put_chars("#t array.map.2.18\n"),
    try array:map(fun(X, Y) -> [X|Y] end, "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c96() ->
    io:put_chars("#c array.new.1.3\n"),
    io:format("~p~n", [catch array:new({a,a})]).

c97() ->
    io:put_chars("#c array.new.1.7\n"),
    io:format("~p~n", [catch array:new(<<1:3>>)]).

t97() ->
    io:put_chars("#t array.new.1.7\n"),
    try array:new(<<1:3>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c98() ->
    io:put_chars("#c array.new.2.2\n"),
    io:format("~p~n", [catch array:new(0, fixed)]).

c99() ->
    io:put_chars("#c array.new.2.6\n"),
    io:format("~p~n", [catch array:new(5, {a,a})]).

t99() ->
    io:put_chars("#t array.new.2.6\n"),
    try array:new(5, {a,a}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c100() ->
    io:put_chars("#c array.new.2.10\n"),
    io:format("~p~n", [catch array:new(<<1:3>>, [a])]).

c101() ->
    io:put_chars("#c array.new.2.14\n"),
    io:format("~p~n", [catch array:new(0, 100000000000000000000.0)]).

t101() ->
    io:put_chars("#t array.new.2.14\n"),
    try array:new(0, 100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c102() ->
    io:put_chars("#c array.new.2.18\n"),
    io:format("~p~n", [catch array:new(0, <<1:3>>)]).

c103() ->
    io:put_chars("#c array.relax.1.4\n"),
    io:format("~p~n", [catch array:relax(x)]).

t103() ->
    io:put_chars("#t array.relax.1.4\n"),
    try array:relax(x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c104() ->
    io:put_chars("#c array.relax.1.8\n"),
    io:format("~p~n", [catch array:relax("")]).

c105() ->
    io:put_chars("#c array.reset.2.3\n"),
    io:format("~p~n", [catch array:reset(0, a)]).

t105() ->
    io:put_chars("#t array.reset.2.3\n"),
    try array:reset(0, a) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c106() ->
    io:put_chars("#c array.reset.2.7\n"),
    io:format("~p~n", [catch array:reset(x, 42)]).

c107() ->
    io:put_chars("#c array.reset.2.11\n"),
    io:format("~p~n", [catch array:reset("", 42)]).

t107() ->
    io:put_chars("#t array.reset.2.11\n"),
    try array:reset("", 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c108() ->
    io:put_chars("#c array.reset.2.15\n"),
    io:format("~p~n", [catch array:reset(0, 100000000000000000000.0)]).

c109() ->
    io:put_chars("#c array.resize.1.1\n"),
    io:format("~p~n", [catch array:resize(42)]).

t109() ->
    io:put_chars("#t array.resize.1.1\n"),
    try array:resize(42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c110() ->
    io:put_chars("#c array.resize.1.5\n"),
    io:format("~p~n", [catch array:resize(-1)]).

c111() ->
    io:put_chars("#c array.resize.1.9\n"),
    io:format("~p~n", [catch array:resize([1,[2,<<3>>]])]).

t111() ->
    io:put_chars("#t array.resize.1.9\n"),
    try array:resize([1,[2,<<3>>]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c112() ->
    io:put_chars("#c array.resize.2.4\n"),
    io:format("~p~n", [catch array:resize(5, 42)]).

c113() ->
    io:put_chars("#c array.resize.2.8\n"),
    io:format("~p~n", [catch array:resize(-1, 42)]).

t113() ->
    io:put_chars("#t array.resize.2.8\n"),
    try array:resize(-1, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c114() ->
    io:put_chars("#c array.resize.2.12\n"),
    io:format("~p~n", [catch array:resize([1,[2,<<3>>]], 42)]).

c115() ->
    io:put_chars("#c array.resize.2.16\n"),
    io:format("~p~n", [catch array:resize(0, <<"h\x{e9}llo"/utf8>>)]).

t115() ->
    io:put_chars("#t array.resize.2.16\n"),
    try array:resize(0, <<"h\x{e9}llo"/utf8>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c116() ->
    io:put_chars("#c array.set.3.2\n"),
    io:format("~p~n", [catch array:set(0, 42, a)]).

c117() ->
    io:put_chars("#c array.set.3.6\n"),
    io:format("~p~n", [catch array:set(5, [1,2], 42)]).

t117() ->
    io:put_chars("#t array.set.3.6\n"),
    try array:set(5, [1,2], 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c118() ->
    io:put_chars("#c array.set.3.10\n"),
    io:format("~p~n", [catch array:set([1,[2,<<3>>]], 42, 42)]).

c119() ->
    io:put_chars("#c array.set.3.14\n"),
    io:format("~p~n", [catch array:set("\x{65e5}\x{672c}", 42, 42)]).

t119() ->
    io:put_chars("#t array.set.3.14\n"),
    try array:set("\x{65e5}\x{672c}", 42, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c120() ->
    io:put_chars("#c array.set.3.18\n"),
    io:format("~p~n", [catch array:set(0, 100000000000000000000.0, 42)]).

c121() ->
    io:put_chars("#c array.set.3.22\n"),
    io:format("~p~n", [catch array:set(0, 42, x)]).

t121() ->
    io:put_chars("#t array.set.3.22\n"),
    try array:set(0, 42, x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c122() ->
    io:put_chars("#c array.set.3.26\n"),
    io:format("~p~n", [catch array:set(0, 42, "")]).

c123() ->
    io:put_chars("#c array.size.1.4\n"),
    io:format("~p~n", [catch array:size([-1])]).

t123() ->
    io:put_chars("#t array.size.1.4\n"),
    try array:size([-1]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c124() ->
    io:put_chars("#c array.size.1.8\n"),
    io:format("~p~n", [catch array:size({a,b})]).

c125() ->
    io:put_chars("#c array.sparse_foldl.3.3\n"),
    io:format("~p~n", [catch array:sparse_foldl(fun(X, Y, Z) -> {X, Y, Z} end, [1,2], [1,2])]).

t125() ->
    io:put_chars("#t array.sparse_foldl.3.3\n"),
    try array:sparse_foldl(fun(X, Y, Z) -> {X, Y, Z} end, [1,2], [1,2]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c126() ->
    io:put_chars("#c array.sparse_foldl.3.7\n"),
    io:format("~p~n", [catch array:sparse_foldl(fun(X, _Y, _Z) -> X + 1 end, [1,2], a)]).

c127() ->
    io:put_chars("#c array.sparse_foldl.3.11\n"),
    io:format("~p~n", [catch array:sparse_foldl(<<"h\x{e9}llo"/utf8>>, 42, 42)]).

t127() ->
    io:put_chars("#t array.sparse_foldl.3.11\n"),
    try array:sparse_foldl(<<"h\x{e9}llo"/utf8>>, 42, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c128() ->
    io:put_chars("#c array.sparse_foldl.3.15\n"),
    io:format("~p~n", [catch array:sparse_foldl(fun(X, Y, Z) -> {X, Y, Z} end, {a,b}, 42)]).

c129() ->
    io:put_chars("#c array.sparse_foldl.3.19\n"),
    io:format("~p~n", [catch array:sparse_foldl(fun(X, Y, Z) -> {X, Y, Z} end, 1180591620717411303424, 42)]).

t129() ->
    io:put_chars("#t array.sparse_foldl.3.19\n"),
    try array:sparse_foldl(fun(X, Y, Z) -> {X, Y, Z} end, 1180591620717411303424, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c130() ->
    io:put_chars("#c array.sparse_foldl.3.23\n"),
    io:format("~p~n", [catch array:sparse_foldl(fun(X, Y, Z) -> {X, Y, Z} end, 42, "h\x{e9}llo")]).

c131() ->
    io:put_chars("#c array.sparse_foldr.3.1\n"),
    io:format("~p~n", [catch array:sparse_foldr(fun(X, Y, Z) -> {X, Y, Z} end, 42, 42)]).

t131() ->
    io:put_chars("#t array.sparse_foldr.3.1\n"),
    try array:sparse_foldr(fun(X, Y, Z) -> {X, Y, Z} end, 42, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c132() ->
    io:put_chars("#c array.sparse_foldr.3.5\n"),
    io:format("~p~n", [catch array:sparse_foldr(fun(X, _Y, _Z) -> X + 1 end, 42, 42)]).

c133() ->
    io:put_chars("#c array.sparse_foldr.3.9\n"),
    io:format("~p~n", [catch array:sparse_foldr(-1.5, 42, 42)]).

t133() ->
    io:put_chars("#t array.sparse_foldr.3.9\n"),
    try array:sparse_foldr(-1.5, 42, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c134() ->
    io:put_chars("#c array.sparse_foldr.3.13\n"),
    io:format("~p~n", [catch array:sparse_foldr(<<"h\x{e9}llo"/utf8>>, 42, 42)]).

c135() ->
    io:put_chars("#c array.sparse_foldr.3.17\n"),
    io:format("~p~n", [catch array:sparse_foldr(fun(X, Y, Z) -> {X, Y, Z} end, "h\x{e9}llo", 42)]).

t135() ->
    io:put_chars("#t array.sparse_foldr.3.17\n"),
    try array:sparse_foldr(fun(X, Y, Z) -> {X, Y, Z} end, "h\x{e9}llo", 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c136() ->
    io:put_chars("#c array.sparse_foldr.3.21\n"),
    io:format("~p~n", [catch array:sparse_foldr(fun(X, Y, Z) -> {X, Y, Z} end, 42, 0)]).

c137() ->
    io:put_chars("#c array.sparse_foldr.3.25\n"),
    io:format("~p~n", [catch array:sparse_foldr(fun(X, Y, Z) -> {X, Y, Z} end, 42, [a|b])]).

t137() ->
    io:put_chars("#t array.sparse_foldr.3.25\n"),
    try array:sparse_foldr(fun(X, Y, Z) -> {X, Y, Z} end, 42, [a|b]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c138() ->
    io:put_chars("#c array.sparse_map.2.3\n"),
    io:format("~p~n", [catch array:sparse_map(fun(X, Y) -> [X|Y] end, a)]).

c139() ->
    io:put_chars("#c array.sparse_map.2.7\n"),
    io:format("~p~n", [catch array:sparse_map(-1, 42)]).

t139() ->
    io:put_chars("#t array.sparse_map.2.7\n"),
    try array:sparse_map(-1, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c140() ->
    io:put_chars("#c array.sparse_map.2.11\n"),
    io:format("~p~n", [catch array:sparse_map([1,[2,<<3>>]], 42)]).

c141() ->
    io:put_chars("#c array.sparse_map.2.15\n"),
    io:format("~p~n", [catch array:sparse_map(fun(X, Y) -> [X|Y] end, x)]).

t141() ->
    io:put_chars("#t array.sparse_map.2.15\n"),
    try array:sparse_map(fun(X, Y) -> [X|Y] end, x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c142() ->
    io:put_chars("#c array.sparse_size.1.1\n"),
    io:format("~p~n", [catch array:sparse_size(42)]).

c143() ->
    io:put_chars("#c array.sparse_size.1.5\n"),
    io:format("~p~n", [catch array:sparse_size("")]).

t143() ->
    io:put_chars("#t array.sparse_size.1.5\n"),
    try array:sparse_size("") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c144() ->
    io:put_chars("#c array.sparse_size.1.9\n"),
    io:format("~p~n", [catch array:sparse_size(#{a => 1})]).

c145() ->
    io:put_chars("#c array.sparse_to_list.1.4\n"),
    io:format("~p~n", [catch array:sparse_to_list('\x{e9}t\x{e9}')]).

t145() ->
    io:put_chars("#t array.sparse_to_list.1.4\n"),
    try array:sparse_to_list('\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c146() ->
    io:put_chars("#c array.sparse_to_list.1.8\n"),
    io:format("~p~n", [catch array:sparse_to_list(<<1,2>>)]).

c147() ->
    io:put_chars("#c array.sparse_to_orddict.1.3\n"),
    io:format("~p~n", [catch array:sparse_to_orddict(a)]).

t147() ->
    io:put_chars("#t array.sparse_to_orddict.1.3\n"),
    try array:sparse_to_orddict(a) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c148() ->
    io:put_chars("#c array.sparse_to_orddict.1.7\n"),
    io:format("~p~n", [catch array:sparse_to_orddict("\x{65e5}\x{672c}")]).

c149() ->
    io:put_chars("#c array.to_list.1.2\n"),
    io:format("~p~n", [catch array:to_list([1,2])]).

t149() ->
    io:put_chars("#t array.to_list.1.2\n"),
    try array:to_list([1,2]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c150() ->
    io:put_chars("#c array.to_list.1.6\n"),
    io:format("~p~n", [catch array:to_list({a,b})]).

c151() ->
    io:put_chars("#c array.to_orddict.1.1\n"),
    io:format("~p~n", [catch array:to_orddict(42)]).

t151() ->
    io:put_chars("#t array.to_orddict.1.1\n"),
    try array:to_orddict(42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c152() ->
    io:put_chars("#c array.to_orddict.1.5\n"),
    io:format("~p~n", [catch array:to_orddict(1180591620717411303424)]).

c153() ->
    io:put_chars("#c array.to_orddict.1.9\n"),
    io:format("~p~n", [catch array:to_orddict(0)]).

t153() ->
    io:put_chars("#t array.to_orddict.1.9\n"),
    try array:to_orddict(0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c154() ->
    io:put_chars("#c base64.decode.1.4\n"),
    io:format("~p~n", [catch base64:decode(100000000000000000000.0)]).

c155() ->
    io:put_chars("#c base64.decode.1.8\n"),
    io:format("~p~n", [catch base64:decode(<<1:3>>)]).

t155() ->
    io:put_chars("#t base64.decode.1.8\n"),
    try base64:decode(<<1:3>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c156() ->
    io:put_chars("#c base64.decode_to_string.1.3\n"),
    io:format("~p~n", [catch base64:decode_to_string([a])]).

c157() ->
    io:put_chars("#c base64.decode_to_string.1.7\n"),
    io:format("~p~n", [catch base64:decode_to_string([a|b])]).

t157() ->
    io:put_chars("#t base64.decode_to_string.1.7\n"),
    try base64:decode_to_string([a|b]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c158() ->
    io:put_chars("#c base64.encode.1.2\n"),
    io:format("~p~n", [catch base64:encode([0])]).

c159() ->
    io:put_chars("#c base64.encode.1.6\n"),
    io:format("~p~n", [catch base64:encode("h\x{e9}llo")]).

t159() ->
    io:put_chars("#t base64.encode.1.6\n"),
    try base64:encode("h\x{e9}llo") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c160() ->
    io:put_chars("#c base64.encode_to_string.1.1\n"),
    io:format("~p~n", [catch base64:encode_to_string(<<"abc">>)]).

c161() ->
    io:put_chars("#c base64.encode_to_string.1.5\n"),
    io:format("~p~n", [catch base64:encode_to_string([])]).

t161() ->
    io:put_chars("#t base64.encode_to_string.1.5\n"),
    try base64:encode_to_string([]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c162() ->
    io:put_chars("#c base64.encode_to_string.1.9\n"),
    io:format("~p~n", [catch base64:encode_to_string(fun(X) -> X end)]).

c163() ->
    io:put_chars("#c base64.mime_decode.1.4\n"),
    io:format("~p~n", [catch base64:mime_decode(0)]).

t163() ->
    io:put_chars("#t base64.mime_decode.1.4\n"),
    try base64:mime_decode(0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c164() ->
    io:put_chars("#c base64.mime_decode.1.8\n"),
    io:format("~p~n", [catch base64:mime_decode([a|b])]).

c165() ->
    io:put_chars("#c base64.mime_decode_to_string.1.3\n"),
    io:format("~p~n", [catch base64:mime_decode_to_string([a])]).

t165() ->
    io:put_chars("#t base64.mime_decode_to_string.1.3\n"),
    try base64:mime_decode_to_string([a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c166() ->
    io:put_chars("#c base64.mime_decode_to_string.1.7\n"),
    io:format("~p~n", [catch base64:mime_decode_to_string(-1.5)]).

c167() ->
    io:put_chars("#c file.format_error.1.2\n"),
    io:format("~p~n", [catch file:format_error(eacces)]).

t167() ->
    io:put_chars("#t file.format_error.1.2\n"),
    try file:format_error(eacces) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c168() ->
    io:put_chars("#c file.format_error.1.6\n"),
    io:format("~p~n", [catch file:format_error([])]).

c169() ->
    io:put_chars("#c file.native_name_encoding.0.1\n"),
    io:format("~p~n", [catch file:native_name_encoding()]).

t169() ->
    io:put_chars("#t file.native_name_encoding.0.1\n"),
    try file:native_name_encoding() of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c170() ->
    io:put_chars("#c op.+.int.big\n"),
    io:format("~p~n", [catch 7 + 1180591620717411303424]).

c171() ->
    io:put_chars("#c op.+.int.nil\n"),
    io:format("~p~n", [catch 7 + []]).

t171() ->
    io:put_chars("#t op.+.int.nil\n"),
    try 7 + [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c172() ->
    io:put_chars("#c op.+.int.tuple\n"),
    io:format("~p~n", [catch 7 + {1,2}]).

c173() ->
    io:put_chars("#c op.+.int.fun\n"),
    io:format("~p~n", [catch 7 + fun erlang:abs/1]).

t173() ->
    io:put_chars("#t op.+.int.fun\n"),
    try 7 + fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c174() ->
    io:put_chars("#c op.+.neg.big\n"),
    io:format("~p~n", [catch -3 + 1180591620717411303424]).

c175() ->
    io:put_chars("#c op.+.neg.nil\n"),
    io:format("~p~n", [catch -3 + []]).

t175() ->
    io:put_chars("#t op.+.neg.nil\n"),
    try -3 + [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c176() ->
    io:put_chars("#c op.+.neg.tuple\n"),
    io:format("~p~n", [catch -3 + {1,2}]).

c177() ->
    io:put_chars("#c op.+.neg.fun\n"),
    io:format("~p~n", [catch -3 + fun erlang:abs/1]).

t177() ->
    io:put_chars("#t op.+.neg.fun\n"),
    try -3 + fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c178() ->
    io:put_chars("#c op.+.zero.big\n"),
    io:format("~p~n", [catch 0 + 1180591620717411303424]).

c179() ->
    io:put_chars("#c op.+.zero.nil\n"),
    io:format("~p~n", [catch 0 + []]).

t179() ->
    io:put_chars("#t op.+.zero.nil\n"),
    try 0 + [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c180() ->
    io:put_chars("#c op.+.zero.tuple\n"),
    io:format("~p~n", [catch 0 + {1,2}]).

c181() ->
    io:put_chars("#c op.+.zero.fun\n"),
    io:format("~p~n", [catch 0 + fun erlang:abs/1]).

t181() ->
    io:put_chars("#t op.+.zero.fun\n"),
    try 0 + fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c182() ->
    io:put_chars("#c op.+.big.big\n"),
    io:format("~p~n", [catch 1180591620717411303424 + 1180591620717411303424]).

c183() ->
    io:put_chars("#c op.+.big.nil\n"),
    io:format("~p~n", [catch 1180591620717411303424 + []]).

t183() ->
    io:put_chars("#t op.+.big.nil\n"),
    try 1180591620717411303424 + [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c184() ->
    io:put_chars("#c op.+.big.tuple\n"),
    io:format("~p~n", [catch 1180591620717411303424 + {1,2}]).

c185() ->
    io:put_chars("#c op.+.big.fun\n"),
    io:format("~p~n", [catch 1180591620717411303424 + fun erlang:abs/1]).

t185() ->
    io:put_chars("#t op.+.big.fun\n"),
    try 1180591620717411303424 + fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c186() ->
    io:put_chars("#c op.+.float.big\n"),
    io:format("~p~n", [catch 2.5 + 1180591620717411303424]).

c187() ->
    io:put_chars("#c op.+.float.nil\n"),
    io:format("~p~n", [catch 2.5 + []]).

t187() ->
    io:put_chars("#t op.+.float.nil\n"),
    try 2.5 + [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c188() ->
    io:put_chars("#c op.+.float.tuple\n"),
    io:format("~p~n", [catch 2.5 + {1,2}]).

c189() ->
    io:put_chars("#c op.+.float.fun\n"),
    io:format("~p~n", [catch 2.5 + fun erlang:abs/1]).

t189() ->
    io:put_chars("#t op.+.float.fun\n"),
    try 2.5 + fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c190() ->
    io:put_chars("#c op.+.atom.big\n"),
    io:format("~p~n", [catch you + 1180591620717411303424]).

c191() ->
    io:put_chars("#c op.+.atom.nil\n"),
    io:format("~p~n", [catch you + []]).

t191() ->
    io:put_chars("#t op.+.atom.nil\n"),
    try you + [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c192() ->
    io:put_chars("#c op.+.atom.tuple\n"),
    io:format("~p~n", [catch you + {1,2}]).

c193() ->
    io:put_chars("#c op.+.atom.fun\n"),
    io:format("~p~n", [catch you + fun erlang:abs/1]).

t193() ->
    io:put_chars("#t op.+.atom.fun\n"),
    try you + fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c194() ->
    io:put_chars("#c op.+.true.big\n"),
    io:format("~p~n", [catch true + 1180591620717411303424]).

c195() ->
    io:put_chars("#c op.+.true.nil\n"),
    io:format("~p~n", [catch true + []]).

t195() ->
    io:put_chars("#t op.+.true.nil\n"),
    try true + [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c196() ->
    io:put_chars("#c op.+.true.tuple\n"),
    io:format("~p~n", [catch true + {1,2}]).

c197() ->
    io:put_chars("#c op.+.true.fun\n"),
    io:format("~p~n", [catch true + fun erlang:abs/1]).

t197() ->
    io:put_chars("#t op.+.true.fun\n"),
    try true + fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c198() ->
    io:put_chars("#c op.+.nil.big\n"),
    io:format("~p~n", [catch [] + 1180591620717411303424]).

c199() ->
    io:put_chars("#c op.+.nil.nil\n"),
    io:format("~p~n", [catch [] + []]).

t199() ->
    io:put_chars("#t op.+.nil.nil\n"),
    try [] + [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c200() ->
    io:put_chars("#c op.+.nil.tuple\n"),
    io:format("~p~n", [catch [] + {1,2}]).


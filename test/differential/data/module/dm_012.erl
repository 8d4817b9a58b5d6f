-module(dm_012).
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
    io:put_chars("#c gb_sets.add_element.2.12\n"),
    io:format("~p~n", [catch gb_sets:add_element(42, <<"h\x{e9}llo"/utf8>>)]).

t1() ->
    io:put_chars("#t gb_sets.add_element.2.12\n"),
    try gb_sets:add_element(42, <<"h\x{e9}llo"/utf8>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c2() ->
    io:put_chars("#c gb_sets.balance.1.1\n"),
    io:format("~p~n", [catch gb_sets:balance({0,nil})]).

c3() ->
    io:put_chars("#c gb_sets.balance.1.5\n"),
    io:format("~p~n", [catch gb_sets:balance("\x{65e5}\x{672c}")]).

t3() ->
    io:put_chars("#t gb_sets.balance.1.5\n"),
    try gb_sets:balance("\x{65e5}\x{672c}") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c4() ->
    io:put_chars("#c gb_sets.del_element.2.2\n"),
    io:format("~p~n", [catch gb_sets:del_element([1,2], {0,nil})]).

c5() ->
    io:put_chars("#c gb_sets.del_element.2.6\n"),
    io:format("~p~n", [catch gb_sets:del_element([a|b], {0,nil})]).

t5() ->
    io:put_chars("#t gb_sets.del_element.2.6\n"),
    try gb_sets:del_element([a|b], {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c6() ->
    io:put_chars("#c gb_sets.del_element.2.10\n"),
    io:format("~p~n", [catch gb_sets:del_element(42, 1180591620717411303424)]).

c7() ->
    io:put_chars("#c gb_sets.del_element.2.14\n"),
    io:format("~p~n", [catch gb_sets:del_element(42, 0)]).

t7() ->
    io:put_chars("#t gb_sets.del_element.2.14\n"),
    try gb_sets:del_element(42, 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c8() ->
    io:put_chars("#c gb_sets.delete.2.3\n"),
    io:format("~p~n", [catch gb_sets:delete(a, {0,nil})]).

c9() ->
    io:put_chars("#c gb_sets.delete.2.7\n"),
    io:format("~p~n", [catch gb_sets:delete(100000000000000000000.0, {0,nil})]).

t9() ->
    io:put_chars("#t gb_sets.delete.2.7\n"),
    try gb_sets:delete(100000000000000000000.0, {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c10() ->
    io:put_chars("#c gb_sets.delete.2.11\n"),
    io:format("~p~n", [catch gb_sets:delete(42, {a,b})]).

c11() ->
    io:put_chars("#c gb_sets.delete.2.15\n"),
    io:format("~p~n", [catch gb_sets:delete(42, 1180591620717411303424)]).

t11() ->
    io:put_chars("#t gb_sets.delete.2.15\n"),
    try gb_sets:delete(42, 1180591620717411303424) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c12() ->
    io:put_chars("#c gb_sets.delete_any.2.4\n"),
    io:format("~p~n", [catch gb_sets:delete_any([1,[2,<<3>>]], {0,nil})]).

c13() ->
    io:put_chars("#c gb_sets.delete_any.2.8\n"),
    io:format("~p~n", [catch gb_sets:delete_any("\x{65e5}\x{672c}", {0,nil})]).

t13() ->
    io:put_chars("#t gb_sets.delete_any.2.8\n"),
    try gb_sets:delete_any("\x{65e5}\x{672c}", {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c14() ->
    io:put_chars("#c gb_sets.delete_any.2.12\n"),
    io:format("~p~n", [catch gb_sets:delete_any(42, <<1:3>>)]).

c15() ->
    io:put_chars("#c gb_sets.difference.2.1\n"),
    io:format("~p~n", [catch gb_sets:difference({0,nil}, {0,nil})]).

t15() ->
    io:put_chars("#t gb_sets.difference.2.1\n"),
    try gb_sets:difference({0,nil}, {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c16() ->
    io:put_chars("#c gb_sets.difference.2.5\n"),
    io:format("~p~n", [catch gb_sets:difference("h\x{e9}llo", {0,nil})]).

c17() ->
    io:put_chars("#c gb_sets.difference.2.9\n"),
    io:format("~p~n", [catch gb_sets:difference({0,nil}, -1.5)]).

t17() ->
    io:put_chars("#t gb_sets.difference.2.9\n"),
    try gb_sets:difference({0,nil}, -1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c18() ->
    io:put_chars("#c gb_sets.difference.2.13\n"),
    io:format("~p~n", [catch gb_sets:difference({0,nil}, <<"h\x{e9}llo"/utf8>>)]).

c19() ->
    io:put_chars("#c gb_sets.filter.2.3\n"),
    io:format("~p~n", [catch gb_sets:filter(#{a => 1}, {0,nil})]).

t19() ->
    io:put_chars("#t gb_sets.filter.2.3\n"),
    try gb_sets:filter(#{a => 1}, {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c20() ->
    io:put_chars("#c gb_sets.filter.2.7\n"),
    io:format("~p~n", [catch gb_sets:filter(-1.5, {0,nil})]).

c21() ->
    io:put_chars("#c gb_sets.filter.2.11\n"),
    io:format("~p~n", [catch gb_sets:filter(fun(X) -> X > 1 end, 0)]).

t21() ->
    io:put_chars("#t gb_sets.filter.2.11\n"),
    try gb_sets:filter(fun(X) -> X > 1 end, 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c22() ->
    io:put_chars("#c gb_sets.fold.3.1\n"),
    io:format("~p~n", [catch gb_sets:fold(fun(X, Y) -> [X|Y] end, 42, {0,nil})]).

c23() ->
    io:put_chars("#c gb_sets.fold.3.5\n"),
    io:format("~p~n", [catch gb_sets:fold(fun(X, _Y) -> X + 1 end, [1,2], {0,nil})]).

t23() ->
    io:put_chars("#t gb_sets.fold.3.5\n"),
    try gb_sets:fold(fun(X, _Y) -> X + 1 end, [1,2], {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c24() ->
    io:put_chars("#c gb_sets.fold.3.9\n"),
    io:format("~p~n", [catch gb_sets:fold([-1], 42, {0,nil})]).

c25() ->
    io:put_chars("#c gb_sets.fold.3.13\n"),
    io:format("~p~n", [catch gb_sets:fold(fun(X, Y) -> [X|Y] end, [-1], {0,nil})]).

t25() ->
    io:put_chars("#t gb_sets.fold.3.13\n"),
    try gb_sets:fold(fun(X, Y) -> [X|Y] end, [-1], {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c26() ->
    io:put_chars("#c gb_sets.fold.3.17\n"),
    io:format("~p~n", [catch gb_sets:fold(fun(X, Y) -> [X|Y] end, {a,b}, {0,nil})]).

c27() ->
    io:put_chars("#c gb_sets.fold.3.21\n"),
    io:format("~p~n", [catch gb_sets:fold(fun(X, Y) -> [X|Y] end, 42, fun(X) -> X end)]).

t27() ->
    io:put_chars("#t gb_sets.fold.3.21\n"),
    try gb_sets:fold(fun(X, Y) -> [X|Y] end, 42, fun(X) -> X end) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c28() ->
    io:put_chars("#c gb_sets.from_list.1.1\n"),
    io:format("~p~n", [catch gb_sets:from_list([])]).

c29() ->
    io:put_chars("#c gb_sets.from_list.1.5\n"),
    io:format("~p~n", [catch gb_sets:from_list(1180591620717411303424)]).

t29() ->
    io:put_chars("#t gb_sets.from_list.1.5\n"),
    try gb_sets:from_list(1180591620717411303424) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c30() ->
    io:put_chars("#c gb_sets.from_list.1.9\n"),
    io:format("~p~n", [catch gb_sets:from_list(0)]).

c31() ->
    io:put_chars("#c gb_sets.from_ordset.1.4\n"),
    io:format("~p~n", [catch gb_sets:from_ordset(-1.5)]).

t31() ->
    io:put_chars("#t gb_sets.from_ordset.1.4\n"),
    try gb_sets:from_ordset(-1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c32() ->
    io:put_chars("#c gb_sets.from_ordset.1.8\n"),
    io:format("~p~n", [catch gb_sets:from_ordset(<<"h\x{e9}llo"/utf8>>)]).

c33() ->
    io:put_chars("#c gb_sets.insert.2.3\n"),
    io:format("~p~n", [catch gb_sets:insert(a, {0,nil})]).

t33() ->
    io:put_chars("#t gb_sets.insert.2.3\n"),
    try gb_sets:insert(a, {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c34() ->
    io:put_chars("#c gb_sets.insert.2.7\n"),
    io:format("~p~n", [catch gb_sets:insert("\x{65e5}\x{672c}", {0,nil})]).

c35() ->
    io:put_chars("#c gb_sets.insert.2.11\n"),
    io:format("~p~n", [catch gb_sets:insert(42, "")]).

t35() ->
    io:put_chars("#t gb_sets.insert.2.11\n"),
    try gb_sets:insert(42, "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c36() ->
    io:put_chars("#c gb_sets.insert.2.15\n"),
    io:format("~p~n", [catch gb_sets:insert(42, #{a => 1})]).

c37() ->
    io:put_chars("#c gb_sets.intersection.1.4\n"),
    io:format("~p~n", [catch gb_sets:intersection(x)]).

t37() ->
    io:put_chars("#t gb_sets.intersection.1.4\n"),
    try gb_sets:intersection(x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c38() ->
    io:put_chars("#c gb_sets.intersection.1.8\n"),
    io:format("~p~n", [catch gb_sets:intersection("")]).

c39() ->
    io:put_chars("#c gb_sets.intersection.2.4\n"),
    io:format("~p~n", [catch gb_sets:intersection({a,b}, {0,nil})]).

t39() ->
    io:put_chars("#t gb_sets.intersection.2.4\n"),
    try gb_sets:intersection({a,b}, {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c40() ->
    io:put_chars("#c gb_sets.intersection.2.8\n"),
    io:format("~p~n", [catch gb_sets:intersection({0,nil}, 1180591620717411303424)]).

c41() ->
    io:put_chars("#c gb_sets.intersection.2.12\n"),
    io:format("~p~n", [catch gb_sets:intersection({0,nil}, 0)]).

t41() ->
    io:put_chars("#t gb_sets.intersection.2.12\n"),
    try gb_sets:intersection({0,nil}, 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c42() ->
    io:put_chars("#c gb_sets.is_disjoint.2.3\n"),
    io:format("~p~n", [catch gb_sets:is_disjoint(fun(X) -> X end, {0,nil})]).

c43() ->
    io:put_chars("#c gb_sets.is_disjoint.2.7\n"),
    io:format("~p~n", [catch gb_sets:is_disjoint("h\x{e9}llo", {0,nil})]).

t43() ->
    io:put_chars("#t gb_sets.is_disjoint.2.7\n"),
    try gb_sets:is_disjoint("h\x{e9}llo", {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c44() ->
    io:put_chars("#c gb_sets.is_disjoint.2.11\n"),
    io:format("~p~n", [catch gb_sets:is_disjoint({0,nil}, <<1:3>>)]).

c45() ->
    io:put_chars("#c gb_sets.is_element.2.2\n"),
    io:format("~p~n", [catch gb_sets:is_element([1,2], {0,nil})]).

t45() ->
    io:put_chars("#t gb_sets.is_element.2.2\n"),
    try gb_sets:is_element([1,2], {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c46() ->
    io:put_chars("#c gb_sets.is_element.2.6\n"),
    io:format("~p~n", [catch gb_sets:is_element(<<"h\x{e9}llo"/utf8>>, {0,nil})]).

c47() ->
    io:put_chars("#c gb_sets.is_element.2.10\n"),
    io:format("~p~n", [catch gb_sets:is_element(42, "")]).

t47() ->
    io:put_chars("#t gb_sets.is_element.2.10\n"),
    try gb_sets:is_element(42, "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c48() ->
    io:put_chars("#c gb_sets.is_element.2.14\n"),
    io:format("~p~n", [catch gb_sets:is_element(42, #{a => 1})]).

c49() ->
    io:put_chars("#c gb_sets.is_empty.1.3\n"),
    io:format("~p~n", [catch gb_sets:is_empty([a|b])]).

t49() ->
    io:put_chars("#t gb_sets.is_empty.1.3\n"),
    try gb_sets:is_empty([a|b]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c50() ->
    io:put_chars("#c gb_sets.is_empty.1.7\n"),
    io:format("~p~n", [catch gb_sets:is_empty([-1])]).

c51() ->
    io:put_chars("#c gb_sets.is_member.2.4\n"),
    io:format("~p~n", [catch gb_sets:is_member([a|b], {0,nil})]).

t51() ->
    io:put_chars("#t gb_sets.is_member.2.4\n"),
    try gb_sets:is_member([a|b], {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c52() ->
    io:put_chars("#c gb_sets.is_member.2.8\n"),
    io:format("~p~n", [catch gb_sets:is_member([-1], {0,nil})]).

c53() ->
    io:put_chars("#c gb_sets.is_member.2.12\n"),
    io:format("~p~n", [catch gb_sets:is_member(42, [1,[2,<<3>>]])]).

t53() ->
    io:put_chars("#t gb_sets.is_member.2.12\n"),
    try gb_sets:is_member(42, [1,[2,<<3>>]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c54() ->
    io:put_chars("#c gb_sets.is_set.1.1\n"),
    io:format("~p~n", [catch gb_sets:is_set(42)]).

c55() ->
    io:put_chars("#c gb_sets.is_set.1.5\n"),
    io:format("~p~n", [catch gb_sets:is_set(0)]).

t55() ->
    io:put_chars("#t gb_sets.is_set.1.5\n"),
    try gb_sets:is_set(0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c56() ->
    io:put_chars("#c gb_sets.is_set.1.9\n"),
    io:format("~p~n", [catch gb_sets:is_set([a|b])]).

c57() ->
    io:put_chars("#c gb_sets.is_subset.2.4\n"),
    io:format("~p~n", [catch gb_sets:is_subset(100000000000000000000.0, {0,nil})]).

t57() ->
    io:put_chars("#t gb_sets.is_subset.2.4\n"),
    try gb_sets:is_subset(100000000000000000000.0, {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c58() ->
    io:put_chars("#c gb_sets.is_subset.2.8\n"),
    io:format("~p~n", [catch gb_sets:is_subset({0,nil}, "")]).

c59() ->
    io:put_chars("#c gb_sets.is_subset.2.12\n"),
    io:format("~p~n", [catch gb_sets:is_subset({0,nil}, #{a => 1})]).

t59() ->
    io:put_chars("#t gb_sets.is_subset.2.12\n"),
    try gb_sets:is_subset({0,nil}, #{a => 1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c60() ->
    io:put_chars("#c gb_sets.iterator.1.3\n"),
    io:format("~p~n", [catch gb_sets:iterator(<<"h\x{e9}llo"/utf8>>)]).

c61() ->
    io:put_chars("#c gb_sets.iterator.1.7\n"),
    io:format("~p~n", [catch gb_sets:iterator(x)]).

t61() ->
    io:put_chars("#t gb_sets.iterator.1.7\n"),
    try gb_sets:iterator(x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c62() ->
    io:put_chars("#c gb_sets.iterator_from.2.4\n"),
    io:format("~p~n", [catch gb_sets:iterator_from('\x{e9}t\x{e9}', {0,nil})]).

c63() ->
    io:put_chars("#c gb_sets.iterator_from.2.8\n"),
    io:format("~p~n", [catch gb_sets:iterator_from(<<1,2>>, {0,nil})]).

t63() ->
    io:put_chars("#t gb_sets.iterator_from.2.8\n"),
    try gb_sets:iterator_from(<<1,2>>, {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c64() ->
    io:put_chars("#c gb_sets.iterator_from.2.12\n"),
    io:format("~p~n", [catch gb_sets:iterator_from(42, '\x{e9}t\x{e9}')]).

c65() ->
    io:put_chars("#c gb_sets.largest.1.1\n"),
    io:format("~p~n", [catch gb_sets:largest({0,nil})]).

t65() ->
    io:put_chars("#t gb_sets.largest.1.1\n"),
    try gb_sets:largest({0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c66() ->
    io:put_chars("#c gb_sets.largest.1.5\n"),
    io:format("~p~n", [catch gb_sets:largest(x)]).

c67() ->
    io:put_chars("#c gb_sets.next.1.1\n"),
    io:format("~p~n", [catch gb_sets:next([])]).

t67() ->
    io:put_chars("#t gb_sets.next.1.1\n"),
    try gb_sets:next([]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c68() ->
    io:put_chars("#c gb_sets.next.1.5\n"),
    io:format("~p~n", [catch gb_sets:next(<<1:3>>)]).

c69() ->
    io:put_chars("#c gb_sets.next.1.9\n"),
    io:format("~p~n", [catch gb_sets:next(-1)]).

t69() ->
    io:put_chars("#t gb_sets.next.1.9\n"),
    try gb_sets:next(-1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c70() ->
    io:put_chars("#c gb_sets.singleton.1.4\n"),
    io:format("~p~n", [catch gb_sets:singleton([])]).

c71() ->
    io:put_chars("#c gb_sets.singleton.1.8\n"),
    io:format("~p~n", [catch gb_sets:singleton(fun(X) -> X end)]).

t71() ->
    io:put_chars("#t gb_sets.singleton.1.8\n"),
    try gb_sets:singleton(fun(X) -> X end) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c72() ->
    io:put_chars("#c gb_sets.size.1.3\n"),
    io:format("~p~n", [catch gb_sets:size([-1])]).

c73() ->
    io:put_chars("#c gb_sets.size.1.7\n"),
    io:format("~p~n", [catch gb_sets:size({a,b})]).

t73() ->
    io:put_chars("#t gb_sets.size.1.7\n"),
    try gb_sets:size({a,b}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c74() ->
    io:put_chars("#c gb_sets.smallest.1.4\n"),
    io:format("~p~n", [catch gb_sets:smallest(1180591620717411303424)]).

c75() ->
    io:put_chars("#c gb_sets.subtract.2.1\n"),
    io:format("~p~n", [catch gb_sets:subtract({0,nil}, {0,nil})]).

t75() ->
    io:put_chars("#t gb_sets.subtract.2.1\n"),
    try gb_sets:subtract({0,nil}, {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c76() ->
    io:put_chars("#c gb_sets.subtract.2.5\n"),
    io:format("~p~n", [catch gb_sets:subtract(x, {0,nil})]).

c77() ->
    io:put_chars("#c gb_sets.subtract.2.9\n"),
    io:format("~p~n", [catch gb_sets:subtract({0,nil}, fun(X) -> X end)]).

t77() ->
    io:put_chars("#t gb_sets.subtract.2.9\n"),
    try gb_sets:subtract({0,nil}, fun(X) -> X end) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c78() ->
    io:put_chars("#c gb_sets.subtract.2.13\n"),
    io:format("~p~n", [catch gb_sets:subtract({0,nil}, "h\x{e9}llo")]).

c79() ->
    io:put_chars("#c gb_sets.take_largest.1.4\n"),
    io:format("~p~n", [catch gb_sets:take_largest(-1)]).

t79() ->
    io:put_chars("#t gb_sets.take_largest.1.4\n"),
    try gb_sets:take_largest(-1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c80() ->
    io:put_chars("#c gb_sets.take_smallest.1.1\n"),
    io:format("~p~n", [catch gb_sets:take_smallest({0,nil})]).

c81() ->
    io:put_chars("#c gb_sets.take_smallest.1.5\n"),
    io:format("~p~n", [catch gb_sets:take_smallest([1,[2,<<3>>]])]).

t81() ->
    io:put_chars("#t gb_sets.take_smallest.1.5\n"),
    try gb_sets:take_smallest([1,[2,<<3>>]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c82() ->
    io:put_chars("#c gb_sets.to_list.1.2\n"),
    io:format("~p~n", [catch gb_sets:to_list(<<1,2>>)]).

c83() ->
    io:put_chars("#c gb_sets.to_list.1.6\n"),
    io:format("~p~n", [catch gb_sets:to_list([])]).

t83() ->
    io:put_chars("#t gb_sets.to_list.1.6\n"),
    try gb_sets:to_list([]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c84() ->
    io:put_chars("#c gb_sets.union.1.3\n"),
    io:format("~p~n", [catch gb_sets:union({a,b})]).

c85() ->
    io:put_chars("#c gb_sets.union.1.7\n"),
    io:format("~p~n", [catch gb_sets:union(1180591620717411303424)]).

t85() ->
    io:put_chars("#t gb_sets.union.1.7\n"),
    try gb_sets:union(1180591620717411303424) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c86() ->
    io:put_chars("#c gb_sets.union.2.3\n"),
    io:format("~p~n", [catch gb_sets:union([1,[2,<<3>>]], {0,nil})]).

c87() ->
    io:put_chars("#c gb_sets.union.2.7\n"),
    io:format("~p~n", [catch gb_sets:union("\x{65e5}\x{672c}", {0,nil})]).

t87() ->
    io:put_chars("#t gb_sets.union.2.7\n"),
    try gb_sets:union("\x{65e5}\x{672c}", {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c88() ->
    io:put_chars("#c gb_sets.union.2.11\n"),
    io:format("~p~n", [catch gb_sets:union({0,nil}, #{a => 1})]).

c89() ->
    io:put_chars("#c orddict.append.3.2\n"),
    io:format("~p~n", [catch orddict:append(42, [1,2], [])]).

t89() ->
    io:put_chars("#t orddict.append.3.2\n"),
    try orddict:append(42, [1,2], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c90() ->
    io:put_chars("#c orddict.append.3.6\n"),
    io:format("~p~n", [catch orddict:append(a, 42, [])]).

c91() ->
    io:put_chars("#c orddict.append.3.10\n"),
    io:format("~p~n", [catch orddict:append([a|b], 42, [])]).

t91() ->
    io:put_chars("#t orddict.append.3.10\n"),
    try orddict:append([a|b], 42, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c92() ->
    io:put_chars("#c orddict.append.3.14\n"),
    io:format("~p~n", [catch orddict:append([-1], 42, [])]).

c93() ->
    io:put_chars("#c orddict.append.3.18\n"),
    io:format("~p~n", [catch orddict:append(42, "", [])]).

t93() ->
    io:put_chars("#t orddict.append.3.18\n"),
    try orddict:append(42, "", []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c94() ->
    io:put_chars("#c orddict.append.3.22\n"),
    io:format("~p~n", [catch orddict:append(42, 42, [a|b])]).

c95() ->
    io:put_chars("#c orddict.append_list.3.1\n"),
    io:format("~p~n", [catch orddict:append_list(42, [], [])]).

t95() ->
    io:put_chars("#t orddict.append_list.3.1\n"),
    try orddict:append_list(42, [], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c96() ->
    io:put_chars("#c orddict.append_list.3.5\n"),
    io:format("~p~n", [catch orddict:append_list([1,2], [a], [{a,a}])]).

c97() ->
    io:put_chars("#c orddict.append_list.3.9\n"),
    io:format("~p~n", [catch orddict:append_list(#{a => 1}, [], [])]).

t97() ->
    io:put_chars("#t orddict.append_list.3.9\n"),
    try orddict:append_list(#{a => 1}, [], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c98() ->
    io:put_chars("#c orddict.append_list.3.13\n"),
    io:format("~p~n", [catch orddict:append_list(-1.5, [], [])]).

c99() ->
    io:put_chars("#c orddict.append_list.3.17\n"),
    io:format("~p~n", [catch orddict:append_list(42, 0, [])]).

t99() ->
    io:put_chars("#t orddict.append_list.3.17\n"),
    try orddict:append_list(42, 0, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c100() ->
    io:put_chars("#c orddict.append_list.3.21\n"),
    io:format("~p~n", [catch orddict:append_list(42, [], 1180591620717411303424)]).

c101() ->
    io:put_chars("#c orddict.append_list.3.25\n"),
    io:format("~p~n", [catch orddict:append_list(42, [], 0)]).

t101() ->
    io:put_chars("#t orddict.append_list.3.25\n"),
    try orddict:append_list(42, [], 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c102() ->
    io:put_chars("#c orddict.erase.2.4\n"),
    io:format("~p~n", [catch orddict:erase([1,2], [])]).

c103() ->
    io:put_chars("#c orddict.erase.2.8\n"),
    io:format("~p~n", [catch orddict:erase(a, [{a,a}])]).

t103() ->
    io:put_chars("#t orddict.erase.2.8\n"),
    try orddict:erase(a, [{a,a}]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c104() ->
    io:put_chars("#c orddict.erase.2.12\n"),
    io:format("~p~n", [catch orddict:erase({a,b}, [])]).

c105() ->
    io:put_chars("#c orddict.erase.2.16\n"),
    io:format("~p~n", [catch orddict:erase(42, <<1:3>>)]).

t105() ->
    io:put_chars("#t orddict.erase.2.16\n"),
    try orddict:erase(42, <<1:3>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c106() ->
    io:put_chars("#c orddict.erase.2.20\n"),
    io:format("~p~n", [catch orddict:erase(42, -1)]).

c107() ->
    io:put_chars("#c orddict.fetch.2.4\n"),
    io:format("~p~n", [catch orddict:fetch([1,2], [])]).

t107() ->
    io:put_chars("#t orddict.fetch.2.4\n"),
    try orddict:fetch([1,2], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c108() ->
    io:put_chars("#c orddict.fetch.2.8\n"),
    io:format("~p~n", [catch orddict:fetch(a, [{a,a}])]).

c109() ->
    io:put_chars("#c orddict.fetch.2.12\n"),
    io:format("~p~n", [catch orddict:fetch([-1], [])]).

t109() ->
    io:put_chars("#t orddict.fetch.2.12\n"),
    try orddict:fetch([-1], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c110() ->
    io:put_chars("#c orddict.fetch.2.16\n"),
    io:format("~p~n", [catch orddict:fetch(42, "\x{65e5}\x{672c}")]).

c111() ->
    io:put_chars("#c orddict.fetch.2.20\n"),
    io:format("~p~n", [catch orddict:fetch(42, 100000000000000000000.0)]).

t111() ->
    io:put_chars("#t orddict.fetch.2.20\n"),
    try orddict:fetch(42, 100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c112() ->
    io:put_chars("#c orddict.fetch_keys.1.4\n"),
    io:format("~p~n", [catch orddict:fetch_keys(100000000000000000000.0)]).

c113() ->
    io:put_chars("#c orddict.fetch_keys.1.8\n"),
    io:format("~p~n", [catch orddict:fetch_keys(fun(X) -> X end)]).

t113() ->
    io:put_chars("#t orddict.fetch_keys.1.8\n"),
    try orddict:fetch_keys(fun(X) -> X end) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c114() ->
    io:put_chars("#c orddict.filter.2.4\n"),
    io:format("~p~n", [catch orddict:filter(fun(X, _Y) -> X + 1 end, [])]).

c115() ->
    io:put_chars("#c orddict.filter.2.8\n"),
    io:format("~p~n", [catch orddict:filter(x, [])]).

t115() ->
    io:put_chars("#t orddict.filter.2.8\n"),
    try orddict:filter(x, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c116() ->
    io:put_chars("#c orddict.filter.2.12\n"),
    io:format("~p~n", [catch orddict:filter("", [])]).

c117() ->
    io:put_chars("#c orddict.filter.2.16\n"),
    io:format("~p~n", [catch orddict:filter(fun(X, Y) -> X =< Y end, "h\x{e9}llo")]).

t117() ->
    io:put_chars("#t orddict.filter.2.16\n"),
    try orddict:filter(fun(X, Y) -> X =< Y end, "h\x{e9}llo") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c118() ->
    io:put_chars("#c orddict.find.2.2\n"),
    io:format("~p~n", [catch orddict:find(42, [{a,a}])]).

c119() ->
    io:put_chars("#c orddict.find.2.6\n"),
    io:format("~p~n", [catch orddict:find([1,2], [{a,a}])]).

t119() ->
    io:put_chars("#t orddict.find.2.6\n"),
    try orddict:find([1,2], [{a,a}]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c120() ->
    io:put_chars("#c orddict.find.2.10\n"),
    io:format("~p~n", [catch orddict:find([1,[2,<<3>>]], [])]).

c121() ->
    io:put_chars("#c orddict.find.2.14\n"),
    io:format("~p~n", [catch orddict:find("\x{65e5}\x{672c}", [])]).

t121() ->
    io:put_chars("#t orddict.find.2.14\n"),
    try orddict:find("\x{65e5}\x{672c}", []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c122() ->
    io:put_chars("#c orddict.find.2.18\n"),
    io:format("~p~n", [catch orddict:find(42, 1180591620717411303424)]).

c123() ->
    io:put_chars("#c orddict.fold.3.2\n"),
    io:format("~p~n", [catch orddict:fold(fun(X, Y, Z) -> {X, Y, Z} end, 42, [{a,a}])]).

t123() ->
    io:put_chars("#t orddict.fold.3.2\n"),
    try orddict:fold(fun(X, Y, Z) -> {X, Y, Z} end, 42, [{a,a}]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c124() ->
    io:put_chars("#c orddict.fold.3.6\n"),
    io:format("~p~n", [catch orddict:fold(fun(X, _Y, _Z) -> X + 1 end, [1,2], [])]).

c125() ->
    io:put_chars("#c orddict.fold.3.10\n"),
    io:format("~p~n", [catch orddict:fold([], 42, [])]).

t125() ->
    io:put_chars("#t orddict.fold.3.10\n"),
    try orddict:fold([], 42, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c126() ->
    io:put_chars("#c orddict.fold.3.14\n"),
    io:format("~p~n", [catch orddict:fold(fun(X) -> X end, 42, [])]).

c127() ->
    io:put_chars("#c orddict.fold.3.18\n"),
    io:format("~p~n", [catch orddict:fold(fun(X, Y, Z) -> {X, Y, Z} end, "h\x{e9}llo", [])]).

t127() ->
    io:put_chars("#t orddict.fold.3.18\n"),
    try orddict:fold(fun(X, Y, Z) -> {X, Y, Z} end, "h\x{e9}llo", []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c128() ->
    io:put_chars("#c orddict.fold.3.22\n"),
    io:format("~p~n", [catch orddict:fold(fun(X, Y, Z) -> {X, Y, Z} end, 42, "\x{65e5}\x{672c}")]).

c129() ->
    io:put_chars("#c orddict.fold.3.26\n"),
    io:format("~p~n", [catch orddict:fold(fun(X, Y, Z) -> {X, Y, Z} end, 42, 100000000000000000000.0)]).

t129() ->
    io:put_chars("#t orddict.fold.3.26\n"),
    try orddict:fold(fun(X, Y, Z) -> {X, Y, Z} end, 42, 100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c130() ->
    io:put_chars("#c orddict.from_list.1.4\n"),
    io:format("~p~n", [catch orddict:from_list(0)]).

c131() ->
    io:put_chars("#c orddict.from_list.1.8\n"),
    io:format("~p~n", [catch orddict:from_list(<<1:3>>)]).

t131() ->
    io:put_chars("#t orddict.from_list.1.8\n"),
    try orddict:from_list(<<1:3>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c132() ->
    io:put_chars("#c orddict.is_empty.1.4\n"),
    io:format("~p~n", [catch orddict:is_empty("\x{65e5}\x{672c}")]).

c133() ->
    io:put_chars("#c orddict.is_empty.1.8\n"),
    io:format("~p~n", [catch orddict:is_empty(100000000000000000000.0)]).

t133() ->
    io:put_chars("#t orddict.is_empty.1.8\n"),
    try orddict:is_empty(100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c134() ->
    io:put_chars("#c orddict.is_key.2.4\n"),
    io:format("~p~n", [catch orddict:is_key([1,2], [])]).

c135() ->
    io:put_chars("#c orddict.is_key.2.8\n"),
    io:format("~p~n", [catch orddict:is_key(a, [{a,a}])]).

t135() ->
    io:put_chars("#t orddict.is_key.2.8\n"),
    try orddict:is_key(a, [{a,a}]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c136() ->
    io:put_chars("#c orddict.is_key.2.12\n"),
    io:format("~p~n", [catch orddict:is_key(0, [])]).

c137() ->
    io:put_chars("#c orddict.is_key.2.16\n"),
    io:format("~p~n", [catch orddict:is_key(42, x)]).

t137() ->
    io:put_chars("#t orddict.is_key.2.16\n"),
    try orddict:is_key(42, x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c138() ->
    io:put_chars("#c orddict.is_key.2.20\n"),
    io:format("~p~n", [catch orddict:is_key(42, "")]).

c139() ->
    io:put_chars("#c orddict.map.2.4\n"),
    io:format("~p~n", [catch orddict:map(fun(X, _Y) -> X + 1 end, [])]).

t139() ->
    io:put_chars("#t orddict.map.2.4\n"),
    try orddict:map(fun(X, _Y) -> X + 1 end, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c140() ->
    io:put_chars("#c orddict.map.2.8\n"),
    io:format("~p~n", [catch orddict:map([-1], [])]).

c141() ->
    io:put_chars("#c orddict.map.2.12\n"),
    io:format("~p~n", [catch orddict:map({a,b}, [])]).

t141() ->
    io:put_chars("#t orddict.map.2.12\n"),
    try orddict:map({a,b}, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c142() ->
    io:put_chars("#c orddict.map.2.16\n"),
    io:format("~p~n", [catch orddict:map(fun(X, Y) -> [X|Y] end, -1.5)]).

c143() ->
    io:put_chars("#c orddict.merge.3.3\n"),
    io:format("~p~n", [catch orddict:merge(fun(X, Y, Z) -> {X, Y, Z} end, [{a,a}], [{a,a}])]).

t143() ->
    io:put_chars("#t orddict.merge.3.3\n"),
    try orddict:merge(fun(X, Y, Z) -> {X, Y, Z} end, [{a,a}], [{a,a}]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c144() ->
    io:put_chars("#c orddict.merge.3.7\n"),
    io:format("~p~n", [catch orddict:merge(fun(X, _Y, _Z) -> X + 1 end, [{a,a}], [{a,a}])]).

c145() ->
    io:put_chars("#c orddict.merge.3.11\n"),
    io:format("~p~n", [catch orddict:merge(fun(X) -> X end, [], [])]).

t145() ->
    io:put_chars("#t orddict.merge.3.11\n"),
    try orddict:merge(fun(X) -> X end, [], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c146() ->
    io:put_chars("#c orddict.merge.3.15\n"),
    io:format("~p~n", [catch orddict:merge(fun(X, Y, Z) -> {X, Y, Z} end, -1.5, [])]).

c147() ->
    io:put_chars("#c orddict.merge.3.19\n"),
    io:format("~p~n", [catch orddict:merge(fun(X, Y, Z) -> {X, Y, Z} end, <<"h\x{e9}llo"/utf8>>, [])]).

t147() ->
    io:put_chars("#t orddict.merge.3.19\n"),
    try orddict:merge(fun(X, Y, Z) -> {X, Y, Z} end, <<"h\x{e9}llo"/utf8>>, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c148() ->
    io:put_chars("#c orddict.merge.3.23\n"),
    io:format("~p~n", [catch orddict:merge(fun(X, Y, Z) -> {X, Y, Z} end, [], 100000000000000000000.0)]).

c149() ->
    io:put_chars("#c orddict.size.1.1\n"),
    io:format("~p~n", [catch orddict:size([])]).

t149() ->
    io:put_chars("#t orddict.size.1.1\n"),
    try orddict:size([]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c150() ->
    io:put_chars("#c orddict.size.1.5\n"),
    io:format("~p~n", [catch orddict:size([a|b])]).

c151() ->
    io:put_chars("#c orddict.store.3.1\n"),
    io:format("~p~n", [catch orddict:store(42, 42, [])]).

t151() ->
    io:put_chars("#t orddict.store.3.1\n"),
    try orddict:store(42, 42, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c152() ->
    io:put_chars("#c orddict.store.3.5\n"),
    io:format("~p~n", [catch orddict:store([1,2], [1,2], [{a,a}])]).

c153() ->
    io:put_chars("#c orddict.store.3.9\n"),
    io:format("~p~n", [catch orddict:store('\x{e9}t\x{e9}', 42, [])]).

t153() ->
    io:put_chars("#t orddict.store.3.9\n"),
    try orddict:store('\x{e9}t\x{e9}', 42, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c154() ->
    io:put_chars("#c orddict.store.3.13\n"),
    io:format("~p~n", [catch orddict:store(<<1,2>>, 42, [])]).

c155() ->
    io:put_chars("#c orddict.store.3.17\n"),
    io:format("~p~n", [catch orddict:store(42, {a,b}, [])]).

t155() ->
    io:put_chars("#t orddict.store.3.17\n"),
    try orddict:store(42, {a,b}, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c156() ->
    io:put_chars("#c orddict.store.3.21\n"),
    io:format("~p~n", [catch orddict:store(42, 42, -1.5)]).

c157() ->
    io:put_chars("#c orddict.store.3.25\n"),
    io:format("~p~n", [catch orddict:store(42, 42, <<"h\x{e9}llo"/utf8>>)]).

t157() ->
    io:put_chars("#t orddict.store.3.25\n"),
    try orddict:store(42, 42, <<"h\x{e9}llo"/utf8>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c158() ->
    io:put_chars("#c orddict.take.2.4\n"),
    io:format("~p~n", [catch orddict:take([1,2], [])]).

c159() ->
    io:put_chars("#c orddict.take.2.8\n"),
    io:format("~p~n", [catch orddict:take(a, [{a,a}])]).

t159() ->
    io:put_chars("#t orddict.take.2.8\n"),
    try orddict:take(a, [{a,a}]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c160() ->
    io:put_chars("#c orddict.take.2.12\n"),
    io:format("~p~n", [catch orddict:take(-1, [])]).

c161() ->
    io:put_chars("#c orddict.take.2.16\n"),
    io:format("~p~n", [catch orddict:take(42, -1.5)]).

t161() ->
    io:put_chars("#t orddict.take.2.16\n"),
    try orddict:take(42, -1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c162() ->
    io:put_chars("#c orddict.to_list.1.1\n"),
    io:format("~p~n", [catch orddict:to_list([])]).

c163() ->
    io:put_chars("#c orddict.to_list.1.5\n"),
    io:format("~p~n", [catch orddict:to_list([a|b])]).

t163() ->
    io:put_chars("#t orddict.to_list.1.5\n"),
    try orddict:to_list([a|b]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c164() ->
    io:put_chars("#c orddict.to_list.1.9\n"),
    io:format("~p~n", [catch orddict:to_list([-1])]).

c165() ->
    io:put_chars("#c orddict.update.3.4\n"),
    io:format("~p~n", [catch orddict:update([1,2], fun(X) -> {X} end, [{a,a}])]).

t165() ->
    io:put_chars("#t orddict.update.3.4\n"),
    try orddict:update([1,2], fun(X) -> {X} end, [{a,a}]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c166() ->
    io:put_chars("#c orddict.update.3.8\n"),
    io:format("~p~n", [catch orddict:update(a, fun(X) -> X + 1 end, [{a,a}])]).

c167() ->
    io:put_chars("#c orddict.update.3.12\n"),
    io:format("~p~n", [catch orddict:update([1,[2,<<3>>]], fun(X) -> {X} end, [])]).

t167() ->
    io:put_chars("#t orddict.update.3.12\n"),
    try orddict:update([1,[2,<<3>>]], fun(X) -> {X} end, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c168() ->
    io:put_chars("#c orddict.update.3.16\n"),
    io:format("~p~n", [catch orddict:update(42, fun(X) -> X end, [])]).

c169() ->
    io:put_chars("#c orddict.update.3.20\n"),
    io:format("~p~n", [catch orddict:update(42, "h\x{e9}llo", [])]).

t169() ->
    io:put_chars("#t orddict.update.3.20\n"),
    try orddict:update(42, "h\x{e9}llo", []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c170() ->
    io:put_chars("#c orddict.update.3.24\n"),
    io:format("~p~n", [catch orddict:update(42, fun(X) -> {X} end, <<1:3>>)]).

c171() ->
    io:put_chars("#c orddict.update.4.3\n"),
    io:format("~p~n", [catch orddict:update(42, fun(X) -> X + 1 end, 42, [{a,a}])]).

t171() ->
    io:put_chars("#t orddict.update.4.3\n"),
    try orddict:update(42, fun(X) -> X + 1 end, 42, [{a,a}]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c172() ->
    io:put_chars("#c orddict.update.4.7\n"),
    io:format("~p~n", [catch orddict:update(a, fun(X) -> X + 1 end, 42, [{a,a}])]).

c173() ->
    io:put_chars("#c orddict.update.4.11\n"),
    io:format("~p~n", [catch orddict:update({a,b}, fun(X) -> {X} end, 42, [])]).

t173() ->
    io:put_chars("#t orddict.update.4.11\n"),
    try orddict:update({a,b}, fun(X) -> {X} end, 42, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c174() ->
    io:put_chars("#c orddict.update.4.15\n"),
    io:format("~p~n", [catch orddict:update(42, <<1:3>>, 42, [])]).

c175() ->
    io:put_chars("#c orddict.update.4.19\n"),
    io:format("~p~n", [catch orddict:update(42, -1, 42, [])]).

t175() ->
    io:put_chars("#t orddict.update.4.19\n"),
    try orddict:update(42, -1, 42, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c176() ->
    io:put_chars("#c orddict.update.4.23\n"),
    io:format("~p~n", [catch orddict:update(42, fun(X) -> {X} end, -1.5, [])]).

c177() ->
    io:put_chars("#c orddict.update.4.27\n"),
    io:format("~p~n", [catch orddict:update(42, fun(X) -> {X} end, 42, <<1,2>>)]).

t177() ->
    io:put_chars("#t orddict.update.4.27\n"),
    try orddict:update(42, fun(X) -> {X} end, 42, <<1,2>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c178() ->
    io:put_chars("#c orddict.update.4.31\n"),
    io:format("~p~n", [catch orddict:update(42, fun(X) -> {X} end, 42, -1.5)]).

c179() ->
    io:put_chars("#c orddict.update_counter.3.4\n"),
    io:format("~p~n", [catch orddict:update_counter([1,2], 1.5, [{a,a}])]).

t179() ->
    io:put_chars("#t orddict.update_counter.3.4\n"),
    try orddict:update_counter([1,2], 1.5, [{a,a}]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c180() ->
    io:put_chars("#c orddict.update_counter.3.8\n"),
    io:format("~p~n", [catch orddict:update_counter(a, 3, [{a,a}])]).

c181() ->
    io:put_chars("#c orddict.update_counter.3.12\n"),
    io:format("~p~n", [catch orddict:update_counter(-1, 1.5, [])]).

t181() ->
    io:put_chars("#t orddict.update_counter.3.12\n"),
    try orddict:update_counter(-1, 1.5, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c182() ->
    io:put_chars("#c orddict.update_counter.3.16\n"),
    io:format("~p~n", [catch orddict:update_counter(42, -1, [])]).

c183() ->
    io:put_chars("#c orddict.update_counter.3.20\n"),
    io:format("~p~n", [catch orddict:update_counter(42, [1,[2,<<3>>]], [])]).

t183() ->
    io:put_chars("#t orddict.update_counter.3.20\n"),
    try orddict:update_counter(42, [1,[2,<<3>>]], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c184() ->
    io:put_chars("#c orddict.update_counter.3.24\n"),
    io:format("~p~n", [catch orddict:update_counter(42, 1.5, -1)]).

c185() ->
    io:put_chars("#c ordsets.add_element.2.2\n"),
    io:format("~p~n", [catch ordsets:add_element(42, [a])]).

t185() ->
    io:put_chars("#t ordsets.add_element.2.2\n"),
    try ordsets:add_element(42, [a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c186() ->
    io:put_chars("#c ordsets.add_element.2.6\n"),
    io:format("~p~n", [catch ordsets:add_element([1,2], [a,42,[1,2]])]).

c187() ->
    io:put_chars("#c ordsets.add_element.2.10\n"),
    io:format("~p~n", [catch ordsets:add_element({a,b}, [])]).

t187() ->
    io:put_chars("#t ordsets.add_element.2.10\n"),
    try ordsets:add_element({a,b}, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c188() ->
    io:put_chars("#c ordsets.add_element.2.14\n"),
    io:format("~p~n", [catch ordsets:add_element(1180591620717411303424, [])]).

c189() ->
    io:put_chars("#c ordsets.add_element.2.18\n"),
    io:format("~p~n", [catch ordsets:add_element(42, 1180591620717411303424)]).

t189() ->
    io:put_chars("#t ordsets.add_element.2.18\n"),
    try ordsets:add_element(42, 1180591620717411303424) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c190() ->
    io:put_chars("#c ordsets.del_element.2.2\n"),
    io:format("~p~n", [catch ordsets:del_element(42, [a])]).

c191() ->
    io:put_chars("#c ordsets.del_element.2.6\n"),
    io:format("~p~n", [catch ordsets:del_element([1,2], [a,42,[1,2]])]).

t191() ->
    io:put_chars("#t ordsets.del_element.2.6\n"),
    try ordsets:del_element([1,2], [a,42,[1,2]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c192() ->
    io:put_chars("#c ordsets.del_element.2.10\n"),
    io:format("~p~n", [catch ordsets:del_element(<<"h\x{e9}llo"/utf8>>, [])]).

c193() ->
    io:put_chars("#c ordsets.del_element.2.14\n"),
    io:format("~p~n", [catch ordsets:del_element(x, [])]).

t193() ->
    io:put_chars("#t ordsets.del_element.2.14\n"),
    try ordsets:del_element(x, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c194() ->
    io:put_chars("#c ordsets.del_element.2.18\n"),
    io:format("~p~n", [catch ordsets:del_element(42, 100000000000000000000.0)]).

c195() ->
    io:put_chars("#c ordsets.filter.2.3\n"),
    io:format("~p~n", [catch ordsets:filter(fun(X) -> X > 1 end, [a,42,[1,2]])]).

t195() ->
    io:put_chars("#t ordsets.filter.2.3\n"),
    try ordsets:filter(fun(X) -> X > 1 end, [a,42,[1,2]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c196() ->
    io:put_chars("#c ordsets.filter.2.7\n"),
    io:format("~p~n", [catch ordsets:filter(<<"h\x{e9}llo"/utf8>>, [])]).

c197() ->
    io:put_chars("#c ordsets.filter.2.11\n"),
    io:format("~p~n", [catch ordsets:filter(x, [])]).

t197() ->
    io:put_chars("#t ordsets.filter.2.11\n"),
    try ordsets:filter(x, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c198() ->
    io:put_chars("#c ordsets.filter.2.15\n"),
    io:format("~p~n", [catch ordsets:filter(fun(X) -> X > 1 end, [a|b])]).

c199() ->
    io:put_chars("#c ordsets.fold.3.2\n"),
    io:format("~p~n", [catch ordsets:fold(fun(X, Y) -> [X|Y] end, 42, [a,42,[1,2]])]).

t199() ->
    io:put_chars("#t ordsets.fold.3.2\n"),
    try ordsets:fold(fun(X, Y) -> [X|Y] end, 42, [a,42,[1,2]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c200() ->
    io:put_chars("#c ordsets.fold.3.6\n"),
    io:format("~p~n", [catch ordsets:fold(fun(X, _Y) -> X + 1 end, [1,2], [])]).


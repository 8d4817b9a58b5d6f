-module(dm_020).
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
    io:put_chars("#c op.and.big.fun\n"),
    io:format("~p~n", [catch 1180591620717411303424 and fun erlang:abs/1]).

t1() ->
    io:put_chars("#t op.and.big.fun\n"),
    try 1180591620717411303424 and fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c2() ->
    io:put_chars("#c op.and.float.big\n"),
    io:format("~p~n", [catch 2.5 and 1180591620717411303424]).

c3() ->
    io:put_chars("#c op.and.float.nil\n"),
    io:format("~p~n", [catch 2.5 and []]).

t3() ->
    io:put_chars("#t op.and.float.nil\n"),
    try 2.5 and [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c4() ->
    io:put_chars("#c op.and.float.tuple\n"),
    io:format("~p~n", [catch 2.5 and {1,2}]).

c5() ->
    io:put_chars("#c op.and.float.fun\n"),
    io:format("~p~n", [catch 2.5 and fun erlang:abs/1]).

t5() ->
    io:put_chars("#t op.and.float.fun\n"),
    try 2.5 and fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c6() ->
    io:put_chars("#c op.and.atom.big\n"),
    io:format("~p~n", [catch you and 1180591620717411303424]).

c7() ->
    io:put_chars("#c op.and.atom.nil\n"),
    io:format("~p~n", [catch you and []]).

t7() ->
    io:put_chars("#t op.and.atom.nil\n"),
    try you and [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c8() ->
    io:put_chars("#c op.and.atom.tuple\n"),
    io:format("~p~n", [catch you and {1,2}]).

c9() ->
    io:put_chars("#c op.and.atom.fun\n"),
    io:format("~p~n", [catch you and fun erlang:abs/1]).

t9() ->
    io:put_chars("#t op.and.atom.fun\n"),
    try you and fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c10() ->
    io:put_chars("#c op.and.true.big\n"),
    io:format("~p~n", [catch true and 1180591620717411303424]).

c11() ->
    io:put_chars("#c op.and.true.nil\n"),
    io:format("~p~n", [catch true and []]).

t11() ->
    io:put_chars("#t op.and.true.nil\n"),
    try true and [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c12() ->
    io:put_chars("#c op.and.true.tuple\n"),
    io:format("~p~n", [catch true and {1,2}]).

c13() ->
    io:put_chars("#c op.and.true.fun\n"),
    io:format("~p~n", [catch true and fun erlang:abs/1]).

t13() ->
    io:put_chars("#t op.and.true.fun\n"),
    try true and fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c14() ->
    io:put_chars("#c op.and.nil.big\n"),
    io:format("~p~n", [catch [] and 1180591620717411303424]).

c15() ->
    io:put_chars("#c op.and.nil.nil\n"),
    io:format("~p~n", [catch [] and []]).

t15() ->
    io:put_chars("#t op.and.nil.nil\n"),
    try [] and [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c16() ->
    io:put_chars("#c op.and.nil.tuple\n"),
    io:format("~p~n", [catch [] and {1,2}]).

c17() ->
    io:put_chars("#c op.and.nil.fun\n"),
    io:format("~p~n", [catch [] and fun erlang:abs/1]).

t17() ->
    io:put_chars("#t op.and.nil.fun\n"),
    try [] and fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c18() ->
    io:put_chars("#c op.and.list.big\n"),
    io:format("~p~n", [catch [1,2] and 1180591620717411303424]).

c19() ->
    io:put_chars("#c op.and.list.nil\n"),
    io:format("~p~n", [catch [1,2] and []]).

t19() ->
    io:put_chars("#t op.and.list.nil\n"),
    try [1,2] and [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c20() ->
    io:put_chars("#c op.and.list.tuple\n"),
    io:format("~p~n", [catch [1,2] and {1,2}]).

c21() ->
    io:put_chars("#c op.and.list.fun\n"),
    io:format("~p~n", [catch [1,2] and fun erlang:abs/1]).

t21() ->
    io:put_chars("#t op.and.list.fun\n"),
    try [1,2] and fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c22() ->
    io:put_chars("#c op.and.string.big\n"),
    io:format("~p~n", [catch "ab" and 1180591620717411303424]).

c23() ->
    io:put_chars("#c op.and.string.nil\n"),
    io:format("~p~n", [catch "ab" and []]).

t23() ->
    io:put_chars("#t op.and.string.nil\n"),
    try "ab" and [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c24() ->
    io:put_chars("#c op.and.string.tuple\n"),
    io:format("~p~n", [catch "ab" and {1,2}]).

c25() ->
    io:put_chars("#c op.and.string.fun\n"),
    io:format("~p~n", [catch "ab" and fun erlang:abs/1]).

t25() ->
    io:put_chars("#t op.and.string.fun\n"),
    try "ab" and fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c26() ->
    io:put_chars("#c op.and.improper.big\n"),
    io:format("~p~n", [catch [a|b] and 1180591620717411303424]).

c27() ->
    io:put_chars("#c op.and.improper.nil\n"),
    io:format("~p~n", [catch [a|b] and []]).

t27() ->
    io:put_chars("#t op.and.improper.nil\n"),
    try [a|b] and [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c28() ->
    io:put_chars("#c op.and.improper.tuple\n"),
    io:format("~p~n", [catch [a|b] and {1,2}]).

c29() ->
    io:put_chars("#c op.and.improper.fun\n"),
    io:format("~p~n", [catch [a|b] and fun erlang:abs/1]).

t29() ->
    io:put_chars("#t op.and.improper.fun\n"),
    try [a|b] and fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c30() ->
    io:put_chars("#c op.and.tuple.big\n"),
    io:format("~p~n", [catch {1,2} and 1180591620717411303424]).

c31() ->
    io:put_chars("#c op.and.tuple.nil\n"),
    io:format("~p~n", [catch {1,2} and []]).

t31() ->
    io:put_chars("#t op.and.tuple.nil\n"),
    try {1,2} and [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c32() ->
    io:put_chars("#c op.and.tuple.tuple\n"),
    io:format("~p~n", [catch {1,2} and {1,2}]).

c33() ->
    io:put_chars("#c op.and.tuple.fun\n"),
    io:format("~p~n", [catch {1,2} and fun erlang:abs/1]).

t33() ->
    io:put_chars("#t op.and.tuple.fun\n"),
    try {1,2} and fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c34() ->
    io:put_chars("#c op.and.map.big\n"),
    io:format("~p~n", [catch #{a => 1} and 1180591620717411303424]).

c35() ->
    io:put_chars("#c op.and.map.nil\n"),
    io:format("~p~n", [catch #{a => 1} and []]).

t35() ->
    io:put_chars("#t op.and.map.nil\n"),
    try #{a => 1} and [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c36() ->
    io:put_chars("#c op.and.map.tuple\n"),
    io:format("~p~n", [catch #{a => 1} and {1,2}]).

c37() ->
    io:put_chars("#c op.and.map.fun\n"),
    io:format("~p~n", [catch #{a => 1} and fun erlang:abs/1]).

t37() ->
    io:put_chars("#t op.and.map.fun\n"),
    try #{a => 1} and fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c38() ->
    io:put_chars("#c op.and.bin.big\n"),
    io:format("~p~n", [catch <<1,2>> and 1180591620717411303424]).

c39() ->
    io:put_chars("#c op.and.bin.nil\n"),
    io:format("~p~n", [catch <<1,2>> and []]).

t39() ->
    io:put_chars("#t op.and.bin.nil\n"),
    try <<1,2>> and [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c40() ->
    io:put_chars("#c op.and.bin.tuple\n"),
    io:format("~p~n", [catch <<1,2>> and {1,2}]).

c41() ->
    io:put_chars("#c op.and.bin.fun\n"),
    io:format("~p~n", [catch <<1,2>> and fun erlang:abs/1]).

t41() ->
    io:put_chars("#t op.and.bin.fun\n"),
    try <<1,2>> and fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c42() ->
    io:put_chars("#c op.and.bits.big\n"),
    io:format("~p~n", [catch <<1:3>> and 1180591620717411303424]).

c43() ->
    io:put_chars("#c op.and.bits.nil\n"),
    io:format("~p~n", [catch <<1:3>> and []]).

t43() ->
    io:put_chars("#t op.and.bits.nil\n"),
    try <<1:3>> and [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c44() ->
    io:put_chars("#c op.and.bits.tuple\n"),
    io:format("~p~n", [catch <<1:3>> and {1,2}]).

c45() ->
    io:put_chars("#c op.and.bits.fun\n"),
    io:format("~p~n", [catch <<1:3>> and fun erlang:abs/1]).

t45() ->
    io:put_chars("#t op.and.bits.fun\n"),
    try <<1:3>> and fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c46() ->
    io:put_chars("#c op.and.fun.big\n"),
    io:format("~p~n", [catch fun erlang:abs/1 and 1180591620717411303424]).

c47() ->
    io:put_chars("#c op.and.fun.nil\n"),
    io:format("~p~n", [catch fun erlang:abs/1 and []]).

t47() ->
    io:put_chars("#t op.and.fun.nil\n"),
    try fun erlang:abs/1 and [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c48() ->
    io:put_chars("#c op.and.fun.tuple\n"),
    io:format("~p~n", [catch fun erlang:abs/1 and {1,2}]).

c49() ->
    io:put_chars("#c op.and.fun.fun\n"),
    io:format("~p~n", [catch fun erlang:abs/1 and fun erlang:abs/1]).

t49() ->
    io:put_chars("#t op.and.fun.fun\n"),
    try fun erlang:abs/1 and fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c50() ->
    io:put_chars("#c op.or.int.big\n"),
    io:format("~p~n", [catch 7 or 1180591620717411303424]).

c51() ->
    io:put_chars("#c op.or.int.nil\n"),
    io:format("~p~n", [catch 7 or []]).

t51() ->
    io:put_chars("#t op.or.int.nil\n"),
    try 7 or [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c52() ->
    io:put_chars("#c op.or.int.tuple\n"),
    io:format("~p~n", [catch 7 or {1,2}]).

c53() ->
    io:put_chars("#c op.or.int.fun\n"),
    io:format("~p~n", [catch 7 or fun erlang:abs/1]).

t53() ->
    io:put_chars("#t op.or.int.fun\n"),
    try 7 or fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c54() ->
    io:put_chars("#c op.or.neg.big\n"),
    io:format("~p~n", [catch -3 or 1180591620717411303424]).

c55() ->
    io:put_chars("#c op.or.neg.nil\n"),
    io:format("~p~n", [catch -3 or []]).

t55() ->
    io:put_chars("#t op.or.neg.nil\n"),
    try -3 or [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c56() ->
    io:put_chars("#c op.or.neg.tuple\n"),
    io:format("~p~n", [catch -3 or {1,2}]).

c57() ->
    io:put_chars("#c op.or.neg.fun\n"),
    io:format("~p~n", [catch -3 or fun erlang:abs/1]).

t57() ->
    io:put_chars("#t op.or.neg.fun\n"),
    try -3 or fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c58() ->
    io:put_chars("#c op.or.zero.big\n"),
    io:format("~p~n", [catch 0 or 1180591620717411303424]).

c59() ->
    io:put_chars("#c op.or.zero.nil\n"),
    io:format("~p~n", [catch 0 or []]).

t59() ->
    io:put_chars("#t op.or.zero.nil\n"),
    try 0 or [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c60() ->
    io:put_chars("#c op.or.zero.tuple\n"),
    io:format("~p~n", [catch 0 or {1,2}]).

c61() ->
    io:put_chars("#c op.or.zero.fun\n"),
    io:format("~p~n", [catch 0 or fun erlang:abs/1]).

t61() ->
    io:put_chars("#t op.or.zero.fun\n"),
    try 0 or fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c62() ->
    io:put_chars("#c op.or.big.big\n"),
    io:format("~p~n", [catch 1180591620717411303424 or 1180591620717411303424]).

c63() ->
    io:put_chars("#c op.or.big.nil\n"),
    io:format("~p~n", [catch 1180591620717411303424 or []]).

t63() ->
    io:put_chars("#t op.or.big.nil\n"),
    try 1180591620717411303424 or [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c64() ->
    io:put_chars("#c op.or.big.tuple\n"),
    io:format("~p~n", [catch 1180591620717411303424 or {1,2}]).

c65() ->
    io:put_chars("#c op.or.big.fun\n"),
    io:format("~p~n", [catch 1180591620717411303424 or fun erlang:abs/1]).

t65() ->
    io:put_chars("#t op.or.big.fun\n"),
    try 1180591620717411303424 or fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c66() ->
    io:put_chars("#c op.or.float.big\n"),
    io:format("~p~n", [catch 2.5 or 1180591620717411303424]).

c67() ->
    io:put_chars("#c op.or.float.nil\n"),
    io:format("~p~n", [catch 2.5 or []]).

t67() ->
    io:put_chars("#t op.or.float.nil\n"),
    try 2.5 or [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c68() ->
    io:put_chars("#c op.or.float.tuple\n"),
    io:format("~p~n", [catch 2.5 or {1,2}]).

c69() ->
    io:put_chars("#c op.or.float.fun\n"),
    io:format("~p~n", [catch 2.5 or fun erlang:abs/1]).

t69() ->
    io:put_chars("#t op.or.float.fun\n"),
    try 2.5 or fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c70() ->
    io:put_chars("#c op.or.atom.big\n"),
    io:format("~p~n", [catch you or 1180591620717411303424]).

c71() ->
    io:put_chars("#c op.or.atom.nil\n"),
    io:format("~p~n", [catch you or []]).

t71() ->
    io:put_chars("#t op.or.atom.nil\n"),
    try you or [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c72() ->
    io:put_chars("#c op.or.atom.tuple\n"),
    io:format("~p~n", [catch you or {1,2}]).

c73() ->
    io:put_chars("#c op.or.atom.fun\n"),
    io:format("~p~n", [catch you or fun erlang:abs/1]).

t73() ->
    io:put_chars("#t op.or.atom.fun\n"),
    try you or fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c74() ->
    io:put_chars("#c op.or.true.big\n"),
    io:format("~p~n", [catch true or 1180591620717411303424]).

c75() ->
    io:put_chars("#c op.or.true.nil\n"),
    io:format("~p~n", [catch true or []]).

t75() ->
    io:put_chars("#t op.or.true.nil\n"),
    try true or [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c76() ->
    io:put_chars("#c op.or.true.tuple\n"),
    io:format("~p~n", [catch true or {1,2}]).

c77() ->
    io:put_chars("#c op.or.true.fun\n"),
    io:format("~p~n", [catch true or fun erlang:abs/1]).

t77() ->
    io:put_chars("#t op.or.true.fun\n"),
    try true or fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c78() ->
    io:put_chars("#c op.or.nil.big\n"),
    io:format("~p~n", [catch [] or 1180591620717411303424]).

c79() ->
    io:put_chars("#c op.or.nil.nil\n"),
    io:format("~p~n", [catch [] or []]).

t79() ->
    io:put_chars("#t op.or.nil.nil\n"),
    try [] or [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c80() ->
    io:put_chars("#c op.or.nil.tuple\n"),
    io:format("~p~n", [catch [] or {1,2}]).

c81() ->
    io:put_chars("#c op.or.nil.fun\n"),
    io:format("~p~n", [catch [] or fun erlang:abs/1]).

t81() ->
    io:put_chars("#t op.or.nil.fun\n"),
    try [] or fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c82() ->
    io:put_chars("#c op.or.list.big\n"),
    io:format("~p~n", [catch [1,2] or 1180591620717411303424]).

c83() ->
    io:put_chars("#c op.or.list.nil\n"),
    io:format("~p~n", [catch [1,2] or []]).

t83() ->
    io:put_chars("#t op.or.list.nil\n"),
    try [1,2] or [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c84() ->
    io:put_chars("#c op.or.list.tuple\n"),
    io:format("~p~n", [catch [1,2] or {1,2}]).

c85() ->
    io:put_chars("#c op.or.list.fun\n"),
    io:format("~p~n", [catch [1,2] or fun erlang:abs/1]).

t85() ->
    io:put_chars("#t op.or.list.fun\n"),
    try [1,2] or fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c86() ->
    io:put_chars("#c op.or.string.big\n"),
    io:format("~p~n", [catch "ab" or 1180591620717411303424]).

c87() ->
    io:put_chars("#c op.or.string.nil\n"),
    io:format("~p~n", [catch "ab" or []]).

t87() ->
    io:put_chars("#t op.or.string.nil\n"),
    try "ab" or [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c88() ->
    io:put_chars("#c op.or.string.tuple\n"),
    io:format("~p~n", [catch "ab" or {1,2}]).

c89() ->
    io:put_chars("#c op.or.string.fun\n"),
    io:format("~p~n", [catch "ab" or fun erlang:abs/1]).

t89() ->
    io:put_chars("#t op.or.string.fun\n"),
    try "ab" or fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c90() ->
    io:put_chars("#c op.or.improper.big\n"),
    io:format("~p~n", [catch [a|b] or 1180591620717411303424]).

c91() ->
    io:put_chars("#c op.or.improper.nil\n"),
    io:format("~p~n", [catch [a|b] or []]).

t91() ->
    io:put_chars("#t op.or.improper.nil\n"),
    try [a|b] or [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c92() ->
    io:put_chars("#c op.or.improper.tuple\n"),
    io:format("~p~n", [catch [a|b] or {1,2}]).

c93() ->
    io:put_chars("#c op.or.improper.fun\n"),
    io:format("~p~n", [catch [a|b] or fun erlang:abs/1]).

t93() ->
    io:put_chars("#t op.or.improper.fun\n"),
    try [a|b] or fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c94() ->
    io:put_chars("#c op.or.tuple.big\n"),
    io:format("~p~n", [catch {1,2} or 1180591620717411303424]).

c95() ->
    io:put_chars("#c op.or.tuple.nil\n"),
    io:format("~p~n", [catch {1,2} or []]).

t95() ->
    io:put_chars("#t op.or.tuple.nil\n"),
    try {1,2} or [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c96() ->
    io:put_chars("#c op.or.tuple.tuple\n"),
    io:format("~p~n", [catch {1,2} or {1,2}]).

c97() ->
    io:put_chars("#c op.or.tuple.fun\n"),
    io:format("~p~n", [catch {1,2} or fun erlang:abs/1]).

t97() ->
    io:put_chars("#t op.or.tuple.fun\n"),
    try {1,2} or fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c98() ->
    io:put_chars("#c op.or.map.big\n"),
    io:format("~p~n", [catch #{a => 1} or 1180591620717411303424]).

c99() ->
    io:put_chars("#c op.or.map.nil\n"),
    io:format("~p~n", [catch #{a => 1} or []]).

t99() ->
    io:put_chars("#t op.or.map.nil\n"),
    try #{a => 1} or [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c100() ->
    io:put_chars("#c op.or.map.tuple\n"),
    io:format("~p~n", [catch #{a => 1} or {1,2}]).

c101() ->
    io:put_chars("#c op.or.map.fun\n"),
    io:format("~p~n", [catch #{a => 1} or fun erlang:abs/1]).

t101() ->
    io:put_chars("#t op.or.map.fun\n"),
    try #{a => 1} or fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c102() ->
    io:put_chars("#c op.or.bin.big\n"),
    io:format("~p~n", [catch <<1,2>> or 1180591620717411303424]).

c103() ->
    io:put_chars("#c op.or.bin.nil\n"),
    io:format("~p~n", [catch <<1,2>> or []]).

t103() ->
    io:put_chars("#t op.or.bin.nil\n"),
    try <<1,2>> or [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c104() ->
    io:put_chars("#c op.or.bin.tuple\n"),
    io:format("~p~n", [catch <<1,2>> or {1,2}]).

c105() ->
    io:put_chars("#c op.or.bin.fun\n"),
    io:format("~p~n", [catch <<1,2>> or fun erlang:abs/1]).

t105() ->
    io:put_chars("#t op.or.bin.fun\n"),
    try <<1,2>> or fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c106() ->
    io:put_chars("#c op.or.bits.big\n"),
    io:format("~p~n", [catch <<1:3>> or 1180591620717411303424]).

c107() ->
    io:put_chars("#c op.or.bits.nil\n"),
    io:format("~p~n", [catch <<1:3>> or []]).

t107() ->
    io:put_chars("#t op.or.bits.nil\n"),
    try <<1:3>> or [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c108() ->
    io:put_chars("#c op.or.bits.tuple\n"),
    io:format("~p~n", [catch <<1:3>> or {1,2}]).

c109() ->
    io:put_chars("#c op.or.bits.fun\n"),
    io:format("~p~n", [catch <<1:3>> or fun erlang:abs/1]).

t109() ->
    io:put_chars("#t op.or.bits.fun\n"),
    try <<1:3>> or fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c110() ->
    io:put_chars("#c op.or.fun.big\n"),
    io:format("~p~n", [catch fun erlang:abs/1 or 1180591620717411303424]).

c111() ->
    io:put_chars("#c op.or.fun.nil\n"),
    io:format("~p~n", [catch fun erlang:abs/1 or []]).

t111() ->
    io:put_chars("#t op.or.fun.nil\n"),
    try fun erlang:abs/1 or [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c112() ->
    io:put_chars("#c op.or.fun.tuple\n"),
    io:format("~p~n", [catch fun erlang:abs/1 or {1,2}]).

c113() ->
    io:put_chars("#c op.or.fun.fun\n"),
    io:format("~p~n", [catch fun erlang:abs/1 or fun erlang:abs/1]).

t113() ->
    io:put_chars("#t op.or.fun.fun\n"),
    try fun erlang:abs/1 or fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c114() ->
    io:put_chars("#c op.xor.int.big\n"),
    io:format("~p~n", [catch 7 xor 1180591620717411303424]).

c115() ->
    io:put_chars("#c op.xor.int.nil\n"),
    io:format("~p~n", [catch 7 xor []]).

t115() ->
    io:put_chars("#t op.xor.int.nil\n"),
    try 7 xor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c116() ->
    io:put_chars("#c op.xor.int.tuple\n"),
    io:format("~p~n", [catch 7 xor {1,2}]).

c117() ->
    io:put_chars("#c op.xor.int.fun\n"),
    io:format("~p~n", [catch 7 xor fun erlang:abs/1]).

t117() ->
    io:put_chars("#t op.xor.int.fun\n"),
    try 7 xor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c118() ->
    io:put_chars("#c op.xor.neg.big\n"),
    io:format("~p~n", [catch -3 xor 1180591620717411303424]).

c119() ->
    io:put_chars("#c op.xor.neg.nil\n"),
    io:format("~p~n", [catch -3 xor []]).

t119() ->
    io:put_chars("#t op.xor.neg.nil\n"),
    try -3 xor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c120() ->
    io:put_chars("#c op.xor.neg.tuple\n"),
    io:format("~p~n", [catch -3 xor {1,2}]).

c121() ->
    io:put_chars("#c op.xor.neg.fun\n"),
    io:format("~p~n", [catch -3 xor fun erlang:abs/1]).

t121() ->
    io:put_chars("#t op.xor.neg.fun\n"),
    try -3 xor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c122() ->
    io:put_chars("#c op.xor.zero.big\n"),
    io:format("~p~n", [catch 0 xor 1180591620717411303424]).

c123() ->
    io:put_chars("#c op.xor.zero.nil\n"),
    io:format("~p~n", [catch 0 xor []]).

t123() ->
    io:put_chars("#t op.xor.zero.nil\n"),
    try 0 xor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c124() ->
    io:put_chars("#c op.xor.zero.tuple\n"),
    io:format("~p~n", [catch 0 xor {1,2}]).

c125() ->
    io:put_chars("#c op.xor.zero.fun\n"),
    io:format("~p~n", [catch 0 xor fun erlang:abs/1]).

t125() ->
    io:put_chars("#t op.xor.zero.fun\n"),
    try 0 xor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c126() ->
    io:put_chars("#c op.xor.big.big\n"),
    io:format("~p~n", [catch 1180591620717411303424 xor 1180591620717411303424]).

c127() ->
    io:put_chars("#c op.xor.big.nil\n"),
    io:format("~p~n", [catch 1180591620717411303424 xor []]).

t127() ->
    io:put_chars("#t op.xor.big.nil\n"),
    try 1180591620717411303424 xor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c128() ->
    io:put_chars("#c op.xor.big.tuple\n"),
    io:format("~p~n", [catch 1180591620717411303424 xor {1,2}]).

c129() ->
    io:put_chars("#c op.xor.big.fun\n"),
    io:format("~p~n", [catch 1180591620717411303424 xor fun erlang:abs/1]).

t129() ->
    io:put_chars("#t op.xor.big.fun\n"),
    try 1180591620717411303424 xor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c130() ->
    io:put_chars("#c op.xor.float.big\n"),
    io:format("~p~n", [catch 2.5 xor 1180591620717411303424]).

c131() ->
    io:put_chars("#c op.xor.float.nil\n"),
    io:format("~p~n", [catch 2.5 xor []]).

t131() ->
    io:put_chars("#t op.xor.float.nil\n"),
    try 2.5 xor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c132() ->
    io:put_chars("#c op.xor.float.tuple\n"),
    io:format("~p~n", [catch 2.5 xor {1,2}]).

c133() ->
    io:put_chars("#c op.xor.float.fun\n"),
    io:format("~p~n", [catch 2.5 xor fun erlang:abs/1]).

t133() ->
    io:put_chars("#t op.xor.float.fun\n"),
    try 2.5 xor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c134() ->
    io:put_chars("#c op.xor.atom.big\n"),
    io:format("~p~n", [catch you xor 1180591620717411303424]).

c135() ->
    io:put_chars("#c op.xor.atom.nil\n"),
    io:format("~p~n", [catch you xor []]).

t135() ->
    io:put_chars("#t op.xor.atom.nil\n"),
    try you xor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c136() ->
    io:put_chars("#c op.xor.atom.tuple\n"),
    io:format("~p~n", [catch you xor {1,2}]).

c137() ->
    io:put_chars("#c op.xor.atom.fun\n"),
    io:format("~p~n", [catch you xor fun erlang:abs/1]).

t137() ->
    io:put_chars("#t op.xor.atom.fun\n"),
    try you xor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c138() ->
    io:put_chars("#c op.xor.true.big\n"),
    io:format("~p~n", [catch true xor 1180591620717411303424]).

c139() ->
    io:put_chars("#c op.xor.true.nil\n"),
    io:format("~p~n", [catch true xor []]).

t139() ->
    io:put_chars("#t op.xor.true.nil\n"),
    try true xor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c140() ->
    io:put_chars("#c op.xor.true.tuple\n"),
    io:format("~p~n", [catch true xor {1,2}]).

c141() ->
    io:put_chars("#c op.xor.true.fun\n"),
    io:format("~p~n", [catch true xor fun erlang:abs/1]).

t141() ->
    io:put_chars("#t op.xor.true.fun\n"),
    try true xor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c142() ->
    io:put_chars("#c op.xor.nil.big\n"),
    io:format("~p~n", [catch [] xor 1180591620717411303424]).

c143() ->
    io:put_chars("#c op.xor.nil.nil\n"),
    io:format("~p~n", [catch [] xor []]).

t143() ->
    io:put_chars("#t op.xor.nil.nil\n"),
    try [] xor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c144() ->
    io:put_chars("#c op.xor.nil.tuple\n"),
    io:format("~p~n", [catch [] xor {1,2}]).

c145() ->
    io:put_chars("#c op.xor.nil.fun\n"),
    io:format("~p~n", [catch [] xor fun erlang:abs/1]).

t145() ->
    io:put_chars("#t op.xor.nil.fun\n"),
    try [] xor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c146() ->
    io:put_chars("#c op.xor.list.big\n"),
    io:format("~p~n", [catch [1,2] xor 1180591620717411303424]).

c147() ->
    io:put_chars("#c op.xor.list.nil\n"),
    io:format("~p~n", [catch [1,2] xor []]).

t147() ->
    io:put_chars("#t op.xor.list.nil\n"),
    try [1,2] xor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c148() ->
    io:put_chars("#c op.xor.list.tuple\n"),
    io:format("~p~n", [catch [1,2] xor {1,2}]).

c149() ->
    io:put_chars("#c op.xor.list.fun\n"),
    io:format("~p~n", [catch [1,2] xor fun erlang:abs/1]).

t149() ->
    io:put_chars("#t op.xor.list.fun\n"),
    try [1,2] xor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c150() ->
    io:put_chars("#c op.xor.string.big\n"),
    io:format("~p~n", [catch "ab" xor 1180591620717411303424]).

c151() ->
    io:put_chars("#c op.xor.string.nil\n"),
    io:format("~p~n", [catch "ab" xor []]).

t151() ->
    io:put_chars("#t op.xor.string.nil\n"),
    try "ab" xor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c152() ->
    io:put_chars("#c op.xor.string.tuple\n"),
    io:format("~p~n", [catch "ab" xor {1,2}]).

c153() ->
    io:put_chars("#c op.xor.string.fun\n"),
    io:format("~p~n", [catch "ab" xor fun erlang:abs/1]).

t153() ->
    io:put_chars("#t op.xor.string.fun\n"),
    try "ab" xor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c154() ->
    io:put_chars("#c op.xor.improper.big\n"),
    io:format("~p~n", [catch [a|b] xor 1180591620717411303424]).

c155() ->
    io:put_chars("#c op.xor.improper.nil\n"),
    io:format("~p~n", [catch [a|b] xor []]).

t155() ->
    io:put_chars("#t op.xor.improper.nil\n"),
    try [a|b] xor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c156() ->
    io:put_chars("#c op.xor.improper.tuple\n"),
    io:format("~p~n", [catch [a|b] xor {1,2}]).

c157() ->
    io:put_chars("#c op.xor.improper.fun\n"),
    io:format("~p~n", [catch [a|b] xor fun erlang:abs/1]).

t157() ->
    io:put_chars("#t op.xor.improper.fun\n"),
    try [a|b] xor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c158() ->
    io:put_chars("#c op.xor.tuple.big\n"),
    io:format("~p~n", [catch {1,2} xor 1180591620717411303424]).

c159() ->
    io:put_chars("#c op.xor.tuple.nil\n"),
    io:format("~p~n", [catch {1,2} xor []]).

t159() ->
    io:put_chars("#t op.xor.tuple.nil\n"),
    try {1,2} xor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c160() ->
    io:put_chars("#c op.xor.tuple.tuple\n"),
    io:format("~p~n", [catch {1,2} xor {1,2}]).

c161() ->
    io:put_chars("#c op.xor.tuple.fun\n"),
    io:format("~p~n", [catch {1,2} xor fun erlang:abs/1]).

t161() ->
    io:put_chars("#t op.xor.tuple.fun\n"),
    try {1,2} xor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c162() ->
    io:put_chars("#c op.xor.map.big\n"),
    io:format("~p~n", [catch #{a => 1} xor 1180591620717411303424]).

c163() ->
    io:put_chars("#c op.xor.map.nil\n"),
    io:format("~p~n", [catch #{a => 1} xor []]).

t163() ->
    io:put_chars("#t op.xor.map.nil\n"),
    try #{a => 1} xor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c164() ->
    io:put_chars("#c op.xor.map.tuple\n"),
    io:format("~p~n", [catch #{a => 1} xor {1,2}]).

c165() ->
    io:put_chars("#c op.xor.map.fun\n"),
    io:format("~p~n", [catch #{a => 1} xor fun erlang:abs/1]).

t165() ->
    io:put_chars("#t op.xor.map.fun\n"),
    try #{a => 1} xor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c166() ->
    io:put_chars("#c op.xor.bin.big\n"),
    io:format("~p~n", [catch <<1,2>> xor 1180591620717411303424]).

c167() ->
    io:put_chars("#c op.xor.bin.nil\n"),
    io:format("~p~n", [catch <<1,2>> xor []]).

t167() ->
    io:put_chars("#t op.xor.bin.nil\n"),
    try <<1,2>> xor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c168() ->
    io:put_chars("#c op.xor.bin.tuple\n"),
    io:format("~p~n", [catch <<1,2>> xor {1,2}]).

c169() ->
    io:put_chars("#c op.xor.bin.fun\n"),
    io:format("~p~n", [catch <<1,2>> xor fun erlang:abs/1]).

t169() ->
    io:put_chars("#t op.xor.bin.fun\n"),
    try <<1,2>> xor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c170() ->
    io:put_chars("#c op.xor.bits.big\n"),
    io:format("~p~n", [catch <<1:3>> xor 1180591620717411303424]).

c171() ->
    io:put_chars("#c op.xor.bits.nil\n"),
    io:format("~p~n", [catch <<1:3>> xor []]).

t171() ->
    io:put_chars("#t op.xor.bits.nil\n"),
    try <<1:3>> xor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c172() ->
    io:put_chars("#c op.xor.bits.tuple\n"),
    io:format("~p~n", [catch <<1:3>> xor {1,2}]).

c173() ->
    io:put_chars("#c op.xor.bits.fun\n"),
    io:format("~p~n", [catch <<1:3>> xor fun erlang:abs/1]).

t173() ->
    io:put_chars("#t op.xor.bits.fun\n"),
    try <<1:3>> xor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c174() ->
    io:put_chars("#c op.xor.fun.big\n"),
    io:format("~p~n", [catch fun erlang:abs/1 xor 1180591620717411303424]).

c175() ->
    io:put_chars("#c op.xor.fun.nil\n"),
    io:format("~p~n", [catch fun erlang:abs/1 xor []]).

t175() ->
    io:put_chars("#t op.xor.fun.nil\n"),
    try fun erlang:abs/1 xor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c176() ->
    io:put_chars("#c op.xor.fun.tuple\n"),
    io:format("~p~n", [catch fun erlang:abs/1 xor {1,2}]).

c177() ->
    io:put_chars("#c op.xor.fun.fun\n"),
    io:format("~p~n", [catch fun erlang:abs/1 xor fun erlang:abs/1]).

t177() ->
    io:put_chars("#t op.xor.fun.fun\n"),
    try fun erlang:abs/1 xor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c178() ->
    io:put_chars("#c op.andalso.int.big\n"),
    io:format("~p~n", [catch 7 andalso 1180591620717411303424]).

c179() ->
    io:put_chars("#c op.andalso.int.nil\n"),
    io:format("~p~n", [catch 7 andalso []]).

t179() ->
    io:put_chars("#t op.andalso.int.nil\n"),
    try 7 andalso [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c180() ->
    io:put_chars("#c op.andalso.int.tuple\n"),
    io:format("~p~n", [catch 7 andalso {1,2}]).

c181() ->
    io:put_chars("#c op.andalso.int.fun\n"),
    io:format("~p~n", [catch 7 andalso fun erlang:abs/1]).

t181() ->
    io:put_chars("#t op.andalso.int.fun\n"),
    try 7 andalso fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c182() ->
    io:put_chars("#c op.andalso.neg.big\n"),
    io:format("~p~n", [catch -3 andalso 1180591620717411303424]).

c183() ->
    io:put_chars("#c op.andalso.neg.nil\n"),
    io:format("~p~n", [catch -3 andalso []]).

t183() ->
    io:put_chars("#t op.andalso.neg.nil\n"),
    try -3 andalso [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c184() ->
    io:put_chars("#c op.andalso.neg.tuple\n"),
    io:format("~p~n", [catch -3 andalso {1,2}]).

c185() ->
    io:put_chars("#c op.andalso.neg.fun\n"),
    io:format("~p~n", [catch -3 andalso fun erlang:abs/1]).

t185() ->
    io:put_chars("#t op.andalso.neg.fun\n"),
    try -3 andalso fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c186() ->
    io:put_chars("#c op.andalso.zero.big\n"),
    io:format("~p~n", [catch 0 andalso 1180591620717411303424]).

c187() ->
    io:put_chars("#c op.andalso.zero.nil\n"),
    io:format("~p~n", [catch 0 andalso []]).

t187() ->
    io:put_chars("#t op.andalso.zero.nil\n"),
    try 0 andalso [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c188() ->
    io:put_chars("#c op.andalso.zero.tuple\n"),
    io:format("~p~n", [catch 0 andalso {1,2}]).

c189() ->
    io:put_chars("#c op.andalso.zero.fun\n"),
    io:format("~p~n", [catch 0 andalso fun erlang:abs/1]).

t189() ->
    io:put_chars("#t op.andalso.zero.fun\n"),
    try 0 andalso fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c190() ->
    io:put_chars("#c op.andalso.big.big\n"),
    io:format("~p~n", [catch 1180591620717411303424 andalso 1180591620717411303424]).

c191() ->
    io:put_chars("#c op.andalso.big.nil\n"),
    io:format("~p~n", [catch 1180591620717411303424 andalso []]).

t191() ->
    io:put_chars("#t op.andalso.big.nil\n"),
    try 1180591620717411303424 andalso [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c192() ->
    io:put_chars("#c op.andalso.big.tuple\n"),
    io:format("~p~n", [catch 1180591620717411303424 andalso {1,2}]).

c193() ->
    io:put_chars("#c op.andalso.big.fun\n"),
    io:format("~p~n", [catch 1180591620717411303424 andalso fun erlang:abs/1]).

t193() ->
    io:put_chars("#t op.andalso.big.fun\n"),
    try 1180591620717411303424 andalso fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c194() ->
    io:put_chars("#c op.andalso.float.big\n"),
    io:format("~p~n", [catch 2.5 andalso 1180591620717411303424]).

c195() ->
    io:put_chars("#c op.andalso.float.nil\n"),
    io:format("~p~n", [catch 2.5 andalso []]).

t195() ->
    io:put_chars("#t op.andalso.float.nil\n"),
    try 2.5 andalso [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c196() ->
    io:put_chars("#c op.andalso.float.tuple\n"),
    io:format("~p~n", [catch 2.5 andalso {1,2}]).

c197() ->
    io:put_chars("#c op.andalso.float.fun\n"),
    io:format("~p~n", [catch 2.5 andalso fun erlang:abs/1]).

t197() ->
    io:put_chars("#t op.andalso.float.fun\n"),
    try 2.5 andalso fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c198() ->
    io:put_chars("#c op.andalso.atom.big\n"),
    io:format("~p~n", [catch you andalso 1180591620717411303424]).

c199() ->
    io:put_chars("#c op.andalso.atom.nil\n"),
    io:format("~p~n", [catch you andalso []]).

t199() ->
    io:put_chars("#t op.andalso.atom.nil\n"),
    try you andalso [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c200() ->
    io:put_chars("#c op.andalso.atom.tuple\n"),
    io:format("~p~n", [catch you andalso {1,2}]).


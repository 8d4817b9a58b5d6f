-module(dm_016).
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
    io:put_chars("#c op.band.tuple.fun\n"),
    io:format("~p~n", [catch {1,2} band fun erlang:abs/1]).

t1() ->
    io:put_chars("#t op.band.tuple.fun\n"),
    try {1,2} band fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c2() ->
    io:put_chars("#c op.band.map.big\n"),
    io:format("~p~n", [catch #{a => 1} band 1180591620717411303424]).

c3() ->
    io:put_chars("#c op.band.map.nil\n"),
    io:format("~p~n", [catch #{a => 1} band []]).

t3() ->
    io:put_chars("#t op.band.map.nil\n"),
    try #{a => 1} band [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c4() ->
    io:put_chars("#c op.band.map.tuple\n"),
    io:format("~p~n", [catch #{a => 1} band {1,2}]).

c5() ->
    io:put_chars("#c op.band.map.fun\n"),
    io:format("~p~n", [catch #{a => 1} band fun erlang:abs/1]).

t5() ->
    io:put_chars("#t op.band.map.fun\n"),
    try #{a => 1} band fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c6() ->
    io:put_chars("#c op.band.bin.big\n"),
    io:format("~p~n", [catch <<1,2>> band 1180591620717411303424]).

c7() ->
    io:put_chars("#c op.band.bin.nil\n"),
    io:format("~p~n", [catch <<1,2>> band []]).

t7() ->
    io:put_chars("#t op.band.bin.nil\n"),
    try <<1,2>> band [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c8() ->
    io:put_chars("#c op.band.bin.tuple\n"),
    io:format("~p~n", [catch <<1,2>> band {1,2}]).

c9() ->
    io:put_chars("#c op.band.bin.fun\n"),
    io:format("~p~n", [catch <<1,2>> band fun erlang:abs/1]).

t9() ->
    io:put_chars("#t op.band.bin.fun\n"),
    try <<1,2>> band fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c10() ->
    io:put_chars("#c op.band.bits.big\n"),
    io:format("~p~n", [catch <<1:3>> band 1180591620717411303424]).

c11() ->
    io:put_chars("#c op.band.bits.nil\n"),
    io:format("~p~n", [catch <<1:3>> band []]).

t11() ->
    io:put_chars("#t op.band.bits.nil\n"),
    try <<1:3>> band [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c12() ->
    io:put_chars("#c op.band.bits.tuple\n"),
    io:format("~p~n", [catch <<1:3>> band {1,2}]).

c13() ->
    io:put_chars("#c op.band.bits.fun\n"),
    io:format("~p~n", [catch <<1:3>> band fun erlang:abs/1]).

t13() ->
    io:put_chars("#t op.band.bits.fun\n"),
    try <<1:3>> band fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c14() ->
    io:put_chars("#c op.band.fun.big\n"),
    io:format("~p~n", [catch fun erlang:abs/1 band 1180591620717411303424]).

c15() ->
    io:put_chars("#c op.band.fun.nil\n"),
    io:format("~p~n", [catch fun erlang:abs/1 band []]).

t15() ->
    io:put_chars("#t op.band.fun.nil\n"),
    try fun erlang:abs/1 band [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c16() ->
    io:put_chars("#c op.band.fun.tuple\n"),
    io:format("~p~n", [catch fun erlang:abs/1 band {1,2}]).

c17() ->
    io:put_chars("#c op.band.fun.fun\n"),
    io:format("~p~n", [catch fun erlang:abs/1 band fun erlang:abs/1]).

t17() ->
    io:put_chars("#t op.band.fun.fun\n"),
    try fun erlang:abs/1 band fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c18() ->
    io:put_chars("#c op.bor.int.big\n"),
    io:format("~p~n", [catch 7 bor 1180591620717411303424]).

c19() ->
    io:put_chars("#c op.bor.int.nil\n"),
    io:format("~p~n", [catch 7 bor []]).

t19() ->
    io:put_chars("#t op.bor.int.nil\n"),
    try 7 bor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c20() ->
    io:put_chars("#c op.bor.int.tuple\n"),
    io:format("~p~n", [catch 7 bor {1,2}]).

c21() ->
    io:put_chars("#c op.bor.int.fun\n"),
    io:format("~p~n", [catch 7 bor fun erlang:abs/1]).

t21() ->
    io:put_chars("#t op.bor.int.fun\n"),
    try 7 bor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c22() ->
    io:put_chars("#c op.bor.neg.big\n"),
    io:format("~p~n", [catch -3 bor 1180591620717411303424]).

c23() ->
    io:put_chars("#c op.bor.neg.nil\n"),
    io:format("~p~n", [catch -3 bor []]).

t23() ->
    io:put_chars("#t op.bor.neg.nil\n"),
    try -3 bor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c24() ->
    io:put_chars("#c op.bor.neg.tuple\n"),
    io:format("~p~n", [catch -3 bor {1,2}]).

c25() ->
    io:put_chars("#c op.bor.neg.fun\n"),
    io:format("~p~n", [catch -3 bor fun erlang:abs/1]).

t25() ->
    io:put_chars("#t op.bor.neg.fun\n"),
    try -3 bor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c26() ->
    io:put_chars("#c op.bor.zero.big\n"),
    io:format("~p~n", [catch 0 bor 1180591620717411303424]).

c27() ->
    io:put_chars("#c op.bor.zero.nil\n"),
    io:format("~p~n", [catch 0 bor []]).

t27() ->
    io:put_chars("#t op.bor.zero.nil\n"),
    try 0 bor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c28() ->
    io:put_chars("#c op.bor.zero.tuple\n"),
    io:format("~p~n", [catch 0 bor {1,2}]).

c29() ->
    io:put_chars("#c op.bor.zero.fun\n"),
    io:format("~p~n", [catch 0 bor fun erlang:abs/1]).

t29() ->
    io:put_chars("#t op.bor.zero.fun\n"),
    try 0 bor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c30() ->
    io:put_chars("#c op.bor.big.big\n"),
    io:format("~p~n", [catch 1180591620717411303424 bor 1180591620717411303424]).

c31() ->
    io:put_chars("#c op.bor.big.nil\n"),
    io:format("~p~n", [catch 1180591620717411303424 bor []]).

t31() ->
    io:put_chars("#t op.bor.big.nil\n"),
    try 1180591620717411303424 bor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c32() ->
    io:put_chars("#c op.bor.big.tuple\n"),
    io:format("~p~n", [catch 1180591620717411303424 bor {1,2}]).

c33() ->
    io:put_chars("#c op.bor.big.fun\n"),
    io:format("~p~n", [catch 1180591620717411303424 bor fun erlang:abs/1]).

t33() ->
    io:put_chars("#t op.bor.big.fun\n"),
    try 1180591620717411303424 bor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c34() ->
    io:put_chars("#c op.bor.float.big\n"),
    io:format("~p~n", [catch 2.5 bor 1180591620717411303424]).

c35() ->
    io:put_chars("#c op.bor.float.nil\n"),
    io:format("~p~n", [catch 2.5 bor []]).

t35() ->
    io:put_chars("#t op.bor.float.nil\n"),
    try 2.5 bor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c36() ->
    io:put_chars("#c op.bor.float.tuple\n"),
    io:format("~p~n", [catch 2.5 bor {1,2}]).

c37() ->
    io:put_chars("#c op.bor.float.fun\n"),
    io:format("~p~n", [catch 2.5 bor fun erlang:abs/1]).

t37() ->
    io:put_chars("#t op.bor.float.fun\n"),
    try 2.5 bor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c38() ->
    io:put_chars("#c op.bor.atom.big\n"),
    io:format("~p~n", [catch you bor 1180591620717411303424]).

c39() ->
    io:put_chars("#c op.bor.atom.nil\n"),
    io:format("~p~n", [catch you bor []]).

t39() ->
    io:put_chars("#t op.bor.atom.nil\n"),
    try you bor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c40() ->
    io:put_chars("#c op.bor.atom.tuple\n"),
    io:format("~p~n", [catch you bor {1,2}]).

c41() ->
    io:put_chars("#c op.bor.atom.fun\n"),
    io:format("~p~n", [catch you bor fun erlang:abs/1]).

t41() ->
    io:put_chars("#t op.bor.atom.fun\n"),
    try you bor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c42() ->
    io:put_chars("#c op.bor.true.big\n"),
    io:format("~p~n", [catch true bor 1180591620717411303424]).

c43() ->
    io:put_chars("#c op.bor.true.nil\n"),
    io:format("~p~n", [catch true bor []]).

t43() ->
    io:put_chars("#t op.bor.true.nil\n"),
    try true bor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c44() ->
    io:put_chars("#c op.bor.true.tuple\n"),
    io:format("~p~n", [catch true bor {1,2}]).

c45() ->
    io:put_chars("#c op.bor.true.fun\n"),
    io:format("~p~n", [catch true bor fun erlang:abs/1]).

t45() ->
    io:put_chars("#t op.bor.true.fun\n"),
    try true bor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c46() ->
    io:put_chars("#c op.bor.nil.big\n"),
    io:format("~p~n", [catch [] bor 1180591620717411303424]).

c47() ->
    io:put_chars("#c op.bor.nil.nil\n"),
    io:format("~p~n", [catch [] bor []]).

t47() ->
    io:put_chars("#t op.bor.nil.nil\n"),
    try [] bor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c48() ->
    io:put_chars("#c op.bor.nil.tuple\n"),
    io:format("~p~n", [catch [] bor {1,2}]).

c49() ->
    io:put_chars("#c op.bor.nil.fun\n"),
    io:format("~p~n", [catch [] bor fun erlang:abs/1]).

t49() ->
    io:put_chars("#t op.bor.nil.fun\n"),
    try [] bor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c50() ->
    io:put_chars("#c op.bor.list.big\n"),
    io:format("~p~n", [catch [1,2] bor 1180591620717411303424]).

c51() ->
    io:put_chars("#c op.bor.list.nil\n"),
    io:format("~p~n", [catch [1,2] bor []]).

t51() ->
    io:put_chars("#t op.bor.list.nil\n"),
    try [1,2] bor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c52() ->
    io:put_chars("#c op.bor.list.tuple\n"),
    io:format("~p~n", [catch [1,2] bor {1,2}]).

c53() ->
    io:put_chars("#c op.bor.list.fun\n"),
    io:format("~p~n", [catch [1,2] bor fun erlang:abs/1]).

t53() ->
    io:put_chars("#t op.bor.list.fun\n"),
    try [1,2] bor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c54() ->
    io:put_chars("#c op.bor.string.big\n"),
    io:format("~p~n", [catch "ab" bor 1180591620717411303424]).

c55() ->
    io:put_chars("#c op.bor.string.nil\n"),
    io:format("~p~n", [catch "ab" bor []]).

t55() ->
    io:put_chars("#t op.bor.string.nil\n"),
    try "ab" bor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c56() ->
    io:put_chars("#c op.bor.string.tuple\n"),
    io:format("~p~n", [catch "ab" bor {1,2}]).

c57() ->
    io:put_chars("#c op.bor.string.fun\n"),
    io:format("~p~n", [catch "ab" bor fun erlang:abs/1]).

t57() ->
    io:put_chars("#t op.bor.string.fun\n"),
    try "ab" bor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c58() ->
    io:put_chars("#c op.bor.improper.big\n"),
    io:format("~p~n", [catch [a|b] bor 1180591620717411303424]).

c59() ->
    io:put_chars("#c op.bor.improper.nil\n"),
    io:format("~p~n", [catch [a|b] bor []]).

t59() ->
    io:put_chars("#t op.bor.improper.nil\n"),
    try [a|b] bor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c60() ->
    io:put_chars("#c op.bor.improper.tuple\n"),
    io:format("~p~n", [catch [a|b] bor {1,2}]).

c61() ->
    io:put_chars("#c op.bor.improper.fun\n"),
    io:format("~p~n", [catch [a|b] bor fun erlang:abs/1]).

t61() ->
    io:put_chars("#t op.bor.improper.fun\n"),
    try [a|b] bor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c62() ->
    io:put_chars("#c op.bor.tuple.big\n"),
    io:format("~p~n", [catch {1,2} bor 1180591620717411303424]).

c63() ->
    io:put_chars("#c op.bor.tuple.nil\n"),
    io:format("~p~n", [catch {1,2} bor []]).

t63() ->
    io:put_chars("#t op.bor.tuple.nil\n"),
    try {1,2} bor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c64() ->
    io:put_chars("#c op.bor.tuple.tuple\n"),
    io:format("~p~n", [catch {1,2} bor {1,2}]).

c65() ->
    io:put_chars("#c op.bor.tuple.fun\n"),
    io:format("~p~n", [catch {1,2} bor fun erlang:abs/1]).

t65() ->
    io:put_chars("#t op.bor.tuple.fun\n"),
    try {1,2} bor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c66() ->
    io:put_chars("#c op.bor.map.big\n"),
    io:format("~p~n", [catch #{a => 1} bor 1180591620717411303424]).

c67() ->
    io:put_chars("#c op.bor.map.nil\n"),
    io:format("~p~n", [catch #{a => 1} bor []]).

t67() ->
    io:put_chars("#t op.bor.map.nil\n"),
    try #{a => 1} bor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c68() ->
    io:put_chars("#c op.bor.map.tuple\n"),
    io:format("~p~n", [catch #{a => 1} bor {1,2}]).

c69() ->
    io:put_chars("#c op.bor.map.fun\n"),
    io:format("~p~n", [catch #{a => 1} bor fun erlang:abs/1]).

t69() ->
    io:put_chars("#t op.bor.map.fun\n"),
    try #{a => 1} bor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c70() ->
    io:put_chars("#c op.bor.bin.big\n"),
    io:format("~p~n", [catch <<1,2>> bor 1180591620717411303424]).

c71() ->
    io:put_chars("#c op.bor.bin.nil\n"),
    io:format("~p~n", [catch <<1,2>> bor []]).

t71() ->
    io:put_chars("#t op.bor.bin.nil\n"),
    try <<1,2>> bor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c72() ->
    io:put_chars("#c op.bor.bin.tuple\n"),
    io:format("~p~n", [catch <<1,2>> bor {1,2}]).

c73() ->
    io:put_chars("#c op.bor.bin.fun\n"),
    io:format("~p~n", [catch <<1,2>> bor fun erlang:abs/1]).

t73() ->
    io:put_chars("#t op.bor.bin.fun\n"),
    try <<1,2>> bor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c74() ->
    io:put_chars("#c op.bor.bits.big\n"),
    io:format("~p~n", [catch <<1:3>> bor 1180591620717411303424]).

c75() ->
    io:put_chars("#c op.bor.bits.nil\n"),
    io:format("~p~n", [catch <<1:3>> bor []]).

t75() ->
    io:put_chars("#t op.bor.bits.nil\n"),
    try <<1:3>> bor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c76() ->
    io:put_chars("#c op.bor.bits.tuple\n"),
    io:format("~p~n", [catch <<1:3>> bor {1,2}]).

c77() ->
    io:put_chars("#c op.bor.bits.fun\n"),
    io:format("~p~n", [catch <<1:3>> bor fun erlang:abs/1]).

t77() ->
    io:put_chars("#t op.bor.bits.fun\n"),
    try <<1:3>> bor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c78() ->
    io:put_chars("#c op.bor.fun.big\n"),
    io:format("~p~n", [catch fun erlang:abs/1 bor 1180591620717411303424]).

c79() ->
    io:put_chars("#c op.bor.fun.nil\n"),
    io:format("~p~n", [catch fun erlang:abs/1 bor []]).

t79() ->
    io:put_chars("#t op.bor.fun.nil\n"),
    try fun erlang:abs/1 bor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c80() ->
    io:put_chars("#c op.bor.fun.tuple\n"),
    io:format("~p~n", [catch fun erlang:abs/1 bor {1,2}]).

c81() ->
    io:put_chars("#c op.bor.fun.fun\n"),
    io:format("~p~n", [catch fun erlang:abs/1 bor fun erlang:abs/1]).

t81() ->
    io:put_chars("#t op.bor.fun.fun\n"),
    try fun erlang:abs/1 bor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c82() ->
    io:put_chars("#c op.bxor.int.big\n"),
    io:format("~p~n", [catch 7 bxor 1180591620717411303424]).

c83() ->
    io:put_chars("#c op.bxor.int.nil\n"),
    io:format("~p~n", [catch 7 bxor []]).

t83() ->
    io:put_chars("#t op.bxor.int.nil\n"),
    try 7 bxor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c84() ->
    io:put_chars("#c op.bxor.int.tuple\n"),
    io:format("~p~n", [catch 7 bxor {1,2}]).

c85() ->
    io:put_chars("#c op.bxor.int.fun\n"),
    io:format("~p~n", [catch 7 bxor fun erlang:abs/1]).

t85() ->
    io:put_chars("#t op.bxor.int.fun\n"),
    try 7 bxor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c86() ->
    io:put_chars("#c op.bxor.neg.big\n"),
    io:format("~p~n", [catch -3 bxor 1180591620717411303424]).

c87() ->
    io:put_chars("#c op.bxor.neg.nil\n"),
    io:format("~p~n", [catch -3 bxor []]).

t87() ->
    io:put_chars("#t op.bxor.neg.nil\n"),
    try -3 bxor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c88() ->
    io:put_chars("#c op.bxor.neg.tuple\n"),
    io:format("~p~n", [catch -3 bxor {1,2}]).

c89() ->
    io:put_chars("#c op.bxor.neg.fun\n"),
    io:format("~p~n", [catch -3 bxor fun erlang:abs/1]).

t89() ->
    io:put_chars("#t op.bxor.neg.fun\n"),
    try -3 bxor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c90() ->
    io:put_chars("#c op.bxor.zero.big\n"),
    io:format("~p~n", [catch 0 bxor 1180591620717411303424]).

c91() ->
    io:put_chars("#c op.bxor.zero.nil\n"),
    io:format("~p~n", [catch 0 bxor []]).

t91() ->
    io:put_chars("#t op.bxor.zero.nil\n"),
    try 0 bxor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c92() ->
    io:put_chars("#c op.bxor.zero.tuple\n"),
    io:format("~p~n", [catch 0 bxor {1,2}]).

c93() ->
    io:put_chars("#c op.bxor.zero.fun\n"),
    io:format("~p~n", [catch 0 bxor fun erlang:abs/1]).

t93() ->
    io:put_chars("#t op.bxor.zero.fun\n"),
    try 0 bxor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c94() ->
    io:put_chars("#c op.bxor.big.big\n"),
    io:format("~p~n", [catch 1180591620717411303424 bxor 1180591620717411303424]).

c95() ->
    io:put_chars("#c op.bxor.big.nil\n"),
    io:format("~p~n", [catch 1180591620717411303424 bxor []]).

t95() ->
    io:put_chars("#t op.bxor.big.nil\n"),
    try 1180591620717411303424 bxor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c96() ->
    io:put_chars("#c op.bxor.big.tuple\n"),
    io:format("~p~n", [catch 1180591620717411303424 bxor {1,2}]).

c97() ->
    io:put_chars("#c op.bxor.big.fun\n"),
    io:format("~p~n", [catch 1180591620717411303424 bxor fun erlang:abs/1]).

t97() ->
    io:put_chars("#t op.bxor.big.fun\n"),
    try 1180591620717411303424 bxor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c98() ->
    io:put_chars("#c op.bxor.float.big\n"),
    io:format("~p~n", [catch 2.5 bxor 1180591620717411303424]).

c99() ->
    io:put_chars("#c op.bxor.float.nil\n"),
    io:format("~p~n", [catch 2.5 bxor []]).

t99() ->
    io:put_chars("#t op.bxor.float.nil\n"),
    try 2.5 bxor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c100() ->
    io:put_chars("#c op.bxor.float.tuple\n"),
    io:format("~p~n", [catch 2.5 bxor {1,2}]).

c101() ->
    io:put_chars("#c op.bxor.float.fun\n"),
    io:format("~p~n", [catch 2.5 bxor fun erlang:abs/1]).

t101() ->
    io:put_chars("#t op.bxor.float.fun\n"),
    try 2.5 bxor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c102() ->
    io:put_chars("#c op.bxor.atom.big\n"),
    io:format("~p~n", [catch you bxor 1180591620717411303424]).

c103() ->
    io:put_chars("#c op.bxor.atom.nil\n"),
    io:format("~p~n", [catch you bxor []]).

t103() ->
    io:put_chars("#t op.bxor.atom.nil\n"),
    try you bxor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c104() ->
    io:put_chars("#c op.bxor.atom.tuple\n"),
    io:format("~p~n", [catch you bxor {1,2}]).

c105() ->
    io:put_chars("#c op.bxor.atom.fun\n"),
    io:format("~p~n", [catch you bxor fun erlang:abs/1]).

t105() ->
    io:put_chars("#t op.bxor.atom.fun\n"),
    try you bxor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c106() ->
    io:put_chars("#c op.bxor.true.big\n"),
    io:format("~p~n", [catch true bxor 1180591620717411303424]).

c107() ->
    io:put_chars("#c op.bxor.true.nil\n"),
    io:format("~p~n", [catch true bxor []]).

t107() ->
    io:put_chars("#t op.bxor.true.nil\n"),
    try true bxor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c108() ->
    io:put_chars("#c op.bxor.true.tuple\n"),
    io:format("~p~n", [catch true bxor {1,2}]).

c109() ->
    io:put_chars("#c op.bxor.true.fun\n"),
    io:format("~p~n", [catch true bxor fun erlang:abs/1]).

t109() ->
    io:put_chars("#t op.bxor.true.fun\n"),
    try true bxor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c110() ->
    io:put_chars("#c op.bxor.nil.big\n"),
    io:format("~p~n", [catch [] bxor 1180591620717411303424]).

c111() ->
    io:put_chars("#c op.bxor.nil.nil\n"),
    io:format("~p~n", [catch [] bxor []]).

t111() ->
    io:put_chars("#t op.bxor.nil.nil\n"),
    try [] bxor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c112() ->
    io:put_chars("#c op.bxor.nil.tuple\n"),
    io:format("~p~n", [catch [] bxor {1,2}]).

c113() ->
    io:put_chars("#c op.bxor.nil.fun\n"),
    io:format("~p~n", [catch [] bxor fun erlang:abs/1]).

t113() ->
    io:put_chars("#t op.bxor.nil.fun\n"),
    try [] bxor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c114() ->
    io:put_chars("#c op.bxor.list.big\n"),
    io:format("~p~n", [catch [1,2] bxor 1180591620717411303424]).

c115() ->
    io:put_chars("#c op.bxor.list.nil\n"),
    io:format("~p~n", [catch [1,2] bxor []]).

t115() ->
    io:put_chars("#t op.bxor.list.nil\n"),
    try [1,2] bxor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c116() ->
    io:put_chars("#c op.bxor.list.tuple\n"),
    io:format("~p~n", [catch [1,2] bxor {1,2}]).

c117() ->
    io:put_chars("#c op.bxor.list.fun\n"),
    io:format("~p~n", [catch [1,2] bxor fun erlang:abs/1]).

t117() ->
    io:put_chars("#t op.bxor.list.fun\n"),
    try [1,2] bxor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c118() ->
    io:put_chars("#c op.bxor.string.big\n"),
    io:format("~p~n", [catch "ab" bxor 1180591620717411303424]).

c119() ->
    io:put_chars("#c op.bxor.string.nil\n"),
    io:format("~p~n", [catch "ab" bxor []]).

t119() ->
    io:put_chars("#t op.bxor.string.nil\n"),
    try "ab" bxor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c120() ->
    io:put_chars("#c op.bxor.string.tuple\n"),
    io:format("~p~n", [catch "ab" bxor {1,2}]).

c121() ->
    io:put_chars("#c op.bxor.string.fun\n"),
    io:format("~p~n", [catch "ab" bxor fun erlang:abs/1]).

t121() ->
    io:put_chars("#t op.bxor.string.fun\n"),
    try "ab" bxor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c122() ->
    io:put_chars("#c op.bxor.improper.big\n"),
    io:format("~p~n", [catch [a|b] bxor 1180591620717411303424]).

c123() ->
    io:put_chars("#c op.bxor.improper.nil\n"),
    io:format("~p~n", [catch [a|b] bxor []]).

t123() ->
    io:put_chars("#t op.bxor.improper.nil\n"),
    try [a|b] bxor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c124() ->
    io:put_chars("#c op.bxor.improper.tuple\n"),
    io:format("~p~n", [catch [a|b] bxor {1,2}]).

c125() ->
    io:put_chars("#c op.bxor.improper.fun\n"),
    io:format("~p~n", [catch [a|b] bxor fun erlang:abs/1]).

t125() ->
    io:put_chars("#t op.bxor.improper.fun\n"),
    try [a|b] bxor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c126() ->
    io:put_chars("#c op.bxor.tuple.big\n"),
    io:format("~p~n", [catch {1,2} bxor 1180591620717411303424]).

c127() ->
    io:put_chars("#c op.bxor.tuple.nil\n"),
    io:format("~p~n", [catch {1,2} bxor []]).

t127() ->
    io:put_chars("#t op.bxor.tuple.nil\n"),
    try {1,2} bxor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c128() ->
    io:put_chars("#c op.bxor.tuple.tuple\n"),
    io:format("~p~n", [catch {1,2} bxor {1,2}]).

c129() ->
    io:put_chars("#c op.bxor.tuple.fun\n"),
    io:format("~p~n", [catch {1,2} bxor fun erlang:abs/1]).

t129() ->
    io:put_chars("#t op.bxor.tuple.fun\n"),
    try {1,2} bxor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c130() ->
    io:put_chars("#c op.bxor.map.big\n"),
    io:format("~p~n", [catch #{a => 1} bxor 1180591620717411303424]).

c131() ->
    io:put_chars("#c op.bxor.map.nil\n"),
    io:format("~p~n", [catch #{a => 1} bxor []]).

t131() ->
    io:put_chars("#t op.bxor.map.nil\n"),
    try #{a => 1} bxor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c132() ->
    io:put_chars("#c op.bxor.map.tuple\n"),
    io:format("~p~n", [catch #{a => 1} bxor {1,2}]).

c133() ->
    io:put_chars("#c op.bxor.map.fun\n"),
    io:format("~p~n", [catch #{a => 1} bxor fun erlang:abs/1]).

t133() ->
    io:put_chars("#t op.bxor.map.fun\n"),
    try #{a => 1} bxor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c134() ->
    io:put_chars("#c op.bxor.bin.big\n"),
    io:format("~p~n", [catch <<1,2>> bxor 1180591620717411303424]).

c135() ->
    io:put_chars("#c op.bxor.bin.nil\n"),
    io:format("~p~n", [catch <<1,2>> bxor []]).

t135() ->
    io:put_chars("#t op.bxor.bin.nil\n"),
    try <<1,2>> bxor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c136() ->
    io:put_chars("#c op.bxor.bin.tuple\n"),
    io:format("~p~n", [catch <<1,2>> bxor {1,2}]).

c137() ->
    io:put_chars("#c op.bxor.bin.fun\n"),
    io:format("~p~n", [catch <<1,2>> bxor fun erlang:abs/1]).

t137() ->
    io:put_chars("#t op.bxor.bin.fun\n"),
    try <<1,2>> bxor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c138() ->
    io:put_chars("#c op.bxor.bits.big\n"),
    io:format("~p~n", [catch <<1:3>> bxor 1180591620717411303424]).

c139() ->
    io:put_chars("#c op.bxor.bits.nil\n"),
    io:format("~p~n", [catch <<1:3>> bxor []]).

t139() ->
    io:put_chars("#t op.bxor.bits.nil\n"),
    try <<1:3>> bxor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c140() ->
    io:put_chars("#c op.bxor.bits.tuple\n"),
    io:format("~p~n", [catch <<1:3>> bxor {1,2}]).

c141() ->
    io:put_chars("#c op.bxor.bits.fun\n"),
    io:format("~p~n", [catch <<1:3>> bxor fun erlang:abs/1]).

t141() ->
    io:put_chars("#t op.bxor.bits.fun\n"),
    try <<1:3>> bxor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c142() ->
    io:put_chars("#c op.bxor.fun.big\n"),
    io:format("~p~n", [catch fun erlang:abs/1 bxor 1180591620717411303424]).

c143() ->
    io:put_chars("#c op.bxor.fun.nil\n"),
    io:format("~p~n", [catch fun erlang:abs/1 bxor []]).

t143() ->
    io:put_chars("#t op.bxor.fun.nil\n"),
    try fun erlang:abs/1 bxor [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c144() ->
    io:put_chars("#c op.bxor.fun.tuple\n"),
    io:format("~p~n", [catch fun erlang:abs/1 bxor {1,2}]).

c145() ->
    io:put_chars("#c op.bxor.fun.fun\n"),
    io:format("~p~n", [catch fun erlang:abs/1 bxor fun erlang:abs/1]).

t145() ->
    io:put_chars("#t op.bxor.fun.fun\n"),
    try fun erlang:abs/1 bxor fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c146() ->
    io:put_chars("#c op.bsl.int.big\n"),
    io:format("~p~n", [catch 7 bsl 1180591620717411303424]).

c147() ->
    io:put_chars("#c op.bsl.int.nil\n"),
    io:format("~p~n", [catch 7 bsl []]).

t147() ->
    io:put_chars("#t op.bsl.int.nil\n"),
    try 7 bsl [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c148() ->
    io:put_chars("#c op.bsl.int.tuple\n"),
    io:format("~p~n", [catch 7 bsl {1,2}]).

c149() ->
    io:put_chars("#c op.bsl.int.fun\n"),
    io:format("~p~n", [catch 7 bsl fun erlang:abs/1]).

t149() ->
    io:put_chars("#t op.bsl.int.fun\n"),
    try 7 bsl fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c150() ->
    io:put_chars("#c op.bsl.neg.big\n"),
    io:format("~p~n", [catch -3 bsl 1180591620717411303424]).

c151() ->
    io:put_chars("#c op.bsl.neg.nil\n"),
    io:format("~p~n", [catch -3 bsl []]).

t151() ->
    io:put_chars("#t op.bsl.neg.nil\n"),
    try -3 bsl [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c152() ->
    io:put_chars("#c op.bsl.neg.tuple\n"),
    io:format("~p~n", [catch -3 bsl {1,2}]).

c153() ->
    io:put_chars("#c op.bsl.neg.fun\n"),
    io:format("~p~n", [catch -3 bsl fun erlang:abs/1]).

t153() ->
    io:put_chars("#t op.bsl.neg.fun\n"),
    try -3 bsl fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c154() ->
    io:put_chars("#c op.bsl.zero.big\n"),
    io:format("~p~n", [catch 0 bsl 1180591620717411303424]).

c155() ->
    io:put_chars("#c op.bsl.zero.nil\n"),
    io:format("~p~n", [catch 0 bsl []]).

t155() ->
    io:put_chars("#t op.bsl.zero.nil\n"),
    try 0 bsl [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c156() ->
    io:put_chars("#c op.bsl.zero.tuple\n"),
    io:format("~p~n", [catch 0 bsl {1,2}]).

c157() ->
    io:put_chars("#c op.bsl.zero.fun\n"),
    io:format("~p~n", [catch 0 bsl fun erlang:abs/1]).

t157() ->
    io:put_chars("#t op.bsl.zero.fun\n"),
    try 0 bsl fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c158() ->
    io:put_chars("#c op.bsl.big.big\n"),
    io:format("~p~n", [catch 1180591620717411303424 bsl 1180591620717411303424]).

c159() ->
    io:put_chars("#c op.bsl.big.nil\n"),
    io:format("~p~n", [catch 1180591620717411303424 bsl []]).

t159() ->
    io:put_chars("#t op.bsl.big.nil\n"),
    try 1180591620717411303424 bsl [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c160() ->
    io:put_chars("#c op.bsl.big.tuple\n"),
    io:format("~p~n", [catch 1180591620717411303424 bsl {1,2}]).

c161() ->
    io:put_chars("#c op.bsl.big.fun\n"),
    io:format("~p~n", [catch 1180591620717411303424 bsl fun erlang:abs/1]).

t161() ->
    io:put_chars("#t op.bsl.big.fun\n"),
    try 1180591620717411303424 bsl fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c162() ->
    io:put_chars("#c op.bsl.float.big\n"),
    io:format("~p~n", [catch 2.5 bsl 1180591620717411303424]).

c163() ->
    io:put_chars("#c op.bsl.float.nil\n"),
    io:format("~p~n", [catch 2.5 bsl []]).

t163() ->
    io:put_chars("#t op.bsl.float.nil\n"),
    try 2.5 bsl [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c164() ->
    io:put_chars("#c op.bsl.float.tuple\n"),
    io:format("~p~n", [catch 2.5 bsl {1,2}]).

c165() ->
    io:put_chars("#c op.bsl.float.fun\n"),
    io:format("~p~n", [catch 2.5 bsl fun erlang:abs/1]).

t165() ->
    io:put_chars("#t op.bsl.float.fun\n"),
    try 2.5 bsl fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c166() ->
    io:put_chars("#c op.bsl.atom.big\n"),
    io:format("~p~n", [catch you bsl 1180591620717411303424]).

c167() ->
    io:put_chars("#c op.bsl.atom.nil\n"),
    io:format("~p~n", [catch you bsl []]).

t167() ->
    io:put_chars("#t op.bsl.atom.nil\n"),
    try you bsl [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c168() ->
    io:put_chars("#c op.bsl.atom.tuple\n"),
    io:format("~p~n", [catch you bsl {1,2}]).

c169() ->
    io:put_chars("#c op.bsl.atom.fun\n"),
    io:format("~p~n", [catch you bsl fun erlang:abs/1]).

t169() ->
    io:put_chars("#t op.bsl.atom.fun\n"),
    try you bsl fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c170() ->
    io:put_chars("#c op.bsl.true.big\n"),
    io:format("~p~n", [catch true bsl 1180591620717411303424]).

c171() ->
    io:put_chars("#c op.bsl.true.nil\n"),
    io:format("~p~n", [catch true bsl []]).

t171() ->
    io:put_chars("#t op.bsl.true.nil\n"),
    try true bsl [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c172() ->
    io:put_chars("#c op.bsl.true.tuple\n"),
    io:format("~p~n", [catch true bsl {1,2}]).

c173() ->
    io:put_chars("#c op.bsl.true.fun\n"),
    io:format("~p~n", [catch true bsl fun erlang:abs/1]).

t173() ->
    io:put_chars("#t op.bsl.true.fun\n"),
    try true bsl fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c174() ->
    io:put_chars("#c op.bsl.nil.big\n"),
    io:format("~p~n", [catch [] bsl 1180591620717411303424]).

c175() ->
    io:put_chars("#c op.bsl.nil.nil\n"),
    io:format("~p~n", [catch [] bsl []]).

t175() ->
    io:put_chars("#t op.bsl.nil.nil\n"),
    try [] bsl [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c176() ->
    io:put_chars("#c op.bsl.nil.tuple\n"),
    io:format("~p~n", [catch [] bsl {1,2}]).

c177() ->
    io:put_chars("#c op.bsl.nil.fun\n"),
    io:format("~p~n", [catch [] bsl fun erlang:abs/1]).

t177() ->
    io:put_chars("#t op.bsl.nil.fun\n"),
    try [] bsl fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c178() ->
    io:put_chars("#c op.bsl.list.big\n"),
    io:format("~p~n", [catch [1,2] bsl 1180591620717411303424]).

c179() ->
    io:put_chars("#c op.bsl.list.nil\n"),
    io:format("~p~n", [catch [1,2] bsl []]).

t179() ->
    io:put_chars("#t op.bsl.list.nil\n"),
    try [1,2] bsl [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c180() ->
    io:put_chars("#c op.bsl.list.tuple\n"),
    io:format("~p~n", [catch [1,2] bsl {1,2}]).

c181() ->
    io:put_chars("#c op.bsl.list.fun\n"),
    io:format("~p~n", [catch [1,2] bsl fun erlang:abs/1]).

t181() ->
    io:put_chars("#t op.bsl.list.fun\n"),
    try [1,2] bsl fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c182() ->
    io:put_chars("#c op.bsl.string.big\n"),
    io:format("~p~n", [catch "ab" bsl 1180591620717411303424]).

c183() ->
    io:put_chars("#c op.bsl.string.nil\n"),
    io:format("~p~n", [catch "ab" bsl []]).

t183() ->
    io:put_chars("#t op.bsl.string.nil\n"),
    try "ab" bsl [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c184() ->
    io:put_chars("#c op.bsl.string.tuple\n"),
    io:format("~p~n", [catch "ab" bsl {1,2}]).

c185() ->
    io:put_chars("#c op.bsl.string.fun\n"),
    io:format("~p~n", [catch "ab" bsl fun erlang:abs/1]).

t185() ->
    io:put_chars("#t op.bsl.string.fun\n"),
    try "ab" bsl fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c186() ->
    io:put_chars("#c op.bsl.improper.big\n"),
    io:format("~p~n", [catch [a|b] bsl 1180591620717411303424]).

c187() ->
    io:put_chars("#c op.bsl.improper.nil\n"),
    io:format("~p~n", [catch [a|b] bsl []]).

t187() ->
    io:put_chars("#t op.bsl.improper.nil\n"),
    try [a|b] bsl [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c188() ->
    io:put_chars("#c op.bsl.improper.tuple\n"),
    io:format("~p~n", [catch [a|b] bsl {1,2}]).

c189() ->
    io:put_chars("#c op.bsl.improper.fun\n"),
    io:format("~p~n", [catch [a|b] bsl fun erlang:abs/1]).

t189() ->
    io:put_chars("#t op.bsl.improper.fun\n"),
    try [a|b] bsl fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c190() ->
    io:put_chars("#c op.bsl.tuple.big\n"),
    io:format("~p~n", [catch {1,2} bsl 1180591620717411303424]).

c191() ->
    io:put_chars("#c op.bsl.tuple.nil\n"),
    io:format("~p~n", [catch {1,2} bsl []]).

t191() ->
    io:put_chars("#t op.bsl.tuple.nil\n"),
    try {1,2} bsl [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c192() ->
    io:put_chars("#c op.bsl.tuple.tuple\n"),
    io:format("~p~n", [catch {1,2} bsl {1,2}]).

c193() ->
    io:put_chars("#c op.bsl.tuple.fun\n"),
    io:format("~p~n", [catch {1,2} bsl fun erlang:abs/1]).

t193() ->
    io:put_chars("#t op.bsl.tuple.fun\n"),
    try {1,2} bsl fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c194() ->
    io:put_chars("#c op.bsl.map.big\n"),
    io:format("~p~n", [catch #{a => 1} bsl 1180591620717411303424]).

c195() ->
    io:put_chars("#c op.bsl.map.nil\n"),
    io:format("~p~n", [catch #{a => 1} bsl []]).

t195() ->
    io:put_chars("#t op.bsl.map.nil\n"),
    try #{a => 1} bsl [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c196() ->
    io:put_chars("#c op.bsl.map.tuple\n"),
    io:format("~p~n", [catch #{a => 1} bsl {1,2}]).

c197() ->
    io:put_chars("#c op.bsl.map.fun\n"),
    io:format("~p~n", [catch #{a => 1} bsl fun erlang:abs/1]).

t197() ->
    io:put_chars("#t op.bsl.map.fun\n"),
    try #{a => 1} bsl fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c198() ->
    io:put_chars("#c op.bsl.bin.big\n"),
    io:format("~p~n", [catch <<1,2>> bsl 1180591620717411303424]).

c199() ->
    io:put_chars("#c op.bsl.bin.nil\n"),
    io:format("~p~n", [catch <<1,2>> bsl []]).

t199() ->
    io:put_chars("#t op.bsl.bin.nil\n"),
    try <<1,2>> bsl [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c200() ->
    io:put_chars("#c op.bsl.bin.tuple\n"),
    io:format("~p~n", [catch <<1,2>> bsl {1,2}]).


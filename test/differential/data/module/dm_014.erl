-module(dm_014).
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
    io:put_chars("#c op.+.nil.fun\n"),
    io:format("~p~n", [catch [] + fun erlang:abs/1]).

t1() ->
    io:put_chars("#t op.+.nil.fun\n"),
    try [] + fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c2() ->
    io:put_chars("#c op.+.list.big\n"),
    io:format("~p~n", [catch [1,2] + 1180591620717411303424]).

c3() ->
    io:put_chars("#c op.+.list.nil\n"),
    io:format("~p~n", [catch [1,2] + []]).

t3() ->
    io:put_chars("#t op.+.list.nil\n"),
    try [1,2] + [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c4() ->
    io:put_chars("#c op.+.list.tuple\n"),
    io:format("~p~n", [catch [1,2] + {1,2}]).

c5() ->
    io:put_chars("#c op.+.list.fun\n"),
    io:format("~p~n", [catch [1,2] + fun erlang:abs/1]).

t5() ->
    io:put_chars("#t op.+.list.fun\n"),
    try [1,2] + fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c6() ->
    io:put_chars("#c op.+.string.big\n"),
    io:format("~p~n", [catch "ab" + 1180591620717411303424]).

c7() ->
    io:put_chars("#c op.+.string.nil\n"),
    io:format("~p~n", [catch "ab" + []]).

t7() ->
    io:put_chars("#t op.+.string.nil\n"),
    try "ab" + [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c8() ->
    io:put_chars("#c op.+.string.tuple\n"),
    io:format("~p~n", [catch "ab" + {1,2}]).

c9() ->
    io:put_chars("#c op.+.string.fun\n"),
    io:format("~p~n", [catch "ab" + fun erlang:abs/1]).

t9() ->
    io:put_chars("#t op.+.string.fun\n"),
    try "ab" + fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c10() ->
    io:put_chars("#c op.+.improper.big\n"),
    io:format("~p~n", [catch [a|b] + 1180591620717411303424]).

c11() ->
    io:put_chars("#c op.+.improper.nil\n"),
    io:format("~p~n", [catch [a|b] + []]).

t11() ->
    io:put_chars("#t op.+.improper.nil\n"),
    try [a|b] + [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c12() ->
    io:put_chars("#c op.+.improper.tuple\n"),
    io:format("~p~n", [catch [a|b] + {1,2}]).

c13() ->
    io:put_chars("#c op.+.improper.fun\n"),
    io:format("~p~n", [catch [a|b] + fun erlang:abs/1]).

t13() ->
    io:put_chars("#t op.+.improper.fun\n"),
    try [a|b] + fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c14() ->
    io:put_chars("#c op.+.tuple.big\n"),
    io:format("~p~n", [catch {1,2} + 1180591620717411303424]).

c15() ->
    io:put_chars("#c op.+.tuple.nil\n"),
    io:format("~p~n", [catch {1,2} + []]).

t15() ->
    io:put_chars("#t op.+.tuple.nil\n"),
    try {1,2} + [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c16() ->
    io:put_chars("#c op.+.tuple.tuple\n"),
    io:format("~p~n", [catch {1,2} + {1,2}]).

c17() ->
    io:put_chars("#c op.+.tuple.fun\n"),
    io:format("~p~n", [catch {1,2} + fun erlang:abs/1]).

t17() ->
    io:put_chars("#t op.+.tuple.fun\n"),
    try {1,2} + fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c18() ->
    io:put_chars("#c op.+.map.big\n"),
    io:format("~p~n", [catch #{a => 1} + 1180591620717411303424]).

c19() ->
    io:put_chars("#c op.+.map.nil\n"),
    io:format("~p~n", [catch #{a => 1} + []]).

t19() ->
    io:put_chars("#t op.+.map.nil\n"),
    try #{a => 1} + [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c20() ->
    io:put_chars("#c op.+.map.tuple\n"),
    io:format("~p~n", [catch #{a => 1} + {1,2}]).

c21() ->
    io:put_chars("#c op.+.map.fun\n"),
    io:format("~p~n", [catch #{a => 1} + fun erlang:abs/1]).

t21() ->
    io:put_chars("#t op.+.map.fun\n"),
    try #{a => 1} + fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c22() ->
    io:put_chars("#c op.+.bin.big\n"),
    io:format("~p~n", [catch <<1,2>> + 1180591620717411303424]).

c23() ->
    io:put_chars("#c op.+.bin.nil\n"),
    io:format("~p~n", [catch <<1,2>> + []]).

t23() ->
    io:put_chars("#t op.+.bin.nil\n"),
    try <<1,2>> + [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c24() ->
    io:put_chars("#c op.+.bin.tuple\n"),
    io:format("~p~n", [catch <<1,2>> + {1,2}]).

c25() ->
    io:put_chars("#c op.+.bin.fun\n"),
    io:format("~p~n", [catch <<1,2>> + fun erlang:abs/1]).

t25() ->
    io:put_chars("#t op.+.bin.fun\n"),
    try <<1,2>> + fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c26() ->
    io:put_chars("#c op.+.bits.big\n"),
    io:format("~p~n", [catch <<1:3>> + 1180591620717411303424]).

c27() ->
    io:put_chars("#c op.+.bits.nil\n"),
    io:format("~p~n", [catch <<1:3>> + []]).

t27() ->
    io:put_chars("#t op.+.bits.nil\n"),
    try <<1:3>> + [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c28() ->
    io:put_chars("#c op.+.bits.tuple\n"),
    io:format("~p~n", [catch <<1:3>> + {1,2}]).

c29() ->
    io:put_chars("#c op.+.bits.fun\n"),
    io:format("~p~n", [catch <<1:3>> + fun erlang:abs/1]).

t29() ->
    io:put_chars("#t op.+.bits.fun\n"),
    try <<1:3>> + fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c30() ->
    io:put_chars("#c op.+.fun.big\n"),
    io:format("~p~n", [catch fun erlang:abs/1 + 1180591620717411303424]).

c31() ->
    io:put_chars("#c op.+.fun.nil\n"),
    io:format("~p~n", [catch fun erlang:abs/1 + []]).

t31() ->
    io:put_chars("#t op.+.fun.nil\n"),
    try fun erlang:abs/1 + [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c32() ->
    io:put_chars("#c op.+.fun.tuple\n"),
    io:format("~p~n", [catch fun erlang:abs/1 + {1,2}]).

c33() ->
    io:put_chars("#c op.+.fun.fun\n"),
    io:format("~p~n", [catch fun erlang:abs/1 + fun erlang:abs/1]).

t33() ->
    io:put_chars("#t op.+.fun.fun\n"),
    try fun erlang:abs/1 + fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c34() ->
    io:put_chars("#c op.-.int.big\n"),
    io:format("~p~n", [catch 7 - 1180591620717411303424]).

c35() ->
    io:put_chars("#c op.-.int.nil\n"),
    io:format("~p~n", [catch 7 - []]).

t35() ->
    io:put_chars("#t op.-.int.nil\n"),
    try 7 - [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c36() ->
    io:put_chars("#c op.-.int.tuple\n"),
    io:format("~p~n", [catch 7 - {1,2}]).

c37() ->
    io:put_chars("#c op.-.int.fun\n"),
    io:format("~p~n", [catch 7 - fun erlang:abs/1]).

t37() ->
    io:put_chars("#t op.-.int.fun\n"),
    try 7 - fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c38() ->
    io:put_chars("#c op.-.neg.big\n"),
    io:format("~p~n", [catch -3 - 1180591620717411303424]).

c39() ->
    io:put_chars("#c op.-.neg.nil\n"),
    io:format("~p~n", [catch -3 - []]).

t39() ->
    io:put_chars("#t op.-.neg.nil\n"),
    try -3 - [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c40() ->
    io:put_chars("#c op.-.neg.tuple\n"),
    io:format("~p~n", [catch -3 - {1,2}]).

c41() ->
    io:put_chars("#c op.-.neg.fun\n"),
    io:format("~p~n", [catch -3 - fun erlang:abs/1]).

t41() ->
    io:put_chars("#t op.-.neg.fun\n"),
    try -3 - fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c42() ->
    io:put_chars("#c op.-.zero.big\n"),
    io:format("~p~n", [catch 0 - 1180591620717411303424]).

c43() ->
    io:put_chars("#c op.-.zero.nil\n"),
    io:format("~p~n", [catch 0 - []]).

t43() ->
    io:put_chars("#t op.-.zero.nil\n"),
    try 0 - [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c44() ->
    io:put_chars("#c op.-.zero.tuple\n"),
    io:format("~p~n", [catch 0 - {1,2}]).

c45() ->
    io:put_chars("#c op.-.zero.fun\n"),
    io:format("~p~n", [catch 0 - fun erlang:abs/1]).

t45() ->
    io:put_chars("#t op.-.zero.fun\n"),
    try 0 - fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c46() ->
    io:put_chars("#c op.-.big.big\n"),
    io:format("~p~n", [catch 1180591620717411303424 - 1180591620717411303424]).

c47() ->
    io:put_chars("#c op.-.big.nil\n"),
    io:format("~p~n", [catch 1180591620717411303424 - []]).

t47() ->
    io:put_chars("#t op.-.big.nil\n"),
    try 1180591620717411303424 - [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c48() ->
    io:put_chars("#c op.-.big.tuple\n"),
    io:format("~p~n", [catch 1180591620717411303424 - {1,2}]).

c49() ->
    io:put_chars("#c op.-.big.fun\n"),
    io:format("~p~n", [catch 1180591620717411303424 - fun erlang:abs/1]).

t49() ->
    io:put_chars("#t op.-.big.fun\n"),
    try 1180591620717411303424 - fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c50() ->
    io:put_chars("#c op.-.float.big\n"),
    io:format("~p~n", [catch 2.5 - 1180591620717411303424]).

c51() ->
    io:put_chars("#c op.-.float.nil\n"),
    io:format("~p~n", [catch 2.5 - []]).

t51() ->
    io:put_chars("#t op.-.float.nil\n"),
    try 2.5 - [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c52() ->
    io:put_chars("#c op.-.float.tuple\n"),
    io:format("~p~n", [catch 2.5 - {1,2}]).

c53() ->
    io:put_chars("#c op.-.float.fun\n"),
    io:format("~p~n", [catch 2.5 - fun erlang:abs/1]).

t53() ->
    io:put_chars("#t op.-.float.fun\n"),
    try 2.5 - fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c54() ->
    io:put_chars("#c op.-.atom.big\n"),
    io:format("~p~n", [catch you - 1180591620717411303424]).

c55() ->
    io:put_chars("#c op.-.atom.nil\n"),
    io:format("~p~n", [catch you - []]).

t55() ->
    io:put_chars("#t op.-.atom.nil\n"),
    try you - [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c56() ->
    io:put_chars("#c op.-.atom.tuple\n"),
    io:format("~p~n", [catch you - {1,2}]).

c57() ->
    io:put_chars("#c op.-.atom.fun\n"),
    io:format("~p~n", [catch you - fun erlang:abs/1]).

t57() ->
    io:put_chars("#t op.-.atom.fun\n"),
    try you - fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c58() ->
    io:put_chars("#c op.-.true.big\n"),
    io:format("~p~n", [catch true - 1180591620717411303424]).

c59() ->
    io:put_chars("#c op.-.true.nil\n"),
    io:format("~p~n", [catch true - []]).

t59() ->
    io:put_chars("#t op.-.true.nil\n"),
    try true - [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c60() ->
    io:put_chars("#c op.-.true.tuple\n"),
    io:format("~p~n", [catch true - {1,2}]).

c61() ->
    io:put_chars("#c op.-.true.fun\n"),
    io:format("~p~n", [catch true - fun erlang:abs/1]).

t61() ->
    io:put_chars("#t op.-.true.fun\n"),
    try true - fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c62() ->
    io:put_chars("#c op.-.nil.big\n"),
    io:format("~p~n", [catch [] - 1180591620717411303424]).

c63() ->
    io:put_chars("#c op.-.nil.nil\n"),
    io:format("~p~n", [catch [] - []]).

t63() ->
    io:put_chars("#t op.-.nil.nil\n"),
    try [] - [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c64() ->
    io:put_chars("#c op.-.nil.tuple\n"),
    io:format("~p~n", [catch [] - {1,2}]).

c65() ->
    io:put_chars("#c op.-.nil.fun\n"),
    io:format("~p~n", [catch [] - fun erlang:abs/1]).

t65() ->
    io:put_chars("#t op.-.nil.fun\n"),
    try [] - fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c66() ->
    io:put_chars("#c op.-.list.big\n"),
    io:format("~p~n", [catch [1,2] - 1180591620717411303424]).

c67() ->
    io:put_chars("#c op.-.list.nil\n"),
    io:format("~p~n", [catch [1,2] - []]).

t67() ->
    io:put_chars("#t op.-.list.nil\n"),
    try [1,2] - [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c68() ->
    io:put_chars("#c op.-.list.tuple\n"),
    io:format("~p~n", [catch [1,2] - {1,2}]).

c69() ->
    io:put_chars("#c op.-.list.fun\n"),
    io:format("~p~n", [catch [1,2] - fun erlang:abs/1]).

t69() ->
    io:put_chars("#t op.-.list.fun\n"),
    try [1,2] - fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c70() ->
    io:put_chars("#c op.-.string.big\n"),
    io:format("~p~n", [catch "ab" - 1180591620717411303424]).

c71() ->
    io:put_chars("#c op.-.string.nil\n"),
    io:format("~p~n", [catch "ab" - []]).

t71() ->
    io:put_chars("#t op.-.string.nil\n"),
    try "ab" - [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c72() ->
    io:put_chars("#c op.-.string.tuple\n"),
    io:format("~p~n", [catch "ab" - {1,2}]).

c73() ->
    io:put_chars("#c op.-.string.fun\n"),
    io:format("~p~n", [catch "ab" - fun erlang:abs/1]).

t73() ->
    io:put_chars("#t op.-.string.fun\n"),
    try "ab" - fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c74() ->
    io:put_chars("#c op.-.improper.big\n"),
    io:format("~p~n", [catch [a|b] - 1180591620717411303424]).

c75() ->
    io:put_chars("#c op.-.improper.nil\n"),
    io:format("~p~n", [catch [a|b] - []]).

t75() ->
    io:put_chars("#t op.-.improper.nil\n"),
    try [a|b] - [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c76() ->
    io:put_chars("#c op.-.improper.tuple\n"),
    io:format("~p~n", [catch [a|b] - {1,2}]).

c77() ->
    io:put_chars("#c op.-.improper.fun\n"),
    io:format("~p~n", [catch [a|b] - fun erlang:abs/1]).

t77() ->
    io:put_chars("#t op.-.improper.fun\n"),
    try [a|b] - fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c78() ->
    io:put_chars("#c op.-.tuple.big\n"),
    io:format("~p~n", [catch {1,2} - 1180591620717411303424]).

c79() ->
    io:put_chars("#c op.-.tuple.nil\n"),
    io:format("~p~n", [catch {1,2} - []]).

t79() ->
    io:put_chars("#t op.-.tuple.nil\n"),
    try {1,2} - [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c80() ->
    io:put_chars("#c op.-.tuple.tuple\n"),
    io:format("~p~n", [catch {1,2} - {1,2}]).

c81() ->
    io:put_chars("#c op.-.tuple.fun\n"),
    io:format("~p~n", [catch {1,2} - fun erlang:abs/1]).

t81() ->
    io:put_chars("#t op.-.tuple.fun\n"),
    try {1,2} - fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c82() ->
    io:put_chars("#c op.-.map.big\n"),
    io:format("~p~n", [catch #{a => 1} - 1180591620717411303424]).

c83() ->
    io:put_chars("#c op.-.map.nil\n"),
    io:format("~p~n", [catch #{a => 1} - []]).

t83() ->
    io:put_chars("#t op.-.map.nil\n"),
    try #{a => 1} - [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c84() ->
    io:put_chars("#c op.-.map.tuple\n"),
    io:format("~p~n", [catch #{a => 1} - {1,2}]).

c85() ->
    io:put_chars("#c op.-.map.fun\n"),
    io:format("~p~n", [catch #{a => 1} - fun erlang:abs/1]).

t85() ->
    io:put_chars("#t op.-.map.fun\n"),
    try #{a => 1} - fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c86() ->
    io:put_chars("#c op.-.bin.big\n"),
    io:format("~p~n", [catch <<1,2>> - 1180591620717411303424]).

c87() ->
    io:put_chars("#c op.-.bin.nil\n"),
    io:format("~p~n", [catch <<1,2>> - []]).

t87() ->
    io:put_chars("#t op.-.bin.nil\n"),
    try <<1,2>> - [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c88() ->
    io:put_chars("#c op.-.bin.tuple\n"),
    io:format("~p~n", [catch <<1,2>> - {1,2}]).

c89() ->
    io:put_chars("#c op.-.bin.fun\n"),
    io:format("~p~n", [catch <<1,2>> - fun erlang:abs/1]).

t89() ->
    io:put_chars("#t op.-.bin.fun\n"),
    try <<1,2>> - fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c90() ->
    io:put_chars("#c op.-.bits.big\n"),
    io:format("~p~n", [catch <<1:3>> - 1180591620717411303424]).

c91() ->
    io:put_chars("#c op.-.bits.nil\n"),
    io:format("~p~n", [catch <<1:3>> - []]).

t91() ->
    io:put_chars("#t op.-.bits.nil\n"),
    try <<1:3>> - [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c92() ->
    io:put_chars("#c op.-.bits.tuple\n"),
    io:format("~p~n", [catch <<1:3>> - {1,2}]).

c93() ->
    io:put_chars("#c op.-.bits.fun\n"),
    io:format("~p~n", [catch <<1:3>> - fun erlang:abs/1]).

t93() ->
    io:put_chars("#t op.-.bits.fun\n"),
    try <<1:3>> - fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c94() ->
    io:put_chars("#c op.-.fun.big\n"),
    io:format("~p~n", [catch fun erlang:abs/1 - 1180591620717411303424]).

c95() ->
    io:put_chars("#c op.-.fun.nil\n"),
    io:format("~p~n", [catch fun erlang:abs/1 - []]).

t95() ->
    io:put_chars("#t op.-.fun.nil\n"),
    try fun erlang:abs/1 - [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c96() ->
    io:put_chars("#c op.-.fun.tuple\n"),
    io:format("~p~n", [catch fun erlang:abs/1 - {1,2}]).

c97() ->
    io:put_chars("#c op.-.fun.fun\n"),
    io:format("~p~n", [catch fun erlang:abs/1 - fun erlang:abs/1]).

t97() ->
    io:put_chars("#t op.-.fun.fun\n"),
    try fun erlang:abs/1 - fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c98() ->
    io:put_chars("#c op.*.int.big\n"),
    io:format("~p~n", [catch 7 * 1180591620717411303424]).

c99() ->
    io:put_chars("#c op.*.int.nil\n"),
    io:format("~p~n", [catch 7 * []]).

t99() ->
    io:put_chars("#t op.*.int.nil\n"),
    try 7 * [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c100() ->
    io:put_chars("#c op.*.int.tuple\n"),
    io:format("~p~n", [catch 7 * {1,2}]).

c101() ->
    io:put_chars("#c op.*.int.fun\n"),
    io:format("~p~n", [catch 7 * fun erlang:abs/1]).

t101() ->
    io:put_chars("#t op.*.int.fun\n"),
    try 7 * fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c102() ->
    io:put_chars("#c op.*.neg.big\n"),
    io:format("~p~n", [catch -3 * 1180591620717411303424]).

c103() ->
    io:put_chars("#c op.*.neg.nil\n"),
    io:format("~p~n", [catch -3 * []]).

t103() ->
    io:put_chars("#t op.*.neg.nil\n"),
    try -3 * [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c104() ->
    io:put_chars("#c op.*.neg.tuple\n"),
    io:format("~p~n", [catch -3 * {1,2}]).

c105() ->
    io:put_chars("#c op.*.neg.fun\n"),
    io:format("~p~n", [catch -3 * fun erlang:abs/1]).

t105() ->
    io:put_chars("#t op.*.neg.fun\n"),
    try -3 * fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c106() ->
    io:put_chars("#c op.*.zero.big\n"),
    io:format("~p~n", [catch 0 * 1180591620717411303424]).

c107() ->
    io:put_chars("#c op.*.zero.nil\n"),
    io:format("~p~n", [catch 0 * []]).

t107() ->
    io:put_chars("#t op.*.zero.nil\n"),
    try 0 * [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c108() ->
    io:put_chars("#c op.*.zero.tuple\n"),
    io:format("~p~n", [catch 0 * {1,2}]).

c109() ->
    io:put_chars("#c op.*.zero.fun\n"),
    io:format("~p~n", [catch 0 * fun erlang:abs/1]).

t109() ->
    io:put_chars("#t op.*.zero.fun\n"),
    try 0 * fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c110() ->
    io:put_chars("#c op.*.big.big\n"),
    io:format("~p~n", [catch 1180591620717411303424 * 1180591620717411303424]).

c111() ->
    io:put_chars("#c op.*.big.nil\n"),
    io:format("~p~n", [catch 1180591620717411303424 * []]).

t111() ->
    io:put_chars("#t op.*.big.nil\n"),
    try 1180591620717411303424 * [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c112() ->
    io:put_chars("#c op.*.big.tuple\n"),
    io:format("~p~n", [catch 1180591620717411303424 * {1,2}]).

c113() ->
    io:put_chars("#c op.*.big.fun\n"),
    io:format("~p~n", [catch 1180591620717411303424 * fun erlang:abs/1]).

t113() ->
    io:put_chars("#t op.*.big.fun\n"),
    try 1180591620717411303424 * fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c114() ->
    io:put_chars("#c op.*.float.big\n"),
    io:format("~p~n", [catch 2.5 * 1180591620717411303424]).

c115() ->
    io:put_chars("#c op.*.float.nil\n"),
    io:format("~p~n", [catch 2.5 * []]).

t115() ->
    io:put_chars("#t op.*.float.nil\n"),
    try 2.5 * [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c116() ->
    io:put_chars("#c op.*.float.tuple\n"),
    io:format("~p~n", [catch 2.5 * {1,2}]).

c117() ->
    io:put_chars("#c op.*.float.fun\n"),
    io:format("~p~n", [catch 2.5 * fun erlang:abs/1]).

t117() ->
    io:put_chars("#t op.*.float.fun\n"),
    try 2.5 * fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c118() ->
    io:put_chars("#c op.*.atom.big\n"),
    io:format("~p~n", [catch you * 1180591620717411303424]).

c119() ->
    io:put_chars("#c op.*.atom.nil\n"),
    io:format("~p~n", [catch you * []]).

t119() ->
    io:put_chars("#t op.*.atom.nil\n"),
    try you * [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c120() ->
    io:put_chars("#c op.*.atom.tuple\n"),
    io:format("~p~n", [catch you * {1,2}]).

c121() ->
    io:put_chars("#c op.*.atom.fun\n"),
    io:format("~p~n", [catch you * fun erlang:abs/1]).

t121() ->
    io:put_chars("#t op.*.atom.fun\n"),
    try you * fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c122() ->
    io:put_chars("#c op.*.true.big\n"),
    io:format("~p~n", [catch true * 1180591620717411303424]).

c123() ->
    io:put_chars("#c op.*.true.nil\n"),
    io:format("~p~n", [catch true * []]).

t123() ->
    io:put_chars("#t op.*.true.nil\n"),
    try true * [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c124() ->
    io:put_chars("#c op.*.true.tuple\n"),
    io:format("~p~n", [catch true * {1,2}]).

c125() ->
    io:put_chars("#c op.*.true.fun\n"),
    io:format("~p~n", [catch true * fun erlang:abs/1]).

t125() ->
    io:put_chars("#t op.*.true.fun\n"),
    try true * fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c126() ->
    io:put_chars("#c op.*.nil.big\n"),
    io:format("~p~n", [catch [] * 1180591620717411303424]).

c127() ->
    io:put_chars("#c op.*.nil.nil\n"),
    io:format("~p~n", [catch [] * []]).

t127() ->
    io:put_chars("#t op.*.nil.nil\n"),
    try [] * [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c128() ->
    io:put_chars("#c op.*.nil.tuple\n"),
    io:format("~p~n", [catch [] * {1,2}]).

c129() ->
    io:put_chars("#c op.*.nil.fun\n"),
    io:format("~p~n", [catch [] * fun erlang:abs/1]).

t129() ->
    io:put_chars("#t op.*.nil.fun\n"),
    try [] * fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c130() ->
    io:put_chars("#c op.*.list.big\n"),
    io:format("~p~n", [catch [1,2] * 1180591620717411303424]).

c131() ->
    io:put_chars("#c op.*.list.nil\n"),
    io:format("~p~n", [catch [1,2] * []]).

t131() ->
    io:put_chars("#t op.*.list.nil\n"),
    try [1,2] * [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c132() ->
    io:put_chars("#c op.*.list.tuple\n"),
    io:format("~p~n", [catch [1,2] * {1,2}]).

c133() ->
    io:put_chars("#c op.*.list.fun\n"),
    io:format("~p~n", [catch [1,2] * fun erlang:abs/1]).

t133() ->
    io:put_chars("#t op.*.list.fun\n"),
    try [1,2] * fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c134() ->
    io:put_chars("#c op.*.string.big\n"),
    io:format("~p~n", [catch "ab" * 1180591620717411303424]).

c135() ->
    io:put_chars("#c op.*.string.nil\n"),
    io:format("~p~n", [catch "ab" * []]).

t135() ->
    io:put_chars("#t op.*.string.nil\n"),
    try "ab" * [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c136() ->
    io:put_chars("#c op.*.string.tuple\n"),
    io:format("~p~n", [catch "ab" * {1,2}]).

c137() ->
    io:put_chars("#c op.*.string.fun\n"),
    io:format("~p~n", [catch "ab" * fun erlang:abs/1]).

t137() ->
    io:put_chars("#t op.*.string.fun\n"),
    try "ab" * fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c138() ->
    io:put_chars("#c op.*.improper.big\n"),
    io:format("~p~n", [catch [a|b] * 1180591620717411303424]).

c139() ->
    io:put_chars("#c op.*.improper.nil\n"),
    io:format("~p~n", [catch [a|b] * []]).

t139() ->
    io:put_chars("#t op.*.improper.nil\n"),
    try [a|b] * [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c140() ->
    io:put_chars("#c op.*.improper.tuple\n"),
    io:format("~p~n", [catch [a|b] * {1,2}]).

c141() ->
    io:put_chars("#c op.*.improper.fun\n"),
    io:format("~p~n", [catch [a|b] * fun erlang:abs/1]).

t141() ->
    io:put_chars("#t op.*.improper.fun\n"),
    try [a|b] * fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c142() ->
    io:put_chars("#c op.*.tuple.big\n"),
    io:format("~p~n", [catch {1,2} * 1180591620717411303424]).

c143() ->
    io:put_chars("#c op.*.tuple.nil\n"),
    io:format("~p~n", [catch {1,2} * []]).

t143() ->
    io:put_chars("#t op.*.tuple.nil\n"),
    try {1,2} * [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c144() ->
    io:put_chars("#c op.*.tuple.tuple\n"),
    io:format("~p~n", [catch {1,2} * {1,2}]).

c145() ->
    io:put_chars("#c op.*.tuple.fun\n"),
    io:format("~p~n", [catch {1,2} * fun erlang:abs/1]).

t145() ->
    io:put_chars("#t op.*.tuple.fun\n"),
    try {1,2} * fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c146() ->
    io:put_chars("#c op.*.map.big\n"),
    io:format("~p~n", [catch #{a => 1} * 1180591620717411303424]).

c147() ->
    io:put_chars("#c op.*.map.nil\n"),
    io:format("~p~n", [catch #{a => 1} * []]).

t147() ->
    io:put_chars("#t op.*.map.nil\n"),
    try #{a => 1} * [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c148() ->
    io:put_chars("#c op.*.map.tuple\n"),
    io:format("~p~n", [catch #{a => 1} * {1,2}]).

c149() ->
    io:put_chars("#c op.*.map.fun\n"),
    io:format("~p~n", [catch #{a => 1} * fun erlang:abs/1]).

t149() ->
    io:put_chars("#t op.*.map.fun\n"),
    try #{a => 1} * fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c150() ->
    io:put_chars("#c op.*.bin.big\n"),
    io:format("~p~n", [catch <<1,2>> * 1180591620717411303424]).

c151() ->
    io:put_chars("#c op.*.bin.nil\n"),
    io:format("~p~n", [catch <<1,2>> * []]).

t151() ->
    io:put_chars("#t op.*.bin.nil\n"),
    try <<1,2>> * [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c152() ->
    io:put_chars("#c op.*.bin.tuple\n"),
    io:format("~p~n", [catch <<1,2>> * {1,2}]).

c153() ->
    io:put_chars("#c op.*.bin.fun\n"),
    io:format("~p~n", [catch <<1,2>> * fun erlang:abs/1]).

t153() ->
    io:put_chars("#t op.*.bin.fun\n"),
    try <<1,2>> * fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c154() ->
    io:put_chars("#c op.*.bits.big\n"),
    io:format("~p~n", [catch <<1:3>> * 1180591620717411303424]).

c155() ->
    io:put_chars("#c op.*.bits.nil\n"),
    io:format("~p~n", [catch <<1:3>> * []]).

t155() ->
    io:put_chars("#t op.*.bits.nil\n"),
    try <<1:3>> * [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c156() ->
    io:put_chars("#c op.*.bits.tuple\n"),
    io:format("~p~n", [catch <<1:3>> * {1,2}]).

c157() ->
    io:put_chars("#c op.*.bits.fun\n"),
    io:format("~p~n", [catch <<1:3>> * fun erlang:abs/1]).

t157() ->
    io:put_chars("#t op.*.bits.fun\n"),
    try <<1:3>> * fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c158() ->
    io:put_chars("#c op.*.fun.big\n"),
    io:format("~p~n", [catch fun erlang:abs/1 * 1180591620717411303424]).

c159() ->
    io:put_chars("#c op.*.fun.nil\n"),
    io:format("~p~n", [catch fun erlang:abs/1 * []]).

t159() ->
    io:put_chars("#t op.*.fun.nil\n"),
    try fun erlang:abs/1 * [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c160() ->
    io:put_chars("#c op.*.fun.tuple\n"),
    io:format("~p~n", [catch fun erlang:abs/1 * {1,2}]).

c161() ->
    io:put_chars("#c op.*.fun.fun\n"),
    io:format("~p~n", [catch fun erlang:abs/1 * fun erlang:abs/1]).

t161() ->
    io:put_chars("#t op.*.fun.fun\n"),
    try fun erlang:abs/1 * fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c162() ->
    io:put_chars("#c op./.int.big\n"),
    io:format("~p~n", [catch 7 / 1180591620717411303424]).

c163() ->
    io:put_chars("#c op./.int.nil\n"),
    io:format("~p~n", [catch 7 / []]).

t163() ->
    io:put_chars("#t op./.int.nil\n"),
    try 7 / [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c164() ->
    io:put_chars("#c op./.int.tuple\n"),
    io:format("~p~n", [catch 7 / {1,2}]).

c165() ->
    io:put_chars("#c op./.int.fun\n"),
    io:format("~p~n", [catch 7 / fun erlang:abs/1]).

t165() ->
    io:put_chars("#t op./.int.fun\n"),
    try 7 / fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c166() ->
    io:put_chars("#c op./.neg.big\n"),
    io:format("~p~n", [catch -3 / 1180591620717411303424]).

c167() ->
    io:put_chars("#c op./.neg.nil\n"),
    io:format("~p~n", [catch -3 / []]).

t167() ->
    io:put_chars("#t op./.neg.nil\n"),
    try -3 / [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c168() ->
    io:put_chars("#c op./.neg.tuple\n"),
    io:format("~p~n", [catch -3 / {1,2}]).

c169() ->
    io:put_chars("#c op./.neg.fun\n"),
    io:format("~p~n", [catch -3 / fun erlang:abs/1]).

t169() ->
    io:put_chars("#t op./.neg.fun\n"),
    try -3 / fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c170() ->
    io:put_chars("#c op./.zero.big\n"),
    io:format("~p~n", [catch 0 / 1180591620717411303424]).

c171() ->
    io:put_chars("#c op./.zero.nil\n"),
    io:format("~p~n", [catch 0 / []]).

t171() ->
    io:put_chars("#t op./.zero.nil\n"),
    try 0 / [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c172() ->
    io:put_chars("#c op./.zero.tuple\n"),
    io:format("~p~n", [catch 0 / {1,2}]).

c173() ->
    io:put_chars("#c op./.zero.fun\n"),
    io:format("~p~n", [catch 0 / fun erlang:abs/1]).

t173() ->
    io:put_chars("#t op./.zero.fun\n"),
    try 0 / fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c174() ->
    io:put_chars("#c op./.big.big\n"),
    io:format("~p~n", [catch 1180591620717411303424 / 1180591620717411303424]).

c175() ->
    io:put_chars("#c op./.big.nil\n"),
    io:format("~p~n", [catch 1180591620717411303424 / []]).

t175() ->
    io:put_chars("#t op./.big.nil\n"),
    try 1180591620717411303424 / [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c176() ->
    io:put_chars("#c op./.big.tuple\n"),
    io:format("~p~n", [catch 1180591620717411303424 / {1,2}]).

c177() ->
    io:put_chars("#c op./.big.fun\n"),
    io:format("~p~n", [catch 1180591620717411303424 / fun erlang:abs/1]).

t177() ->
    io:put_chars("#t op./.big.fun\n"),
    try 1180591620717411303424 / fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c178() ->
    io:put_chars("#c op./.float.big\n"),
    io:format("~p~n", [catch 2.5 / 1180591620717411303424]).

c179() ->
    io:put_chars("#c op./.float.nil\n"),
    io:format("~p~n", [catch 2.5 / []]).

t179() ->
    io:put_chars("#t op./.float.nil\n"),
    try 2.5 / [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c180() ->
    io:put_chars("#c op./.float.tuple\n"),
    io:format("~p~n", [catch 2.5 / {1,2}]).

c181() ->
    io:put_chars("#c op./.float.fun\n"),
    io:format("~p~n", [catch 2.5 / fun erlang:abs/1]).

t181() ->
    io:put_chars("#t op./.float.fun\n"),
    try 2.5 / fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c182() ->
    io:put_chars("#c op./.atom.big\n"),
    io:format("~p~n", [catch you / 1180591620717411303424]).

c183() ->
    io:put_chars("#c op./.atom.nil\n"),
    io:format("~p~n", [catch you / []]).

t183() ->
    io:put_chars("#t op./.atom.nil\n"),
    try you / [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c184() ->
    io:put_chars("#c op./.atom.tuple\n"),
    io:format("~p~n", [catch you / {1,2}]).

c185() ->
    io:put_chars("#c op./.atom.fun\n"),
    io:format("~p~n", [catch you / fun erlang:abs/1]).

t185() ->
    io:put_chars("#t op./.atom.fun\n"),
    try you / fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c186() ->
    io:put_chars("#c op./.true.big\n"),
    io:format("~p~n", [catch true / 1180591620717411303424]).

c187() ->
    io:put_chars("#c op./.true.nil\n"),
    io:format("~p~n", [catch true / []]).

t187() ->
    io:put_chars("#t op./.true.nil\n"),
    try true / [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c188() ->
    io:put_chars("#c op./.true.tuple\n"),
    io:format("~p~n", [catch true / {1,2}]).

c189() ->
    io:put_chars("#c op./.true.fun\n"),
    io:format("~p~n", [catch true / fun erlang:abs/1]).

t189() ->
    io:put_chars("#t op./.true.fun\n"),
    try true / fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c190() ->
    io:put_chars("#c op./.nil.big\n"),
    io:format("~p~n", [catch [] / 1180591620717411303424]).

c191() ->
    io:put_chars("#c op./.nil.nil\n"),
    io:format("~p~n", [catch [] / []]).

t191() ->
    io:put_chars("#t op./.nil.nil\n"),
    try [] / [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c192() ->
    io:put_chars("#c op./.nil.tuple\n"),
    io:format("~p~n", [catch [] / {1,2}]).

c193() ->
    io:put_chars("#c op./.nil.fun\n"),
    io:format("~p~n", [catch [] / fun erlang:abs/1]).

t193() ->
    io:put_chars("#t op./.nil.fun\n"),
    try [] / fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c194() ->
    io:put_chars("#c op./.list.big\n"),
    io:format("~p~n", [catch [1,2] / 1180591620717411303424]).

c195() ->
    io:put_chars("#c op./.list.nil\n"),
    io:format("~p~n", [catch [1,2] / []]).

t195() ->
    io:put_chars("#t op./.list.nil\n"),
    try [1,2] / [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c196() ->
    io:put_chars("#c op./.list.tuple\n"),
    io:format("~p~n", [catch [1,2] / {1,2}]).

c197() ->
    io:put_chars("#c op./.list.fun\n"),
    io:format("~p~n", [catch [1,2] / fun erlang:abs/1]).

t197() ->
    io:put_chars("#t op./.list.fun\n"),
    try [1,2] / fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c198() ->
    io:put_chars("#c op./.string.big\n"),
    io:format("~p~n", [catch "ab" / 1180591620717411303424]).

c199() ->
    io:put_chars("#c op./.string.nil\n"),
    io:format("~p~n", [catch "ab" / []]).

t199() ->
    io:put_chars("#t op./.string.nil\n"),
    try "ab" / [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c200() ->
    io:put_chars("#c op./.string.tuple\n"),
    io:format("~p~n", [catch "ab" / {1,2}]).


-module(dm_009).
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
    io:put_chars("#c ets.match_delete.2.5\n"),
    io:format("~p~n", [catch ets:match_delete(42, a)]).

t1() ->
    io:put_chars("#t ets.match_delete.2.5\n"),
    try ets:match_delete(42, a) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c2() ->
    io:put_chars("#c ets.match_delete.2.9\n"),
    io:format("~p~n", [catch ets:match_delete(#{a => 1}, 'B c')]).

c3() ->
    io:put_chars("#c ets.match_delete.2.13\n"),
    io:format("~p~n", [catch ets:match_delete(-1.5, 'B c')]).

t3() ->
    io:put_chars("#t ets.match_delete.2.13\n"),
    try ets:match_delete(-1.5, 'B c') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c4() ->
    io:put_chars("#c ets.match_delete.2.17\n"),
    io:format("~p~n", [catch ets:match_delete('B c', [-1])]).

c5() ->
    io:put_chars("#c ets.match_object.1.1\n"),
    io:format("~p~n", [catch ets:match_object('$end_of_table')]).

t5() ->
    io:put_chars("#t ets.match_object.1.1\n"),
    try ets:match_object('$end_of_table') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c6() ->
    io:put_chars("#c ets.match_object.1.5\n"),
    io:format("~p~n", [catch ets:match_object("\x{65e5}\x{672c}")]).

c7() ->
    io:put_chars("#c ets.match_object.1.9\n"),
    io:format("~p~n", [catch ets:match_object(100000000000000000000.0)]).

t7() ->
    io:put_chars("#t ets.match_object.1.9\n"),
    try ets:match_object(100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c8() ->
    io:put_chars("#c ets.match_object.2.4\n"),
    io:format("~p~n", [catch ets:match_object(42, 'B c')]).

c9() ->
    io:put_chars("#c ets.match_object.2.8\n"),
    io:format("~p~n", [catch ets:match_object(a, {a,1})]).

t9() ->
    io:put_chars("#t ets.match_object.2.8\n"),
    try ets:match_object(a, {a,1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c10() ->
    io:put_chars("#c ets.match_object.2.12\n"),
    io:format("~p~n", [catch ets:match_object(#{a => 1}, 'B c')]).

c11() ->
    io:put_chars("#c ets.match_object.2.16\n"),
    io:format("~p~n", [catch ets:match_object('B c', -1)]).

t11() ->
    io:put_chars("#t ets.match_object.2.16\n"),
    try ets:match_object('B c', -1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c12() ->
    io:put_chars("#c ets.match_object.2.20\n"),
    io:format("~p~n", [catch ets:match_object('B c', [1,[2,<<3>>]])]).

c13() ->
    io:put_chars("#c ets.match_object.3.4\n"),
    io:format("~p~n", [catch ets:match_object(42, 'B c', 3)]).

t13() ->
    io:put_chars("#t ets.match_object.3.4\n"),
    try ets:match_object(42, 'B c', 3) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c14() ->
    io:put_chars("#c ets.match_object.3.8\n"),
    io:format("~p~n", [catch ets:match_object(a, {a,1}, 3)]).

c15() ->
    io:put_chars("#c ets.match_object.3.12\n"),
    io:format("~p~n", [catch ets:match_object(#{a => 1}, 'B c', 1)]).

t15() ->
    io:put_chars("#t ets.match_object.3.12\n"),
    try ets:match_object(#{a => 1}, 'B c', 1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c16() ->
    io:put_chars("#c ets.match_object.3.16\n"),
    io:format("~p~n", [catch ets:match_object('B c', -1, 1)]).

c17() ->
    io:put_chars("#c ets.match_object.3.20\n"),
    io:format("~p~n", [catch ets:match_object('B c', [1,[2,<<3>>]], 1)]).

t17() ->
    io:put_chars("#t ets.match_object.3.20\n"),
    try ets:match_object('B c', [1,[2,<<3>>]], 1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c18() ->
    io:put_chars("#c ets.match_object.3.24\n"),
    io:format("~p~n", [catch ets:match_object('B c', 'B c', x)]).

c19() ->
    io:put_chars("#c ets.match_spec_compile.1.4\n"),
    io:format("~p~n", [catch ets:match_spec_compile(-1.5)]).

t19() ->
    io:put_chars("#t ets.match_spec_compile.1.4\n"),
    try ets:match_spec_compile(-1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c20() ->
    io:put_chars("#c ets.match_spec_compile.1.8\n"),
    io:format("~p~n", [catch ets:match_spec_compile(<<"h\x{e9}llo"/utf8>>)]).

c21() ->
    io:put_chars("#c ets.match_spec_run.2.3\n"),
    io:format("~p~n", [catch ets:match_spec_run([], a)]).

t21() ->
    io:put_chars("#t ets.match_spec_run.2.3\n"),
    try ets:match_spec_run([], a) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c22() ->
    io:put_chars("#c ets.match_spec_run.2.7\n"),
    io:format("~p~n", [catch ets:match_spec_run([a,42,[1,2]], 42)]).

c23() ->
    io:put_chars("#c ets.match_spec_run.2.11\n"),
    io:format("~p~n", [catch ets:match_spec_run('\x{e9}t\x{e9}', 42)]).

t23() ->
    io:put_chars("#t ets.match_spec_run.2.11\n"),
    try ets:match_spec_run('\x{e9}t\x{e9}', 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c24() ->
    io:put_chars("#c ets.match_spec_run.2.15\n"),
    io:format("~p~n", [catch ets:match_spec_run([], [a|b])]).

c25() ->
    io:put_chars("#c ets.match_spec_run.2.19\n"),
    io:format("~p~n", [catch ets:match_spec_run([], [-1])]).

t25() ->
    io:put_chars("#t ets.match_spec_run.2.19\n"),
    try ets:match_spec_run([], [-1]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c26() ->
    io:put_chars("#c ets.match_spec_run_r.3.3\n"),
    io:format("~p~n", [catch ets:match_spec_run_r([], a, [])]).

c27() ->
    io:put_chars("#c ets.match_spec_run_r.3.7\n"),
    io:format("~p~n", [catch ets:match_spec_run_r([a,42,[1,2]], [1,2], [])]).

t27() ->
    io:put_chars("#t ets.match_spec_run_r.3.7\n"),
    try ets:match_spec_run_r([a,42,[1,2]], [1,2], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c28() ->
    io:put_chars("#c ets.match_spec_run_r.3.11\n"),
    io:format("~p~n", [catch ets:match_spec_run_r([-1], 42, [1,2,3])]).

c29() ->
    io:put_chars("#c ets.match_spec_run_r.3.15\n"),
    io:format("~p~n", [catch ets:match_spec_run_r([], "\x{65e5}\x{672c}", [1,2,3])]).

t29() ->
    io:put_chars("#t ets.match_spec_run_r.3.15\n"),
    try ets:match_spec_run_r([], "\x{65e5}\x{672c}", [1,2,3]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c30() ->
    io:put_chars("#c ets.match_spec_run_r.3.19\n"),
    io:format("~p~n", [catch ets:match_spec_run_r([], 100000000000000000000.0, [1,2,3])]).

c31() ->
    io:put_chars("#c ets.match_spec_run_r.3.23\n"),
    io:format("~p~n", [catch ets:match_spec_run_r([], 42, {a,b})]).

t31() ->
    io:put_chars("#t ets.match_spec_run_r.3.23\n"),
    try ets:match_spec_run_r([], 42, {a,b}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c32() ->
    io:put_chars("#c ets.member.2.1\n"),
    io:format("~p~n", [catch ets:member('B c', 42)]).

c33() ->
    io:put_chars("#c ets.member.2.5\n"),
    io:format("~p~n", [catch ets:member(42, [1,2])]).

t33() ->
    io:put_chars("#t ets.member.2.5\n"),
    try ets:member(42, [1,2]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c34() ->
    io:put_chars("#c ets.member.2.9\n"),
    io:format("~p~n", [catch ets:member(1180591620717411303424, 42)]).

c35() ->
    io:put_chars("#c ets.member.2.13\n"),
    io:format("~p~n", [catch ets:member(0, 42)]).

t35() ->
    io:put_chars("#t ets.member.2.13\n"),
    try ets:member(0, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c36() ->
    io:put_chars("#c ets.member.2.17\n"),
    io:format("~p~n", [catch ets:member('B c', -1.5)]).

c37() ->
    io:put_chars("#c ets.new.2.3\n"),
    io:format("~p~n", [catch ets:new('B c', [set,public,named_table])]).

t37() ->
    io:put_chars("#t ets.new.2.3\n"),
    try ets:new('B c', [set,public,named_table]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c38() ->
    io:put_chars("#c ets.new.2.10\n"),
    io:format("~p~n", [catch ets:new("\x{65e5}\x{672c}", [])]).

c39() ->
    io:put_chars("#c ets.new.2.14\n"),
    io:format("~p~n", [catch ets:new('B c', "h\x{e9}llo")]).

t39() ->
    io:put_chars("#t ets.new.2.14\n"),
    try ets:new('B c', "h\x{e9}llo") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c40() ->
    io:put_chars("#c ets.new.2.18\n"),
    io:format("~p~n", [catch ets:new('B c', '\x{e9}t\x{e9}')]).

c41() ->
    io:put_chars("#c ets.next.2.4\n"),
    io:format("~p~n", [catch ets:next(42, 42)]).

t41() ->
    io:put_chars("#t ets.next.2.4\n"),
    try ets:next(42, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c42() ->
    io:put_chars("#c ets.next.2.8\n"),
    io:format("~p~n", [catch ets:next(a, a)]).

c43() ->
    io:put_chars("#c ets.next.2.12\n"),
    io:format("~p~n", [catch ets:next([], 42)]).

t43() ->
    io:put_chars("#t ets.next.2.12\n"),
    try ets:next([], 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c44() ->
    io:put_chars("#c ets.next.2.16\n"),
    io:format("~p~n", [catch ets:next('B c', [])]).

c45() ->
    io:put_chars("#c ets.next.2.20\n"),
    io:format("~p~n", [catch ets:next('B c', fun(X) -> X end)]).

t45() ->
    io:put_chars("#t ets.next.2.20\n"),
    try ets:next('B c', fun(X) -> X end) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c46() ->
    io:put_chars("#c ets.prev.2.4\n"),
    io:format("~p~n", [catch ets:prev(42, 42)]).

c47() ->
    io:put_chars("#c ets.prev.2.8\n"),
    io:format("~p~n", [catch ets:prev(a, a)]).

t47() ->
    io:put_chars("#t ets.prev.2.8\n"),
    try ets:prev(a, a) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c48() ->
    io:put_chars("#c ets.prev.2.12\n"),
    io:format("~p~n", [catch ets:prev("h\x{e9}llo", 42)]).

c49() ->
    io:put_chars("#c ets.prev.2.16\n"),
    io:format("~p~n", [catch ets:prev('B c', "")]).

t49() ->
    io:put_chars("#t ets.prev.2.16\n"),
    try ets:prev('B c', "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c50() ->
    io:put_chars("#c ets.prev.2.20\n"),
    io:format("~p~n", [catch ets:prev('B c', #{a => 1})]).

c51() ->
    io:put_chars("#c ets.rename.2.4\n"),
    io:format("~p~n", [catch ets:rename(42, a)]).

t51() ->
    io:put_chars("#t ets.rename.2.4\n"),
    try ets:rename(42, a) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c52() ->
    io:put_chars("#c ets.rename.2.8\n"),
    io:format("~p~n", [catch ets:rename(1180591620717411303424, 'B c')]).

c53() ->
    io:put_chars("#c ets.rename.2.12\n"),
    io:format("~p~n", [catch ets:rename(0, 'B c')]).

t53() ->
    io:put_chars("#t ets.rename.2.12\n"),
    try ets:rename(0, 'B c') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c54() ->
    io:put_chars("#c ets.rename.2.16\n"),
    io:format("~p~n", [catch ets:rename('B c', x)]).

c55() ->
    io:put_chars("#c ets.safe_fixtable.2.2\n"),
    io:format("~p~n", [catch ets:safe_fixtable('B c', true)]).

t55() ->
    io:put_chars("#t ets.safe_fixtable.2.2\n"),
    try ets:safe_fixtable('B c', true) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c56() ->
    io:put_chars("#c ets.safe_fixtable.2.6\n"),
    io:format("~p~n", [catch ets:safe_fixtable(a, true)]).

c57() ->
    io:put_chars("#c ets.safe_fixtable.2.10\n"),
    io:format("~p~n", [catch ets:safe_fixtable("", false)]).

t57() ->
    io:put_chars("#t ets.safe_fixtable.2.10\n"),
    try ets:safe_fixtable("", false) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c58() ->
    io:put_chars("#c ets.safe_fixtable.2.14\n"),
    io:format("~p~n", [catch ets:safe_fixtable('B c', 0)]).

c59() ->
    io:put_chars("#c ets.safe_fixtable.2.18\n"),
    io:format("~p~n", [catch ets:safe_fixtable('B c', [a|b])]).

t59() ->
    io:put_chars("#t ets.safe_fixtable.2.18\n"),
    try ets:safe_fixtable('B c', [a|b]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c60() ->
    io:put_chars("#c ets.select.1.4\n"),
    io:format("~p~n", [catch ets:select(100000000000000000000.0)]).

c61() ->
    io:put_chars("#c ets.select.1.8\n"),
    io:format("~p~n", [catch ets:select(<<1:3>>)]).

t61() ->
    io:put_chars("#t ets.select.1.8\n"),
    try ets:select(<<1:3>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c62() ->
    io:put_chars("#c ets.select.2.3\n"),
    io:format("~p~n", [catch ets:select('B c', [{a,[a,42,[1,2]],[a,42,[1,2]]}])]).

c63() ->
    io:put_chars("#c ets.select.2.7\n"),
    io:format("~p~n", [catch ets:select(a, [])]).

t63() ->
    io:put_chars("#t ets.select.2.7\n"),
    try ets:select(a, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c64() ->
    io:put_chars("#c ets.select.2.11\n"),
    io:format("~p~n", [catch ets:select(-1.5, [])]).

c65() ->
    io:put_chars("#c ets.select.2.15\n"),
    io:format("~p~n", [catch ets:select('B c', [-1])]).

t65() ->
    io:put_chars("#t ets.select.2.15\n"),
    try ets:select('B c', [-1]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c66() ->
    io:put_chars("#c ets.select.2.19\n"),
    io:format("~p~n", [catch ets:select('B c', {a,b})]).

c67() ->
    io:put_chars("#c ets.select.3.3\n"),
    io:format("~p~n", [catch ets:select('B c', [{a,[a,42,[1,2]],[a,42,[1,2]]}], 1)]).

t67() ->
    io:put_chars("#t ets.select.3.3\n"),
    try ets:select('B c', [{a,[a,42,[1,2]],[a,42,[1,2]]}], 1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c68() ->
    io:put_chars("#c ets.select.3.7\n"),
    io:format("~p~n", [catch ets:select(a, [{a,[a,42,[1,2]],[a,42,[1,2]]}], 1)]).

c69() ->
    io:put_chars("#c ets.select.3.11\n"),
    io:format("~p~n", [catch ets:select(-1.5, [], 1)]).

t69() ->
    io:put_chars("#t ets.select.3.11\n"),
    try ets:select(-1.5, [], 1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c70() ->
    io:put_chars("#c ets.select.3.15\n"),
    io:format("~p~n", [catch ets:select('B c', [-1], 1)]).

c71() ->
    io:put_chars("#c ets.select.3.19\n"),
    io:format("~p~n", [catch ets:select('B c', {a,b}, 1)]).

t71() ->
    io:put_chars("#t ets.select.3.19\n"),
    try ets:select('B c', {a,b}, 1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c72() ->
    io:put_chars("#c ets.select.3.23\n"),
    io:format("~p~n", [catch ets:select('B c', [], {a,b})]).

c73() ->
    io:put_chars("#c ets.select_count.2.1\n"),
    io:format("~p~n", [catch ets:select_count('B c', [])]).

t73() ->
    io:put_chars("#t ets.select_count.2.1\n"),
    try ets:select_count('B c', []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c74() ->
    io:put_chars("#c ets.select_count.2.5\n"),
    io:format("~p~n", [catch ets:select_count(42, [{a,[a,42,[1,2]],[a,42,[1,2]]}])]).

c75() ->
    io:put_chars("#c ets.select_count.2.9\n"),
    io:format("~p~n", [catch ets:select_count(-1, [])]).

t75() ->
    io:put_chars("#t ets.select_count.2.9\n"),
    try ets:select_count(-1, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c76() ->
    io:put_chars("#c ets.select_count.2.13\n"),
    io:format("~p~n", [catch ets:select_count([1,[2,<<3>>]], [])]).

c77() ->
    io:put_chars("#c ets.select_count.2.17\n"),
    io:format("~p~n", [catch ets:select_count('B c', <<"h\x{e9}llo"/utf8>>)]).

t77() ->
    io:put_chars("#t ets.select_count.2.17\n"),
    try ets:select_count('B c', <<"h\x{e9}llo"/utf8>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c78() ->
    io:put_chars("#c ets.select_delete.2.1\n"),
    io:format("~p~n", [catch ets:select_delete('B c', [])]).

c79() ->
    io:put_chars("#c ets.select_delete.2.5\n"),
    io:format("~p~n", [catch ets:select_delete(42, [{a,[a,42,[1,2]],[a,42,[1,2]]}])]).

t79() ->
    io:put_chars("#t ets.select_delete.2.5\n"),
    try ets:select_delete(42, [{a,[a,42,[1,2]],[a,42,[1,2]]}]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c80() ->
    io:put_chars("#c ets.select_delete.2.9\n"),
    io:format("~p~n", [catch ets:select_delete(#{a => 1}, [])]).

c81() ->
    io:put_chars("#c ets.select_delete.2.13\n"),
    io:format("~p~n", [catch ets:select_delete(-1.5, [])]).

t81() ->
    io:put_chars("#t ets.select_delete.2.13\n"),
    try ets:select_delete(-1.5, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c82() ->
    io:put_chars("#c ets.select_delete.2.17\n"),
    io:format("~p~n", [catch ets:select_delete('B c', <<1:3>>)]).

c83() ->
    io:put_chars("#c ets.select_replace.2.2\n"),
    io:format("~p~n", [catch ets:select_replace('B c', [{a,[a,42,[1,2]],[a,42,[1,2]]}])]).

t83() ->
    io:put_chars("#t ets.select_replace.2.2\n"),
    try ets:select_replace('B c', [{a,[a,42,[1,2]],[a,42,[1,2]]}]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c84() ->
    io:put_chars("#c ets.select_replace.2.6\n"),
    io:format("~p~n", [catch ets:select_replace(42, [{a,[a,42,[1,2]],[a,42,[1,2]]}])]).

c85() ->
    io:put_chars("#c ets.select_replace.2.10\n"),
    io:format("~p~n", [catch ets:select_replace(-1, [])]).

t85() ->
    io:put_chars("#t ets.select_replace.2.10\n"),
    try ets:select_replace(-1, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c86() ->
    io:put_chars("#c ets.select_replace.2.14\n"),
    io:format("~p~n", [catch ets:select_replace([1,[2,<<3>>]], [])]).

c87() ->
    io:put_chars("#c ets.select_replace.2.18\n"),
    io:format("~p~n", [catch ets:select_replace('B c', [1,[2,<<3>>]])]).

t87() ->
    io:put_chars("#t ets.select_replace.2.18\n"),
    try ets:select_replace('B c', [1,[2,<<3>>]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c88() ->
    io:put_chars("#c ets.select_reverse.1.2\n"),
    io:format("~p~n", [catch ets:select_reverse({a,7,7,a,[1,2,3],7})]).

c89() ->
    io:put_chars("#c ets.select_reverse.1.6\n"),
    io:format("~p~n", [catch ets:select_reverse(x)]).

t89() ->
    io:put_chars("#t ets.select_reverse.1.6\n"),
    try ets:select_reverse(x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c90() ->
    io:put_chars("#c ets.select_reverse.2.1\n"),
    io:format("~p~n", [catch ets:select_reverse('B c', [])]).

c91() ->
    io:put_chars("#c ets.select_reverse.2.5\n"),
    io:format("~p~n", [catch ets:select_reverse(42, [{a,[a,42,[1,2]],[a,42,[1,2]]}])]).

t91() ->
    io:put_chars("#t ets.select_reverse.2.5\n"),
    try ets:select_reverse(42, [{a,[a,42,[1,2]],[a,42,[1,2]]}]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c92() ->
    io:put_chars("#c ets.select_reverse.2.9\n"),
    io:format("~p~n", [catch ets:select_reverse(-1, [])]).

c93() ->
    io:put_chars("#c ets.select_reverse.2.13\n"),
    io:format("~p~n", [catch ets:select_reverse([1,[2,<<3>>]], [])]).

t93() ->
    io:put_chars("#t ets.select_reverse.2.13\n"),
    try ets:select_reverse([1,[2,<<3>>]], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c94() ->
    io:put_chars("#c ets.select_reverse.2.17\n"),
    io:format("~p~n", [catch ets:select_reverse('B c', {a,b})]).

c95() ->
    io:put_chars("#c ets.select_reverse.3.1\n"),
    io:format("~p~n", [catch ets:select_reverse('B c', [], 1)]).

t95() ->
    io:put_chars("#t ets.select_reverse.3.1\n"),
    try ets:select_reverse('B c', [], 1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c96() ->
    io:put_chars("#c ets.select_reverse.3.5\n"),
    io:format("~p~n", [catch ets:select_reverse(42, [{a,[a,42,[1,2]],[a,42,[1,2]]}], 3)]).

c97() ->
    io:put_chars("#c ets.select_reverse.3.9\n"),
    io:format("~p~n", [catch ets:select_reverse(-1, [], 1)]).

t97() ->
    io:put_chars("#t ets.select_reverse.3.9\n"),
    try ets:select_reverse(-1, [], 1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c98() ->
    io:put_chars("#c ets.select_reverse.3.13\n"),
    io:format("~p~n", [catch ets:select_reverse([1,[2,<<3>>]], [], 1)]).

c99() ->
    io:put_chars("#c ets.select_reverse.3.17\n"),
    io:format("~p~n", [catch ets:select_reverse('B c', {a,b}, 1)]).

t99() ->
    io:put_chars("#t ets.select_reverse.3.17\n"),
    try ets:select_reverse('B c', {a,b}, 1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c100() ->
    io:put_chars("#c ets.select_reverse.3.21\n"),
    io:format("~p~n", [catch ets:select_reverse('B c', [], #{a => 1})]).

c101() ->
    io:put_chars("#c ets.select_reverse.3.25\n"),
    io:format("~p~n", [catch ets:select_reverse('B c', [], -1.5)]).

t101() ->
    io:put_chars("#t ets.select_reverse.3.25\n"),
    try ets:select_reverse('B c', [], -1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c102() ->
    io:put_chars("#c ets.slot.2.3\n"),
    io:format("~p~n", [catch ets:slot(42, 0)]).

c103() ->
    io:put_chars("#c ets.slot.2.7\n"),
    io:format("~p~n", [catch ets:slot("\x{65e5}\x{672c}", 0)]).

t103() ->
    io:put_chars("#t ets.slot.2.7\n"),
    try ets:slot("\x{65e5}\x{672c}", 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c104() ->
    io:put_chars("#c ets.slot.2.11\n"),
    io:format("~p~n", [catch ets:slot(100000000000000000000.0, 0)]).

c105() ->
    io:put_chars("#c ets.slot.2.15\n"),
    io:format("~p~n", [catch ets:slot('B c', fun(X) -> X end)]).

t105() ->
    io:put_chars("#t ets.slot.2.15\n"),
    try ets:slot('B c', fun(X) -> X end) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c106() ->
    io:put_chars("#c ets.tab2list.1.1\n"),
    io:format("~p~n", [catch ets:tab2list('B c')]).

c107() ->
    io:put_chars("#c ets.tab2list.1.5\n"),
    io:format("~p~n", [catch ets:tab2list(x)]).

t107() ->
    io:put_chars("#t ets.tab2list.1.5\n"),
    try ets:tab2list(x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c108() ->
    io:put_chars("#c ets.tab2list.1.9\n"),
    io:format("~p~n", [catch ets:tab2list("")]).

c109() ->
    io:put_chars("#c ets.take.2.4\n"),
    io:format("~p~n", [catch ets:take(42, 42)]).

t109() ->
    io:put_chars("#t ets.take.2.4\n"),
    try ets:take(42, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c110() ->
    io:put_chars("#c ets.take.2.8\n"),
    io:format("~p~n", [catch ets:take(a, a)]).

c111() ->
    io:put_chars("#c ets.take.2.12\n"),
    io:format("~p~n", [catch ets:take({a,b}, 42)]).

t111() ->
    io:put_chars("#t ets.take.2.12\n"),
    try ets:take({a,b}, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c112() ->
    io:put_chars("#c ets.take.2.16\n"),
    io:format("~p~n", [catch ets:take('B c', {a,b})]).

c113() ->
    io:put_chars("#c ets.take.2.20\n"),
    io:format("~p~n", [catch ets:take('B c', 1180591620717411303424)]).

t113() ->
    io:put_chars("#t ets.take.2.20\n"),
    try ets:take('B c', 1180591620717411303424) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c114() ->
    io:put_chars("#c ets.update_counter.3.4\n"),
    io:format("~p~n", [catch ets:update_counter(42, 42, {7,7})]).

c115() ->
    io:put_chars("#c ets.update_counter.3.8\n"),
    io:format("~p~n", [catch ets:update_counter(a, a, {7,7,7,7})]).

t115() ->
    io:put_chars("#t ets.update_counter.3.8\n"),
    try ets:update_counter(a, a, {7,7,7,7}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c116() ->
    io:put_chars("#c ets.update_counter.3.12\n"),
    io:format("~p~n", [catch ets:update_counter({a,b}, 42, -3)]).

c117() ->
    io:put_chars("#c ets.update_counter.3.16\n"),
    io:format("~p~n", [catch ets:update_counter('B c', "", -3)]).

t117() ->
    io:put_chars("#t ets.update_counter.3.16\n"),
    try ets:update_counter('B c', "", -3) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c118() ->
    io:put_chars("#c ets.update_counter.3.20\n"),
    io:format("~p~n", [catch ets:update_counter('B c', #{a => 1}, -3)]).

c119() ->
    io:put_chars("#c ets.update_counter.3.24\n"),
    io:format("~p~n", [catch ets:update_counter('B c', 42, [a|b])]).

t119() ->
    io:put_chars("#t ets.update_counter.3.24\n"),
    try ets:update_counter('B c', 42, [a|b]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c120() ->
    io:put_chars("#c ets.update_counter.4.2\n"),
    io:format("~p~n", [catch ets:update_counter('B c', [1,2], -3, {a,1})]).

c121() ->
    io:put_chars("#c ets.update_counter.4.6\n"),
    io:format("~p~n", [catch ets:update_counter(a, 42, {7,7,7,7}, {a,1})]).

t121() ->
    io:put_chars("#t ets.update_counter.4.6\n"),
    try ets:update_counter(a, 42, {7,7,7,7}, {a,1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c122() ->
    io:put_chars("#c ets.update_counter.4.10\n"),
    io:format("~p~n", [catch ets:update_counter("h\x{e9}llo", 42, -3, {a,1})]).

c123() ->
    io:put_chars("#c ets.update_counter.4.14\n"),
    io:format("~p~n", [catch ets:update_counter('\x{e9}t\x{e9}', 42, -3, {a,1})]).

t123() ->
    io:put_chars("#t ets.update_counter.4.14\n"),
    try ets:update_counter('\x{e9}t\x{e9}', 42, -3, {a,1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c124() ->
    io:put_chars("#c ets.update_counter.4.18\n"),
    io:format("~p~n", [catch ets:update_counter('B c', "\x{65e5}\x{672c}", -3, {a,1})]).

c125() ->
    io:put_chars("#c ets.update_counter.4.22\n"),
    io:format("~p~n", [catch ets:update_counter('B c', 42, [], {a,1})]).

t125() ->
    io:put_chars("#t ets.update_counter.4.22\n"),
    try ets:update_counter('B c', 42, [], {a,1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c126() ->
    io:put_chars("#c ets.update_counter.4.26\n"),
    io:format("~p~n", [catch ets:update_counter('B c', 42, fun(X) -> X end, {a,1})]).

c127() ->
    io:put_chars("#c ets.update_counter.4.30\n"),
    io:format("~p~n", [catch ets:update_counter('B c', 42, -3, #{a => 1})]).

t127() ->
    io:put_chars("#t ets.update_counter.4.30\n"),
    try ets:update_counter('B c', 42, -3, #{a => 1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c128() ->
    io:put_chars("#c ets.update_element.3.2\n"),
    io:format("~p~n", [catch ets:update_element('B c', [1,2], [{1,a}])]).

c129() ->
    io:put_chars("#c ets.update_element.3.6\n"),
    io:format("~p~n", [catch ets:update_element(a, 42, [{1,a}])]).

t129() ->
    io:put_chars("#t ets.update_element.3.6\n"),
    try ets:update_element(a, 42, [{1,a}]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c130() ->
    io:put_chars("#c ets.update_element.3.10\n"),
    io:format("~p~n", [catch ets:update_element(#{a => 1}, 42, [])]).

c131() ->
    io:put_chars("#c ets.update_element.3.14\n"),
    io:format("~p~n", [catch ets:update_element(-1.5, 42, [])]).

t131() ->
    io:put_chars("#t ets.update_element.3.14\n"),
    try ets:update_element(-1.5, 42, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c132() ->
    io:put_chars("#c ets.update_element.3.18\n"),
    io:format("~p~n", [catch ets:update_element('B c', x, [])]).

c133() ->
    io:put_chars("#c ets.update_element.3.22\n"),
    io:format("~p~n", [catch ets:update_element('B c', 42, '\x{e9}t\x{e9}')]).

t133() ->
    io:put_chars("#t ets.update_element.3.22\n"),
    try ets:update_element('B c', 42, '\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c134() ->
    io:put_chars("#c ets.update_element.3.26\n"),
    io:format("~p~n", [catch ets:update_element('B c', 42, <<1,2>>)]).

c135() ->
    io:put_chars("#c ets.whereis.1.4\n"),
    io:format("~p~n", [catch ets:whereis([a|b])]).

t135() ->
    io:put_chars("#t ets.whereis.1.4\n"),
    try ets:whereis([a|b]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c136() ->
    io:put_chars("#c ets.whereis.1.8\n"),
    io:format("~p~n", [catch ets:whereis([-1])]).

c137() ->
    io:put_chars("#c math.acos.1.4\n"),
    io:format("~p~n", [catch math:acos(100000000000000000000.0)]).

t137() ->
    io:put_chars("#t math.acos.1.4\n"),
    try math:acos(100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c138() ->
    io:put_chars("#c math.acos.1.8\n"),
    io:format("~p~n", [catch math:acos(<<1:3>>)]).

c139() ->
    io:put_chars("#c math.acosh.1.4\n"),
    io:format("~p~n", [catch math:acosh(x)]).

t139() ->
    io:put_chars("#t math.acosh.1.4\n"),
    try math:acosh(x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c140() ->
    io:put_chars("#c math.acosh.1.8\n"),
    io:format("~p~n", [catch math:acosh("")]).

c141() ->
    io:put_chars("#c math.asin.1.4\n"),
    io:format("~p~n", [catch math:asin(0)]).

t141() ->
    io:put_chars("#t math.asin.1.4\n"),
    try math:asin(0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c142() ->
    io:put_chars("#c math.asin.1.8\n"),
    io:format("~p~n", [catch math:asin([a|b])]).

c143() ->
    io:put_chars("#c math.asinh.1.4\n"),
    io:format("~p~n", [catch math:asinh("")]).

t143() ->
    io:put_chars("#t math.asinh.1.4\n"),
    try math:asinh("") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c144() ->
    io:put_chars("#c math.asinh.1.8\n"),
    io:format("~p~n", [catch math:asinh(#{a => 1})]).

c145() ->
    io:put_chars("#c math.atan.1.4\n"),
    io:format("~p~n", [catch math:atan([-1])]).

t145() ->
    io:put_chars("#t math.atan.1.4\n"),
    try math:atan([-1]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c146() ->
    io:put_chars("#c math.atan.1.8\n"),
    io:format("~p~n", [catch math:atan({a,b})]).

c147() ->
    io:put_chars("#c math.atan2.2.4\n"),
    io:format("~p~n", [catch math:atan2(3, 3)]).

t147() ->
    io:put_chars("#t math.atan2.2.4\n"),
    try math:atan2(3, 3) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c148() ->
    io:put_chars("#c math.atan2.2.8\n"),
    io:format("~p~n", [catch math:atan2(<<1:3>>, 1.5)]).

c149() ->
    io:put_chars("#c math.atan2.2.12\n"),
    io:format("~p~n", [catch math:atan2(1.5, [1,[2,<<3>>]])]).

t149() ->
    io:put_chars("#t math.atan2.2.12\n"),
    try math:atan2(1.5, [1,[2,<<3>>]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c150() ->
    io:put_chars("#c math.atan2.2.16\n"),
    io:format("~p~n", [catch math:atan2(1.5, "\x{65e5}\x{672c}")]).

c151() ->
    io:put_chars("#c math.atanh.1.4\n"),
    io:format("~p~n", [catch math:atanh(0)]).

t151() ->
    io:put_chars("#t math.atanh.1.4\n"),
    try math:atanh(0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c152() ->
    io:put_chars("#c math.atanh.1.8\n"),
    io:format("~p~n", [catch math:atanh([a|b])]).

c153() ->
    io:put_chars("#c math.ceil.1.4\n"),
    io:format("~p~n", [catch math:ceil(<<"h\x{e9}llo"/utf8>>)]).

t153() ->
    io:put_chars("#t math.ceil.1.4\n"),
    try math:ceil(<<"h\x{e9}llo"/utf8>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c154() ->
    io:put_chars("#c math.ceil.1.8\n"),
    io:format("~p~n", [catch math:ceil(x)]).

c155() ->
    io:put_chars("#c math.cos.1.4\n"),
    io:format("~p~n", [catch math:cos({a,b})]).

t155() ->
    io:put_chars("#t math.cos.1.4\n"),
    try math:cos({a,b}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c156() ->
    io:put_chars("#c math.cos.1.8\n"),
    io:format("~p~n", [catch math:cos(1180591620717411303424)]).

c157() ->
    io:put_chars("#c math.cosh.1.4\n"),
    io:format("~p~n", [catch math:cosh([a|b])]).

t157() ->
    io:put_chars("#t math.cosh.1.4\n"),
    try math:cosh([a|b]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c158() ->
    io:put_chars("#c math.cosh.1.8\n"),
    io:format("~p~n", [catch math:cosh([-1])]).

c159() ->
    io:put_chars("#c math.erf.1.4\n"),
    io:format("~p~n", [catch math:erf("")]).

t159() ->
    io:put_chars("#t math.erf.1.4\n"),
    try math:erf("") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c160() ->
    io:put_chars("#c math.erf.1.8\n"),
    io:format("~p~n", [catch math:erf(#{a => 1})]).

c161() ->
    io:put_chars("#c math.erfc.1.4\n"),
    io:format("~p~n", [catch math:erfc({a,b})]).

t161() ->
    io:put_chars("#t math.erfc.1.4\n"),
    try math:erfc({a,b}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c162() ->
    io:put_chars("#c math.erfc.1.8\n"),
    io:format("~p~n", [catch math:erfc(1180591620717411303424)]).

c163() ->
    io:put_chars("#c math.exp.1.4\n"),
    io:format("~p~n", [catch math:exp(100000000000000000000.0)]).

t163() ->
    io:put_chars("#t math.exp.1.4\n"),
    try math:exp(100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c164() ->
    io:put_chars("#c math.exp.1.8\n"),
    io:format("~p~n", [catch math:exp(<<1:3>>)]).

c165() ->
    io:put_chars("#c math.floor.1.4\n"),
    io:format("~p~n", [catch math:floor(-1.5)]).

t165() ->
    io:put_chars("#t math.floor.1.4\n"),
    try math:floor(-1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c166() ->
    io:put_chars("#c math.floor.1.8\n"),
    io:format("~p~n", [catch math:floor(<<"h\x{e9}llo"/utf8>>)]).

c167() ->
    io:put_chars("#c math.fmod.2.4\n"),
    io:format("~p~n", [catch math:fmod(3, 3)]).

t167() ->
    io:put_chars("#t math.fmod.2.4\n"),
    try math:fmod(3, 3) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c168() ->
    io:put_chars("#c math.fmod.2.8\n"),
    io:format("~p~n", [catch math:fmod(<<"h\x{e9}llo"/utf8>>, 1.5)]).

c169() ->
    io:put_chars("#c math.fmod.2.12\n"),
    io:format("~p~n", [catch math:fmod(1.5, "")]).

t169() ->
    io:put_chars("#t math.fmod.2.12\n"),
    try math:fmod(1.5, "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c170() ->
    io:put_chars("#c math.fmod.2.16\n"),
    io:format("~p~n", [catch math:fmod(1.5, #{a => 1})]).

c171() ->
    io:put_chars("#c math.log.1.4\n"),
    io:format("~p~n", [catch math:log("")]).

t171() ->
    io:put_chars("#t math.log.1.4\n"),
    try math:log("") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c172() ->
    io:put_chars("#c math.log.1.8\n"),
    io:format("~p~n", [catch math:log(#{a => 1})]).

c173() ->
    io:put_chars("#c math.log10.1.4\n"),
    io:format("~p~n", [catch math:log10(<<1,2>>)]).

t173() ->
    io:put_chars("#t math.log10.1.4\n"),
    try math:log10(<<1,2>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c174() ->
    io:put_chars("#c math.log10.1.8\n"),
    io:format("~p~n", [catch math:log10([])]).

c175() ->
    io:put_chars("#c math.log2.1.4\n"),
    io:format("~p~n", [catch math:log2(<<1,2>>)]).

t175() ->
    io:put_chars("#t math.log2.1.4\n"),
    try math:log2(<<1,2>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c176() ->
    io:put_chars("#c math.log2.1.8\n"),
    io:format("~p~n", [catch math:log2([])]).

c177() ->
    io:put_chars("#c math.pow.2.3\n"),
    io:format("~p~n", [catch math:pow(3, 1.5)]).

t177() ->
    io:put_chars("#t math.pow.2.3\n"),
    try math:pow(3, 1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c178() ->
    io:put_chars("#c math.pow.2.7\n"),
    io:format("~p~n", [catch math:pow([-1], 1.5)]).

c179() ->
    io:put_chars("#c math.pow.2.11\n"),
    io:format("~p~n", [catch math:pow(1.5, 1180591620717411303424)]).

t179() ->
    io:put_chars("#t math.pow.2.11\n"),
    try math:pow(1.5, 1180591620717411303424) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c180() ->
    io:put_chars("#c math.pow.2.15\n"),
    io:format("~p~n", [catch math:pow(1.5, 0)]).

c181() ->
    io:put_chars("#c math.sin.1.3\n"),
    io:format("~p~n", [catch math:sin("h\x{e9}llo")]).

t181() ->
    io:put_chars("#t math.sin.1.3\n"),
    try math:sin("h\x{e9}llo") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c182() ->
    io:put_chars("#c math.sin.1.7\n"),
    io:format("~p~n", [catch math:sin('\x{e9}t\x{e9}')]).

c183() ->
    io:put_chars("#c math.sinh.1.3\n"),
    io:format("~p~n", [catch math:sinh([-1])]).

t183() ->
    io:put_chars("#t math.sinh.1.3\n"),
    try math:sinh([-1]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c184() ->
    io:put_chars("#c math.sinh.1.7\n"),
    io:format("~p~n", [catch math:sinh({a,b})]).

c185() ->
    io:put_chars("#c math.sqrt.1.3\n"),
    io:format("~p~n", [catch math:sqrt(<<1:3>>)]).

t185() ->
    io:put_chars("#t math.sqrt.1.3\n"),
    try math:sqrt(<<1:3>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c186() ->
    io:put_chars("#c math.sqrt.1.7\n"),
    io:format("~p~n", [catch math:sqrt(-1)]).

c187() ->
    io:put_chars("#c math.tan.1.3\n"),
    io:format("~p~n", [catch math:tan("h\x{e9}llo")]).

t187() ->
    io:put_chars("#t math.tan.1.3\n"),
    try math:tan("h\x{e9}llo") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c188() ->
    io:put_chars("#c math.tan.1.7\n"),
    io:format("~p~n", [catch math:tan('\x{e9}t\x{e9}')]).

c189() ->
    io:put_chars("#c math.tanh.1.3\n"),
    io:format("~p~n", [catch math:tanh([1,[2,<<3>>]])]).

t189() ->
    io:put_chars("#t math.tanh.1.3\n"),
    try math:tanh([1,[2,<<3>>]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c190() ->
    io:put_chars("#c math.tanh.1.7\n"),
    io:format("~p~n", [catch math:tanh("\x{65e5}\x{672c}")]).

c191() ->
    io:put_chars("#c timer.hms.3.3\n"),
    io:format("~p~n", [catch timer:hms(0, 5, 0)]).

t191() ->
    io:put_chars("#t timer.hms.3.3\n"),
    try timer:hms(0, 5, 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c192() ->
    io:put_chars("#c timer.hms.3.7\n"),
    io:format("~p~n", [catch timer:hms(5, 5, 0)]).

c193() ->
    io:put_chars("#c timer.hms.3.11\n"),
    io:format("~p~n", [catch timer:hms(-1, 0, 0)]).

t193() ->
    io:put_chars("#t timer.hms.3.11\n"),
    try timer:hms(-1, 0, 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c194() ->
    io:put_chars("#c timer.hms.3.15\n"),
    io:format("~p~n", [catch timer:hms(0, "", 0)]).

c195() ->
    io:put_chars("#c timer.hms.3.19\n"),
    io:format("~p~n", [catch timer:hms(0, #{a => 1}, 0)]).

t195() ->
    io:put_chars("#t timer.hms.3.19\n"),
    try timer:hms(0, #{a => 1}, 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c196() ->
    io:put_chars("#c timer.hms.3.23\n"),
    io:format("~p~n", [catch timer:hms(0, 0, {a,b})]).

c197() ->
    io:put_chars("#c timer.hours.1.2\n"),
    io:format("~p~n", [catch timer:hours(5)]).

t197() ->
    io:put_chars("#t timer.hours.1.2\n"),
    try timer:hours(5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c198() ->
    io:put_chars("#c timer.hours.1.6\n"),
    io:format("~p~n", [catch timer:hours(<<1,2>>)]).

c199() ->
    io:put_chars("#c timer.minutes.1.3\n"),
    io:format("~p~n", [catch timer:minutes(<<1:3>>)]).

t199() ->
    io:put_chars("#t timer.minutes.1.3\n"),
    try timer:minutes(<<1:3>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c200() ->
    io:put_chars("#c timer.minutes.1.7\n"),
    io:format("~p~n", [catch timer:minutes(-1)]).


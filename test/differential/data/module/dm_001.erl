-module(dm_001).
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
    io:put_chars("#c erlang.+.2.1\n"),
    io:format("~p~n", [catch erlang:'+'(1.5, 1.5)]).

t1() ->
    io:put_chars("#t erlang.+.2.1\n"),
    try erlang:'+'(1.5, 1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c2() ->
    io:put_chars("#c erlang.+.2.5\n"),
    io:format("~p~n", [catch erlang:'+'("", 1.5)]).

c3() ->
    io:put_chars("#c erlang.+.2.9\n"),
    io:format("~p~n", [catch erlang:'+'(#{a => 1}, 1.5)]).

t3() ->
    io:put_chars("#t erlang.+.2.9\n"),
    try erlang:'+'(#{a => 1}, 1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c4() ->
    io:put_chars("#c erlang.+.2.13\n"),
    io:format("~p~n", [catch erlang:'+'(1.5, "\x{65e5}\x{672c}")]).

c5() ->
    io:put_chars("#c erlang.++.2.1\n"),
    io:format("~p~n", [catch erlang:'++'([1,2,3], 42)]).

t5() ->
    io:put_chars("#t erlang.++.2.1\n"),
    try erlang:'++'([1,2,3], 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c6() ->
    io:put_chars("#c erlang.++.2.5\n"),
    io:format("~p~n", [catch erlang:'++'([], [1,2])]).

c7() ->
    io:put_chars("#c erlang.++.2.9\n"),
    io:format("~p~n", [catch erlang:'++'('\x{e9}t\x{e9}', 42)]).

t7() ->
    io:put_chars("#t erlang.++.2.9\n"),
    try erlang:'++'('\x{e9}t\x{e9}', 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c8() ->
    io:put_chars("#c erlang.++.2.13\n"),
    io:format("~p~n", [catch erlang:'++'(<<1,2>>, 42)]).

c9() ->
    io:put_chars("#c erlang.++.2.17\n"),
    io:format("~p~n", [catch erlang:'++'([1,2,3], [-1])]).

t9() ->
    io:put_chars("#t erlang.++.2.17\n"),
    try erlang:'++'([1,2,3], [-1]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c10() ->
    io:put_chars("#c erlang.==.2.1\n"),
    io:format("~p~n", [catch erlang:'=='(42, 42)]).

c11() ->
    io:put_chars("#c erlang.==.2.5\n"),
    io:format("~p~n", [catch erlang:'=='([1,2], [1,2])]).

t11() ->
    io:put_chars("#t erlang.==.2.5\n"),
    try erlang:'=='([1,2], [1,2]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c12() ->
    io:put_chars("#c erlang.==.2.9\n"),
    io:format("~p~n", [catch erlang:'=='("h\x{e9}llo", 42)]).

c13() ->
    io:put_chars("#c erlang.==.2.13\n"),
    io:format("~p~n", [catch erlang:'=='('\x{e9}t\x{e9}', 42)]).

t13() ->
    io:put_chars("#t erlang.==.2.13\n"),
    try erlang:'=='('\x{e9}t\x{e9}', 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c14() ->
    io:put_chars("#c erlang.==.2.17\n"),
    io:format("~p~n", [catch erlang:'=='(42, [1,[2,<<3>>]])]).

c15() ->
    io:put_chars("#c erlang.abs.1.1\n"),
    io:format("~p~n", [catch abs(1.5)]).

t15() ->
    io:put_chars("#t erlang.abs.1.1\n"),
    try abs(1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c16() ->
    io:put_chars("#c erlang.abs.1.5\n"),
    io:format("~p~n", [catch abs(<<"h\x{e9}llo"/utf8>>)]).

c17() ->
    io:put_chars("#c erlang.adler32.1.1\n"),
    io:format("~p~n", [catch erlang:adler32(<<"ab">>)]).

t17() ->
    io:put_chars("#t erlang.adler32.1.1\n"),
    try erlang:adler32(<<"ab">>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c18() ->
    io:put_chars("#c erlang.adler32.1.5\n"),
    io:format("~p~n", [catch erlang:adler32([a|b])]).

c19() ->
    io:put_chars("#c erlang.and.2.1\n"),
    io:format("~p~n", [catch erlang:'and'(false, false)]).

t19() ->
    io:put_chars("#t erlang.and.2.1\n"),
    try erlang:'and'(false, false) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c20() ->
    io:put_chars("#c erlang.and.2.5\n"),
    io:format("~p~n", [catch erlang:'and'([a|b], false)]).

c21() ->
    io:put_chars("#c erlang.and.2.9\n"),
    io:format("~p~n", [catch erlang:'and'([-1], false)]).

t21() ->
    io:put_chars("#t erlang.and.2.9\n"),
    try erlang:'and'([-1], false) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c22() ->
    io:put_chars("#c erlang.and.2.13\n"),
    io:format("~p~n", [catch erlang:'and'(false, 0)]).

c23() ->
    io:put_chars("#c erlang.append_element.2.1\n"),
    io:format("~p~n", [catch erlang:append_element({a,1}, 42)]).

t23() ->
    io:put_chars("#t erlang.append_element.2.1\n"),
    try erlang:append_element({a,1}, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c24() ->
    io:put_chars("#c erlang.append_element.2.5\n"),
    io:format("~p~n", [catch erlang:append_element({}, [1,2])]).

c25() ->
    io:put_chars("#c erlang.append_element.2.9\n"),
    io:format("~p~n", [catch erlang:append_element(<<1:3>>, 42)]).

t25() ->
    io:put_chars("#t erlang.append_element.2.9\n"),
    try erlang:append_element(<<1:3>>, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c26() ->
    io:put_chars("#c erlang.append_element.2.13\n"),
    io:format("~p~n", [catch erlang:append_element({a,1}, "\x{65e5}\x{672c}")]).

c27() ->
    io:put_chars("#c erlang.append_element.2.17\n"),
    io:format("~p~n", [catch erlang:append_element({a,1}, 100000000000000000000.0)]).

t27() ->
    io:put_chars("#t erlang.append_element.2.17\n"),
    try erlang:append_element({a,1}, 100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c28() ->
    io:put_chars("#c erlang.apply.2.3\n"),
    io:format("~p~n", [catch apply(fun erlang:abs/1, [a,b])]).

c29() ->
    io:put_chars("#c erlang.apply.2.7\n"),
    io:format("~p~n", [catch apply(<<1:3>>, [1,2,3])]).

t29() ->
    io:put_chars("#t erlang.apply.2.7\n"),
    try apply(<<1:3>>, [1,2,3]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c30() ->
    io:put_chars("#c erlang.apply.2.11\n"),
    io:format("~p~n", [catch apply(fun erlang:abs/1, <<1:3>>)]).

c31() ->
    io:put_chars("#c erlang.apply.2.15\n"),
    io:format("~p~n", [catch apply(fun erlang:abs/1, -1)]).

t31() ->
    io:put_chars("#t erlang.apply.2.15\n"),
    try apply(fun erlang:abs/1, -1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c32() ->
    io:put_chars("#c erlang.apply.3.4\n"),
    io:format("~p~n", [catch apply(lists, a, [1,2,3])]).

c33() ->
    io:put_chars("#c erlang.apply.3.8\n"),
    io:format("~p~n", [catch apply(-1.5, 'B c', [1,2,3])]).

t33() ->
    io:put_chars("#t erlang.apply.3.8\n"),
    try apply(-1.5, 'B c', [1,2,3]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c34() ->
    io:put_chars("#c erlang.apply.3.12\n"),
    io:format("~p~n", [catch apply(<<"h\x{e9}llo"/utf8>>, 'B c', [1,2,3])]).

c35() ->
    io:put_chars("#c erlang.apply.3.16\n"),
    io:format("~p~n", [catch apply(lists, <<"h\x{e9}llo"/utf8>>, [1,2,3])]).

t35() ->
    io:put_chars("#t erlang.apply.3.16\n"),
    try apply(lists, <<"h\x{e9}llo"/utf8>>, [1,2,3]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c36() ->
    io:put_chars("#c erlang.apply.3.20\n"),
    io:format("~p~n", [catch apply(lists, 'B c', 1180591620717411303424)]).

c37() ->
    io:put_chars("#c erlang.apply.3.24\n"),
    io:format("~p~n", [catch apply(lists, 'B c', 0)]).

t37() ->
    io:put_chars("#t erlang.apply.3.24\n"),
    try apply(lists, 'B c', 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c38() ->
    io:put_chars("#c erlang.atom_to_binary.1.4\n"),
    io:format("~p~n", [catch atom_to_binary(1180591620717411303424)]).

c39() ->
    io:put_chars("#c erlang.atom_to_binary.1.8\n"),
    io:format("~p~n", [catch atom_to_binary(0)]).

t39() ->
    io:put_chars("#t erlang.atom_to_binary.1.8\n"),
    try atom_to_binary(0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c40() ->
    io:put_chars("#c erlang.atom_to_binary.2.4\n"),
    io:format("~p~n", [catch atom_to_binary(a, latin1)]).

c41() ->
    io:put_chars("#c erlang.atom_to_binary.2.8\n"),
    io:format("~p~n", [catch atom_to_binary(1180591620717411303424, latin1)]).

t41() ->
    io:put_chars("#t erlang.atom_to_binary.2.8\n"),
    try atom_to_binary(1180591620717411303424, latin1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c42() ->
    io:put_chars("#c erlang.atom_to_binary.2.12\n"),
    io:format("~p~n", [catch atom_to_binary(0, latin1)]).

c43() ->
    io:put_chars("#c erlang.atom_to_binary.2.16\n"),
    io:format("~p~n", [catch atom_to_binary('B c', "\x{65e5}\x{672c}")]).

t43() ->
    io:put_chars("#t erlang.atom_to_binary.2.16\n"),
    try atom_to_binary('B c', "\x{65e5}\x{672c}") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c44() ->
    io:put_chars("#c erlang.atom_to_list.1.2\n"),
    io:format("~p~n", [catch atom_to_list(a)]).

c45() ->
    io:put_chars("#c erlang.atom_to_list.1.6\n"),
    io:format("~p~n", [catch atom_to_list([1,[2,<<3>>]])]).

t45() ->
    io:put_chars("#t erlang.atom_to_list.1.6\n"),
    try atom_to_list([1,[2,<<3>>]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c46() ->
    io:put_chars("#c erlang.binary_part.3.2\n"),
    io:format("~p~n", [catch binary_part(<<"abc">>, 0, 7)]).

c47() ->
    io:put_chars("#c erlang.binary_part.3.6\n"),
    io:format("~p~n", [catch binary_part(<<>>, 0, -3)]).

t47() ->
    io:put_chars("#t erlang.binary_part.3.6\n"),
    try binary_part(<<>>, 0, -3) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c48() ->
    io:put_chars("#c erlang.binary_part.3.10\n"),
    io:format("~p~n", [catch binary_part([-1], 0, -3)]).

c49() ->
    io:put_chars("#c erlang.binary_part.3.14\n"),
    io:format("~p~n", [catch binary_part({a,b}, 0, -3)]).

t49() ->
    io:put_chars("#t erlang.binary_part.3.14\n"),
    try binary_part({a,b}, 0, -3) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c50() ->
    io:put_chars("#c erlang.binary_part.3.18\n"),
    io:format("~p~n", [catch binary_part(<<"abc">>, [-1], -3)]).

c51() ->
    io:put_chars("#c erlang.binary_part.3.22\n"),
    io:format("~p~n", [catch binary_part(<<"abc">>, 0, [1,[2,<<3>>]])]).

t51() ->
    io:put_chars("#t erlang.binary_part.3.22\n"),
    try binary_part(<<"abc">>, 0, [1,[2,<<3>>]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c52() ->
    io:put_chars("#c erlang.binary_part.3.26\n"),
    io:format("~p~n", [catch binary_part(<<"abc">>, 0, "\x{65e5}\x{672c}")]).

c53() ->
    io:put_chars("#c erlang.binary_to_atom.1.4\n"),
    io:format("~p~n", [catch binary_to_atom("h\x{e9}llo")]).

t53() ->
    io:put_chars("#t erlang.binary_to_atom.1.4\n"),
    try binary_to_atom("h\x{e9}llo") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c54() ->
    io:put_chars("#c erlang.binary_to_atom.1.8\n"),
    io:format("~p~n", [catch binary_to_atom('\x{e9}t\x{e9}')]).

c55() ->
    io:put_chars("#c erlang.binary_to_atom.2.3\n"),
    io:format("~p~n", [catch binary_to_atom(<<1,2,3>>, latin1)]).

t55() ->
    io:put_chars("#t erlang.binary_to_atom.2.3\n"),
    try binary_to_atom(<<1,2,3>>, latin1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c56() ->
    io:put_chars("#c erlang.binary_to_atom.2.7\n"),
    io:format("~p~n", [catch binary_to_atom("h\x{e9}llo", latin1)]).

c57() ->
    io:put_chars("#c erlang.binary_to_atom.2.11\n"),
    io:format("~p~n", [catch binary_to_atom('\x{e9}t\x{e9}', latin1)]).

t57() ->
    io:put_chars("#t erlang.binary_to_atom.2.11\n"),
    try binary_to_atom('\x{e9}t\x{e9}', latin1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c58() ->
    io:put_chars("#c erlang.binary_to_atom.2.15\n"),
    io:format("~p~n", [catch binary_to_atom(<<"abc">>, "")]).

c59() ->
    io:put_chars("#c erlang.binary_to_existing_atom.2.1\n"),
    io:format("~p~n", [catch binary_to_existing_atom(<<"abc">>, latin1)]).

t59() ->
    io:put_chars("#t erlang.binary_to_existing_atom.2.1\n"),
    try binary_to_existing_atom(<<"abc">>, latin1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c60() ->
    io:put_chars("#c erlang.binary_to_existing_atom.2.5\n"),
    io:format("~p~n", [catch binary_to_existing_atom(<<>>, latin1)]).

c61() ->
    io:put_chars("#c erlang.binary_to_existing_atom.2.9\n"),
    io:format("~p~n", [catch binary_to_existing_atom("", latin1)]).

t61() ->
    io:put_chars("#t erlang.binary_to_existing_atom.2.9\n"),
    try binary_to_existing_atom("", latin1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c62() ->
    io:put_chars("#c erlang.binary_to_existing_atom.2.13\n"),
    io:format("~p~n", [catch binary_to_existing_atom(<<"abc">>, 1180591620717411303424)]).

c63() ->
    io:put_chars("#c erlang.binary_to_existing_atom.2.17\n"),
    io:format("~p~n", [catch binary_to_existing_atom(<<"abc">>, 0)]).

t63() ->
    io:put_chars("#t erlang.binary_to_existing_atom.2.17\n"),
    try binary_to_existing_atom(<<"abc">>, 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c64() ->
    io:put_chars("#c erlang.binary_to_float.1.3\n"),
    io:format("~p~n", [catch binary_to_float(<<>>)]).

c65() ->
    io:put_chars("#c erlang.binary_to_float.1.7\n"),
    io:format("~p~n", [catch binary_to_float([-1])]).

t65() ->
    io:put_chars("#t erlang.binary_to_float.1.7\n"),
    try binary_to_float([-1]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c66() ->
    io:put_chars("#c erlang.binary_to_integer.1.2\n"),
    io:format("~p~n", [catch binary_to_integer(<<1,2,3>>)]).

c67() ->
    io:put_chars("#c erlang.binary_to_integer.1.6\n"),
    io:format("~p~n", [catch binary_to_integer([-1])]).

t67() ->
    io:put_chars("#t erlang.binary_to_integer.1.6\n"),
    try binary_to_integer([-1]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c68() ->
    io:put_chars("#c erlang.binary_to_integer.2.1\n"),
    io:format("~p~n", [catch binary_to_integer(<<"abc">>, 2)]).

c69() ->
    io:put_chars("#c erlang.binary_to_integer.2.5\n"),
    io:format("~p~n", [catch binary_to_integer(<<>>, 2)]).

t69() ->
    io:put_chars("#t erlang.binary_to_integer.2.5\n"),
    try binary_to_integer(<<>>, 2) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c70() ->
    io:put_chars("#c erlang.binary_to_integer.2.9\n"),
    io:format("~p~n", [catch binary_to_integer([-1], 2)]).

c71() ->
    io:put_chars("#c erlang.binary_to_integer.2.13\n"),
    io:format("~p~n", [catch binary_to_integer(<<"abc">>, {a,b})]).

t71() ->
    io:put_chars("#t erlang.binary_to_integer.2.13\n"),
    try binary_to_integer(<<"abc">>, {a,b}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c72() ->
    io:put_chars("#c erlang.binary_to_integer.2.17\n"),
    io:format("~p~n", [catch binary_to_integer(<<"abc">>, 1180591620717411303424)]).

c73() ->
    io:put_chars("#c erlang.binary_to_list.1.3\n"),
    io:format("~p~n", [catch binary_to_list(<<>>)]).

t73() ->
    io:put_chars("#t erlang.binary_to_list.1.3\n"),
    try binary_to_list(<<>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c74() ->
    io:put_chars("#c erlang.binary_to_list.1.7\n"),
    io:format("~p~n", [catch binary_to_list(<<"h\x{e9}llo"/utf8>>)]).

c75() ->
    io:put_chars("#c erlang.binary_to_list.3.2\n"),
    io:format("~p~n", [catch binary_to_list(<<"abc">>, 1, 3)]).

t75() ->
    io:put_chars("#t erlang.binary_to_list.3.2\n"),
    try binary_to_list(<<"abc">>, 1, 3) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c76() ->
    io:put_chars("#c erlang.binary_to_list.3.6\n"),
    io:format("~p~n", [catch binary_to_list(<<1,2,3>>, 3, 3)]).

c77() ->
    io:put_chars("#c erlang.binary_to_list.3.10\n"),
    io:format("~p~n", [catch binary_to_list(<<1:3>>, 1, 1)]).

t77() ->
    io:put_chars("#t erlang.binary_to_list.3.10\n"),
    try binary_to_list(<<1:3>>, 1, 1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c78() ->
    io:put_chars("#c erlang.binary_to_list.3.14\n"),
    io:format("~p~n", [catch binary_to_list(-1, 1, 1)]).

c79() ->
    io:put_chars("#c erlang.binary_to_list.3.18\n"),
    io:format("~p~n", [catch binary_to_list(<<"abc">>, "", 1)]).

t79() ->
    io:put_chars("#t erlang.binary_to_list.3.18\n"),
    try binary_to_list(<<"abc">>, "", 1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c80() ->
    io:put_chars("#c erlang.binary_to_list.3.22\n"),
    io:format("~p~n", [catch binary_to_list(<<"abc">>, 1, x)]).

c81() ->
    io:put_chars("#c erlang.binary_to_list.3.26\n"),
    io:format("~p~n", [catch binary_to_list(<<"abc">>, 1, "")]).

t81() ->
    io:put_chars("#t erlang.binary_to_list.3.26\n"),
    try binary_to_list(<<"abc">>, 1, "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c82() ->
    io:put_chars("#c erlang.binary_to_term.1.4\n"),
    io:format("~p~n", [catch binary_to_term(-1.5)]).

c83() ->
    io:put_chars("#c erlang.binary_to_term.1.8\n"),
    io:format("~p~n", [catch binary_to_term(<<"h\x{e9}llo"/utf8>>)]).

t83() ->
    io:put_chars("#t erlang.binary_to_term.1.8\n"),
    try binary_to_term(<<"h\x{e9}llo"/utf8>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c84() ->
    io:put_chars("#c erlang.bit_size.1.3\n"),
    io:format("~p~n", [catch bit_size([1,[2,<<3>>]])]).

c85() ->
    io:put_chars("#c erlang.bit_size.1.7\n"),
    io:format("~p~n", [catch bit_size("\x{65e5}\x{672c}")]).

t85() ->
    io:put_chars("#t erlang.bit_size.1.7\n"),
    try bit_size("\x{65e5}\x{672c}") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c86() ->
    io:put_chars("#c erlang.bitstring_to_list.1.3\n"),
    io:format("~p~n", [catch bitstring_to_list([1,[2,<<3>>]])]).

c87() ->
    io:put_chars("#c erlang.bitstring_to_list.1.7\n"),
    io:format("~p~n", [catch bitstring_to_list("\x{65e5}\x{672c}")]).

t87() ->
    io:put_chars("#t erlang.bitstring_to_list.1.7\n"),
    try bitstring_to_list("\x{65e5}\x{672c}") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c88() ->
    io:put_chars("#c erlang.byte_size.1.3\n"),
    io:format("~p~n", [catch byte_size(<<1,2>>)]).

c89() ->
    io:put_chars("#c erlang.byte_size.1.7\n"),
    io:format("~p~n", [catch byte_size([])]).

t89() ->
    io:put_chars("#t erlang.byte_size.1.7\n"),
    try byte_size([]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c90() ->
    io:put_chars("#c erlang.ceil.1.3\n"),
    io:format("~p~n", [catch ceil(<<"h\x{e9}llo"/utf8>>)]).

c91() ->
    io:put_chars("#c erlang.ceil.1.7\n"),
    io:format("~p~n", [catch ceil(x)]).

t91() ->
    io:put_chars("#t erlang.ceil.1.7\n"),
    try ceil(x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c92() ->
    io:put_chars("#c erlang.convert_time_unit.3.3\n"),
    io:format("~p~n", [catch erlang:convert_time_unit(-3, second, millisecond)]).

c93() ->
    io:put_chars("#c erlang.convert_time_unit.3.7\n"),
    io:format("~p~n", [catch erlang:convert_time_unit(7, native, millisecond)]).

t93() ->
    io:put_chars("#t erlang.convert_time_unit.3.7\n"),
    try erlang:convert_time_unit(7, native, millisecond) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c94() ->
    io:put_chars("#c erlang.convert_time_unit.3.11\n"),
    io:format("~p~n", [catch erlang:convert_time_unit(-1, millisecond, microsecond)]).

c95() ->
    io:put_chars("#c erlang.convert_time_unit.3.15\n"),
    io:format("~p~n", [catch erlang:convert_time_unit(-3, [1,[2,<<3>>]], microsecond)]).

t95() ->
    io:put_chars("#t erlang.convert_time_unit.3.15\n"),
    try erlang:convert_time_unit(-3, [1,[2,<<3>>]], microsecond) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c96() ->
    io:put_chars("#c erlang.convert_time_unit.3.19\n"),
    io:format("~p~n", [catch erlang:convert_time_unit(-3, "\x{65e5}\x{672c}", microsecond)]).

c97() ->
    io:put_chars("#c erlang.convert_time_unit.3.23\n"),
    io:format("~p~n", [catch erlang:convert_time_unit(-3, millisecond, 0)]).

t97() ->
    io:put_chars("#t erlang.convert_time_unit.3.23\n"),
    try erlang:convert_time_unit(-3, millisecond, 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c98() ->
    io:put_chars("#c erlang.crc32.1.1\n"),
    io:format("~p~n", [catch erlang:crc32(<<"ab">>)]).

c99() ->
    io:put_chars("#c erlang.crc32.1.5\n"),
    io:format("~p~n", [catch erlang:crc32([-1])]).

t99() ->
    io:put_chars("#t erlang.crc32.1.5\n"),
    try erlang:crc32([-1]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c100() ->
    io:put_chars("#c erlang.crc32.2.1\n"),
    io:format("~p~n", [catch erlang:crc32(0, <<"ab">>)]).

c101() ->
    io:put_chars("#c erlang.crc32.2.5\n"),
    io:format("~p~n", [catch erlang:crc32(fun(X) -> X end, <<"ab">>)]).

t101() ->
    io:put_chars("#t erlang.crc32.2.5\n"),
    try erlang:crc32(fun(X) -> X end, <<"ab">>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c102() ->
    io:put_chars("#c erlang.crc32.2.9\n"),
    io:format("~p~n", [catch erlang:crc32("h\x{e9}llo", <<"ab">>)]).

c103() ->
    io:put_chars("#c erlang.crc32.2.13\n"),
    io:format("~p~n", [catch erlang:crc32(0, '\x{e9}t\x{e9}')]).

t103() ->
    io:put_chars("#t erlang.crc32.2.13\n"),
    try erlang:crc32(0, '\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c104() ->
    io:put_chars("#c erlang.decode_packet.3.1\n"),
    io:format("~p~n", [catch erlang:decode_packet(1, <<"abc">>, [])]).

c105() ->
    io:put_chars("#c erlang.decode_packet.3.5\n"),
    io:format("~p~n", [catch erlang:decode_packet(line, <<1,2,3>>, [a,42,[1,2]])]).

t105() ->
    io:put_chars("#t erlang.decode_packet.3.5\n"),
    try erlang:decode_packet(line, <<1,2,3>>, [a,42,[1,2]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c106() ->
    io:put_chars("#c erlang.decode_packet.3.9\n"),
    io:format("~p~n", [catch erlang:decode_packet("", <<"abc">>, [])]).

c107() ->
    io:put_chars("#c erlang.decode_packet.3.13\n"),
    io:format("~p~n", [catch erlang:decode_packet(#{a => 1}, <<"abc">>, [])]).

t107() ->
    io:put_chars("#t erlang.decode_packet.3.13\n"),
    try erlang:decode_packet(#{a => 1}, <<"abc">>, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c108() ->
    io:put_chars("#c erlang.decode_packet.3.17\n"),
    io:format("~p~n", [catch erlang:decode_packet(1, 1180591620717411303424, [])]).

c109() ->
    io:put_chars("#c erlang.decode_packet.3.21\n"),
    io:format("~p~n", [catch erlang:decode_packet(1, <<"abc">>, [1,[2,<<3>>]])]).

t109() ->
    io:put_chars("#t erlang.decode_packet.3.21\n"),
    try erlang:decode_packet(1, <<"abc">>, [1,[2,<<3>>]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c110() ->
    io:put_chars("#c erlang.decode_packet.3.25\n"),
    io:format("~p~n", [catch erlang:decode_packet(1, <<"abc">>, "\x{65e5}\x{672c}")]).

c111() ->
    io:put_chars("#c erlang.delete_element.2.3\n"),
    io:format("~p~n", [catch erlang:delete_element(3, {a,1})]).

t111() ->
    io:put_chars("#t erlang.delete_element.2.3\n"),
    try erlang:delete_element(3, {a,1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c112() ->
    io:put_chars("#c erlang.delete_element.2.7\n"),
    io:format("~p~n", [catch erlang:delete_element(-1, {a,1})]).

c113() ->
    io:put_chars("#c erlang.delete_element.2.11\n"),
    io:format("~p~n", [catch erlang:delete_element(1, "h\x{e9}llo")]).

t113() ->
    io:put_chars("#t erlang.delete_element.2.11\n"),
    try erlang:delete_element(1, "h\x{e9}llo") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c114() ->
    io:put_chars("#c erlang.delete_element.2.15\n"),
    io:format("~p~n", [catch erlang:delete_element(1, '\x{e9}t\x{e9}')]).

c115() ->
    io:put_chars("#c erlang.div.2.3\n"),
    io:format("~p~n", [catch erlang:'div'(-3, 7)]).

t115() ->
    io:put_chars("#t erlang.div.2.3\n"),
    try erlang:'div'(-3, 7) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c116() ->
    io:put_chars("#c erlang.div.2.7\n"),
    io:format("~p~n", [catch erlang:'div'(7, -3)]).

c117() ->
    io:put_chars("#c erlang.div.2.11\n"),
    io:format("~p~n", [catch erlang:'div'(1180591620717411303424, -3)]).

t117() ->
    io:put_chars("#t erlang.div.2.11\n"),
    try erlang:'div'(1180591620717411303424, -3) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c118() ->
    io:put_chars("#c erlang.div.2.15\n"),
    io:format("~p~n", [catch erlang:'div'(-3, [1,[2,<<3>>]])]).

c119() ->
    io:put_chars("#c erlang.div.2.19\n"),
    io:format("~p~n", [catch erlang:'div'(-3, "\x{65e5}\x{672c}")]).

t119() ->
    io:put_chars("#t erlang.div.2.19\n"),
    try erlang:'div'(-3, "\x{65e5}\x{672c}") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c120() ->
    io:put_chars("#c erlang.element.2.3\n"),
    io:format("~p~n", [catch element(3, {a,1})]).

c121() ->
    io:put_chars("#c erlang.element.2.7\n"),
    io:format("~p~n", [catch element(<<"h\x{e9}llo"/utf8>>, {a,1})]).

t121() ->
    io:put_chars("#t erlang.element.2.7\n"),
    try element(<<"h\x{e9}llo"/utf8>>, {a,1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c122() ->
    io:put_chars("#c erlang.element.2.11\n"),
    io:format("~p~n", [catch element(1, {a,b})]).

c123() ->
    io:put_chars("#c erlang.element.2.15\n"),
    io:format("~p~n", [catch element(1, 1180591620717411303424)]).

t123() ->
    io:put_chars("#t erlang.element.2.15\n"),
    try element(1, 1180591620717411303424) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c124() ->
    io:put_chars("#c erlang.error.1.3\n"),
    io:format("~p~n", [catch error(a)]).

c125() ->
    io:put_chars("#c erlang.error.1.7\n"),
    io:format("~p~n", [catch error(1180591620717411303424)]).

t125() ->
    io:put_chars("#t erlang.error.1.7\n"),
    try error(1180591620717411303424) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c126() ->
    io:put_chars("#c erlang.error.2.2\n"),
    io:format("~p~n", [catch error(42, [a])]).

c127() ->
    io:put_chars("#c erlang.error.2.6\n"),
    io:format("~p~n", [catch error([1,2], [a,42,[1,2]])]).

t127() ->
    io:put_chars("#t erlang.error.2.6\n"),
    try error([1,2], [a,42,[1,2]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c128() ->
    io:put_chars("#c erlang.error.2.10\n"),
    io:format("~p~n", [catch error('\x{e9}t\x{e9}', [])]).

c129() ->
    io:put_chars("#c erlang.error.2.14\n"),
    io:format("~p~n", [catch error(<<1,2>>, [])]).

t129() ->
    io:put_chars("#t erlang.error.2.14\n"),
    try error(<<1,2>>, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c130() ->
    io:put_chars("#c erlang.error.2.18\n"),
    io:format("~p~n", [catch error(42, {a,b})]).

c131() ->
    io:put_chars("#c erlang.exit.1.2\n"),
    io:format("~p~n", [catch exit([1,2])]).

t131() ->
    io:put_chars("#t erlang.exit.1.2\n"),
    try exit([1,2]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c132() ->
    io:put_chars("#c erlang.exit.1.6\n"),
    io:format("~p~n", [catch exit([-1])]).

c133() ->
    io:put_chars("#c erlang.external_size.1.1\n"),
    io:format("~p~n", [catch erlang:external_size(42)]).

t133() ->
    io:put_chars("#t erlang.external_size.1.1\n"),
    try erlang:external_size(42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c134() ->
    io:put_chars("#c erlang.external_size.1.5\n"),
    io:format("~p~n", [catch erlang:external_size(1180591620717411303424)]).

c135() ->
    io:put_chars("#c erlang.external_size.1.9\n"),
    io:format("~p~n", [catch erlang:external_size(0)]).

t135() ->
    io:put_chars("#t erlang.external_size.1.9\n"),
    try erlang:external_size(0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c136() ->
    io:put_chars("#c erlang.float.1.4\n"),
    io:format("~p~n", [catch float([1,[2,<<3>>]])]).

c137() ->
    io:put_chars("#c erlang.float.1.8\n"),
    io:format("~p~n", [catch float("\x{65e5}\x{672c}")]).

t137() ->
    io:put_chars("#t erlang.float.1.8\n"),
    try float("\x{65e5}\x{672c}") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c138() ->
    io:put_chars("#c erlang.float_to_binary.1.4\n"),
    io:format("~p~n", [catch float_to_binary(#{a => 1})]).

c139() ->
    io:put_chars("#c erlang.float_to_binary.1.8\n"),
    io:format("~p~n", [catch float_to_binary(-1.5)]).

t139() ->
    io:put_chars("#t erlang.float_to_binary.1.8\n"),
    try float_to_binary(-1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c140() ->
    io:put_chars("#c erlang.float_to_binary.2.4\n"),
    io:format("~p~n", [catch float_to_binary(2.5, [])]).

c141() ->
    io:put_chars("#c erlang.float_to_binary.2.8\n"),
    io:format("~p~n", [catch float_to_binary(#{a => 1}, [])]).

t141() ->
    io:put_chars("#t erlang.float_to_binary.2.8\n"),
    try float_to_binary(#{a => 1}, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c142() ->
    io:put_chars("#c erlang.float_to_binary.2.12\n"),
    io:format("~p~n", [catch float_to_binary(-1.5, [])]).

c143() ->
    io:put_chars("#c erlang.float_to_binary.2.16\n"),
    io:format("~p~n", [catch float_to_binary(-0.5, <<"h\x{e9}llo"/utf8>>)]).

t143() ->
    io:put_chars("#t erlang.float_to_binary.2.16\n"),
    try float_to_binary(-0.5, <<"h\x{e9}llo"/utf8>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c144() ->
    io:put_chars("#c erlang.float_to_list.1.2\n"),
    io:format("~p~n", [catch float_to_list(2.5)]).

c145() ->
    io:put_chars("#c erlang.float_to_list.1.6\n"),
    io:format("~p~n", [catch float_to_list(x)]).

t145() ->
    io:put_chars("#t erlang.float_to_list.1.6\n"),
    try float_to_list(x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c146() ->
    io:put_chars("#c erlang.float_to_list.2.2\n"),
    io:format("~p~n", [catch float_to_list(-0.5, [{decimals,0}])]).

c147() ->
    io:put_chars("#c erlang.float_to_list.2.6\n"),
    io:format("~p~n", [catch float_to_list(2.5, [{decimals,0},{scientific,0},compact])]).

t147() ->
    io:put_chars("#t erlang.float_to_list.2.6\n"),
    try float_to_list(2.5, [{decimals,0},{scientific,0},compact]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c148() ->
    io:put_chars("#c erlang.float_to_list.2.10\n"),
    io:format("~p~n", [catch float_to_list(x, [])]).

c149() ->
    io:put_chars("#c erlang.float_to_list.2.14\n"),
    io:format("~p~n", [catch float_to_list(-0.5, x)]).

t149() ->
    io:put_chars("#t erlang.float_to_list.2.14\n"),
    try float_to_list(-0.5, x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c150() ->
    io:put_chars("#c erlang.float_to_list.2.18\n"),
    io:format("~p~n", [catch float_to_list(-0.5, "")]).

c151() ->
    io:put_chars("#c erlang.floor.1.4\n"),
    io:format("~p~n", [catch floor("\x{65e5}\x{672c}")]).

t151() ->
    io:put_chars("#t erlang.floor.1.4\n"),
    try floor("\x{65e5}\x{672c}") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c152() ->
    io:put_chars("#c erlang.floor.1.8\n"),
    io:format("~p~n", [catch floor(100000000000000000000.0)]).

c153() ->
    io:put_chars("#c erlang.hd.1.4\n"),
    io:format("~p~n", [catch hd(<<1:3>>)]).

t153() ->
    io:put_chars("#t erlang.hd.1.4\n"),
    try hd(<<1:3>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c154() ->
    io:put_chars("#c erlang.insert_element.3.1\n"),
    io:format("~p~n", [catch erlang:insert_element(1, {a,1}, 42)]).

c155() ->
    io:put_chars("#c erlang.insert_element.3.5\n"),
    io:format("~p~n", [catch erlang:insert_element(3, {a,1}, 42)]).

t155() ->
    io:put_chars("#t erlang.insert_element.3.5\n"),
    try erlang:insert_element(3, {a,1}, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c156() ->
    io:put_chars("#c erlang.insert_element.3.9\n"),
    io:format("~p~n", [catch erlang:insert_element(#{a => 1}, {a,1}, 42)]).

c157() ->
    io:put_chars("#c erlang.insert_element.3.13\n"),
    io:format("~p~n", [catch erlang:insert_element(-1.5, {a,1}, 42)]).

t157() ->
    io:put_chars("#t erlang.insert_element.3.13\n"),
    try erlang:insert_element(-1.5, {a,1}, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c158() ->
    io:put_chars("#c erlang.insert_element.3.17\n"),
    io:format("~p~n", [catch erlang:insert_element(1, '\x{e9}t\x{e9}', 42)]).

c159() ->
    io:put_chars("#c erlang.insert_element.3.21\n"),
    io:format("~p~n", [catch erlang:insert_element(1, {a,1}, {a,b})]).

t159() ->
    io:put_chars("#t erlang.insert_element.3.21\n"),
    try erlang:insert_element(1, {a,1}, {a,b}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c160() ->
    io:put_chars("#c erlang.insert_element.3.25\n"),
    io:format("~p~n", [catch erlang:insert_element(1, {a,1}, 1180591620717411303424)]).

c161() ->
    io:put_chars("#c erlang.integer_to_binary.1.3\n"),
    io:format("~p~n", [catch integer_to_binary(7)]).

t161() ->
    io:put_chars("#t erlang.integer_to_binary.1.3\n"),
    try integer_to_binary(7) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c162() ->
    io:put_chars("#c erlang.integer_to_binary.1.7\n"),
    io:format("~p~n", [catch integer_to_binary([])]).

c163() ->
    io:put_chars("#c erlang.integer_to_binary.2.3\n"),
    io:format("~p~n", [catch integer_to_binary(0, 2)]).

t163() ->
    io:put_chars("#t erlang.integer_to_binary.2.3\n"),
    try integer_to_binary(0, 2) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c164() ->
    io:put_chars("#c erlang.integer_to_binary.2.7\n"),
    io:format("~p~n", [catch integer_to_binary(<<1,2>>, 2)]).

c165() ->
    io:put_chars("#c erlang.integer_to_binary.2.11\n"),
    io:format("~p~n", [catch integer_to_binary(-1.5, 2)]).

t165() ->
    io:put_chars("#t erlang.integer_to_binary.2.11\n"),
    try integer_to_binary(-1.5, 2) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c166() ->
    io:put_chars("#c erlang.integer_to_binary.2.15\n"),
    io:format("~p~n", [catch integer_to_binary(-3, -1.5)]).

c167() ->
    io:put_chars("#c erlang.integer_to_list.1.2\n"),
    io:format("~p~n", [catch integer_to_list(0)]).

t167() ->
    io:put_chars("#t erlang.integer_to_list.1.2\n"),
    try integer_to_list(0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c168() ->
    io:put_chars("#c erlang.integer_to_list.1.6\n"),
    io:format("~p~n", [catch integer_to_list({a,b})]).

c169() ->
    io:put_chars("#c erlang.integer_to_list.2.1\n"),
    io:format("~p~n", [catch integer_to_list(-3, 2)]).

t169() ->
    io:put_chars("#t erlang.integer_to_list.2.1\n"),
    try integer_to_list(-3, 2) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c170() ->
    io:put_chars("#c erlang.integer_to_list.2.5\n"),
    io:format("~p~n", [catch integer_to_list(7, 2)]).

c171() ->
    io:put_chars("#c erlang.integer_to_list.2.9\n"),
    io:format("~p~n", [catch integer_to_list({a,b}, 2)]).

t171() ->
    io:put_chars("#t erlang.integer_to_list.2.9\n"),
    try integer_to_list({a,b}, 2) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c172() ->
    io:put_chars("#c erlang.integer_to_list.2.13\n"),
    io:format("~p~n", [catch integer_to_list(-3, #{a => 1})]).

c173() ->
    io:put_chars("#c erlang.integer_to_list.2.17\n"),
    io:format("~p~n", [catch integer_to_list(-3, -1.5)]).

t173() ->
    io:put_chars("#t erlang.integer_to_list.2.17\n"),
    try integer_to_list(-3, -1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c174() ->
    io:put_chars("#c erlang.iolist_size.1.3\n"),
    io:format("~p~n", [catch iolist_size([1,[2,<<3>>]])]).

c175() ->
    io:put_chars("#c erlang.iolist_size.1.7\n"),
    io:format("~p~n", [catch iolist_size("\x{65e5}\x{672c}")]).

t175() ->
    io:put_chars("#t erlang.iolist_size.1.7\n"),
    try iolist_size("\x{65e5}\x{672c}") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c176() ->
    io:put_chars("#c erlang.iolist_to_binary.1.3\n"),
    io:format("~p~n", [catch iolist_to_binary(<<1:3>>)]).

c177() ->
    io:put_chars("#c erlang.iolist_to_binary.1.7\n"),
    io:format("~p~n", [catch iolist_to_binary(-1)]).

t177() ->
    io:put_chars("#t erlang.iolist_to_binary.1.7\n"),
    try iolist_to_binary(-1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c178() ->
    io:put_chars("#c erlang.is_atom.1.3\n"),
    io:format("~p~n", [catch is_atom(a)]).

c179() ->
    io:put_chars("#c erlang.is_atom.1.7\n"),
    io:format("~p~n", [catch is_atom(-1)]).

t179() ->
    io:put_chars("#t erlang.is_atom.1.7\n"),
    try is_atom(-1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c180() ->
    io:put_chars("#c erlang.is_binary.1.2\n"),
    io:format("~p~n", [catch is_binary([1,2])]).

c181() ->
    io:put_chars("#c erlang.is_binary.1.6\n"),
    io:format("~p~n", [catch is_binary(<<"h\x{e9}llo"/utf8>>)]).

t181() ->
    io:put_chars("#t erlang.is_binary.1.6\n"),
    try is_binary(<<"h\x{e9}llo"/utf8>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c182() ->
    io:put_chars("#c erlang.is_bitstring.1.1\n"),
    io:format("~p~n", [catch is_bitstring(42)]).

c183() ->
    io:put_chars("#c erlang.is_bitstring.1.5\n"),
    io:format("~p~n", [catch is_bitstring(-1)]).

t183() ->
    io:put_chars("#t erlang.is_bitstring.1.5\n"),
    try is_bitstring(-1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c184() ->
    io:put_chars("#c erlang.is_bitstring.1.9\n"),
    io:format("~p~n", [catch is_bitstring([1,[2,<<3>>]])]).

c185() ->
    io:put_chars("#c erlang.is_boolean.1.4\n"),
    io:format("~p~n", [catch is_boolean(100000000000000000000.0)]).

t185() ->
    io:put_chars("#t erlang.is_boolean.1.4\n"),
    try is_boolean(100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c186() ->
    io:put_chars("#c erlang.is_boolean.1.8\n"),
    io:format("~p~n", [catch is_boolean(<<1:3>>)]).

c187() ->
    io:put_chars("#c erlang.is_builtin.3.3\n"),
    io:format("~p~n", [catch erlang:is_builtin('B c', a, 0)]).

t187() ->
    io:put_chars("#t erlang.is_builtin.3.3\n"),
    try erlang:is_builtin('B c', a, 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c188() ->
    io:put_chars("#c erlang.is_builtin.3.7\n"),
    io:format("~p~n", [catch erlang:is_builtin(a, a, 0)]).

c189() ->
    io:put_chars("#c erlang.is_builtin.3.11\n"),
    io:format("~p~n", [catch erlang:is_builtin("h\x{e9}llo", 'B c', 0)]).

t189() ->
    io:put_chars("#t erlang.is_builtin.3.11\n"),
    try erlang:is_builtin("h\x{e9}llo", 'B c', 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c190() ->
    io:put_chars("#c erlang.is_builtin.3.15\n"),
    io:format("~p~n", [catch erlang:is_builtin('B c', 100000000000000000000.0, 0)]).

c191() ->
    io:put_chars("#c erlang.is_builtin.3.19\n"),
    io:format("~p~n", [catch erlang:is_builtin('B c', <<1:3>>, 0)]).

t191() ->
    io:put_chars("#t erlang.is_builtin.3.19\n"),
    try erlang:is_builtin('B c', <<1:3>>, 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c192() ->
    io:put_chars("#c erlang.is_builtin.3.23\n"),
    io:format("~p~n", [catch erlang:is_builtin('B c', 'B c', [])]).

c193() ->
    io:put_chars("#c erlang.is_float.1.2\n"),
    io:format("~p~n", [catch is_float([1,2])]).

t193() ->
    io:put_chars("#t erlang.is_float.1.2\n"),
    try is_float([1,2]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c194() ->
    io:put_chars("#c erlang.is_float.1.6\n"),
    io:format("~p~n", [catch is_float(1180591620717411303424)]).

c195() ->
    io:put_chars("#c erlang.is_function.1.1\n"),
    io:format("~p~n", [catch is_function(42)]).

t195() ->
    io:put_chars("#t erlang.is_function.1.1\n"),
    try is_function(42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c196() ->
    io:put_chars("#c erlang.is_function.1.5\n"),
    io:format("~p~n", [catch is_function("h\x{e9}llo")]).

c197() ->
    io:put_chars("#c erlang.is_function.1.9\n"),
    io:format("~p~n", [catch is_function('\x{e9}t\x{e9}')]).

t197() ->
    io:put_chars("#t erlang.is_function.1.9\n"),
    try is_function('\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c198() ->
    io:put_chars("#c erlang.is_function.2.4\n"),
    io:format("~p~n", [catch is_function([1,2], 2)]).

c199() ->
    io:put_chars("#c erlang.is_function.2.8\n"),
    io:format("~p~n", [catch is_function("h\x{e9}llo", 0)]).

t199() ->
    io:put_chars("#t erlang.is_function.2.8\n"),
    try is_function("h\x{e9}llo", 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c200() ->
    io:put_chars("#c erlang.is_function.2.12\n"),
    io:format("~p~n", [catch is_function('\x{e9}t\x{e9}', 0)]).


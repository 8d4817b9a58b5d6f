-module(dm_007).
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
    io:put_chars("#c proplists.lookup.2.4\n"),
    io:format("~p~n", [catch proplists:lookup([1,2], [])]).

t1() ->
    io:put_chars("#t proplists.lookup.2.4\n"),
    try proplists:lookup([1,2], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c2() ->
    io:put_chars("#c proplists.lookup.2.8\n"),
    io:format("~p~n", [catch proplists:lookup(a, [a,42,[1,2]])]).

c3() ->
    io:put_chars("#c proplists.lookup.2.12\n"),
    io:format("~p~n", [catch proplists:lookup("\x{65e5}\x{672c}", [])]).

t3() ->
    io:put_chars("#t proplists.lookup.2.12\n"),
    try proplists:lookup("\x{65e5}\x{672c}", []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c4() ->
    io:put_chars("#c proplists.lookup.2.16\n"),
    io:format("~p~n", [catch proplists:lookup(42, #{a => 1})]).

c5() ->
    io:put_chars("#c proplists.lookup_all.2.1\n"),
    io:format("~p~n", [catch proplists:lookup_all(42, [])]).

t5() ->
    io:put_chars("#t proplists.lookup_all.2.1\n"),
    try proplists:lookup_all(42, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c6() ->
    io:put_chars("#c proplists.lookup_all.2.5\n"),
    io:format("~p~n", [catch proplists:lookup_all([1,2], [a])]).

c7() ->
    io:put_chars("#c proplists.lookup_all.2.9\n"),
    io:format("~p~n", [catch proplists:lookup_all({a,b}, [])]).

t7() ->
    io:put_chars("#t proplists.lookup_all.2.9\n"),
    try proplists:lookup_all({a,b}, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c8() ->
    io:put_chars("#c proplists.lookup_all.2.13\n"),
    io:format("~p~n", [catch proplists:lookup_all(1180591620717411303424, [])]).

c9() ->
    io:put_chars("#c proplists.lookup_all.2.17\n"),
    io:format("~p~n", [catch proplists:lookup_all(42, [1,[2,<<3>>]])]).

t9() ->
    io:put_chars("#t proplists.lookup_all.2.17\n"),
    try proplists:lookup_all(42, [1,[2,<<3>>]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c10() ->
    io:put_chars("#c proplists.normalize.2.1\n"),
    io:format("~p~n", [catch proplists:normalize([], [])]).

c11() ->
    io:put_chars("#c proplists.normalize.2.5\n"),
    io:format("~p~n", [catch proplists:normalize([a], [{aliases,[{a,a}]}])]).

t11() ->
    io:put_chars("#t proplists.normalize.2.5\n"),
    try proplists:normalize([a], [{aliases,[{a,a}]}]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c12() ->
    io:put_chars("#c proplists.normalize.2.9\n"),
    io:format("~p~n", [catch proplists:normalize({a,b}, [])]).

c13() ->
    io:put_chars("#c proplists.normalize.2.13\n"),
    io:format("~p~n", [catch proplists:normalize(1180591620717411303424, [])]).

t13() ->
    io:put_chars("#t proplists.normalize.2.13\n"),
    try proplists:normalize(1180591620717411303424, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c14() ->
    io:put_chars("#c proplists.normalize.2.17\n"),
    io:format("~p~n", [catch proplists:normalize([], x)]).

c15() ->
    io:put_chars("#c proplists.property.1.1\n"),
    io:format("~p~n", [catch proplists:property('B c')]).

t15() ->
    io:put_chars("#t proplists.property.1.1\n"),
    try proplists:property('B c') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c16() ->
    io:put_chars("#c proplists.property.1.5\n"),
    io:format("~p~n", [catch proplists:property(0)]).

c17() ->
    io:put_chars("#c proplists.property.1.9\n"),
    io:format("~p~n", [catch proplists:property([a|b])]).

t17() ->
    io:put_chars("#t proplists.property.1.9\n"),
    try proplists:property([a|b]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c18() ->
    io:put_chars("#c proplists.property.2.4\n"),
    io:format("~p~n", [catch proplists:property([1,2], 42)]).

c19() ->
    io:put_chars("#c proplists.property.2.8\n"),
    io:format("~p~n", [catch proplists:property(a, a)]).

t19() ->
    io:put_chars("#t proplists.property.2.8\n"),
    try proplists:property(a, a) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c20() ->
    io:put_chars("#c proplists.property.2.12\n"),
    io:format("~p~n", [catch proplists:property([], 42)]).

c21() ->
    io:put_chars("#c proplists.property.2.16\n"),
    io:format("~p~n", [catch proplists:property(42, -1)]).

t21() ->
    io:put_chars("#t proplists.property.2.16\n"),
    try proplists:property(42, -1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c22() ->
    io:put_chars("#c proplists.property.2.20\n"),
    io:format("~p~n", [catch proplists:property(42, [1,[2,<<3>>]])]).

c23() ->
    io:put_chars("#c proplists.split.2.4\n"),
    io:format("~p~n", [catch proplists:split([a], [])]).

t23() ->
    io:put_chars("#t proplists.split.2.4\n"),
    try proplists:split([a], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c24() ->
    io:put_chars("#c proplists.split.2.8\n"),
    io:format("~p~n", [catch proplists:split([a,42,[1,2]], [a,42,[1,2]])]).

c25() ->
    io:put_chars("#c proplists.split.2.12\n"),
    io:format("~p~n", [catch proplists:split(#{a => 1}, [])]).

t25() ->
    io:put_chars("#t proplists.split.2.12\n"),
    try proplists:split(#{a => 1}, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c26() ->
    io:put_chars("#c proplists.split.2.16\n"),
    io:format("~p~n", [catch proplists:split([], x)]).

c27() ->
    io:put_chars("#c proplists.split.2.20\n"),
    io:format("~p~n", [catch proplists:split([], "")]).

t27() ->
    io:put_chars("#t proplists.split.2.20\n"),
    try proplists:split([], "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c28() ->
    io:put_chars("#c proplists.substitute_aliases.2.4\n"),
    io:format("~p~n", [catch proplists:substitute_aliases([{a,a}], [])]).

c29() ->
    io:put_chars("#c proplists.substitute_aliases.2.8\n"),
    io:format("~p~n", [catch proplists:substitute_aliases([{a,a}], [a,42,[1,2]])]).

t29() ->
    io:put_chars("#t proplists.substitute_aliases.2.8\n"),
    try proplists:substitute_aliases([{a,a}], [a,42,[1,2]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c30() ->
    io:put_chars("#c proplists.substitute_aliases.2.12\n"),
    io:format("~p~n", [catch proplists:substitute_aliases(<<1,2>>, [])]).

c31() ->
    io:put_chars("#c proplists.substitute_aliases.2.16\n"),
    io:format("~p~n", [catch proplists:substitute_aliases([], -1.5)]).

t31() ->
    io:put_chars("#t proplists.substitute_aliases.2.16\n"),
    try proplists:substitute_aliases([], -1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c32() ->
    io:put_chars("#c proplists.substitute_negations.2.1\n"),
    io:format("~p~n", [catch proplists:substitute_negations([], [])]).

c33() ->
    io:put_chars("#c proplists.substitute_negations.2.5\n"),
    io:format("~p~n", [catch proplists:substitute_negations([{a,a}], [a])]).

t33() ->
    io:put_chars("#t proplists.substitute_negations.2.5\n"),
    try proplists:substitute_negations([{a,a}], [a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c34() ->
    io:put_chars("#c proplists.substitute_negations.2.9\n"),
    io:format("~p~n", [catch proplists:substitute_negations(#{a => 1}, [])]).

c35() ->
    io:put_chars("#c proplists.substitute_negations.2.13\n"),
    io:format("~p~n", [catch proplists:substitute_negations([a|b], [])]).

t35() ->
    io:put_chars("#t proplists.substitute_negations.2.13\n"),
    try proplists:substitute_negations([a|b], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c36() ->
    io:put_chars("#c proplists.substitute_negations.2.17\n"),
    io:format("~p~n", [catch proplists:substitute_negations([], "")]).

c37() ->
    io:put_chars("#c proplists.to_map.1.2\n"),
    io:format("~p~n", [catch proplists:to_map([a])]).

t37() ->
    io:put_chars("#t proplists.to_map.1.2\n"),
    try proplists:to_map([a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c38() ->
    io:put_chars("#c proplists.to_map.1.6\n"),
    io:format("~p~n", [catch proplists:to_map(<<1:3>>)]).

c39() ->
    io:put_chars("#c proplists.to_map.2.1\n"),
    io:format("~p~n", [catch proplists:to_map([], [])]).

t39() ->
    io:put_chars("#t proplists.to_map.2.1\n"),
    try proplists:to_map([], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c40() ->
    io:put_chars("#c proplists.to_map.2.5\n"),
    io:format("~p~n", [catch proplists:to_map([a], [{aliases,[{a,a}]}])]).

c41() ->
    io:put_chars("#c proplists.to_map.2.9\n"),
    io:format("~p~n", [catch proplists:to_map(-1.5, [])]).

t41() ->
    io:put_chars("#t proplists.to_map.2.9\n"),
    try proplists:to_map(-1.5, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c42() ->
    io:put_chars("#c proplists.to_map.2.13\n"),
    io:format("~p~n", [catch proplists:to_map(<<"h\x{e9}llo"/utf8>>, [])]).

c43() ->
    io:put_chars("#c proplists.to_map.2.17\n"),
    io:format("~p~n", [catch proplists:to_map([], -1)]).

t43() ->
    io:put_chars("#t proplists.to_map.2.17\n"),
    try proplists:to_map([], -1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c44() ->
    io:put_chars("#c proplists.unfold.1.1\n"),
    io:format("~p~n", [catch proplists:unfold([])]).

c45() ->
    io:put_chars("#c proplists.unfold.1.5\n"),
    io:format("~p~n", [catch proplists:unfold("")]).

t45() ->
    io:put_chars("#t proplists.unfold.1.5\n"),
    try proplists:unfold("") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c46() ->
    io:put_chars("#c proplists.unfold.1.9\n"),
    io:format("~p~n", [catch proplists:unfold(#{a => 1})]).

c47() ->
    io:put_chars("#c io_lib.char_list.1.4\n"),
    io:format("~p~n", [catch io_lib:char_list(1180591620717411303424)]).

t47() ->
    io:put_chars("#t io_lib.char_list.1.4\n"),
    try io_lib:char_list(1180591620717411303424) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c48() ->
    io:put_chars("#c io_lib.char_list.1.8\n"),
    io:format("~p~n", [catch io_lib:char_list(0)]).

c49() ->
    io:put_chars("#c io_lib.chars_length.1.3\n"),
    io:format("~p~n", [catch io_lib:chars_length([97,[a],233])]).

t49() ->
    io:put_chars("#t io_lib.chars_length.1.3\n"),
    try io_lib:chars_length([97,[a],233]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c50() ->
    io:put_chars("#c io_lib.chars_length.1.7\n"),
    io:format("~p~n", [catch io_lib:chars_length("\x{65e5}\x{672c}")]).

c51() ->
    io:put_chars("#c io_lib.deep_char_list.1.2\n"),
    io:format("~p~n", [catch io_lib:deep_char_list([1,2])]).

t51() ->
    io:put_chars("#t io_lib.deep_char_list.1.2\n"),
    try io_lib:deep_char_list([1,2]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c52() ->
    io:put_chars("#c io_lib.deep_char_list.1.6\n"),
    io:format("~p~n", [catch io_lib:deep_char_list(100000000000000000000.0)]).

c53() ->
    io:put_chars("#c io_lib.deep_latin1_char_list.1.1\n"),
    io:format("~p~n", [catch io_lib:deep_latin1_char_list(42)]).

t53() ->
    io:put_chars("#t io_lib.deep_latin1_char_list.1.1\n"),
    try io_lib:deep_latin1_char_list(42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c54() ->
    io:put_chars("#c io_lib.deep_latin1_char_list.1.5\n"),
    io:format("~p~n", [catch io_lib:deep_latin1_char_list("")]).

c55() ->
    io:put_chars("#c io_lib.deep_latin1_char_list.1.9\n"),
    io:format("~p~n", [catch io_lib:deep_latin1_char_list(#{a => 1})]).

t55() ->
    io:put_chars("#t io_lib.deep_latin1_char_list.1.9\n"),
    try io_lib:deep_latin1_char_list(#{a => 1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c56() ->
    io:put_chars("#c io_lib.deep_unicode_char_list.1.4\n"),
    io:format("~p~n", [catch io_lib:deep_unicode_char_list("h\x{e9}llo")]).

c57() ->
    io:put_chars("#c io_lib.deep_unicode_char_list.1.8\n"),
    io:format("~p~n", [catch io_lib:deep_unicode_char_list('\x{e9}t\x{e9}')]).

t57() ->
    io:put_chars("#t io_lib.deep_unicode_char_list.1.8\n"),
    try io_lib:deep_unicode_char_list('\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c58() ->
    io:put_chars("#c io_lib.format.2.3\n"),
    io:format("~p~n", [catch io_lib:format("abc", [a,42,[1,2]])]).

c59() ->
    io:put_chars("#c io_lib.format.2.7\n"),
    io:format("~p~n", [catch io_lib:format(a, [])]).

t59() ->
    io:put_chars("#t io_lib.format.2.7\n"),
    try io_lib:format(a, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c60() ->
    io:put_chars("#c io_lib.format.2.11\n"),
    io:format("~p~n", [catch io_lib:format("\x{65e5}\x{672c}", [])]).

c61() ->
    io:put_chars("#c io_lib.format.2.15\n"),
    io:format("~p~n", [catch io_lib:format("abc", [a|b])]).

t61() ->
    io:put_chars("#t io_lib.format.2.15\n"),
    try io_lib:format("abc", [a|b]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c62() ->
    io:put_chars("#c io_lib.format.2.19\n"),
    io:format("~p~n", [catch io_lib:format("abc", [-1])]).

c63() ->
    io:put_chars("#c io_lib.format.3.3\n"),
    io:format("~p~n", [catch io_lib:format("abc", [a,42,[1,2]], [{chars_limit,7}])]).

t63() ->
    io:put_chars("#t io_lib.format.3.3\n"),
    try io_lib:format("abc", [a,42,[1,2]], [{chars_limit,7}]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c64() ->
    io:put_chars("#c io_lib.format.3.7\n"),
    io:format("~p~n", [catch io_lib:format(a, [a], [{chars_limit,7}])]).

c65() ->
    io:put_chars("#c io_lib.format.3.11\n"),
    io:format("~p~n", [catch io_lib:format("\x{65e5}\x{672c}", [], [])]).

t65() ->
    io:put_chars("#t io_lib.format.3.11\n"),
    try io_lib:format("\x{65e5}\x{672c}", [], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c66() ->
    io:put_chars("#c io_lib.format.3.15\n"),
    io:format("~p~n", [catch io_lib:format("abc", [a|b], [])]).

c67() ->
    io:put_chars("#c io_lib.format.3.19\n"),
    io:format("~p~n", [catch io_lib:format("abc", [-1], [])]).

t67() ->
    io:put_chars("#t io_lib.format.3.19\n"),
    try io_lib:format("abc", [-1], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c68() ->
    io:put_chars("#c io_lib.format.3.23\n"),
    io:format("~p~n", [catch io_lib:format("abc", [], <<1,2>>)]).

c69() ->
    io:put_chars("#c io_lib.fwrite.2.1\n"),
    io:format("~p~n", [catch io_lib:fwrite("abc", [])]).

t69() ->
    io:put_chars("#t io_lib.fwrite.2.1\n"),
    try io_lib:fwrite("abc", []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c70() ->
    io:put_chars("#c io_lib.fwrite.2.5\n"),
    io:format("~p~n", [catch io_lib:fwrite(<<"abc">>, [a])]).

c71() ->
    io:put_chars("#c io_lib.fwrite.2.9\n"),
    io:format("~p~n", [catch io_lib:fwrite(1180591620717411303424, [])]).

t71() ->
    io:put_chars("#t io_lib.fwrite.2.9\n"),
    try io_lib:fwrite(1180591620717411303424, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c72() ->
    io:put_chars("#c io_lib.fwrite.2.13\n"),
    io:format("~p~n", [catch io_lib:fwrite(0, [])]).

c73() ->
    io:put_chars("#c io_lib.fwrite.2.17\n"),
    io:format("~p~n", [catch io_lib:fwrite("abc", <<1,2>>)]).

t73() ->
    io:put_chars("#t io_lib.fwrite.2.17\n"),
    try io_lib:fwrite("abc", <<1,2>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c74() ->
    io:put_chars("#c io_lib.fwrite.3.1\n"),
    io:format("~p~n", [catch io_lib:fwrite("abc", [], [])]).

c75() ->
    io:put_chars("#c io_lib.fwrite.3.5\n"),
    io:format("~p~n", [catch io_lib:fwrite(<<"abc">>, [a], [{chars_limit,7}])]).

t75() ->
    io:put_chars("#t io_lib.fwrite.3.5\n"),
    try io_lib:fwrite(<<"abc">>, [a], [{chars_limit,7}]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c76() ->
    io:put_chars("#c io_lib.fwrite.3.9\n"),
    io:format("~p~n", [catch io_lib:fwrite(1180591620717411303424, [], [])]).

c77() ->
    io:put_chars("#c io_lib.fwrite.3.13\n"),
    io:format("~p~n", [catch io_lib:fwrite(0, [], [])]).

t77() ->
    io:put_chars("#t io_lib.fwrite.3.13\n"),
    try io_lib:fwrite(0, [], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c78() ->
    io:put_chars("#c io_lib.fwrite.3.17\n"),
    io:format("~p~n", [catch io_lib:fwrite("abc", <<1,2>>, [])]).

c79() ->
    io:put_chars("#c io_lib.fwrite.3.21\n"),
    io:format("~p~n", [catch io_lib:fwrite("abc", [], 100000000000000000000.0)]).

t79() ->
    io:put_chars("#t io_lib.fwrite.3.21\n"),
    try io_lib:fwrite("abc", [], 100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c80() ->
    io:put_chars("#c io_lib.fwrite.3.25\n"),
    io:format("~p~n", [catch io_lib:fwrite("abc", [], fun(X) -> X end)]).

c81() ->
    io:put_chars("#c io_lib.latin1_char_list.1.4\n"),
    io:format("~p~n", [catch io_lib:latin1_char_list("\x{65e5}\x{672c}")]).

t81() ->
    io:put_chars("#t io_lib.latin1_char_list.1.4\n"),
    try io_lib:latin1_char_list("\x{65e5}\x{672c}") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c82() ->
    io:put_chars("#c io_lib.latin1_char_list.1.8\n"),
    io:format("~p~n", [catch io_lib:latin1_char_list(100000000000000000000.0)]).

c83() ->
    io:put_chars("#c io_lib.module_info.1.2\n"),
    io:format("~p~n", [catch io_lib:module_info([1,2])]).

t83() ->
    io:put_chars("#t io_lib.module_info.1.2\n"),
    try io_lib:module_info([1,2]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c84() ->
    io:put_chars("#c io_lib.module_info.1.6\n"),
    io:format("~p~n", [catch io_lib:module_info(fun(X) -> X end)]).

c85() ->
    io:put_chars("#c io_lib.nl.0.1\n"),
    io:format("~p~n", [catch io_lib:nl()]).

t85() ->
    io:put_chars("#t io_lib.nl.0.1\n"),
    try io_lib:nl() of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c86() ->
    io:put_chars("#c io_lib.print.1.4\n"),
    io:format("~p~n", [catch io_lib:print('\x{e9}t\x{e9}')]).

c87() ->
    io:put_chars("#c io_lib.print.1.8\n"),
    io:format("~p~n", [catch io_lib:print(<<1,2>>)]).

t87() ->
    io:put_chars("#t io_lib.print.1.8\n"),
    try io_lib:print(<<1,2>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c88() ->
    io:put_chars("#c io_lib.print.4.3\n"),
    io:format("~p~n", [catch io_lib:print(42, 5, 5, 0)]).

c89() ->
    io:put_chars("#c io_lib.print.4.7\n"),
    io:format("~p~n", [catch io_lib:print(a, 5, 0, -1)]).

t89() ->
    io:put_chars("#t io_lib.print.4.7\n"),
    try io_lib:print(a, 5, 0, -1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c90() ->
    io:put_chars("#c io_lib.print.4.11\n"),
    io:format("~p~n", [catch io_lib:print(1180591620717411303424, 0, 0, -1)]).

c91() ->
    io:put_chars("#c io_lib.print.4.15\n"),
    io:format("~p~n", [catch io_lib:print(42, 100000000000000000000.0, 0, -1)]).

t91() ->
    io:put_chars("#t io_lib.print.4.15\n"),
    try io_lib:print(42, 100000000000000000000.0, 0, -1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c92() ->
    io:put_chars("#c io_lib.print.4.19\n"),
    io:format("~p~n", [catch io_lib:print(42, <<1:3>>, 0, -1)]).

c93() ->
    io:put_chars("#c io_lib.print.4.23\n"),
    io:format("~p~n", [catch io_lib:print(42, 0, -1.5, -1)]).

t93() ->
    io:put_chars("#t io_lib.print.4.23\n"),
    try io_lib:print(42, 0, -1.5, -1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c94() ->
    io:put_chars("#c io_lib.print.4.27\n"),
    io:format("~p~n", [catch io_lib:print(42, 0, 0, '\x{e9}t\x{e9}')]).

c95() ->
    io:put_chars("#c io_lib.printable_latin1_list.1.1\n"),
    io:format("~p~n", [catch io_lib:printable_latin1_list(42)]).

t95() ->
    io:put_chars("#t io_lib.printable_latin1_list.1.1\n"),
    try io_lib:printable_latin1_list(42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c96() ->
    io:put_chars("#c io_lib.printable_latin1_list.1.5\n"),
    io:format("~p~n", [catch io_lib:printable_latin1_list('\x{e9}t\x{e9}')]).

c97() ->
    io:put_chars("#c io_lib.printable_latin1_list.1.9\n"),
    io:format("~p~n", [catch io_lib:printable_latin1_list(<<1,2>>)]).

t97() ->
    io:put_chars("#t io_lib.printable_latin1_list.1.9\n"),
    try io_lib:printable_latin1_list(<<1,2>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c98() ->
    io:put_chars("#c io_lib.printable_list.1.4\n"),
    io:format("~p~n", [catch io_lib:printable_list('\x{e9}t\x{e9}')]).

c99() ->
    io:put_chars("#c io_lib.printable_list.1.8\n"),
    io:format("~p~n", [catch io_lib:printable_list(<<1,2>>)]).

t99() ->
    io:put_chars("#t io_lib.printable_list.1.8\n"),
    try io_lib:printable_list(<<1,2>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c100() ->
    io:put_chars("#c io_lib.printable_unicode_list.1.3\n"),
    io:format("~p~n", [catch io_lib:printable_unicode_list(a)]).

c101() ->
    io:put_chars("#c io_lib.printable_unicode_list.1.7\n"),
    io:format("~p~n", [catch io_lib:printable_unicode_list(100000000000000000000.0)]).

t101() ->
    io:put_chars("#t io_lib.printable_unicode_list.1.7\n"),
    try io_lib:printable_unicode_list(100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c102() ->
    io:put_chars("#c io_lib.quote_atom.2.2\n"),
    io:format("~p~n", [catch io_lib:quote_atom('B c', [])]).

c103() ->
    io:put_chars("#c io_lib.quote_atom.2.6\n"),
    io:format("~p~n", [catch io_lib:quote_atom(a, [97,[a],233])]).

t103() ->
    io:put_chars("#t io_lib.quote_atom.2.6\n"),
    try io_lib:quote_atom(a, [97,[a],233]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c104() ->
    io:put_chars("#c io_lib.quote_atom.2.10\n"),
    io:format("~p~n", [catch io_lib:quote_atom("\x{65e5}\x{672c}", [97])]).

c105() ->
    io:put_chars("#c io_lib.quote_atom.2.14\n"),
    io:format("~p~n", [catch io_lib:quote_atom('B c', "")]).

t105() ->
    io:put_chars("#t io_lib.quote_atom.2.14\n"),
    try io_lib:quote_atom('B c', "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c106() ->
    io:put_chars("#c io_lib.quote_atom.2.18\n"),
    io:format("~p~n", [catch io_lib:quote_atom('B c', #{a => 1})]).

c107() ->
    io:put_chars("#c io_lib.scan_format.2.4\n"),
    io:format("~p~n", [catch io_lib:scan_format(<<"abc">>, [])]).

t107() ->
    io:put_chars("#t io_lib.scan_format.2.4\n"),
    try io_lib:scan_format(<<"abc">>, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c108() ->
    io:put_chars("#c io_lib.scan_format.2.8\n"),
    io:format("~p~n", [catch io_lib:scan_format(a, [a,42,[1,2]])]).

c109() ->
    io:put_chars("#c io_lib.scan_format.2.12\n"),
    io:format("~p~n", [catch io_lib:scan_format("", [])]).

t109() ->
    io:put_chars("#t io_lib.scan_format.2.12\n"),
    try io_lib:scan_format("", []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c110() ->
    io:put_chars("#c io_lib.scan_format.2.16\n"),
    io:format("~p~n", [catch io_lib:scan_format("abc", 100000000000000000000.0)]).

c111() ->
    io:put_chars("#c io_lib.unscan_format.1.1\n"),
    io:format("~p~n", [catch io_lib:unscan_format([97])]).

t111() ->
    io:put_chars("#t io_lib.unscan_format.1.1\n"),
    try io_lib:unscan_format([97]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c112() ->
    io:put_chars("#c io_lib.unscan_format.1.5\n"),
    io:format("~p~n", [catch io_lib:unscan_format([1,[2,<<3>>]])]).

c113() ->
    io:put_chars("#c io_lib.unscan_format.1.9\n"),
    io:format("~p~n", [catch io_lib:unscan_format("\x{65e5}\x{672c}")]).

t113() ->
    io:put_chars("#t io_lib.unscan_format.1.9\n"),
    try io_lib:unscan_format("\x{65e5}\x{672c}") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c114() ->
    io:put_chars("#c io_lib.write.1.4\n"),
    io:format("~p~n", [catch io_lib:write(-1)]).

c115() ->
    io:put_chars("#c io_lib.write.1.8\n"),
    io:format("~p~n", [catch io_lib:write([1,[2,<<3>>]])]).

t115() ->
    io:put_chars("#t io_lib.write.1.8\n"),
    try io_lib:write([1,[2,<<3>>]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c116() ->
    io:put_chars("#c io_lib.write.2.3\n"),
    io:format("~p~n", [catch io_lib:write(42, [{chars_limit,7}])]).

c117() ->
    io:put_chars("#c io_lib.write.2.7\n"),
    io:format("~p~n", [catch io_lib:write(a, 5)]).

t117() ->
    io:put_chars("#t io_lib.write.2.7\n"),
    try io_lib:write(a, 5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c118() ->
    io:put_chars("#c io_lib.write.2.11\n"),
    io:format("~p~n", [catch io_lib:write(x, -1)]).

c119() ->
    io:put_chars("#c io_lib.write.2.15\n"),
    io:format("~p~n", [catch io_lib:write(42, 1180591620717411303424)]).

t119() ->
    io:put_chars("#t io_lib.write.2.15\n"),
    try io_lib:write(42, 1180591620717411303424) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c120() ->
    io:put_chars("#c io_lib.write.2.19\n"),
    io:format("~p~n", [catch io_lib:write(42, 0)]).

c121() ->
    io:put_chars("#c io_lib.write.3.3\n"),
    io:format("~p~n", [catch io_lib:write(42, 5, false)]).

t121() ->
    io:put_chars("#t io_lib.write.3.3\n"),
    try io_lib:write(42, 5, false) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c122() ->
    io:put_chars("#c io_lib.write.3.7\n"),
    io:format("~p~n", [catch io_lib:write(a, 0, false)]).

c123() ->
    io:put_chars("#c io_lib.write.3.11\n"),
    io:format("~p~n", [catch io_lib:write(x, -1, false)]).

t123() ->
    io:put_chars("#t io_lib.write.3.11\n"),
    try io_lib:write(x, -1, false) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c124() ->
    io:put_chars("#c io_lib.write.3.15\n"),
    io:format("~p~n", [catch io_lib:write(42, 1180591620717411303424, false)]).

c125() ->
    io:put_chars("#c io_lib.write.3.19\n"),
    io:format("~p~n", [catch io_lib:write(42, 100000000000000000000.0, false)]).

t125() ->
    io:put_chars("#t io_lib.write.3.19\n"),
    try io_lib:write(42, 100000000000000000000.0, false) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c126() ->
    io:put_chars("#c io_lib.write.3.23\n"),
    io:format("~p~n", [catch io_lib:write(42, -1, "\x{65e5}\x{672c}")]).

c127() ->
    io:put_chars("#c io_lib.write_atom.1.2\n"),
    io:format("~p~n", [catch io_lib:write_atom(a)]).

t127() ->
    io:put_chars("#t io_lib.write_atom.1.2\n"),
    try io_lib:write_atom(a) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c128() ->
    io:put_chars("#c io_lib.write_atom.1.6\n"),
    io:format("~p~n", [catch io_lib:write_atom(fun(X) -> X end)]).

c129() ->
    io:put_chars("#c io_lib.write_atom_as_latin1.1.2\n"),
    io:format("~p~n", [catch io_lib:write_atom_as_latin1(a)]).

t129() ->
    io:put_chars("#t io_lib.write_atom_as_latin1.1.2\n"),
    try io_lib:write_atom_as_latin1(a) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c130() ->
    io:put_chars("#c io_lib.write_atom_as_latin1.1.6\n"),
    io:format("~p~n", [catch io_lib:write_atom_as_latin1(<<1:3>>)]).

c131() ->
    io:put_chars("#c io_lib.write_char.1.2\n"),
    io:format("~p~n", [catch io_lib:write_char(233)]).

t131() ->
    io:put_chars("#t io_lib.write_char.1.2\n"),
    try io_lib:write_char(233) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c132() ->
    io:put_chars("#c io_lib.write_char.1.6\n"),
    io:format("~p~n", [catch io_lib:write_char([-1])]).

c133() ->
    io:put_chars("#c io_lib.write_char_as_latin1.1.1\n"),
    io:format("~p~n", [catch io_lib:write_char_as_latin1(128512)]).

t133() ->
    io:put_chars("#t io_lib.write_char_as_latin1.1.1\n"),
    try io_lib:write_char_as_latin1(128512) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c134() ->
    io:put_chars("#c io_lib.write_char_as_latin1.1.5\n"),
    io:format("~p~n", [catch io_lib:write_char_as_latin1(<<"h\x{e9}llo"/utf8>>)]).

c135() ->
    io:put_chars("#c io_lib.write_char_as_latin1.1.9\n"),
    io:format("~p~n", [catch io_lib:write_char_as_latin1(x)]).

t135() ->
    io:put_chars("#t io_lib.write_char_as_latin1.1.9\n"),
    try io_lib:write_char_as_latin1(x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c136() ->
    io:put_chars("#c io_lib.write_latin1_char.1.4\n"),
    io:format("~p~n", [catch io_lib:write_latin1_char([])]).

c137() ->
    io:put_chars("#c io_lib.write_latin1_string.1.1\n"),
    io:format("~p~n", [catch io_lib:write_latin1_string([0])]).

t137() ->
    io:put_chars("#t io_lib.write_latin1_string.1.1\n"),
    try io_lib:write_latin1_string([0]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c138() ->
    io:put_chars("#c io_lib.write_latin1_string.1.5\n"),
    io:format("~p~n", [catch io_lib:write_latin1_string([a|b])]).

c139() ->
    io:put_chars("#c io_lib.write_latin1_string.1.9\n"),
    io:format("~p~n", [catch io_lib:write_latin1_string([-1])]).

t139() ->
    io:put_chars("#t io_lib.write_latin1_string.1.9\n"),
    try io_lib:write_latin1_string([-1]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c140() ->
    io:put_chars("#c io_lib.write_latin1_string.2.4\n"),
    io:format("~p~n", [catch io_lib:write_latin1_string([], 128512)]).

c141() ->
    io:put_chars("#c io_lib.write_latin1_string.2.8\n"),
    io:format("~p~n", [catch io_lib:write_latin1_string([0,255], 97)]).

t141() ->
    io:put_chars("#t io_lib.write_latin1_string.2.8\n"),
    try io_lib:write_latin1_string([0,255], 97) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c142() ->
    io:put_chars("#c io_lib.write_latin1_string.2.12\n"),
    io:format("~p~n", [catch io_lib:write_latin1_string(fun(X) -> X end, 128512)]).

c143() ->
    io:put_chars("#c io_lib.write_latin1_string.2.16\n"),
    io:format("~p~n", [catch io_lib:write_latin1_string([0], fun(X) -> X end)]).

t143() ->
    io:put_chars("#t io_lib.write_latin1_string.2.16\n"),
    try io_lib:write_latin1_string([0], fun(X) -> X end) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c144() ->
    io:put_chars("#c io_lib.write_latin1_string.2.20\n"),
    io:format("~p~n", [catch io_lib:write_latin1_string([0], "h\x{e9}llo")]).

c145() ->
    io:put_chars("#c io_lib.write_string.1.4\n"),
    io:format("~p~n", [catch io_lib:write_string(100000000000000000000.0)]).

t145() ->
    io:put_chars("#t io_lib.write_string.1.4\n"),
    try io_lib:write_string(100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c146() ->
    io:put_chars("#c io_lib.write_string.1.8\n"),
    io:format("~p~n", [catch io_lib:write_string(<<1:3>>)]).

c147() ->
    io:put_chars("#c io_lib.write_string.2.3\n"),
    io:format("~p~n", [catch io_lib:write_string("", 97)]).

t147() ->
    io:put_chars("#t io_lib.write_string.2.3\n"),
    try io_lib:write_string("", 97) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c148() ->
    io:put_chars("#c io_lib.write_string.2.7\n"),
    io:format("~p~n", [catch io_lib:write_string("h\x{e9}llo w", 128512)]).

c149() ->
    io:put_chars("#c io_lib.write_string.2.11\n"),
    io:format("~p~n", [catch io_lib:write_string(-1.5, 128512)]).

t149() ->
    io:put_chars("#t io_lib.write_string.2.11\n"),
    try io_lib:write_string(-1.5, 128512) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c150() ->
    io:put_chars("#c io_lib.write_string.2.15\n"),
    io:format("~p~n", [catch io_lib:write_string("", fun(X) -> X end)]).

c151() ->
    io:put_chars("#c io_lib.write_string.2.19\n"),
    io:format("~p~n", [catch io_lib:write_string("", "h\x{e9}llo")]).

t151() ->
    io:put_chars("#t io_lib.write_string.2.19\n"),
    try io_lib:write_string("", "h\x{e9}llo") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c152() ->
    io:put_chars("#c io_lib.write_string_as_latin1.1.3\n"),
    io:format("~p~n", [catch io_lib:write_string_as_latin1("h\x{e9}llo w")]).

c153() ->
    io:put_chars("#c io_lib.write_string_as_latin1.1.7\n"),
    io:format("~p~n", [catch io_lib:write_string_as_latin1(#{a => 1})]).

t153() ->
    io:put_chars("#t io_lib.write_string_as_latin1.1.7\n"),
    try io_lib:write_string_as_latin1(#{a => 1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c154() ->
    io:put_chars("#c io_lib.write_string_as_latin1.2.3\n"),
    io:format("~p~n", [catch io_lib:write_string_as_latin1("", 97)]).

c155() ->
    io:put_chars("#c io_lib.write_string_as_latin1.2.7\n"),
    io:format("~p~n", [catch io_lib:write_string_as_latin1("h\x{e9}llo w", 128512)]).

t155() ->
    io:put_chars("#t io_lib.write_string_as_latin1.2.7\n"),
    try io_lib:write_string_as_latin1("h\x{e9}llo w", 128512) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c156() ->
    io:put_chars("#c io_lib.write_string_as_latin1.2.11\n"),
    io:format("~p~n", [catch io_lib:write_string_as_latin1(<<1,2>>, 128512)]).

c157() ->
    io:put_chars("#c io_lib.write_string_as_latin1.2.15\n"),
    io:format("~p~n", [catch io_lib:write_string_as_latin1("", [a|b])]).

t157() ->
    io:put_chars("#t io_lib.write_string_as_latin1.2.15\n"),
    try io_lib:write_string_as_latin1("", [a|b]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c158() ->
    io:put_chars("#c io_lib.write_string_as_latin1.2.19\n"),
    io:format("~p~n", [catch io_lib:write_string_as_latin1("", [-1])]).

c159() ->
    io:put_chars("#c io_lib.write_unicode_char.1.4\n"),
    io:format("~p~n", [catch io_lib:write_unicode_char(0)]).

t159() ->
    io:put_chars("#t io_lib.write_unicode_char.1.4\n"),
    try io_lib:write_unicode_char(0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c160() ->
    io:put_chars("#c io_lib.write_unicode_char.1.8\n"),
    io:format("~p~n", [catch io_lib:write_unicode_char([a|b])]).

c161() ->
    io:put_chars("#c io_lib.write_unicode_string.1.3\n"),
    io:format("~p~n", [catch io_lib:write_unicode_string(a)]).

t161() ->
    io:put_chars("#t io_lib.write_unicode_string.1.3\n"),
    try io_lib:write_unicode_string(a) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c162() ->
    io:put_chars("#c io_lib.write_unicode_string.1.7\n"),
    io:format("~p~n", [catch io_lib:write_unicode_string(<<1:3>>)]).

c163() ->
    io:put_chars("#c binary.at.2.2\n"),
    io:format("~p~n", [catch binary:at(<<"abc">>, 5)]).

t163() ->
    io:put_chars("#t binary.at.2.2\n"),
    try binary:at(<<"abc">>, 5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c164() ->
    io:put_chars("#c binary.at.2.6\n"),
    io:format("~p~n", [catch binary:at(<<>>, 5)]).

c165() ->
    io:put_chars("#c binary.at.2.10\n"),
    io:format("~p~n", [catch binary:at([1,[2,<<3>>]], 0)]).

t165() ->
    io:put_chars("#t binary.at.2.10\n"),
    try binary:at([1,[2,<<3>>]], 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c166() ->
    io:put_chars("#c binary.at.2.14\n"),
    io:format("~p~n", [catch binary:at(<<"abc">>, "h\x{e9}llo")]).

c167() ->
    io:put_chars("#c binary.at.2.18\n"),
    io:format("~p~n", [catch binary:at(<<"abc">>, '\x{e9}t\x{e9}')]).

t167() ->
    io:put_chars("#t binary.at.2.18\n"),
    try binary:at(<<"abc">>, '\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c168() ->
    io:put_chars("#c binary.bin_to_list.1.4\n"),
    io:format("~p~n", [catch binary:bin_to_list({a,b})]).

c169() ->
    io:put_chars("#c binary.bin_to_list.1.8\n"),
    io:format("~p~n", [catch binary:bin_to_list(1180591620717411303424)]).

t169() ->
    io:put_chars("#t binary.bin_to_list.1.8\n"),
    try binary:bin_to_list(1180591620717411303424) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c170() ->
    io:put_chars("#c binary.bin_to_list.2.3\n"),
    io:format("~p~n", [catch binary:bin_to_list(<<>>, {0,7})]).

c171() ->
    io:put_chars("#c binary.bin_to_list.2.7\n"),
    io:format("~p~n", [catch binary:bin_to_list("", {0,7})]).

t171() ->
    io:put_chars("#t binary.bin_to_list.2.7\n"),
    try binary:bin_to_list("", {0,7}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c172() ->
    io:put_chars("#c binary.bin_to_list.2.11\n"),
    io:format("~p~n", [catch binary:bin_to_list(<<"abc">>, fun(X) -> X end)]).

c173() ->
    io:put_chars("#c binary.bin_to_list.2.15\n"),
    io:format("~p~n", [catch binary:bin_to_list(<<"abc">>, "h\x{e9}llo")]).

t173() ->
    io:put_chars("#t binary.bin_to_list.2.15\n"),
    try binary:bin_to_list(<<"abc">>, "h\x{e9}llo") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c174() ->
    io:put_chars("#c binary.bin_to_list.3.4\n"),
    io:format("~p~n", [catch binary:bin_to_list(<<1,2,3>>, 0, 0)]).

c175() ->
    io:put_chars("#c binary.bin_to_list.3.8\n"),
    io:format("~p~n", [catch binary:bin_to_list(<<>>, 5, 7)]).

t175() ->
    io:put_chars("#t binary.bin_to_list.3.8\n"),
    try binary:bin_to_list(<<>>, 5, 7) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c176() ->
    io:put_chars("#c binary.bin_to_list.3.12\n"),
    io:format("~p~n", [catch binary:bin_to_list("", 0, -3)]).

c177() ->
    io:put_chars("#c binary.bin_to_list.3.16\n"),
    io:format("~p~n", [catch binary:bin_to_list(<<"abc">>, fun(X) -> X end, -3)]).

t177() ->
    io:put_chars("#t binary.bin_to_list.3.16\n"),
    try binary:bin_to_list(<<"abc">>, fun(X) -> X end, -3) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c178() ->
    io:put_chars("#c binary.bin_to_list.3.20\n"),
    io:format("~p~n", [catch binary:bin_to_list(<<"abc">>, "h\x{e9}llo", -3)]).

c179() ->
    io:put_chars("#c binary.bin_to_list.3.24\n"),
    io:format("~p~n", [catch binary:bin_to_list(<<"abc">>, 0, <<1,2>>)]).

t179() ->
    io:put_chars("#t binary.bin_to_list.3.24\n"),
    try binary:bin_to_list(<<"abc">>, 0, <<1,2>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c180() ->
    io:put_chars("#c binary.compile_pattern.1.3\n"),
    io:format("~p~n", [catch binary:compile_pattern([<<"abc">>,<<>>,<<1,2,3>>])]).

c181() ->
    io:put_chars("#c binary.compile_pattern.1.8\n"),
    io:format("~p~n", [catch binary:compile_pattern(-1)]).

t181() ->
    io:put_chars("#t binary.compile_pattern.1.8\n"),
    try binary:compile_pattern(-1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c182() ->
    io:put_chars("#c binary.copy.1.3\n"),
    io:format("~p~n", [catch binary:copy(<<>>)]).

c183() ->
    io:put_chars("#c binary.copy.1.7\n"),
    io:format("~p~n", [catch binary:copy(0)]).

t183() ->
    io:put_chars("#t binary.copy.1.7\n"),
    try binary:copy(0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c184() ->
    io:put_chars("#c binary.copy.2.2\n"),
    io:format("~p~n", [catch binary:copy(<<"abc">>, 5)]).

c185() ->
    io:put_chars("#c binary.copy.2.6\n"),
    io:format("~p~n", [catch binary:copy(<<>>, 5)]).

t185() ->
    io:put_chars("#t binary.copy.2.6\n"),
    try binary:copy(<<>>, 5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c186() ->
    io:put_chars("#c binary.copy.2.10\n"),
    io:format("~p~n", [catch binary:copy(0, 0)]).

c187() ->
    io:put_chars("#c binary.copy.2.14\n"),
    io:format("~p~n", [catch binary:copy(<<"abc">>, fun(X) -> X end)]).

t187() ->
    io:put_chars("#t binary.copy.2.14\n"),
    try binary:copy(<<"abc">>, fun(X) -> X end) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c188() ->
    io:put_chars("#c binary.copy.2.18\n"),
    io:format("~p~n", [catch binary:copy(<<"abc">>, "h\x{e9}llo")]).

c189() ->
    io:put_chars("#c binary.decode_hex.1.4\n"),
    io:format("~p~n", [catch binary:decode_hex({a,b})]).

t189() ->
    io:put_chars("#t binary.decode_hex.1.4\n"),
    try binary:decode_hex({a,b}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c190() ->
    io:put_chars("#c binary.decode_hex.1.8\n"),
    io:format("~p~n", [catch binary:decode_hex(1180591620717411303424)]).

c191() ->
    io:put_chars("#c binary.decode_unsigned.1.3\n"),
    io:format("~p~n", [catch binary:decode_unsigned(<<>>)]).

t191() ->
    io:put_chars("#t binary.decode_unsigned.1.3\n"),
    try binary:decode_unsigned(<<>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c192() ->
    io:put_chars("#c binary.decode_unsigned.1.7\n"),
    io:format("~p~n", [catch binary:decode_unsigned('\x{e9}t\x{e9}')]).

c193() ->
    io:put_chars("#c binary.decode_unsigned.2.2\n"),
    io:format("~p~n", [catch binary:decode_unsigned(<<"abc">>, little)]).

t193() ->
    io:put_chars("#t binary.decode_unsigned.2.2\n"),
    try binary:decode_unsigned(<<"abc">>, little) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c194() ->
    io:put_chars("#c binary.decode_unsigned.2.6\n"),
    io:format("~p~n", [catch binary:decode_unsigned(<<>>, little)]).

c195() ->
    io:put_chars("#c binary.decode_unsigned.2.10\n"),
    io:format("~p~n", [catch binary:decode_unsigned('\x{e9}t\x{e9}', big)]).

t195() ->
    io:put_chars("#t binary.decode_unsigned.2.10\n"),
    try binary:decode_unsigned('\x{e9}t\x{e9}', big) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c196() ->
    io:put_chars("#c binary.decode_unsigned.2.14\n"),
    io:format("~p~n", [catch binary:decode_unsigned(<<"abc">>, x)]).

c197() ->
    io:put_chars("#c binary.decode_unsigned.2.18\n"),
    io:format("~p~n", [catch binary:decode_unsigned(<<"abc">>, "")]).

t197() ->
    io:put_chars("#t binary.decode_unsigned.2.18\n"),
    try binary:decode_unsigned(<<"abc">>, "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c198() ->
    io:put_chars("#c binary.encode_hex.1.4\n"),
    io:format("~p~n", [catch binary:encode_hex(x)]).

c199() ->
    io:put_chars("#c binary.encode_hex.1.8\n"),
    io:format("~p~n", [catch binary:encode_hex("")]).

t199() ->
    io:put_chars("#t binary.encode_hex.1.8\n"),
    try binary:encode_hex("") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c200() ->
    io:put_chars("#c binary.encode_unsigned.1.3\n"),
    io:format("~p~n", [catch binary:encode_unsigned("h\x{e9}llo")]).


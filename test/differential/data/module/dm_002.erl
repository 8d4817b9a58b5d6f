-module(dm_002).
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
    io:put_chars("#c erlang.is_function.2.16\n"),
    io:format("~p~n", [catch is_function(42, 1180591620717411303424)]).

t1() ->
    io:put_chars("#t erlang.is_function.2.16\n"),
    try is_function(42, 1180591620717411303424) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c2() ->
    io:put_chars("#c erlang.is_integer.1.2\n"),
    io:format("~p~n", [catch is_integer([1,2])]).

c3() ->
    io:put_chars("#c erlang.is_integer.1.6\n"),
    io:format("~p~n", [catch is_integer(#{a => 1})]).

t3() ->
    io:put_chars("#t erlang.is_integer.1.6\n"),
    try is_integer(#{a => 1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c4() ->
    io:put_chars("#c erlang.is_list.1.1\n"),
    io:format("~p~n", [catch is_list(42)]).

c5() ->
    io:put_chars("#c erlang.is_list.1.5\n"),
    io:format("~p~n", [catch is_list(<<1:3>>)]).

t5() ->
    io:put_chars("#t erlang.is_list.1.5\n"),
    try is_list(<<1:3>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c6() ->
    io:put_chars("#c erlang.is_list.1.9\n"),
    io:format("~p~n", [catch is_list(-1)]).

c7() ->
    io:put_chars("#c erlang.is_map.1.4\n"),
    io:format("~p~n", [catch is_map([a|b])]).

t7() ->
    io:put_chars("#t erlang.is_map.1.4\n"),
    try is_map([a|b]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c8() ->
    io:put_chars("#c erlang.is_map.1.8\n"),
    io:format("~p~n", [catch is_map([-1])]).

c9() ->
    io:put_chars("#c erlang.is_map_key.2.3\n"),
    io:format("~p~n", [catch is_map_key([1,2], #{a => 1,b => 2})]).

t9() ->
    io:put_chars("#t erlang.is_map_key.2.3\n"),
    try is_map_key([1,2], #{a => 1,b => 2}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c10() ->
    io:put_chars("#c erlang.is_map_key.2.7\n"),
    io:format("~p~n", [catch is_map_key("\x{65e5}\x{672c}", #{a => 1,b => 2})]).

c11() ->
    io:put_chars("#c erlang.is_map_key.2.11\n"),
    io:format("~p~n", [catch is_map_key(100000000000000000000.0, #{a => 1,b => 2})]).

t11() ->
    io:put_chars("#t erlang.is_map_key.2.11\n"),
    try is_map_key(100000000000000000000.0, #{a => 1,b => 2}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c12() ->
    io:put_chars("#c erlang.is_map_key.2.15\n"),
    io:format("~p~n", [catch is_map_key(42, -1.5)]).

c13() ->
    io:put_chars("#c erlang.is_number.1.1\n"),
    io:format("~p~n", [catch is_number(42)]).

t13() ->
    io:put_chars("#t erlang.is_number.1.1\n"),
    try is_number(42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c14() ->
    io:put_chars("#c erlang.is_number.1.5\n"),
    io:format("~p~n", [catch is_number("h\x{e9}llo")]).

c15() ->
    io:put_chars("#c erlang.is_number.1.9\n"),
    io:format("~p~n", [catch is_number('\x{e9}t\x{e9}')]).

t15() ->
    io:put_chars("#t erlang.is_number.1.9\n"),
    try is_number('\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c16() ->
    io:put_chars("#c erlang.is_pid.1.4\n"),
    io:format("~p~n", [catch is_pid([-1])]).

c17() ->
    io:put_chars("#c erlang.is_pid.1.8\n"),
    io:format("~p~n", [catch is_pid({a,b})]).

t17() ->
    io:put_chars("#t erlang.is_pid.1.8\n"),
    try is_pid({a,b}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c18() ->
    io:put_chars("#c erlang.is_reference.1.4\n"),
    io:format("~p~n", [catch is_reference([-1])]).

c19() ->
    io:put_chars("#c erlang.is_reference.1.8\n"),
    io:format("~p~n", [catch is_reference({a,b})]).

t19() ->
    io:put_chars("#t erlang.is_reference.1.8\n"),
    try is_reference({a,b}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c20() ->
    io:put_chars("#c erlang.is_tuple.1.3\n"),
    io:format("~p~n", [catch is_tuple(a)]).

c21() ->
    io:put_chars("#c erlang.is_tuple.1.7\n"),
    io:format("~p~n", [catch is_tuple(1180591620717411303424)]).

t21() ->
    io:put_chars("#t erlang.is_tuple.1.7\n"),
    try is_tuple(1180591620717411303424) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c22() ->
    io:put_chars("#c erlang.length.1.2\n"),
    io:format("~p~n", [catch length([])]).

c23() ->
    io:put_chars("#c erlang.length.1.6\n"),
    io:format("~p~n", [catch length([1,[2,<<3>>]])]).

t23() ->
    io:put_chars("#t erlang.length.1.6\n"),
    try length([1,[2,<<3>>]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c24() ->
    io:put_chars("#c erlang.list_to_atom.1.1\n"),
    io:format("~p~n", [catch list_to_atom("")]).

c25() ->
    io:put_chars("#c erlang.list_to_atom.1.5\n"),
    io:format("~p~n", [catch list_to_atom("\x{65e5}\x{672c}")]).

t25() ->
    io:put_chars("#t erlang.list_to_atom.1.5\n"),
    try list_to_atom("\x{65e5}\x{672c}") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c26() ->
    io:put_chars("#c erlang.list_to_binary.1.1\n"),
    io:format("~p~n", [catch list_to_binary(["ab",<<"cd">>,10])]).

c27() ->
    io:put_chars("#c erlang.list_to_binary.1.5\n"),
    io:format("~p~n", [catch list_to_binary(100000000000000000000.0)]).

t27() ->
    io:put_chars("#t erlang.list_to_binary.1.5\n"),
    try list_to_binary(100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c28() ->
    io:put_chars("#c erlang.list_to_bitstring.1.2\n"),
    io:format("~p~n", [catch list_to_bitstring([])]).

c29() ->
    io:put_chars("#c erlang.list_to_bitstring.1.6\n"),
    io:format("~p~n", [catch list_to_bitstring(<<1,2>>)]).

t29() ->
    io:put_chars("#t erlang.list_to_bitstring.1.6\n"),
    try list_to_bitstring(<<1,2>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c30() ->
    io:put_chars("#c erlang.list_to_existing_atom.1.2\n"),
    io:format("~p~n", [catch list_to_existing_atom("abc")]).

c31() ->
    io:put_chars("#c erlang.list_to_existing_atom.1.6\n"),
    io:format("~p~n", [catch list_to_existing_atom(#{a => 1})]).

t31() ->
    io:put_chars("#t erlang.list_to_existing_atom.1.6\n"),
    try list_to_existing_atom(#{a => 1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c32() ->
    io:put_chars("#c erlang.list_to_float.1.1\n"),
    io:format("~p~n", [catch list_to_float("")]).

c33() ->
    io:put_chars("#c erlang.list_to_float.1.5\n"),
    io:format("~p~n", [catch list_to_float(1180591620717411303424)]).

t33() ->
    io:put_chars("#t erlang.list_to_float.1.5\n"),
    try list_to_float(1180591620717411303424) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c34() ->
    io:put_chars("#c erlang.list_to_integer.1.1\n"),
    io:format("~p~n", [catch list_to_integer("")]).

c35() ->
    io:put_chars("#c erlang.list_to_integer.1.5\n"),
    io:format("~p~n", [catch list_to_integer("\x{65e5}\x{672c}")]).

t35() ->
    io:put_chars("#t erlang.list_to_integer.1.5\n"),
    try list_to_integer("\x{65e5}\x{672c}") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c36() ->
    io:put_chars("#c erlang.list_to_integer.1.9\n"),
    io:format("~p~n", [catch list_to_integer(100000000000000000000.0)]).

c37() ->
    io:put_chars("#c erlang.list_to_integer.2.4\n"),
    io:format("~p~n", [catch list_to_integer("abc", 36)]).

t37() ->
    io:put_chars("#t erlang.list_to_integer.2.4\n"),
    try list_to_integer("abc", 36) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c38() ->
    io:put_chars("#c erlang.list_to_integer.2.8\n"),
    io:format("~p~n", [catch list_to_integer("\x{65e5}\x{672c}", 2)]).

c39() ->
    io:put_chars("#c erlang.list_to_integer.2.12\n"),
    io:format("~p~n", [catch list_to_integer(100000000000000000000.0, 2)]).

t39() ->
    io:put_chars("#t erlang.list_to_integer.2.12\n"),
    try list_to_integer(100000000000000000000.0, 2) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c40() ->
    io:put_chars("#c erlang.list_to_integer.2.16\n"),
    io:format("~p~n", [catch list_to_integer("", "")]).

c41() ->
    io:put_chars("#c erlang.list_to_pid.1.2\n"),
    io:format("~p~n", [catch list_to_pid("abc")]).

t41() ->
    io:put_chars("#t erlang.list_to_pid.1.2\n"),
    try list_to_pid("abc") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c42() ->
    io:put_chars("#c erlang.list_to_pid.1.6\n"),
    io:format("~p~n", [catch list_to_pid(fun(X) -> X end)]).

c43() ->
    io:put_chars("#c erlang.list_to_tuple.1.1\n"),
    io:format("~p~n", [catch list_to_tuple([1,2,3])]).

t43() ->
    io:put_chars("#t erlang.list_to_tuple.1.1\n"),
    try list_to_tuple([1,2,3]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c44() ->
    io:put_chars("#c erlang.list_to_tuple.1.5\n"),
    io:format("~p~n", [catch list_to_tuple(<<1,2>>)]).

c45() ->
    io:put_chars("#c erlang.make_fun.3.1\n"),
    io:format("~p~n", [catch erlang:make_fun('B c', 'B c', 0)]).

t45() ->
    io:put_chars("#t erlang.make_fun.3.1\n"),
    try erlang:make_fun('B c', 'B c', 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c46() ->
    io:put_chars("#c erlang.make_fun.3.5\n"),
    io:format("~p~n", [catch erlang:make_fun(a, 'B c', 0)]).

c47() ->
    io:put_chars("#c erlang.make_fun.3.9\n"),
    io:format("~p~n", [catch erlang:make_fun({a,b}, 'B c', 0)]).

t47() ->
    io:put_chars("#t erlang.make_fun.3.9\n"),
    try erlang:make_fun({a,b}, 'B c', 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c48() ->
    io:put_chars("#c erlang.make_fun.3.13\n"),
    io:format("~p~n", [catch erlang:make_fun(1180591620717411303424, 'B c', 0)]).

c49() ->
    io:put_chars("#c erlang.make_fun.3.17\n"),
    io:format("~p~n", [catch erlang:make_fun('B c', [-1], 0)]).

t49() ->
    io:put_chars("#t erlang.make_fun.3.17\n"),
    try erlang:make_fun('B c', [-1], 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c50() ->
    io:put_chars("#c erlang.make_fun.3.21\n"),
    io:format("~p~n", [catch erlang:make_fun('B c', 'B c', -1.5)]).

c51() ->
    io:put_chars("#c erlang.make_fun.3.25\n"),
    io:format("~p~n", [catch erlang:make_fun('B c', 'B c', <<"h\x{e9}llo"/utf8>>)]).

t51() ->
    io:put_chars("#t erlang.make_fun.3.25\n"),
    try erlang:make_fun('B c', 'B c', <<"h\x{e9}llo"/utf8>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c52() ->
    io:put_chars("#c erlang.make_tuple.2.3\n"),
    io:format("~p~n", [catch erlang:make_tuple(0, a)]).

c53() ->
    io:put_chars("#c erlang.make_tuple.2.7\n"),
    io:format("~p~n", [catch erlang:make_tuple('\x{e9}t\x{e9}', 42)]).

t53() ->
    io:put_chars("#t erlang.make_tuple.2.7\n"),
    try erlang:make_tuple('\x{e9}t\x{e9}', 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c54() ->
    io:put_chars("#c erlang.make_tuple.2.11\n"),
    io:format("~p~n", [catch erlang:make_tuple(<<1,2>>, 42)]).

c55() ->
    io:put_chars("#c erlang.make_tuple.2.15\n"),
    io:format("~p~n", [catch erlang:make_tuple(0, "")]).

t55() ->
    io:put_chars("#t erlang.make_tuple.2.15\n"),
    try erlang:make_tuple(0, "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c56() ->
    io:put_chars("#c erlang.make_tuple.3.1\n"),
    io:format("~p~n", [catch erlang:make_tuple(0, 42, [])]).

c57() ->
    io:put_chars("#c erlang.make_tuple.3.5\n"),
    io:format("~p~n", [catch erlang:make_tuple(5, 42, [])]).

t57() ->
    io:put_chars("#t erlang.make_tuple.3.5\n"),
    try erlang:make_tuple(5, 42, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c58() ->
    io:put_chars("#c erlang.make_tuple.3.9\n"),
    io:format("~p~n", [catch erlang:make_tuple('\x{e9}t\x{e9}', 42, [])]).

c59() ->
    io:put_chars("#c erlang.make_tuple.3.13\n"),
    io:format("~p~n", [catch erlang:make_tuple(<<1,2>>, 42, [])]).

t59() ->
    io:put_chars("#t erlang.make_tuple.3.13\n"),
    try erlang:make_tuple(<<1,2>>, 42, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c60() ->
    io:put_chars("#c erlang.make_tuple.3.17\n"),
    io:format("~p~n", [catch erlang:make_tuple(0, "", [])]).

c61() ->
    io:put_chars("#c erlang.make_tuple.3.21\n"),
    io:format("~p~n", [catch erlang:make_tuple(0, 42, <<1:3>>)]).

t61() ->
    io:put_chars("#t erlang.make_tuple.3.21\n"),
    try erlang:make_tuple(0, 42, <<1:3>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c62() ->
    io:put_chars("#c erlang.make_tuple.3.25\n"),
    io:format("~p~n", [catch erlang:make_tuple(0, 42, -1)]).

c63() ->
    io:put_chars("#c erlang.map_get.2.3\n"),
    io:format("~p~n", [catch map_get([1,2], #{a => 1,b => 2})]).

t63() ->
    io:put_chars("#t erlang.map_get.2.3\n"),
    try map_get([1,2], #{a => 1,b => 2}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c64() ->
    io:put_chars("#c erlang.map_get.2.7\n"),
    io:format("~p~n", [catch map_get([1,[2,<<3>>]], #{a => 1,b => 2})]).

c65() ->
    io:put_chars("#c erlang.map_get.2.11\n"),
    io:format("~p~n", [catch map_get("\x{65e5}\x{672c}", #{a => 1,b => 2})]).

t65() ->
    io:put_chars("#t erlang.map_get.2.11\n"),
    try map_get("\x{65e5}\x{672c}", #{a => 1,b => 2}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c66() ->
    io:put_chars("#c erlang.map_get.2.15\n"),
    io:format("~p~n", [catch map_get(42, [])]).

c67() ->
    io:put_chars("#c erlang.map_size.1.1\n"),
    io:format("~p~n", [catch map_size(#{a => 1,b => 2})]).

t67() ->
    io:put_chars("#t erlang.map_size.1.1\n"),
    try map_size(#{a => 1,b => 2}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c68() ->
    io:put_chars("#c erlang.map_size.1.5\n"),
    io:format("~p~n", [catch map_size("")]).

c69() ->
    io:put_chars("#c erlang.max.2.1\n"),
    io:format("~p~n", [catch max(42, 42)]).

t69() ->
    io:put_chars("#t erlang.max.2.1\n"),
    try max(42, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c70() ->
    io:put_chars("#c erlang.max.2.5\n"),
    io:format("~p~n", [catch max([1,2], [1,2])]).

c71() ->
    io:put_chars("#c erlang.max.2.9\n"),
    io:format("~p~n", [catch max("", 42)]).

t71() ->
    io:put_chars("#t erlang.max.2.9\n"),
    try max("", 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c72() ->
    io:put_chars("#c erlang.max.2.13\n"),
    io:format("~p~n", [catch max(#{a => 1}, 42)]).

c73() ->
    io:put_chars("#c erlang.max.2.17\n"),
    io:format("~p~n", [catch max(42, [-1])]).

t73() ->
    io:put_chars("#t erlang.max.2.17\n"),
    try max(42, [-1]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c74() ->
    io:put_chars("#c erlang.md5.1.1\n"),
    io:format("~p~n", [catch erlang:md5(<<"ab">>)]).

c75() ->
    io:put_chars("#c erlang.md5.1.5\n"),
    io:format("~p~n", [catch erlang:md5([-1])]).

t75() ->
    io:put_chars("#t erlang.md5.1.5\n"),
    try erlang:md5([-1]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c76() ->
    io:put_chars("#c erlang.min.2.1\n"),
    io:format("~p~n", [catch min(42, 42)]).

c77() ->
    io:put_chars("#c erlang.min.2.5\n"),
    io:format("~p~n", [catch min([1,2], [1,2])]).

t77() ->
    io:put_chars("#t erlang.min.2.5\n"),
    try min([1,2], [1,2]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c78() ->
    io:put_chars("#c erlang.min.2.9\n"),
    io:format("~p~n", [catch min('\x{e9}t\x{e9}', 42)]).

c79() ->
    io:put_chars("#c erlang.min.2.13\n"),
    io:format("~p~n", [catch min(<<1,2>>, 42)]).

t79() ->
    io:put_chars("#t erlang.min.2.13\n"),
    try min(<<1,2>>, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c80() ->
    io:put_chars("#c erlang.min.2.17\n"),
    io:format("~p~n", [catch min(42, -1)]).

c81() ->
    io:put_chars("#c erlang.not.1.1\n"),
    io:format("~p~n", [catch erlang:'not'(false)]).

t81() ->
    io:put_chars("#t erlang.not.1.1\n"),
    try erlang:'not'(false) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c82() ->
    io:put_chars("#c erlang.not.1.5\n"),
    io:format("~p~n", [catch erlang:'not'(-1.5)]).

c83() ->
    io:put_chars("#c erlang.phash2.1.1\n"),
    io:format("~p~n", [catch erlang:phash2(42)]).

t83() ->
    io:put_chars("#t erlang.phash2.1.1\n"),
    try erlang:phash2(42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c84() ->
    io:put_chars("#c erlang.phash2.1.5\n"),
    io:format("~p~n", [catch erlang:phash2("\x{65e5}\x{672c}")]).

c85() ->
    io:put_chars("#c erlang.phash2.1.9\n"),
    io:format("~p~n", [catch erlang:phash2(100000000000000000000.0)]).

t85() ->
    io:put_chars("#t erlang.phash2.1.9\n"),
    try erlang:phash2(100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c86() ->
    io:put_chars("#c erlang.phash2.2.4\n"),
    io:format("~p~n", [catch erlang:phash2([1,2], 3)]).

c87() ->
    io:put_chars("#c erlang.phash2.2.8\n"),
    io:format("~p~n", [catch erlang:phash2("\x{65e5}\x{672c}", 1)]).

t87() ->
    io:put_chars("#t erlang.phash2.2.8\n"),
    try erlang:phash2("\x{65e5}\x{672c}", 1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c88() ->
    io:put_chars("#c erlang.phash2.2.12\n"),
    io:format("~p~n", [catch erlang:phash2(100000000000000000000.0, 1)]).

c89() ->
    io:put_chars("#c erlang.phash2.2.16\n"),
    io:format("~p~n", [catch erlang:phash2(42, <<1,2>>)]).

t89() ->
    io:put_chars("#t erlang.phash2.2.16\n"),
    try erlang:phash2(42, <<1,2>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c90() ->
    io:put_chars("#c erlang.rem.2.2\n"),
    io:format("~p~n", [catch erlang:'rem'(-3, 0)]).

c91() ->
    io:put_chars("#c erlang.rem.2.6\n"),
    io:format("~p~n", [catch erlang:'rem'(0, 7)]).

t91() ->
    io:put_chars("#t erlang.rem.2.6\n"),
    try erlang:'rem'(0, 7) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c92() ->
    io:put_chars("#c erlang.rem.2.10\n"),
    io:format("~p~n", [catch erlang:'rem'("\x{65e5}\x{672c}", -3)]).

c93() ->
    io:put_chars("#c erlang.rem.2.14\n"),
    io:format("~p~n", [catch erlang:'rem'(-3, -1.5)]).

t93() ->
    io:put_chars("#t erlang.rem.2.14\n"),
    try erlang:'rem'(-3, -1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c94() ->
    io:put_chars("#c erlang.rem.2.18\n"),
    io:format("~p~n", [catch erlang:'rem'(-3, <<"h\x{e9}llo"/utf8>>)]).

c95() ->
    io:put_chars("#c erlang.round.1.3\n"),
    io:format("~p~n", [catch round('\x{e9}t\x{e9}')]).

t95() ->
    io:put_chars("#t erlang.round.1.3\n"),
    try round('\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c96() ->
    io:put_chars("#c erlang.round.1.7\n"),
    io:format("~p~n", [catch round(<<1,2>>)]).

c97() ->
    io:put_chars("#c erlang.send.2.3\n"),
    io:format("~p~n", [catch erlang:send('B c', a)]).

t97() ->
    io:put_chars("#t erlang.send.2.3\n"),
    try erlang:send('B c', a) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c98() ->
    io:put_chars("#c erlang.send.2.7\n"),
    io:format("~p~n", [catch erlang:send({a,nonode@nohost}, 42)]).

c99() ->
    io:put_chars("#c erlang.send.2.11\n"),
    io:format("~p~n", [catch erlang:send(1180591620717411303424, 42)]).

t99() ->
    io:put_chars("#t erlang.send.2.11\n"),
    try erlang:send(1180591620717411303424, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c100() ->
    io:put_chars("#c erlang.send.2.15\n"),
    io:format("~p~n", [catch erlang:send('B c', <<"h\x{e9}llo"/utf8>>)]).

c101() ->
    io:put_chars("#c erlang.send.2.19\n"),
    io:format("~p~n", [catch erlang:send('B c', x)]).

t101() ->
    io:put_chars("#t erlang.send.2.19\n"),
    try erlang:send('B c', x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c102() ->
    io:put_chars("#c erlang.setelement.3.3\n"),
    io:format("~p~n", [catch setelement(1, {}, 42)]).

c103() ->
    io:put_chars("#c erlang.setelement.3.7\n"),
    io:format("~p~n", [catch setelement(3, {}, 42)]).

t103() ->
    io:put_chars("#t erlang.setelement.3.7\n"),
    try setelement(3, {}, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c104() ->
    io:put_chars("#c erlang.setelement.3.11\n"),
    io:format("~p~n", [catch setelement(<<1,2>>, {a,1}, 42)]).

c105() ->
    io:put_chars("#c erlang.setelement.3.15\n"),
    io:format("~p~n", [catch setelement(1, "h\x{e9}llo", 42)]).

t105() ->
    io:put_chars("#t erlang.setelement.3.15\n"),
    try setelement(1, "h\x{e9}llo", 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c106() ->
    io:put_chars("#c erlang.setelement.3.19\n"),
    io:format("~p~n", [catch setelement(1, '\x{e9}t\x{e9}', 42)]).

c107() ->
    io:put_chars("#c erlang.setelement.3.23\n"),
    io:format("~p~n", [catch setelement(1, {a,1}, x)]).

t107() ->
    io:put_chars("#t erlang.setelement.3.23\n"),
    try setelement(1, {a,1}, x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c108() ->
    io:put_chars("#c erlang.size.1.1\n"),
    io:format("~p~n", [catch size(<<"abc">>)]).

c109() ->
    io:put_chars("#c erlang.size.1.5\n"),
    io:format("~p~n", [catch size(100000000000000000000.0)]).

t109() ->
    io:put_chars("#t erlang.size.1.5\n"),
    try size(100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c110() ->
    io:put_chars("#c erlang.size.1.9\n"),
    io:format("~p~n", [catch size(<<1:3>>)]).

c111() ->
    io:put_chars("#c erlang.split_binary.2.4\n"),
    io:format("~p~n", [catch split_binary(<<1,2,3>>, 5)]).

t111() ->
    io:put_chars("#t erlang.split_binary.2.4\n"),
    try split_binary(<<1,2,3>>, 5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c112() ->
    io:put_chars("#c erlang.split_binary.2.8\n"),
    io:format("~p~n", [catch split_binary(-1, 0)]).

c113() ->
    io:put_chars("#c erlang.split_binary.2.12\n"),
    io:format("~p~n", [catch split_binary([1,[2,<<3>>]], 0)]).

t113() ->
    io:put_chars("#t erlang.split_binary.2.12\n"),
    try split_binary([1,[2,<<3>>]], 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c114() ->
    io:put_chars("#c erlang.split_binary.2.16\n"),
    io:format("~p~n", [catch split_binary(<<"abc">>, 1180591620717411303424)]).

c115() ->
    io:put_chars("#c erlang.term_to_binary.1.2\n"),
    io:format("~p~n", [catch term_to_binary([1,2])]).

t115() ->
    io:put_chars("#t erlang.term_to_binary.1.2\n"),
    try term_to_binary([1,2]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c116() ->
    io:put_chars("#c erlang.term_to_binary.1.6\n"),
    io:format("~p~n", [catch term_to_binary(x)]).

c117() ->
    io:put_chars("#c erlang.term_to_binary.2.1\n"),
    io:format("~p~n", [catch term_to_binary(42, [])]).

t117() ->
    io:put_chars("#t erlang.term_to_binary.2.1\n"),
    try term_to_binary(42, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c118() ->
    io:put_chars("#c erlang.term_to_binary.2.5\n"),
    io:format("~p~n", [catch term_to_binary([1,2], [compressed])]).

c119() ->
    io:put_chars("#c erlang.term_to_binary.2.9\n"),
    io:format("~p~n", [catch term_to_binary(-1, [])]).

t119() ->
    io:put_chars("#t erlang.term_to_binary.2.9\n"),
    try term_to_binary(-1, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c120() ->
    io:put_chars("#c erlang.term_to_binary.2.13\n"),
    io:format("~p~n", [catch term_to_binary([1,[2,<<3>>]], [])]).

c121() ->
    io:put_chars("#c erlang.term_to_binary.2.17\n"),
    io:format("~p~n", [catch term_to_binary(42, <<1,2>>)]).

t121() ->
    io:put_chars("#t erlang.term_to_binary.2.17\n"),
    try term_to_binary(42, <<1,2>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c122() ->
    io:put_chars("#c erlang.throw.1.1\n"),
    io:format("~p~n", [catch throw(42)]).

c123() ->
    io:put_chars("#c erlang.throw.1.5\n"),
    io:format("~p~n", [catch throw('\x{e9}t\x{e9}')]).

t123() ->
    io:put_chars("#t erlang.throw.1.5\n"),
    try throw('\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c124() ->
    io:put_chars("#c erlang.throw.1.9\n"),
    io:format("~p~n", [catch throw(<<1,2>>)]).

c125() ->
    io:put_chars("#c erlang.tl.1.4\n"),
    io:format("~p~n", [catch tl(-1)]).

t125() ->
    io:put_chars("#t erlang.tl.1.4\n"),
    try tl(-1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c126() ->
    io:put_chars("#c erlang.trunc.1.1\n"),
    io:format("~p~n", [catch trunc(1.5)]).

c127() ->
    io:put_chars("#c erlang.trunc.1.5\n"),
    io:format("~p~n", [catch trunc([])]).

t127() ->
    io:put_chars("#t erlang.trunc.1.5\n"),
    try trunc([]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c128() ->
    io:put_chars("#c erlang.tuple_size.1.1\n"),
    io:format("~p~n", [catch tuple_size({a,1})]).

c129() ->
    io:put_chars("#c erlang.tuple_size.1.5\n"),
    io:format("~p~n", [catch tuple_size(100000000000000000000.0)]).

t129() ->
    io:put_chars("#t erlang.tuple_size.1.5\n"),
    try tuple_size(100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c130() ->
    io:put_chars("#c erlang.tuple_to_list.1.1\n"),
    io:format("~p~n", [catch tuple_to_list({a,1})]).

c131() ->
    io:put_chars("#c erlang.tuple_to_list.1.5\n"),
    io:format("~p~n", [catch tuple_to_list("h\x{e9}llo")]).

t131() ->
    io:put_chars("#t erlang.tuple_to_list.1.5\n"),
    try tuple_to_list("h\x{e9}llo") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c132() ->
    io:put_chars("#c lists.all.2.1\n"),
    io:format("~p~n", [catch lists:all(fun(X) -> X > 1 end, [])]).

c133() ->
    io:put_chars("#c lists.all.2.5\n"),
    io:format("~p~n", [catch lists:all(fun(X) -> X + 1 end, [a])]).

t133() ->
    io:put_chars("#t lists.all.2.5\n"),
    try lists:all(fun(X) -> X + 1 end, [a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c134() ->
    io:put_chars("#c lists.all.2.9\n"),
    io:format("~p~n", [catch lists:all(<<1:3>>, [])]).

c135() ->
    io:put_chars("#c lists.all.2.13\n"),
    io:format("~p~n", [catch lists:all(fun(X) -> X > 1 end, '\x{e9}t\x{e9}')]).

t135() ->
    io:put_chars("#t lists.all.2.13\n"),
    try lists:all(fun(X) -> X > 1 end, '\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c136() ->
    io:put_chars("#c lists.all.2.17\n"),
    io:format("~p~n", [catch lists:all(fun(X) -> X > 1 end, <<1,2>>)]).

c137() ->
    io:put_chars("#c lists.any.2.3\n"),
    io:format("~p~n", [catch lists:any(fun(X) -> X > 1 end, [a,42,[1,2]])]).

t137() ->
    io:put_chars("#t lists.any.2.3\n"),
    try lists:any(fun(X) -> X > 1 end, [a,42,[1,2]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c138() ->
    io:put_chars("#c lists.any.2.7\n"),
    io:format("~p~n", [catch lists:any([1,[2,<<3>>]], [])]).

c139() ->
    io:put_chars("#c lists.any.2.11\n"),
    io:format("~p~n", [catch lists:any("\x{65e5}\x{672c}", [])]).

t139() ->
    io:put_chars("#t lists.any.2.11\n"),
    try lists:any("\x{65e5}\x{672c}", []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c140() ->
    io:put_chars("#c lists.any.2.15\n"),
    io:format("~p~n", [catch lists:any(fun(X) -> X > 1 end, <<1,2>>)]).

c141() ->
    io:put_chars("#c lists.append.1.1\n"),
    io:format("~p~n", [catch lists:append([[a,42,[1,2]]])]).

t141() ->
    io:put_chars("#t lists.append.1.1\n"),
    try lists:append([[a,42,[1,2]]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c142() ->
    io:put_chars("#c lists.append.1.5\n"),
    io:format("~p~n", [catch lists:append("\x{65e5}\x{672c}")]).

c143() ->
    io:put_chars("#c lists.append.1.9\n"),
    io:format("~p~n", [catch lists:append(100000000000000000000.0)]).

t143() ->
    io:put_chars("#t lists.append.1.9\n"),
    try lists:append(100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c144() ->
    io:put_chars("#c lists.append.2.4\n"),
    io:format("~p~n", [catch lists:append([a], [])]).

c145() ->
    io:put_chars("#c lists.append.2.8\n"),
    io:format("~p~n", [catch lists:append([a,42,[1,2]], [a,42,[1,2]])]).

t145() ->
    io:put_chars("#t lists.append.2.8\n"),
    try lists:append([a,42,[1,2]], [a,42,[1,2]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c146() ->
    io:put_chars("#c lists.append.2.12\n"),
    io:format("~p~n", [catch lists:append(#{a => 1}, [])]).

c147() ->
    io:put_chars("#c lists.append.2.16\n"),
    io:format("~p~n", [catch lists:append([], 0)]).

t147() ->
    io:put_chars("#t lists.append.2.16\n"),
    try lists:append([], 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c148() ->
    io:put_chars("#c lists.concat.1.1\n"),
    io:format("~p~n", [catch lists:concat([])]).

c149() ->
    io:put_chars("#c lists.concat.1.5\n"),
    io:format("~p~n", [catch lists:concat(-1)]).

t149() ->
    io:put_chars("#t lists.concat.1.5\n"),
    try lists:concat(-1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c150() ->
    io:put_chars("#c lists.concat.1.9\n"),
    io:format("~p~n", [catch lists:concat([1,[2,<<3>>]])]).

c151() ->
    io:put_chars("#c lists.delete.2.4\n"),
    io:format("~p~n", [catch lists:delete([1,2], [])]).

t151() ->
    io:put_chars("#t lists.delete.2.4\n"),
    try lists:delete([1,2], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c152() ->
    io:put_chars("#c lists.delete.2.8\n"),
    io:format("~p~n", [catch lists:delete(a, [a,42,[1,2]])]).

c153() ->
    io:put_chars("#c lists.delete.2.12\n"),
    io:format("~p~n", [catch lists:delete({a,b}, [])]).

t153() ->
    io:put_chars("#t lists.delete.2.12\n"),
    try lists:delete({a,b}, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c154() ->
    io:put_chars("#c lists.delete.2.16\n"),
    io:format("~p~n", [catch lists:delete(42, -1.5)]).

c155() ->
    io:put_chars("#c lists.droplast.1.1\n"),
    io:format("~p~n", [catch lists:droplast([a])]).

t155() ->
    io:put_chars("#t lists.droplast.1.1\n"),
    try lists:droplast([a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c156() ->
    io:put_chars("#c lists.droplast.1.5\n"),
    io:format("~p~n", [catch lists:droplast("h\x{e9}llo")]).

c157() ->
    io:put_chars("#c lists.dropwhile.2.1\n"),
    io:format("~p~n", [catch lists:dropwhile(fun(X) -> X > 1 end, [])]).

t157() ->
    io:put_chars("#t lists.dropwhile.2.1\n"),
    try lists:dropwhile(fun(X) -> X > 1 end, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c158() ->
    io:put_chars("#c lists.dropwhile.2.5\n"),
    io:format("~p~n", [catch lists:dropwhile(fun(X) -> X + 1 end, [a])]).

c159() ->
    io:put_chars("#c lists.dropwhile.2.9\n"),
    io:format("~p~n", [catch lists:dropwhile('\x{e9}t\x{e9}', [])]).

t159() ->
    io:put_chars("#t lists.dropwhile.2.9\n"),
    try lists:dropwhile('\x{e9}t\x{e9}', []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c160() ->
    io:put_chars("#c lists.dropwhile.2.13\n"),
    io:format("~p~n", [catch lists:dropwhile(fun(X) -> X > 1 end, "h\x{e9}llo")]).

c161() ->
    io:put_chars("#c lists.dropwhile.2.17\n"),
    io:format("~p~n", [catch lists:dropwhile(fun(X) -> X > 1 end, '\x{e9}t\x{e9}')]).

t161() ->
    io:put_chars("#t lists.dropwhile.2.17\n"),
    try lists:dropwhile(fun(X) -> X > 1 end, '\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c162() ->
    io:put_chars("#c lists.duplicate.2.3\n"),
    io:format("~p~n", [catch lists:duplicate(0, a)]).

c163() ->
    io:put_chars("#c lists.duplicate.2.7\n"),
    io:format("~p~n", [catch lists:duplicate([], 42)]).

t163() ->
    io:put_chars("#t lists.duplicate.2.7\n"),
    try lists:duplicate([], 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c164() ->
    io:put_chars("#c lists.duplicate.2.11\n"),
    io:format("~p~n", [catch lists:duplicate(fun(X) -> X end, 42)]).

c165() ->
    io:put_chars("#c lists.duplicate.2.15\n"),
    io:format("~p~n", [catch lists:duplicate(0, '\x{e9}t\x{e9}')]).

t165() ->
    io:put_chars("#t lists.duplicate.2.15\n"),
    try lists:duplicate(0, '\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c166() ->
    io:put_chars("#c lists.enumerate.1.1\n"),
    io:format("~p~n", [catch lists:enumerate([])]).

c167() ->
    io:put_chars("#c lists.enumerate.1.5\n"),
    io:format("~p~n", [catch lists:enumerate(0)]).

t167() ->
    io:put_chars("#t lists.enumerate.1.5\n"),
    try lists:enumerate(0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c168() ->
    io:put_chars("#c lists.enumerate.2.1\n"),
    io:format("~p~n", [catch lists:enumerate(-3, [])]).

c169() ->
    io:put_chars("#c lists.enumerate.2.5\n"),
    io:format("~p~n", [catch lists:enumerate(0, [a])]).

t169() ->
    io:put_chars("#t lists.enumerate.2.5\n"),
    try lists:enumerate(0, [a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c170() ->
    io:put_chars("#c lists.enumerate.2.9\n"),
    io:format("~p~n", [catch lists:enumerate(#{a => 1}, [])]).

c171() ->
    io:put_chars("#c lists.enumerate.2.13\n"),
    io:format("~p~n", [catch lists:enumerate([a|b], [])]).

t171() ->
    io:put_chars("#t lists.enumerate.2.13\n"),
    try lists:enumerate([a|b], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c172() ->
    io:put_chars("#c lists.enumerate.2.17\n"),
    io:format("~p~n", [catch lists:enumerate(-3, fun(X) -> X end)]).

c173() ->
    io:put_chars("#c lists.filter.2.3\n"),
    io:format("~p~n", [catch lists:filter(fun(X) -> X > 1 end, [a,42,[1,2]])]).

t173() ->
    io:put_chars("#t lists.filter.2.3\n"),
    try lists:filter(fun(X) -> X > 1 end, [a,42,[1,2]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c174() ->
    io:put_chars("#c lists.filter.2.7\n"),
    io:format("~p~n", [catch lists:filter(100000000000000000000.0, [])]).

c175() ->
    io:put_chars("#c lists.filter.2.11\n"),
    io:format("~p~n", [catch lists:filter(<<1:3>>, [])]).

t175() ->
    io:put_chars("#t lists.filter.2.11\n"),
    try lists:filter(<<1:3>>, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c176() ->
    io:put_chars("#c lists.filter.2.15\n"),
    io:format("~p~n", [catch lists:filter(fun(X) -> X > 1 end, -1.5)]).

c177() ->
    io:put_chars("#c lists.filtermap.2.2\n"),
    io:format("~p~n", [catch lists:filtermap(fun(X) -> X > 1 end, [a])]).

t177() ->
    io:put_chars("#t lists.filtermap.2.2\n"),
    try lists:filtermap(fun(X) -> X > 1 end, [a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c178() ->
    io:put_chars("#c lists.filtermap.2.6\n"),
    io:format("~p~n", [catch lists:filtermap(fun(X) -> X + 1 end, [a,42,[1,2]])]).

c179() ->
    io:put_chars("#c lists.filtermap.2.10\n"),
    io:format("~p~n", [catch lists:filtermap([a|b], [])]).

t179() ->
    io:put_chars("#t lists.filtermap.2.10\n"),
    try lists:filtermap([a|b], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c180() ->
    io:put_chars("#c lists.filtermap.2.14\n"),
    io:format("~p~n", [catch lists:filtermap(fun(X) -> X > 1 end, 100000000000000000000.0)]).

c181() ->
    io:put_chars("#c lists.flatlength.1.1\n"),
    io:format("~p~n", [catch lists:flatlength([])]).

t181() ->
    io:put_chars("#t lists.flatlength.1.1\n"),
    try lists:flatlength([]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c182() ->
    io:put_chars("#c lists.flatlength.1.5\n"),
    io:format("~p~n", [catch lists:flatlength(100000000000000000000.0)]).

c183() ->
    io:put_chars("#c lists.flatmap.2.1\n"),
    io:format("~p~n", [catch lists:flatmap(fun(X) -> {X} end, [])]).

t183() ->
    io:put_chars("#t lists.flatmap.2.1\n"),
    try lists:flatmap(fun(X) -> {X} end, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c184() ->
    io:put_chars("#c lists.flatmap.2.5\n"),
    io:format("~p~n", [catch lists:flatmap(fun(X) -> X + 1 end, [a])]).

c185() ->
    io:put_chars("#c lists.flatmap.2.9\n"),
    io:format("~p~n", [catch lists:flatmap('\x{e9}t\x{e9}', [])]).

t185() ->
    io:put_chars("#t lists.flatmap.2.9\n"),
    try lists:flatmap('\x{e9}t\x{e9}', []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c186() ->
    io:put_chars("#c lists.flatmap.2.13\n"),
    io:format("~p~n", [catch lists:flatmap(fun(X) -> {X} end, -1.5)]).

c187() ->
    io:put_chars("#c lists.flatmap.2.17\n"),
    io:format("~p~n", [catch lists:flatmap(fun(X) -> {X} end, <<"h\x{e9}llo"/utf8>>)]).

t187() ->
    io:put_chars("#t lists.flatmap.2.17\n"),
    try lists:flatmap(fun(X) -> {X} end, <<"h\x{e9}llo"/utf8>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c188() ->
    io:put_chars("#c lists.flatten.1.4\n"),
    io:format("~p~n", [catch lists:flatten(100000000000000000000.0)]).

c189() ->
    io:put_chars("#c lists.flatten.1.8\n"),
    io:format("~p~n", [catch lists:flatten(fun(X) -> X end)]).

t189() ->
    io:put_chars("#t lists.flatten.1.8\n"),
    try lists:flatten(fun(X) -> X end) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c190() ->
    io:put_chars("#c lists.flatten.2.4\n"),
    io:format("~p~n", [catch lists:flatten([a], [])]).

c191() ->
    io:put_chars("#c lists.flatten.2.8\n"),
    io:format("~p~n", [catch lists:flatten([a,42,[1,2]], [a,42,[1,2]])]).

t191() ->
    io:put_chars("#t lists.flatten.2.8\n"),
    try lists:flatten([a,42,[1,2]], [a,42,[1,2]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c192() ->
    io:put_chars("#c lists.flatten.2.12\n"),
    io:format("~p~n", [catch lists:flatten(<<1:3>>, [])]).

c193() ->
    io:put_chars("#c lists.flatten.2.16\n"),
    io:format("~p~n", [catch lists:flatten([], 0)]).

t193() ->
    io:put_chars("#t lists.flatten.2.16\n"),
    try lists:flatten([], 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c194() ->
    io:put_chars("#c lists.foldl.3.2\n"),
    io:format("~p~n", [catch lists:foldl(fun(X, Y) -> [X|Y] end, 42, [a,42,[1,2]])]).

c195() ->
    io:put_chars("#c lists.foldl.3.6\n"),
    io:format("~p~n", [catch lists:foldl(fun(X, _Y) -> X + 1 end, [1,2], [])]).

t195() ->
    io:put_chars("#t lists.foldl.3.6\n"),
    try lists:foldl(fun(X, _Y) -> X + 1 end, [1,2], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c196() ->
    io:put_chars("#c lists.foldl.3.10\n"),
    io:format("~p~n", [catch lists:foldl("h\x{e9}llo", 42, [])]).

c197() ->
    io:put_chars("#c lists.foldl.3.14\n"),
    io:format("~p~n", [catch lists:foldl('\x{e9}t\x{e9}', 42, [])]).

t197() ->
    io:put_chars("#t lists.foldl.3.14\n"),
    try lists:foldl('\x{e9}t\x{e9}', 42, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c198() ->
    io:put_chars("#c lists.foldl.3.18\n"),
    io:format("~p~n", [catch lists:foldl(fun(X, Y) -> [X|Y] end, "h\x{e9}llo", [])]).

c199() ->
    io:put_chars("#c lists.foldl.3.22\n"),
    io:format("~p~n", [catch lists:foldl(fun(X, Y) -> [X|Y] end, 42, -1)]).

t199() ->
    io:put_chars("#t lists.foldl.3.22\n"),
    try lists:foldl(fun(X, Y) -> [X|Y] end, 42, -1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c200() ->
    io:put_chars("#c lists.foldl.3.26\n"),
    io:format("~p~n", [catch lists:foldl(fun(X, Y) -> [X|Y] end, 42, [1,[2,<<3>>]])]).


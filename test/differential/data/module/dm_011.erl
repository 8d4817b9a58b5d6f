-module(dm_011).
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
    io:put_chars("#c sets.new.1.7\n"),
    io:format("~p~n", [catch sets:new(x)]).

t1() ->
    io:put_chars("#t sets.new.1.7\n"),
    try sets:new(x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c2() ->
    io:put_chars("#c sets.size.1.2\n"),
    io:format("~p~n", [catch sets:size(42)]).

c3() ->
    io:put_chars("#c sets.size.1.6\n"),
    io:format("~p~n", [catch sets:size({a,b})]).

t3() ->
    io:put_chars("#t sets.size.1.6\n"),
    try sets:size({a,b}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c4() ->
    io:put_chars("#c sets.subtract.2.1\n"),
    io:format("~p~n", [catch sets:subtract(#{}, #{})]).

c5() ->
    io:put_chars("#c sets.subtract.2.5\n"),
    io:format("~p~n", [catch sets:subtract(42, 42)]).

t5() ->
    io:put_chars("#t sets.subtract.2.5\n"),
    try sets:subtract(42, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c6() ->
    io:put_chars("#c sets.subtract.2.9\n"),
    io:format("~p~n", [catch sets:subtract("h\x{e9}llo", #{})]).

c7() ->
    io:put_chars("#c sets.subtract.2.13\n"),
    io:format("~p~n", [catch sets:subtract('\x{e9}t\x{e9}', #{})]).

t7() ->
    io:put_chars("#t sets.subtract.2.13\n"),
    try sets:subtract('\x{e9}t\x{e9}', #{}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c8() ->
    io:put_chars("#c sets.subtract.2.17\n"),
    io:format("~p~n", [catch sets:subtract(#{}, <<1,2>>)]).

c9() ->
    io:put_chars("#c sets.to_list.1.1\n"),
    io:format("~p~n", [catch sets:to_list(#{})]).

t9() ->
    io:put_chars("#t sets.to_list.1.1\n"),
    try sets:to_list(#{}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c10() ->
    io:put_chars("#c sets.to_list.1.5\n"),
    io:format("~p~n", [catch sets:to_list("h\x{e9}llo")]).

c11() ->
    io:put_chars("#c sets.to_list.1.9\n"),
    io:format("~p~n", [catch sets:to_list('\x{e9}t\x{e9}')]).

t11() ->
    io:put_chars("#t sets.to_list.1.9\n"),
    try sets:to_list('\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c12() ->
    io:put_chars("#c sets.union.1.4\n"),
    io:format("~p~n", [catch sets:union(fun(X) -> X end)]).

c13() ->
    io:put_chars("#c sets.union.1.8\n"),
    io:format("~p~n", [catch sets:union("h\x{e9}llo")]).

t13() ->
    io:put_chars("#t sets.union.1.8\n"),
    try sets:union("h\x{e9}llo") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c14() ->
    io:put_chars("#c sets.union.2.3\n"),
    io:format("~p~n", [catch sets:union(#{}, a)]).

c15() ->
    io:put_chars("#c sets.union.2.7\n"),
    io:format("~p~n", [catch sets:union(a, #{})]).

t15() ->
    io:put_chars("#t sets.union.2.7\n"),
    try sets:union(a, #{}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c16() ->
    io:put_chars("#c sets.union.2.11\n"),
    io:format("~p~n", [catch sets:union([-1], #{})]).

c17() ->
    io:put_chars("#c sets.union.2.15\n"),
    io:format("~p~n", [catch sets:union(#{}, <<1:3>>)]).

t17() ->
    io:put_chars("#t sets.union.2.15\n"),
    try sets:union(#{}, <<1:3>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c18() ->
    io:put_chars("#c sets.union.2.19\n"),
    io:format("~p~n", [catch sets:union(#{}, -1)]).

c19() ->
    io:put_chars("#c dict.append.3.3\n"),
    io:format("~p~n", [catch dict:append(42, a, [1,2])]).

t19() ->
    io:put_chars("#t dict.append.3.3\n"),
    try dict:append(42, a, [1,2]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c20() ->
    io:put_chars("#c dict.append.3.7\n"),
    io:format("~p~n", [catch dict:append(a, [1,2], [1,2])]).

c21() ->
    io:put_chars("#c dict.append.3.11\n"),
    io:format("~p~n", [catch dict:append(#{a => 1}, 42, 42)]).

t21() ->
    io:put_chars("#t dict.append.3.11\n"),
    try dict:append(#{a => 1}, 42, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c22() ->
    io:put_chars("#c dict.append.3.15\n"),
    io:format("~p~n", [catch dict:append(42, {a,b}, 42)]).

c23() ->
    io:put_chars("#c dict.append.3.19\n"),
    io:format("~p~n", [catch dict:append(42, 1180591620717411303424, 42)]).

t23() ->
    io:put_chars("#t dict.append.3.19\n"),
    try dict:append(42, 1180591620717411303424, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c24() ->
    io:put_chars("#c dict.append.3.23\n"),
    io:format("~p~n", [catch dict:append(42, 42, fun(X) -> X end)]).

c25() ->
    io:put_chars("#c dict.append_list.3.1\n"),
    io:format("~p~n", [catch dict:append_list(42, [], 42)]).

t25() ->
    io:put_chars("#t dict.append_list.3.1\n"),
    try dict:append_list(42, [], 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c26() ->
    io:put_chars("#c dict.append_list.3.5\n"),
    io:format("~p~n", [catch dict:append_list([1,2], [a], a)]).

c27() ->
    io:put_chars("#c dict.append_list.3.9\n"),
    io:format("~p~n", [catch dict:append_list([], [], 42)]).

t27() ->
    io:put_chars("#t dict.append_list.3.9\n"),
    try dict:append_list([], [], 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c28() ->
    io:put_chars("#c dict.append_list.3.13\n"),
    io:format("~p~n", [catch dict:append_list(fun(X) -> X end, [], 42)]).

c29() ->
    io:put_chars("#c dict.append_list.3.17\n"),
    io:format("~p~n", [catch dict:append_list(42, {a,b}, 42)]).

t29() ->
    io:put_chars("#t dict.append_list.3.17\n"),
    try dict:append_list(42, {a,b}, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c30() ->
    io:put_chars("#c dict.append_list.3.21\n"),
    io:format("~p~n", [catch dict:append_list(42, [], 100000000000000000000.0)]).

c31() ->
    io:put_chars("#c dict.append_list.3.25\n"),
    io:format("~p~n", [catch dict:append_list(42, [], <<1:3>>)]).

t31() ->
    io:put_chars("#t dict.append_list.3.25\n"),
    try dict:append_list(42, [], <<1:3>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c32() ->
    io:put_chars("#c dict.erase.2.3\n"),
    io:format("~p~n", [catch dict:erase(42, a)]).

c33() ->
    io:put_chars("#c dict.erase.2.7\n"),
    io:format("~p~n", [catch dict:erase(a, 42)]).

t33() ->
    io:put_chars("#t dict.erase.2.7\n"),
    try dict:erase(a, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c34() ->
    io:put_chars("#c dict.erase.2.11\n"),
    io:format("~p~n", [catch dict:erase([-1], 42)]).

c35() ->
    io:put_chars("#c dict.erase.2.15\n"),
    io:format("~p~n", [catch dict:erase(42, "\x{65e5}\x{672c}")]).

t35() ->
    io:put_chars("#t dict.erase.2.15\n"),
    try dict:erase(42, "\x{65e5}\x{672c}") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c36() ->
    io:put_chars("#c dict.erase.2.19\n"),
    io:format("~p~n", [catch dict:erase(42, 100000000000000000000.0)]).

c37() ->
    io:put_chars("#c dict.fetch.2.3\n"),
    io:format("~p~n", [catch dict:fetch(42, a)]).

t37() ->
    io:put_chars("#t dict.fetch.2.3\n"),
    try dict:fetch(42, a) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c38() ->
    io:put_chars("#c dict.fetch.2.7\n"),
    io:format("~p~n", [catch dict:fetch(a, 42)]).

c39() ->
    io:put_chars("#c dict.fetch.2.11\n"),
    io:format("~p~n", [catch dict:fetch("", 42)]).

t39() ->
    io:put_chars("#t dict.fetch.2.11\n"),
    try dict:fetch("", 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c40() ->
    io:put_chars("#c dict.fetch.2.15\n"),
    io:format("~p~n", [catch dict:fetch(42, <<1,2>>)]).

c41() ->
    io:put_chars("#c dict.fetch.2.19\n"),
    io:format("~p~n", [catch dict:fetch(42, [])]).

t41() ->
    io:put_chars("#t dict.fetch.2.19\n"),
    try dict:fetch(42, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c42() ->
    io:put_chars("#c dict.fetch_keys.1.3\n"),
    io:format("~p~n", [catch dict:fetch_keys(a)]).

c43() ->
    io:put_chars("#c dict.fetch_keys.1.7\n"),
    io:format("~p~n", [catch dict:fetch_keys("\x{65e5}\x{672c}")]).

t43() ->
    io:put_chars("#t dict.fetch_keys.1.7\n"),
    try dict:fetch_keys("\x{65e5}\x{672c}") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c44() ->
    io:put_chars("#c dict.filter.2.2\n"),
    io:format("~p~n", [catch dict:filter(fun(X, Y) -> X =< Y end, [1,2])]).

c45() ->
    io:put_chars("#c dict.filter.2.6\n"),
    io:format("~p~n", [catch dict:filter(fun(X, _Y) -> X + 1 end, a)]).

t45() ->
    io:put_chars("#t dict.filter.2.6\n"),
    try dict:filter(fun(X, _Y) -> X + 1 end, a) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c46() ->
    io:put_chars("#c dict.filter.2.10\n"),
    io:format("~p~n", [catch dict:filter([1,[2,<<3>>]], 42)]).

c47() ->
    io:put_chars("#c dict.filter.2.14\n"),
    io:format("~p~n", [catch dict:filter(fun(X, Y) -> X =< Y end, 100000000000000000000.0)]).

t47() ->
    io:put_chars("#t dict.filter.2.14\n"),
    try dict:filter(fun(X, Y) -> X =< Y end, 100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c48() ->
    io:put_chars("#c dict.filter.2.18\n"),
    io:format("~p~n", [catch dict:filter(fun(X, Y) -> X =< Y end, <<1:3>>)]).

c49() ->
    io:put_chars("#c dict.find.2.4\n"),
    io:format("~p~n", [catch dict:find([1,2], 42)]).

t49() ->
    io:put_chars("#t dict.find.2.4\n"),
    try dict:find([1,2], 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c50() ->
    io:put_chars("#c dict.find.2.8\n"),
    io:format("~p~n", [catch dict:find(a, a)]).

c51() ->
    io:put_chars("#c dict.find.2.12\n"),
    io:format("~p~n", [catch dict:find(0, 42)]).

t51() ->
    io:put_chars("#t dict.find.2.12\n"),
    try dict:find(0, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c52() ->
    io:put_chars("#c dict.find.2.16\n"),
    io:format("~p~n", [catch dict:find(42, {a,b})]).

c53() ->
    io:put_chars("#c dict.find.2.20\n"),
    io:format("~p~n", [catch dict:find(42, 1180591620717411303424)]).

t53() ->
    io:put_chars("#t dict.find.2.20\n"),
    try dict:find(42, 1180591620717411303424) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c54() ->
    io:put_chars("#c dict.fold.3.4\n"),
    io:format("~p~n", [catch dict:fold(fun(X, Y, Z) -> {X, Y, Z} end, a, [1,2])]).

c55() ->
    io:put_chars("#c dict.fold.3.8\n"),
    io:format("~p~n", [catch dict:fold(fun(X, _Y, _Z) -> X + 1 end, a, a)]).

t55() ->
    io:put_chars("#t dict.fold.3.8\n"),
    try dict:fold(fun(X, _Y, _Z) -> X + 1 end, a, a) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c56() ->
    io:put_chars("#c dict.fold.3.12\n"),
    io:format("~p~n", [catch dict:fold(<<1,2>>, 42, 42)]).

c57() ->
    io:put_chars("#c dict.fold.3.16\n"),
    io:format("~p~n", [catch dict:fold(fun(X, Y, Z) -> {X, Y, Z} end, x, 42)]).

t57() ->
    io:put_chars("#t dict.fold.3.16\n"),
    try dict:fold(fun(X, Y, Z) -> {X, Y, Z} end, x, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c58() ->
    io:put_chars("#c dict.fold.3.20\n"),
    io:format("~p~n", [catch dict:fold(fun(X, Y, Z) -> {X, Y, Z} end, "", 42)]).

c59() ->
    io:put_chars("#c dict.fold.3.24\n"),
    io:format("~p~n", [catch dict:fold(fun(X, Y, Z) -> {X, Y, Z} end, 42, "h\x{e9}llo")]).

t59() ->
    io:put_chars("#t dict.fold.3.24\n"),
    try dict:fold(fun(X, Y, Z) -> {X, Y, Z} end, 42, "h\x{e9}llo") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c60() ->
    io:put_chars("#c dict.from_list.1.2\n"),
    io:format("~p~n", [catch dict:from_list([{a,a}])]).

c61() ->
    io:put_chars("#c dict.from_list.1.6\n"),
    io:format("~p~n", [catch dict:from_list({a,b})]).

t61() ->
    io:put_chars("#t dict.from_list.1.6\n"),
    try dict:from_list({a,b}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c62() ->
    io:put_chars("#c dict.is_empty.1.1\n"),
    io:format("~p~n", [catch dict:is_empty(42)]).

c63() ->
    io:put_chars("#c dict.is_empty.1.5\n"),
    io:format("~p~n", [catch dict:is_empty("\x{65e5}\x{672c}")]).

t63() ->
    io:put_chars("#t dict.is_empty.1.5\n"),
    try dict:is_empty("\x{65e5}\x{672c}") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c64() ->
    io:put_chars("#c dict.is_empty.1.9\n"),
    io:format("~p~n", [catch dict:is_empty(100000000000000000000.0)]).

c65() ->
    io:put_chars("#c dict.is_key.2.4\n"),
    io:format("~p~n", [catch dict:is_key([1,2], 42)]).

t65() ->
    io:put_chars("#t dict.is_key.2.4\n"),
    try dict:is_key([1,2], 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c66() ->
    io:put_chars("#c dict.is_key.2.8\n"),
    io:format("~p~n", [catch dict:is_key(a, a)]).

c67() ->
    io:put_chars("#c dict.is_key.2.12\n"),
    io:format("~p~n", [catch dict:is_key(fun(X) -> X end, 42)]).

t67() ->
    io:put_chars("#t dict.is_key.2.12\n"),
    try dict:is_key(fun(X) -> X end, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c68() ->
    io:put_chars("#c dict.is_key.2.16\n"),
    io:format("~p~n", [catch dict:is_key(42, -1.5)]).

c69() ->
    io:put_chars("#c dict.is_key.2.20\n"),
    io:format("~p~n", [catch dict:is_key(42, <<"h\x{e9}llo"/utf8>>)]).

t69() ->
    io:put_chars("#t dict.is_key.2.20\n"),
    try dict:is_key(42, <<"h\x{e9}llo"/utf8>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c70() ->
    io:put_chars("#c dict.map.2.4\n"),
    io:format("~p~n", [catch dict:map(fun(X, _Y) -> X + 1 end, 42)]).

c71() ->
    io:put_chars("#c dict.map.2.8\n"),
    io:format("~p~n", [catch dict:map(<<1,2>>, 42)]).

t71() ->
    io:put_chars("#t dict.map.2.8\n"),
    try dict:map(<<1,2>>, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c72() ->
    io:put_chars("#c dict.map.2.12\n"),
    io:format("~p~n", [catch dict:map([], 42)]).

c73() ->
    io:put_chars("#c dict.map.2.16\n"),
    io:format("~p~n", [catch dict:map(fun(X, Y) -> [X|Y] end, 1180591620717411303424)]).

t73() ->
    io:put_chars("#t dict.map.2.16\n"),
    try dict:map(fun(X, Y) -> [X|Y] end, 1180591620717411303424) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c74() ->
    io:put_chars("#c dict.merge.3.2\n"),
    io:format("~p~n", [catch dict:merge(fun(X, Y, Z) -> {X, Y, Z} end, 42, a)]).

c75() ->
    io:put_chars("#c dict.merge.3.6\n"),
    io:format("~p~n", [catch dict:merge(fun(X, _Y, _Z) -> X + 1 end, [1,2], 42)]).

t75() ->
    io:put_chars("#t dict.merge.3.6\n"),
    try dict:merge(fun(X, _Y, _Z) -> X + 1 end, [1,2], 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c76() ->
    io:put_chars("#c dict.merge.3.10\n"),
    io:format("~p~n", [catch dict:merge(fun(X) -> X end, 42, 42)]).

c77() ->
    io:put_chars("#c dict.merge.3.14\n"),
    io:format("~p~n", [catch dict:merge("h\x{e9}llo", 42, 42)]).

t77() ->
    io:put_chars("#t dict.merge.3.14\n"),
    try dict:merge("h\x{e9}llo", 42, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c78() ->
    io:put_chars("#c dict.merge.3.18\n"),
    io:format("~p~n", [catch dict:merge(fun(X, Y, Z) -> {X, Y, Z} end, -1, 42)]).

c79() ->
    io:put_chars("#c dict.merge.3.22\n"),
    io:format("~p~n", [catch dict:merge(fun(X, Y, Z) -> {X, Y, Z} end, 42, <<1,2>>)]).

t79() ->
    io:put_chars("#t dict.merge.3.22\n"),
    try dict:merge(fun(X, Y, Z) -> {X, Y, Z} end, 42, <<1,2>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c80() ->
    io:put_chars("#c dict.merge.3.26\n"),
    io:format("~p~n", [catch dict:merge(fun(X, Y, Z) -> {X, Y, Z} end, 42, [])]).

c81() ->
    io:put_chars("#c dict.size.1.3\n"),
    io:format("~p~n", [catch dict:size(a)]).

t81() ->
    io:put_chars("#t dict.size.1.3\n"),
    try dict:size(a) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c82() ->
    io:put_chars("#c dict.size.1.7\n"),
    io:format("~p~n", [catch dict:size([-1])]).

c83() ->
    io:put_chars("#c dict.store.3.2\n"),
    io:format("~p~n", [catch dict:store(42, [1,2], 42)]).

t83() ->
    io:put_chars("#t dict.store.3.2\n"),
    try dict:store(42, [1,2], 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c84() ->
    io:put_chars("#c dict.store.3.6\n"),
    io:format("~p~n", [catch dict:store(a, 42, 42)]).

c85() ->
    io:put_chars("#c dict.store.3.10\n"),
    io:format("~p~n", [catch dict:store(<<"h\x{e9}llo"/utf8>>, 42, 42)]).

t85() ->
    io:put_chars("#t dict.store.3.10\n"),
    try dict:store(<<"h\x{e9}llo"/utf8>>, 42, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c86() ->
    io:put_chars("#c dict.store.3.14\n"),
    io:format("~p~n", [catch dict:store(x, 42, 42)]).

c87() ->
    io:put_chars("#c dict.store.3.18\n"),
    io:format("~p~n", [catch dict:store(42, "", 42)]).

t87() ->
    io:put_chars("#t dict.store.3.18\n"),
    try dict:store(42, "", 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c88() ->
    io:put_chars("#c dict.store.3.22\n"),
    io:format("~p~n", [catch dict:store(42, 42, <<1,2>>)]).

c89() ->
    io:put_chars("#c dict.store.3.26\n"),
    io:format("~p~n", [catch dict:store(42, 42, [])]).

t89() ->
    io:put_chars("#t dict.store.3.26\n"),
    try dict:store(42, 42, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c90() ->
    io:put_chars("#c dict.take.2.4\n"),
    io:format("~p~n", [catch dict:take([1,2], 42)]).

c91() ->
    io:put_chars("#c dict.take.2.8\n"),
    io:format("~p~n", [catch dict:take(a, a)]).

t91() ->
    io:put_chars("#t dict.take.2.8\n"),
    try dict:take(a, a) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c92() ->
    io:put_chars("#c dict.take.2.12\n"),
    io:format("~p~n", [catch dict:take("", 42)]).

c93() ->
    io:put_chars("#c dict.take.2.16\n"),
    io:format("~p~n", [catch dict:take(42, [-1])]).

t93() ->
    io:put_chars("#t dict.take.2.16\n"),
    try dict:take(42, [-1]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c94() ->
    io:put_chars("#c dict.take.2.20\n"),
    io:format("~p~n", [catch dict:take(42, {a,b})]).

c95() ->
    io:put_chars("#c dict.to_list.1.4\n"),
    io:format("~p~n", [catch dict:to_list("")]).

t95() ->
    io:put_chars("#t dict.to_list.1.4\n"),
    try dict:to_list("") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c96() ->
    io:put_chars("#c dict.to_list.1.8\n"),
    io:format("~p~n", [catch dict:to_list(#{a => 1})]).

c97() ->
    io:put_chars("#c dict.update.3.3\n"),
    io:format("~p~n", [catch dict:update(42, fun(X) -> X + 1 end, [1,2])]).

t97() ->
    io:put_chars("#t dict.update.3.3\n"),
    try dict:update(42, fun(X) -> X + 1 end, [1,2]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c98() ->
    io:put_chars("#c dict.update.3.7\n"),
    io:format("~p~n", [catch dict:update(a, fun(X) -> {X} end, a)]).

c99() ->
    io:put_chars("#c dict.update.3.11\n"),
    io:format("~p~n", [catch dict:update(fun(X) -> X end, fun(X) -> {X} end, 42)]).

t99() ->
    io:put_chars("#t dict.update.3.11\n"),
    try dict:update(fun(X) -> X end, fun(X) -> {X} end, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c100() ->
    io:put_chars("#c dict.update.3.15\n"),
    io:format("~p~n", [catch dict:update(42, #{a => 1}, 42)]).

c101() ->
    io:put_chars("#c dict.update.3.19\n"),
    io:format("~p~n", [catch dict:update(42, -1.5, 42)]).

t101() ->
    io:put_chars("#t dict.update.3.19\n"),
    try dict:update(42, -1.5, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c102() ->
    io:put_chars("#c dict.update.3.23\n"),
    io:format("~p~n", [catch dict:update(42, fun(X) -> {X} end, <<"h\x{e9}llo"/utf8>>)]).

c103() ->
    io:put_chars("#c dict.update.4.1\n"),
    io:format("~p~n", [catch dict:update(42, fun(X) -> {X} end, 42, 42)]).

t103() ->
    io:put_chars("#t dict.update.4.1\n"),
    try dict:update(42, fun(X) -> {X} end, 42, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c104() ->
    io:put_chars("#c dict.update.4.5\n"),
    io:format("~p~n", [catch dict:update(a, fun(X) -> {X} end, 42, 42)]).

c105() ->
    io:put_chars("#c dict.update.4.9\n"),
    io:format("~p~n", [catch dict:update([a|b], fun(X) -> {X} end, 42, 42)]).

t105() ->
    io:put_chars("#t dict.update.4.9\n"),
    try dict:update([a|b], fun(X) -> {X} end, 42, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c106() ->
    io:put_chars("#c dict.update.4.13\n"),
    io:format("~p~n", [catch dict:update([-1], fun(X) -> {X} end, 42, 42)]).

c107() ->
    io:put_chars("#c dict.update.4.17\n"),
    io:format("~p~n", [catch dict:update(42, 100000000000000000000.0, 42, 42)]).

t107() ->
    io:put_chars("#t dict.update.4.17\n"),
    try dict:update(42, 100000000000000000000.0, 42, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c108() ->
    io:put_chars("#c dict.update.4.21\n"),
    io:format("~p~n", [catch dict:update(42, fun(X) -> {X} end, <<1:3>>, 42)]).

c109() ->
    io:put_chars("#c dict.update.4.25\n"),
    io:format("~p~n", [catch dict:update(42, fun(X) -> {X} end, -1, 42)]).

t109() ->
    io:put_chars("#t dict.update.4.25\n"),
    try dict:update(42, fun(X) -> {X} end, -1, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c110() ->
    io:put_chars("#c dict.update.4.29\n"),
    io:format("~p~n", [catch dict:update(42, fun(X) -> {X} end, 42, -1.5)]).

c111() ->
    io:put_chars("#c dict.update_counter.3.1\n"),
    io:format("~p~n", [catch dict:update_counter(42, 1.5, 42)]).

t111() ->
    io:put_chars("#t dict.update_counter.3.1\n"),
    try dict:update_counter(42, 1.5, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c112() ->
    io:put_chars("#c dict.update_counter.3.5\n"),
    io:format("~p~n", [catch dict:update_counter([1,2], 3, 42)]).

c113() ->
    io:put_chars("#c dict.update_counter.3.9\n"),
    io:format("~p~n", [catch dict:update_counter(-1, 1.5, 42)]).

t113() ->
    io:put_chars("#t dict.update_counter.3.9\n"),
    try dict:update_counter(-1, 1.5, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c114() ->
    io:put_chars("#c dict.update_counter.3.13\n"),
    io:format("~p~n", [catch dict:update_counter([1,[2,<<3>>]], 1.5, 42)]).

c115() ->
    io:put_chars("#c dict.update_counter.3.17\n"),
    io:format("~p~n", [catch dict:update_counter(42, x, 42)]).

t115() ->
    io:put_chars("#t dict.update_counter.3.17\n"),
    try dict:update_counter(42, x, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c116() ->
    io:put_chars("#c dict.update_counter.3.21\n"),
    io:format("~p~n", [catch dict:update_counter(42, 1.5, #{a => 1})]).

c117() ->
    io:put_chars("#c dict.update_counter.3.25\n"),
    io:format("~p~n", [catch dict:update_counter(42, 1.5, -1.5)]).

t117() ->
    io:put_chars("#t dict.update_counter.3.25\n"),
    try dict:update_counter(42, 1.5, -1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c118() ->
    io:put_chars("#c gb_trees.balance.1.3\n"),
    io:format("~p~n", [catch gb_trees:balance([a|b])]).

c119() ->
    io:put_chars("#c gb_trees.balance.1.7\n"),
    io:format("~p~n", [catch gb_trees:balance([-1])]).

t119() ->
    io:put_chars("#t gb_trees.balance.1.7\n"),
    try gb_trees:balance([-1]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c120() ->
    io:put_chars("#c gb_trees.delete.2.4\n"),
    io:format("~p~n", [catch gb_trees:delete(1180591620717411303424, {0,nil})]).

c121() ->
    io:put_chars("#c gb_trees.delete.2.8\n"),
    io:format("~p~n", [catch gb_trees:delete(0, {0,nil})]).

t121() ->
    io:put_chars("#t gb_trees.delete.2.8\n"),
    try gb_trees:delete(0, {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c122() ->
    io:put_chars("#c gb_trees.delete.2.12\n"),
    io:format("~p~n", [catch gb_trees:delete(42, fun(X) -> X end)]).

c123() ->
    io:put_chars("#c gb_trees.delete_any.2.1\n"),
    io:format("~p~n", [catch gb_trees:delete_any(42, {0,nil})]).

t123() ->
    io:put_chars("#t gb_trees.delete_any.2.1\n"),
    try gb_trees:delete_any(42, {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c124() ->
    io:put_chars("#c gb_trees.delete_any.2.5\n"),
    io:format("~p~n", [catch gb_trees:delete_any([], {0,nil})]).

c125() ->
    io:put_chars("#c gb_trees.delete_any.2.9\n"),
    io:format("~p~n", [catch gb_trees:delete_any(fun(X) -> X end, {0,nil})]).

t125() ->
    io:put_chars("#t gb_trees.delete_any.2.9\n"),
    try gb_trees:delete_any(fun(X) -> X end, {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c126() ->
    io:put_chars("#c gb_trees.delete_any.2.13\n"),
    io:format("~p~n", [catch gb_trees:delete_any(42, "\x{65e5}\x{672c}")]).

c127() ->
    io:put_chars("#c gb_trees.enter.3.1\n"),
    io:format("~p~n", [catch gb_trees:enter(42, 42, {0,nil})]).

t127() ->
    io:put_chars("#t gb_trees.enter.3.1\n"),
    try gb_trees:enter(42, 42, {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c128() ->
    io:put_chars("#c gb_trees.enter.3.5\n"),
    io:format("~p~n", [catch gb_trees:enter([1,2], [1,2], {0,nil})]).

c129() ->
    io:put_chars("#c gb_trees.enter.3.9\n"),
    io:format("~p~n", [catch gb_trees:enter(<<"h\x{e9}llo"/utf8>>, 42, {0,nil})]).

t129() ->
    io:put_chars("#t gb_trees.enter.3.9\n"),
    try gb_trees:enter(<<"h\x{e9}llo"/utf8>>, 42, {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c130() ->
    io:put_chars("#c gb_trees.enter.3.13\n"),
    io:format("~p~n", [catch gb_trees:enter(x, 42, {0,nil})]).

c131() ->
    io:put_chars("#c gb_trees.enter.3.17\n"),
    io:format("~p~n", [catch gb_trees:enter(42, {a,b}, {0,nil})]).

t131() ->
    io:put_chars("#t gb_trees.enter.3.17\n"),
    try gb_trees:enter(42, {a,b}, {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c132() ->
    io:put_chars("#c gb_trees.enter.3.21\n"),
    io:format("~p~n", [catch gb_trees:enter(42, 42, "")]).

c133() ->
    io:put_chars("#c gb_trees.enter.3.25\n"),
    io:format("~p~n", [catch gb_trees:enter(42, 42, #{a => 1})]).

t133() ->
    io:put_chars("#t gb_trees.enter.3.25\n"),
    try gb_trees:enter(42, 42, #{a => 1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c134() ->
    io:put_chars("#c gb_trees.from_orddict.1.3\n"),
    io:format("~p~n", [catch gb_trees:from_orddict([{a,a}])]).

c135() ->
    io:put_chars("#c gb_trees.from_orddict.1.7\n"),
    io:format("~p~n", [catch gb_trees:from_orddict("\x{65e5}\x{672c}")]).

t135() ->
    io:put_chars("#t gb_trees.from_orddict.1.7\n"),
    try gb_trees:from_orddict("\x{65e5}\x{672c}") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c136() ->
    io:put_chars("#c gb_trees.get.2.2\n"),
    io:format("~p~n", [catch gb_trees:get([1,2], {0,nil})]).

c137() ->
    io:put_chars("#c gb_trees.get.2.6\n"),
    io:format("~p~n", [catch gb_trees:get(100000000000000000000.0, {0,nil})]).

t137() ->
    io:put_chars("#t gb_trees.get.2.6\n"),
    try gb_trees:get(100000000000000000000.0, {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c138() ->
    io:put_chars("#c gb_trees.get.2.10\n"),
    io:format("~p~n", [catch gb_trees:get(42, fun(X) -> X end)]).

c139() ->
    io:put_chars("#c gb_trees.get.2.14\n"),
    io:format("~p~n", [catch gb_trees:get(42, "h\x{e9}llo")]).

t139() ->
    io:put_chars("#t gb_trees.get.2.14\n"),
    try gb_trees:get(42, "h\x{e9}llo") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c140() ->
    io:put_chars("#c gb_trees.insert.3.3\n"),
    io:format("~p~n", [catch gb_trees:insert(42, a, {0,nil})]).

c141() ->
    io:put_chars("#c gb_trees.insert.3.7\n"),
    io:format("~p~n", [catch gb_trees:insert(a, 42, {0,nil})]).

t141() ->
    io:put_chars("#t gb_trees.insert.3.7\n"),
    try gb_trees:insert(a, 42, {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c142() ->
    io:put_chars("#c gb_trees.insert.3.11\n"),
    io:format("~p~n", [catch gb_trees:insert("", 42, {0,nil})]).

c143() ->
    io:put_chars("#c gb_trees.insert.3.15\n"),
    io:format("~p~n", [catch gb_trees:insert(42, -1.5, {0,nil})]).

t143() ->
    io:put_chars("#t gb_trees.insert.3.15\n"),
    try gb_trees:insert(42, -1.5, {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c144() ->
    io:put_chars("#c gb_trees.insert.3.19\n"),
    io:format("~p~n", [catch gb_trees:insert(42, <<"h\x{e9}llo"/utf8>>, {0,nil})]).

c145() ->
    io:put_chars("#c gb_trees.insert.3.23\n"),
    io:format("~p~n", [catch gb_trees:insert(42, 42, [a|b])]).

t145() ->
    io:put_chars("#t gb_trees.insert.3.23\n"),
    try gb_trees:insert(42, 42, [a|b]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c146() ->
    io:put_chars("#c gb_trees.is_defined.2.1\n"),
    io:format("~p~n", [catch gb_trees:is_defined(42, {0,nil})]).

c147() ->
    io:put_chars("#c gb_trees.is_defined.2.5\n"),
    io:format("~p~n", [catch gb_trees:is_defined(<<1:3>>, {0,nil})]).

t147() ->
    io:put_chars("#t gb_trees.is_defined.2.5\n"),
    try gb_trees:is_defined(<<1:3>>, {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c148() ->
    io:put_chars("#c gb_trees.is_defined.2.9\n"),
    io:format("~p~n", [catch gb_trees:is_defined(-1, {0,nil})]).

c149() ->
    io:put_chars("#c gb_trees.is_defined.2.13\n"),
    io:format("~p~n", [catch gb_trees:is_defined(42, -1)]).

t149() ->
    io:put_chars("#t gb_trees.is_defined.2.13\n"),
    try gb_trees:is_defined(42, -1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c150() ->
    io:put_chars("#c gb_trees.is_empty.1.2\n"),
    io:format("~p~n", [catch gb_trees:is_empty([a|b])]).

c151() ->
    io:put_chars("#c gb_trees.is_empty.1.6\n"),
    io:format("~p~n", [catch gb_trees:is_empty([-1])]).

t151() ->
    io:put_chars("#t gb_trees.is_empty.1.6\n"),
    try gb_trees:is_empty([-1]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c152() ->
    io:put_chars("#c gb_trees.iterator.1.3\n"),
    io:format("~p~n", [catch gb_trees:iterator("\x{65e5}\x{672c}")]).

c153() ->
    io:put_chars("#c gb_trees.iterator.1.7\n"),
    io:format("~p~n", [catch gb_trees:iterator(100000000000000000000.0)]).

t153() ->
    io:put_chars("#t gb_trees.iterator.1.7\n"),
    try gb_trees:iterator(100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c154() ->
    io:put_chars("#c gb_trees.iterator_from.2.4\n"),
    io:format("~p~n", [catch gb_trees:iterator_from(<<1:3>>, {0,nil})]).

c155() ->
    io:put_chars("#c gb_trees.iterator_from.2.8\n"),
    io:format("~p~n", [catch gb_trees:iterator_from(-1, {0,nil})]).

t155() ->
    io:put_chars("#t gb_trees.iterator_from.2.8\n"),
    try gb_trees:iterator_from(-1, {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c156() ->
    io:put_chars("#c gb_trees.iterator_from.2.12\n"),
    io:format("~p~n", [catch gb_trees:iterator_from(42, 100000000000000000000.0)]).

c157() ->
    io:put_chars("#c gb_trees.keys.1.1\n"),
    io:format("~p~n", [catch gb_trees:keys({0,nil})]).

t157() ->
    io:put_chars("#t gb_trees.keys.1.1\n"),
    try gb_trees:keys({0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c158() ->
    io:put_chars("#c gb_trees.keys.1.5\n"),
    io:format("~p~n", [catch gb_trees:keys('\x{e9}t\x{e9}')]).

c159() ->
    io:put_chars("#c gb_trees.largest.1.2\n"),
    io:format("~p~n", [catch gb_trees:largest(0)]).

t159() ->
    io:put_chars("#t gb_trees.largest.1.2\n"),
    try gb_trees:largest(0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c160() ->
    io:put_chars("#c gb_trees.largest.1.6\n"),
    io:format("~p~n", [catch gb_trees:largest([a|b])]).

c161() ->
    io:put_chars("#c gb_trees.lookup.2.3\n"),
    io:format("~p~n", [catch gb_trees:lookup(a, {0,nil})]).

t161() ->
    io:put_chars("#t gb_trees.lookup.2.3\n"),
    try gb_trees:lookup(a, {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c162() ->
    io:put_chars("#c gb_trees.lookup.2.7\n"),
    io:format("~p~n", [catch gb_trees:lookup([1,[2,<<3>>]], {0,nil})]).

c163() ->
    io:put_chars("#c gb_trees.lookup.2.11\n"),
    io:format("~p~n", [catch gb_trees:lookup(42, -1)]).

t163() ->
    io:put_chars("#t gb_trees.lookup.2.11\n"),
    try gb_trees:lookup(42, -1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c164() ->
    io:put_chars("#c gb_trees.lookup.2.15\n"),
    io:format("~p~n", [catch gb_trees:lookup(42, [1,[2,<<3>>]])]).

c165() ->
    io:put_chars("#c gb_trees.map.2.4\n"),
    io:format("~p~n", [catch gb_trees:map('\x{e9}t\x{e9}', {0,nil})]).

t165() ->
    io:put_chars("#t gb_trees.map.2.4\n"),
    try gb_trees:map('\x{e9}t\x{e9}', {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c166() ->
    io:put_chars("#c gb_trees.map.2.8\n"),
    io:format("~p~n", [catch gb_trees:map(<<1,2>>, {0,nil})]).

c167() ->
    io:put_chars("#c gb_trees.map.2.12\n"),
    io:format("~p~n", [catch gb_trees:map(fun(X, Y) -> [X|Y] end, <<1:3>>)]).

t167() ->
    io:put_chars("#t gb_trees.map.2.12\n"),
    try gb_trees:map(fun(X, Y) -> [X|Y] end, <<1:3>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c168() ->
    io:put_chars("#c gb_trees.next.1.2\n"),
    io:format("~p~n", [catch gb_trees:next([nil])]).

c169() ->
    io:put_chars("#c gb_trees.next.1.6\n"),
    io:format("~p~n", [catch gb_trees:next("")]).

t169() ->
    io:put_chars("#t gb_trees.next.1.6\n"),
    try gb_trees:next("") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c170() ->
    io:put_chars("#c gb_trees.size.1.1\n"),
    io:format("~p~n", [catch gb_trees:size({0,a})]).

c171() ->
    io:put_chars("#c gb_trees.size.1.5\n"),
    io:format("~p~n", [catch gb_trees:size("\x{65e5}\x{672c}")]).

t171() ->
    io:put_chars("#t gb_trees.size.1.5\n"),
    try gb_trees:size("\x{65e5}\x{672c}") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c172() ->
    io:put_chars("#c gb_trees.smallest.1.2\n"),
    io:format("~p~n", [catch gb_trees:smallest(-1.5)]).

c173() ->
    io:put_chars("#c gb_trees.smallest.1.6\n"),
    io:format("~p~n", [catch gb_trees:smallest(<<"h\x{e9}llo"/utf8>>)]).

t173() ->
    io:put_chars("#t gb_trees.smallest.1.6\n"),
    try gb_trees:smallest(<<"h\x{e9}llo"/utf8>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c174() ->
    io:put_chars("#c gb_trees.take.2.3\n"),
    io:format("~p~n", [catch gb_trees:take(a, {0,nil})]).

c175() ->
    io:put_chars("#c gb_trees.take.2.7\n"),
    io:format("~p~n", [catch gb_trees:take(<<1:3>>, {0,nil})]).

t175() ->
    io:put_chars("#t gb_trees.take.2.7\n"),
    try gb_trees:take(<<1:3>>, {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c176() ->
    io:put_chars("#c gb_trees.take.2.11\n"),
    io:format("~p~n", [catch gb_trees:take(42, <<1,2>>)]).

c177() ->
    io:put_chars("#c gb_trees.take.2.15\n"),
    io:format("~p~n", [catch gb_trees:take(42, [])]).

t177() ->
    io:put_chars("#t gb_trees.take.2.15\n"),
    try gb_trees:take(42, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c178() ->
    io:put_chars("#c gb_trees.take_any.2.4\n"),
    io:format("~p~n", [catch gb_trees:take_any(<<"h\x{e9}llo"/utf8>>, {0,nil})]).

c179() ->
    io:put_chars("#c gb_trees.take_any.2.8\n"),
    io:format("~p~n", [catch gb_trees:take_any(x, {0,nil})]).

t179() ->
    io:put_chars("#t gb_trees.take_any.2.8\n"),
    try gb_trees:take_any(x, {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c180() ->
    io:put_chars("#c gb_trees.take_any.2.12\n"),
    io:format("~p~n", [catch gb_trees:take_any(42, <<1:3>>)]).

c181() ->
    io:put_chars("#c gb_trees.take_largest.1.1\n"),
    io:format("~p~n", [catch gb_trees:take_largest({0,nil})]).

t181() ->
    io:put_chars("#t gb_trees.take_largest.1.1\n"),
    try gb_trees:take_largest({0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c182() ->
    io:put_chars("#c gb_trees.take_largest.1.5\n"),
    io:format("~p~n", [catch gb_trees:take_largest(-1)]).

c183() ->
    io:put_chars("#c gb_trees.take_smallest.1.2\n"),
    io:format("~p~n", [catch gb_trees:take_smallest(0)]).

t183() ->
    io:put_chars("#t gb_trees.take_smallest.1.2\n"),
    try gb_trees:take_smallest(0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c184() ->
    io:put_chars("#c gb_trees.take_smallest.1.6\n"),
    io:format("~p~n", [catch gb_trees:take_smallest([a|b])]).

c185() ->
    io:put_chars("#c gb_trees.to_list.1.3\n"),
    io:format("~p~n", [catch gb_trees:to_list(0)]).

t185() ->
    io:put_chars("#t gb_trees.to_list.1.3\n"),
    try gb_trees:to_list(0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c186() ->
    io:put_chars("#c gb_trees.to_list.1.7\n"),
    io:format("~p~n", [catch gb_trees:to_list([a|b])]).

c187() ->
    io:put_chars("#c gb_trees.update.3.4\n"),
    io:format("~p~n", [catch gb_trees:update([1,2], 42, {0,nil})]).

t187() ->
    io:put_chars("#t gb_trees.update.3.4\n"),
    try gb_trees:update([1,2], 42, {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c188() ->
    io:put_chars("#c gb_trees.update.3.8\n"),
    io:format("~p~n", [catch gb_trees:update(a, a, {0,nil})]).

c189() ->
    io:put_chars("#c gb_trees.update.3.12\n"),
    io:format("~p~n", [catch gb_trees:update(100000000000000000000.0, 42, {0,nil})]).

t189() ->
    io:put_chars("#t gb_trees.update.3.12\n"),
    try gb_trees:update(100000000000000000000.0, 42, {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c190() ->
    io:put_chars("#c gb_trees.update.3.16\n"),
    io:format("~p~n", [catch gb_trees:update(42, 100000000000000000000.0, {0,nil})]).

c191() ->
    io:put_chars("#c gb_trees.update.3.20\n"),
    io:format("~p~n", [catch gb_trees:update(42, <<1:3>>, {0,nil})]).

t191() ->
    io:put_chars("#t gb_trees.update.3.20\n"),
    try gb_trees:update(42, <<1:3>>, {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c192() ->
    io:put_chars("#c gb_trees.update.3.24\n"),
    io:format("~p~n", [catch gb_trees:update(42, 42, [])]).

c193() ->
    io:put_chars("#c gb_trees.values.1.2\n"),
    io:format("~p~n", [catch gb_trees:values({a,b})]).

t193() ->
    io:put_chars("#t gb_trees.values.1.2\n"),
    try gb_trees:values({a,b}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c194() ->
    io:put_chars("#c gb_trees.values.1.6\n"),
    io:format("~p~n", [catch gb_trees:values(1180591620717411303424)]).

c195() ->
    io:put_chars("#c gb_sets.add.2.3\n"),
    io:format("~p~n", [catch gb_sets:add(a, {0,nil})]).

t195() ->
    io:put_chars("#t gb_sets.add.2.3\n"),
    try gb_sets:add(a, {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c196() ->
    io:put_chars("#c gb_sets.add.2.7\n"),
    io:format("~p~n", [catch gb_sets:add(#{a => 1}, {0,nil})]).

c197() ->
    io:put_chars("#c gb_sets.add.2.11\n"),
    io:format("~p~n", [catch gb_sets:add(42, '\x{e9}t\x{e9}')]).

t197() ->
    io:put_chars("#t gb_sets.add.2.11\n"),
    try gb_sets:add(42, '\x{e9}t\x{e9}') of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c198() ->
    io:put_chars("#c gb_sets.add.2.15\n"),
    io:format("~p~n", [catch gb_sets:add(42, <<1,2>>)]).

c199() ->
    io:put_chars("#c gb_sets.add_element.2.4\n"),
    io:format("~p~n", [catch gb_sets:add_element(fun(X) -> X end, {0,nil})]).

t199() ->
    io:put_chars("#t gb_sets.add_element.2.4\n"),
    try gb_sets:add_element(fun(X) -> X end, {0,nil}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c200() ->
    io:put_chars("#c gb_sets.add_element.2.8\n"),
    io:format("~p~n", [catch gb_sets:add_element("h\x{e9}llo", {0,nil})]).


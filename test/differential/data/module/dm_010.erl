-module(dm_010).
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
    io:put_chars("#c timer.seconds.1.3\n"),
    io:format("~p~n", [catch timer:seconds({a,b})]).

t1() ->
    io:put_chars("#t timer.seconds.1.3\n"),
    try timer:seconds({a,b}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c2() ->
    io:put_chars("#c timer.seconds.1.7\n"),
    io:format("~p~n", [catch timer:seconds(1180591620717411303424)]).

c3() ->
    io:put_chars("#c filename.append.2.3\n"),
    io:format("~p~n", [catch filename:append("", a)]).

t3() ->
    io:put_chars("#t filename.append.2.3\n"),
    try filename:append("", a) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c4() ->
    io:put_chars("#c filename.append.2.7\n"),
    io:format("~p~n", [catch filename:append(<<"abc">>, "abc")]).

c5() ->
    io:put_chars("#c filename.append.2.11\n"),
    io:format("~p~n", [catch filename:append(1180591620717411303424, "abc")]).

t5() ->
    io:put_chars("#t filename.append.2.11\n"),
    try filename:append(1180591620717411303424, "abc") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c6() ->
    io:put_chars("#c filename.append.2.15\n"),
    io:format("~p~n", [catch filename:append("", [1,[2,<<3>>]])]).

c7() ->
    io:put_chars("#c filename.append.2.19\n"),
    io:format("~p~n", [catch filename:append("", "\x{65e5}\x{672c}")]).

t7() ->
    io:put_chars("#t filename.append.2.19\n"),
    try filename:append("", "\x{65e5}\x{672c}") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c8() ->
    io:put_chars("#c filename.basename.1.4\n"),
    io:format("~p~n", [catch filename:basename(#{a => 1})]).

c9() ->
    io:put_chars("#c filename.basename.1.8\n"),
    io:format("~p~n", [catch filename:basename(-1.5)]).

t9() ->
    io:put_chars("#t filename.basename.1.8\n"),
    try filename:basename(-1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c10() ->
    io:put_chars("#c filename.basename.2.3\n"),
    io:format("~p~n", [catch filename:basename("abc", a)]).

c11() ->
    io:put_chars("#c filename.basename.2.7\n"),
    io:format("~p~n", [catch filename:basename(a, "abc")]).

t11() ->
    io:put_chars("#t filename.basename.2.7\n"),
    try filename:basename(a, "abc") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c12() ->
    io:put_chars("#c filename.basename.2.11\n"),
    io:format("~p~n", [catch filename:basename(100000000000000000000.0, "abc")]).

c13() ->
    io:put_chars("#c filename.basename.2.15\n"),
    io:format("~p~n", [catch filename:basename("abc", -1)]).

t13() ->
    io:put_chars("#t filename.basename.2.15\n"),
    try filename:basename("abc", -1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c14() ->
    io:put_chars("#c filename.basename.2.19\n"),
    io:format("~p~n", [catch filename:basename("abc", [1,[2,<<3>>]])]).

c15() ->
    io:put_chars("#c filename.dirname.1.3\n"),
    io:format("~p~n", [catch filename:dirname(a)]).

t15() ->
    io:put_chars("#t filename.dirname.1.3\n"),
    try filename:dirname(a) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c16() ->
    io:put_chars("#c filename.dirname.1.7\n"),
    io:format("~p~n", [catch filename:dirname(1180591620717411303424)]).

c17() ->
    io:put_chars("#c filename.extension.1.2\n"),
    io:format("~p~n", [catch filename:extension([a])]).

t17() ->
    io:put_chars("#t filename.extension.1.2\n"),
    try filename:extension([a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c18() ->
    io:put_chars("#c filename.extension.1.6\n"),
    io:format("~p~n", [catch filename:extension(#{a => 1})]).

c19() ->
    io:put_chars("#c filename.flatten.1.1\n"),
    io:format("~p~n", [catch filename:flatten("abc")]).

t19() ->
    io:put_chars("#t filename.flatten.1.1\n"),
    try filename:flatten("abc") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c20() ->
    io:put_chars("#c filename.flatten.1.5\n"),
    io:format("~p~n", [catch filename:flatten([-1])]).

c21() ->
    io:put_chars("#c filename.flatten.1.9\n"),
    io:format("~p~n", [catch filename:flatten({a,b})]).

t21() ->
    io:put_chars("#t filename.flatten.1.9\n"),
    try filename:flatten({a,b}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c22() ->
    io:put_chars("#c filename.join.1.4\n"),
    io:format("~p~n", [catch filename:join(-1)]).

c23() ->
    io:put_chars("#c filename.join.1.8\n"),
    io:format("~p~n", [catch filename:join([1,[2,<<3>>]])]).

t23() ->
    io:put_chars("#t filename.join.1.8\n"),
    try filename:join([1,[2,<<3>>]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c24() ->
    io:put_chars("#c filename.join.2.3\n"),
    io:format("~p~n", [catch filename:join("abc", a)]).

c25() ->
    io:put_chars("#c filename.join.2.7\n"),
    io:format("~p~n", [catch filename:join(a, "abc")]).

t25() ->
    io:put_chars("#t filename.join.2.7\n"),
    try filename:join(a, "abc") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c26() ->
    io:put_chars("#c filename.join.2.11\n"),
    io:format("~p~n", [catch filename:join(x, "abc")]).

c27() ->
    io:put_chars("#c filename.join.2.15\n"),
    io:format("~p~n", [catch filename:join("abc", x)]).

t27() ->
    io:put_chars("#t filename.join.2.15\n"),
    try filename:join("abc", x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c28() ->
    io:put_chars("#c filename.join.2.19\n"),
    io:format("~p~n", [catch filename:join("abc", "")]).

c29() ->
    io:put_chars("#c filename.module_info.1.2\n"),
    io:format("~p~n", [catch filename:module_info([1,2])]).

t29() ->
    io:put_chars("#t filename.module_info.1.2\n"),
    try filename:module_info([1,2]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c30() ->
    io:put_chars("#c filename.module_info.1.6\n"),
    io:format("~p~n", [catch filename:module_info(<<1:3>>)]).

c31() ->
    io:put_chars("#c filename.nativename.1.1\n"),
    io:format("~p~n", [catch filename:nativename("abc")]).

t31() ->
    io:put_chars("#t filename.nativename.1.1\n"),
    try filename:nativename("abc") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c32() ->
    io:put_chars("#c filename.nativename.1.5\n"),
    io:format("~p~n", [catch filename:nativename(-1.5)]).

c33() ->
    io:put_chars("#c filename.nativename.1.9\n"),
    io:format("~p~n", [catch filename:nativename(<<"h\x{e9}llo"/utf8>>)]).

t33() ->
    io:put_chars("#t filename.nativename.1.9\n"),
    try filename:nativename(<<"h\x{e9}llo"/utf8>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c34() ->
    io:put_chars("#c filename.pathtype.1.4\n"),
    io:format("~p~n", [catch filename:pathtype(<<1,2>>)]).

c35() ->
    io:put_chars("#c filename.pathtype.1.8\n"),
    io:format("~p~n", [catch filename:pathtype([])]).

t35() ->
    io:put_chars("#t filename.pathtype.1.8\n"),
    try filename:pathtype([]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c36() ->
    io:put_chars("#c filename.rootname.1.3\n"),
    io:format("~p~n", [catch filename:rootname(a)]).

c37() ->
    io:put_chars("#c filename.rootname.1.7\n"),
    io:format("~p~n", [catch filename:rootname({a,b})]).

t37() ->
    io:put_chars("#t filename.rootname.1.7\n"),
    try filename:rootname({a,b}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c38() ->
    io:put_chars("#c filename.rootname.2.2\n"),
    io:format("~p~n", [catch filename:rootname("abc", [a])]).

c39() ->
    io:put_chars("#c filename.rootname.2.6\n"),
    io:format("~p~n", [catch filename:rootname([a], a)]).

t39() ->
    io:put_chars("#t filename.rootname.2.6\n"),
    try filename:rootname([a], a) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c40() ->
    io:put_chars("#c filename.rootname.2.10\n"),
    io:format("~p~n", [catch filename:rootname("h\x{e9}llo", "abc")]).

c41() ->
    io:put_chars("#c filename.rootname.2.14\n"),
    io:format("~p~n", [catch filename:rootname('\x{e9}t\x{e9}', "abc")]).

t41() ->
    io:put_chars("#t filename.rootname.2.14\n"),
    try filename:rootname('\x{e9}t\x{e9}', "abc") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c42() ->
    io:put_chars("#c filename.rootname.2.18\n"),
    io:format("~p~n", [catch filename:rootname("abc", <<1,2>>)]).

c43() ->
    io:put_chars("#c filename.split.1.2\n"),
    io:format("~p~n", [catch filename:split([a])]).

t43() ->
    io:put_chars("#t filename.split.1.2\n"),
    try filename:split([a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c44() ->
    io:put_chars("#c filename.split.1.6\n"),
    io:format("~p~n", [catch filename:split([])]).

c45() ->
    io:put_chars("#c filename.validate.1.1\n"),
    io:format("~p~n", [catch filename:validate("abc")]).

t45() ->
    io:put_chars("#t filename.validate.1.1\n"),
    try filename:validate("abc") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c46() ->
    io:put_chars("#c filename.validate.1.5\n"),
    io:format("~p~n", [catch filename:validate([a|b])]).

c47() ->
    io:put_chars("#c filename.validate.1.9\n"),
    io:format("~p~n", [catch filename:validate([-1])]).

t47() ->
    io:put_chars("#t filename.validate.1.9\n"),
    try filename:validate([-1]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c48() ->
    io:put_chars("#c queue.all.2.4\n"),
    io:format("~p~n", [catch queue:all(#{a => 1}, {[a,42,[1,2]],[a,42,[1,2]]})]).

c49() ->
    io:put_chars("#c queue.all.2.8\n"),
    io:format("~p~n", [catch queue:all(-1.5, {[a,42,[1,2]],[a,42,[1,2]]})]).

t49() ->
    io:put_chars("#t queue.all.2.8\n"),
    try queue:all(-1.5, {[a,42,[1,2]],[a,42,[1,2]]}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c50() ->
    io:put_chars("#c queue.all.2.12\n"),
    io:format("~p~n", [catch queue:all(fun(X) -> X > 1 end, <<1,2>>)]).

c51() ->
    io:put_chars("#c queue.any.2.2\n"),
    io:format("~p~n", [catch queue:any(fun(X) -> X + 1 end, {[a,42,[1,2]],[a,42,[1,2]]})]).

t51() ->
    io:put_chars("#t queue.any.2.2\n"),
    try queue:any(fun(X) -> X + 1 end, {[a,42,[1,2]],[a,42,[1,2]]}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c52() ->
    io:put_chars("#c queue.any.2.6\n"),
    io:format("~p~n", [catch queue:any("h\x{e9}llo", {[a,42,[1,2]],[a,42,[1,2]]})]).

c53() ->
    io:put_chars("#c queue.any.2.10\n"),
    io:format("~p~n", [catch queue:any(fun(X) -> X > 1 end, -1.5)]).

t53() ->
    io:put_chars("#t queue.any.2.10\n"),
    try queue:any(fun(X) -> X > 1 end, -1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c54() ->
    io:put_chars("#c queue.any.2.14\n"),
    io:format("~p~n", [catch queue:any(fun(X) -> X > 1 end, <<"h\x{e9}llo"/utf8>>)]).

c55() ->
    io:put_chars("#c queue.cons.2.4\n"),
    io:format("~p~n", [catch queue:cons(100000000000000000000.0, {[a,42,[1,2]],[a,42,[1,2]]})]).

t55() ->
    io:put_chars("#t queue.cons.2.4\n"),
    try queue:cons(100000000000000000000.0, {[a,42,[1,2]],[a,42,[1,2]]}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c56() ->
    io:put_chars("#c queue.cons.2.8\n"),
    io:format("~p~n", [catch queue:cons(<<1:3>>, {[a,42,[1,2]],[a,42,[1,2]]})]).

c57() ->
    io:put_chars("#c queue.cons.2.12\n"),
    io:format("~p~n", [catch queue:cons(42, <<1,2>>)]).

t57() ->
    io:put_chars("#t queue.cons.2.12\n"),
    try queue:cons(42, <<1,2>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c58() ->
    io:put_chars("#c queue.daeh.1.1\n"),
    io:format("~p~n", [catch queue:daeh({[a,42,[1,2]],[a,42,[1,2]]})]).

c59() ->
    io:put_chars("#c queue.daeh.1.5\n"),
    io:format("~p~n", [catch queue:daeh(100000000000000000000.0)]).

t59() ->
    io:put_chars("#t queue.daeh.1.5\n"),
    try queue:daeh(100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c60() ->
    io:put_chars("#c queue.delete.2.2\n"),
    io:format("~p~n", [catch queue:delete([1,2], {[a,42,[1,2]],[a,42,[1,2]]})]).

c61() ->
    io:put_chars("#c queue.delete.2.6\n"),
    io:format("~p~n", [catch queue:delete("", {[a,42,[1,2]],[a,42,[1,2]]})]).

t61() ->
    io:put_chars("#t queue.delete.2.6\n"),
    try queue:delete("", {[a,42,[1,2]],[a,42,[1,2]]}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c62() ->
    io:put_chars("#c queue.delete.2.10\n"),
    io:format("~p~n", [catch queue:delete(42, 1180591620717411303424)]).

c63() ->
    io:put_chars("#c queue.delete.2.14\n"),
    io:format("~p~n", [catch queue:delete(42, 0)]).

t63() ->
    io:put_chars("#t queue.delete.2.14\n"),
    try queue:delete(42, 0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c64() ->
    io:put_chars("#c queue.delete_r.2.3\n"),
    io:format("~p~n", [catch queue:delete_r(a, {[a,42,[1,2]],[a,42,[1,2]]})]).

c65() ->
    io:put_chars("#c queue.delete_r.2.7\n"),
    io:format("~p~n", [catch queue:delete_r(0, {[a,42,[1,2]],[a,42,[1,2]]})]).

t65() ->
    io:put_chars("#t queue.delete_r.2.7\n"),
    try queue:delete_r(0, {[a,42,[1,2]],[a,42,[1,2]]}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c66() ->
    io:put_chars("#c queue.delete_r.2.11\n"),
    io:format("~p~n", [catch queue:delete_r(42, fun(X) -> X end)]).

c67() ->
    io:put_chars("#c queue.delete_r.2.15\n"),
    io:format("~p~n", [catch queue:delete_r(42, "h\x{e9}llo")]).

t67() ->
    io:put_chars("#t queue.delete_r.2.15\n"),
    try queue:delete_r(42, "h\x{e9}llo") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c68() ->
    io:put_chars("#c queue.delete_with.2.4\n"),
    io:format("~p~n", [catch queue:delete_with("", {[a,42,[1,2]],[a,42,[1,2]]})]).

c69() ->
    io:put_chars("#c queue.delete_with.2.8\n"),
    io:format("~p~n", [catch queue:delete_with(#{a => 1}, {[a,42,[1,2]],[a,42,[1,2]]})]).

t69() ->
    io:put_chars("#t queue.delete_with.2.8\n"),
    try queue:delete_with(#{a => 1}, {[a,42,[1,2]],[a,42,[1,2]]}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c70() ->
    io:put_chars("#c queue.delete_with.2.12\n"),
    io:format("~p~n", [catch queue:delete_with(fun(X) -> X > 1 end, #{a => 1})]).

c71() ->
    io:put_chars("#c queue.delete_with_r.2.2\n"),
    io:format("~p~n", [catch queue:delete_with_r(fun(X) -> X + 1 end, {[a,42,[1,2]],[a,42,[1,2]]})]).

t71() ->
    io:put_chars("#t queue.delete_with_r.2.2\n"),
    try queue:delete_with_r(fun(X) -> X + 1 end, {[a,42,[1,2]],[a,42,[1,2]]}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c72() ->
    io:put_chars("#c queue.delete_with_r.2.6\n"),
    io:format("~p~n", [catch queue:delete_with_r("", {[a,42,[1,2]],[a,42,[1,2]]})]).

c73() ->
    io:put_chars("#c queue.delete_with_r.2.10\n"),
    io:format("~p~n", [catch queue:delete_with_r(fun(X) -> X > 1 end, 1180591620717411303424)]).

t73() ->
    io:put_chars("#t queue.delete_with_r.2.10\n"),
    try queue:delete_with_r(fun(X) -> X > 1 end, 1180591620717411303424) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c74() ->
    io:put_chars("#c queue.delete_with_r.2.14\n"),
    io:format("~p~n", [catch queue:delete_with_r(fun(X) -> X > 1 end, 0)]).

c75() ->
    io:put_chars("#c queue.drop.1.4\n"),
    io:format("~p~n", [catch queue:drop([1,[2,<<3>>]])]).

t75() ->
    io:put_chars("#t queue.drop.1.4\n"),
    try queue:drop([1,[2,<<3>>]]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c76() ->
    io:put_chars("#c queue.drop_r.1.1\n"),
    io:format("~p~n", [catch queue:drop_r({[a,42,[1,2]],[a,42,[1,2]]})]).

c77() ->
    io:put_chars("#c queue.drop_r.1.5\n"),
    io:format("~p~n", [catch queue:drop_r(100000000000000000000.0)]).

t77() ->
    io:put_chars("#t queue.drop_r.1.5\n"),
    try queue:drop_r(100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c78() ->
    io:put_chars("#c queue.filter.2.2\n"),
    io:format("~p~n", [catch queue:filter(fun(X) -> X + 1 end, {[a,42,[1,2]],[a,42,[1,2]]})]).

c79() ->
    io:put_chars("#c queue.filter.2.6\n"),
    io:format("~p~n", [catch queue:filter(#{a => 1}, {[a,42,[1,2]],[a,42,[1,2]]})]).

t79() ->
    io:put_chars("#t queue.filter.2.6\n"),
    try queue:filter(#{a => 1}, {[a,42,[1,2]],[a,42,[1,2]]}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c80() ->
    io:put_chars("#c queue.filter.2.10\n"),
    io:format("~p~n", [catch queue:filter(fun(X) -> X > 1 end, [1,[2,<<3>>]])]).

c81() ->
    io:put_chars("#c queue.filter.2.14\n"),
    io:format("~p~n", [catch queue:filter(fun(X) -> X > 1 end, "\x{65e5}\x{672c}")]).

t81() ->
    io:put_chars("#t queue.filter.2.14\n"),
    try queue:filter(fun(X) -> X > 1 end, "\x{65e5}\x{672c}") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c82() ->
    io:put_chars("#c queue.filtermap.2.4\n"),
    io:format("~p~n", [catch queue:filtermap("h\x{e9}llo", {[a,42,[1,2]],[a,42,[1,2]]})]).

c83() ->
    io:put_chars("#c queue.filtermap.2.8\n"),
    io:format("~p~n", [catch queue:filtermap('\x{e9}t\x{e9}', {[a,42,[1,2]],[a,42,[1,2]]})]).

t83() ->
    io:put_chars("#t queue.filtermap.2.8\n"),
    try queue:filtermap('\x{e9}t\x{e9}', {[a,42,[1,2]],[a,42,[1,2]]}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c84() ->
    io:put_chars("#c queue.filtermap.2.12\n"),
    io:format("~p~n", [catch queue:filtermap(fun(X) -> X > 1 end, [a|b])]).

c85() ->
    io:put_chars("#c queue.fold.3.2\n"),
    io:format("~p~n", [catch queue:fold(fun(X, Y) -> [X|Y] end, [1,2], {[a,42,[1,2]],[a,42,[1,2]]})]).

t85() ->
    io:put_chars("#t queue.fold.3.2\n"),
    try queue:fold(fun(X, Y) -> [X|Y] end, [1,2], {[a,42,[1,2]],[a,42,[1,2]]}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c86() ->
    io:put_chars("#c queue.fold.3.6\n"),
    io:format("~p~n", [catch queue:fold(fun(X, _Y) -> X + 1 end, a, {[a,42,[1,2]],[a,42,[1,2]]})]).

c87() ->
    io:put_chars("#c queue.fold.3.10\n"),
    io:format("~p~n", [catch queue:fold(100000000000000000000.0, 42, {[a,42,[1,2]],[a,42,[1,2]]})]).

t87() ->
    io:put_chars("#t queue.fold.3.10\n"),
    try queue:fold(100000000000000000000.0, 42, {[a,42,[1,2]],[a,42,[1,2]]}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c88() ->
    io:put_chars("#c queue.fold.3.14\n"),
    io:format("~p~n", [catch queue:fold(fun(X, Y) -> [X|Y] end, -1, {[a,42,[1,2]],[a,42,[1,2]]})]).

c89() ->
    io:put_chars("#c queue.fold.3.18\n"),
    io:format("~p~n", [catch queue:fold(fun(X, Y) -> [X|Y] end, [1,[2,<<3>>]], {[a,42,[1,2]],[a,42,[1,2]]})]).

t89() ->
    io:put_chars("#t queue.fold.3.18\n"),
    try queue:fold(fun(X, Y) -> [X|Y] end, [1,[2,<<3>>]], {[a,42,[1,2]],[a,42,[1,2]]}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c90() ->
    io:put_chars("#c queue.fold.3.22\n"),
    io:format("~p~n", [catch queue:fold(fun(X, Y) -> [X|Y] end, 42, fun(X) -> X end)]).

c91() ->
    io:put_chars("#c queue.from_list.1.2\n"),
    io:format("~p~n", [catch queue:from_list([a])]).

t91() ->
    io:put_chars("#t queue.from_list.1.2\n"),
    try queue:from_list([a]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c92() ->
    io:put_chars("#c queue.from_list.1.6\n"),
    io:format("~p~n", [catch queue:from_list("h\x{e9}llo")]).

c93() ->
    io:put_chars("#c queue.get.1.1\n"),
    io:format("~p~n", [catch queue:get({[a,42,[1,2]],[a,42,[1,2]]})]).

t93() ->
    io:put_chars("#t queue.get.1.1\n"),
    try queue:get({[a,42,[1,2]],[a,42,[1,2]]}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c94() ->
    io:put_chars("#c queue.get.1.5\n"),
    io:format("~p~n", [catch queue:get(-1.5)]).

c95() ->
    io:put_chars("#c queue.get_r.1.2\n"),
    io:format("~p~n", [catch queue:get_r(#{a => 1})]).

t95() ->
    io:put_chars("#t queue.get_r.1.2\n"),
    try queue:get_r(#{a => 1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c96() ->
    io:put_chars("#c queue.get_r.1.6\n"),
    io:format("~p~n", [catch queue:get_r(-1.5)]).

c97() ->
    io:put_chars("#c queue.head.1.3\n"),
    io:format("~p~n", [catch queue:head(1180591620717411303424)]).

t97() ->
    io:put_chars("#t queue.head.1.3\n"),
    try queue:head(1180591620717411303424) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c98() ->
    io:put_chars("#c queue.head.1.7\n"),
    io:format("~p~n", [catch queue:head(0)]).

c99() ->
    io:put_chars("#c queue.in.2.4\n"),
    io:format("~p~n", [catch queue:in('\x{e9}t\x{e9}', {[a,42,[1,2]],[a,42,[1,2]]})]).

t99() ->
    io:put_chars("#t queue.in.2.4\n"),
    try queue:in('\x{e9}t\x{e9}', {[a,42,[1,2]],[a,42,[1,2]]}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c100() ->
    io:put_chars("#c queue.in.2.8\n"),
    io:format("~p~n", [catch queue:in(<<1,2>>, {[a,42,[1,2]],[a,42,[1,2]]})]).

c101() ->
    io:put_chars("#c queue.in.2.12\n"),
    io:format("~p~n", [catch queue:in(42, -1.5)]).

t101() ->
    io:put_chars("#t queue.in.2.12\n"),
    try queue:in(42, -1.5) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c102() ->
    io:put_chars("#c queue.in_r.2.1\n"),
    io:format("~p~n", [catch queue:in_r(42, {[a,42,[1,2]],[a,42,[1,2]]})]).

c103() ->
    io:put_chars("#c queue.in_r.2.5\n"),
    io:format("~p~n", [catch queue:in_r("h\x{e9}llo", {[a,42,[1,2]],[a,42,[1,2]]})]).

t103() ->
    io:put_chars("#t queue.in_r.2.5\n"),
    try queue:in_r("h\x{e9}llo", {[a,42,[1,2]],[a,42,[1,2]]}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c104() ->
    io:put_chars("#c queue.in_r.2.9\n"),
    io:format("~p~n", [catch queue:in_r('\x{e9}t\x{e9}', {[a,42,[1,2]],[a,42,[1,2]]})]).

c105() ->
    io:put_chars("#c queue.in_r.2.13\n"),
    io:format("~p~n", [catch queue:in_r(42, "h\x{e9}llo")]).

t105() ->
    io:put_chars("#t queue.in_r.2.13\n"),
    try queue:in_r(42, "h\x{e9}llo") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c106() ->
    io:put_chars("#c queue.init.1.2\n"),
    io:format("~p~n", [catch queue:init(<<"h\x{e9}llo"/utf8>>)]).

c107() ->
    io:put_chars("#c queue.init.1.6\n"),
    io:format("~p~n", [catch queue:init(x)]).

t107() ->
    io:put_chars("#t queue.init.1.6\n"),
    try queue:init(x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c108() ->
    io:put_chars("#c queue.is_empty.1.3\n"),
    io:format("~p~n", [catch queue:is_empty("\x{65e5}\x{672c}")]).

c109() ->
    io:put_chars("#c queue.is_empty.1.7\n"),
    io:format("~p~n", [catch queue:is_empty(100000000000000000000.0)]).

t109() ->
    io:put_chars("#t queue.is_empty.1.7\n"),
    try queue:is_empty(100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c110() ->
    io:put_chars("#c queue.is_queue.1.4\n"),
    io:format("~p~n", [catch queue:is_queue(<<1:3>>)]).

c111() ->
    io:put_chars("#c queue.is_queue.1.8\n"),
    io:format("~p~n", [catch queue:is_queue(-1)]).

t111() ->
    io:put_chars("#t queue.is_queue.1.8\n"),
    try queue:is_queue(-1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c112() ->
    io:put_chars("#c queue.join.2.3\n"),
    io:format("~p~n", [catch queue:join(-1.5, {[a,42,[1,2]],[a,42,[1,2]]})]).

c113() ->
    io:put_chars("#c queue.join.2.7\n"),
    io:format("~p~n", [catch queue:join(<<"h\x{e9}llo"/utf8>>, {[a,42,[1,2]],[a,42,[1,2]]})]).

t113() ->
    io:put_chars("#t queue.join.2.7\n"),
    try queue:join(<<"h\x{e9}llo"/utf8>>, {[a,42,[1,2]],[a,42,[1,2]]}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c114() ->
    io:put_chars("#c queue.join.2.11\n"),
    io:format("~p~n", [catch queue:join({[a,42,[1,2]],[a,42,[1,2]]}, <<1,2>>)]).

c115() ->
    io:put_chars("#c queue.lait.1.2\n"),
    io:format("~p~n", [catch queue:lait(<<1:3>>)]).

t115() ->
    io:put_chars("#t queue.lait.1.2\n"),
    try queue:lait(<<1:3>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c116() ->
    io:put_chars("#c queue.lait.1.6\n"),
    io:format("~p~n", [catch queue:lait(-1)]).

c117() ->
    io:put_chars("#c queue.last.1.3\n"),
    io:format("~p~n", [catch queue:last(100000000000000000000.0)]).

t117() ->
    io:put_chars("#t queue.last.1.3\n"),
    try queue:last(100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c118() ->
    io:put_chars("#c queue.last.1.7\n"),
    io:format("~p~n", [catch queue:last(<<1:3>>)]).

c119() ->
    io:put_chars("#c queue.len.1.4\n"),
    io:format("~p~n", [catch queue:len(0)]).

t119() ->
    io:put_chars("#t queue.len.1.4\n"),
    try queue:len(0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c120() ->
    io:put_chars("#c queue.liat.1.1\n"),
    io:format("~p~n", [catch queue:liat({[a,42,[1,2]],[a,42,[1,2]]})]).

c121() ->
    io:put_chars("#c queue.liat.1.5\n"),
    io:format("~p~n", [catch queue:liat("h\x{e9}llo")]).

t121() ->
    io:put_chars("#t queue.liat.1.5\n"),
    try queue:liat("h\x{e9}llo") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c122() ->
    io:put_chars("#c queue.member.2.2\n"),
    io:format("~p~n", [catch queue:member([1,2], {[a,42,[1,2]],[a,42,[1,2]]})]).

c123() ->
    io:put_chars("#c queue.member.2.6\n"),
    io:format("~p~n", [catch queue:member(100000000000000000000.0, {[a,42,[1,2]],[a,42,[1,2]]})]).

t123() ->
    io:put_chars("#t queue.member.2.6\n"),
    try queue:member(100000000000000000000.0, {[a,42,[1,2]],[a,42,[1,2]]}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c124() ->
    io:put_chars("#c queue.member.2.10\n"),
    io:format("~p~n", [catch queue:member(42, "")]).

c125() ->
    io:put_chars("#c queue.member.2.14\n"),
    io:format("~p~n", [catch queue:member(42, #{a => 1})]).

t125() ->
    io:put_chars("#t queue.member.2.14\n"),
    try queue:member(42, #{a => 1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c126() ->
    io:put_chars("#c queue.out.1.2\n"),
    io:format("~p~n", [catch queue:out(-1.5)]).

c127() ->
    io:put_chars("#c queue.out.1.6\n"),
    io:format("~p~n", [catch queue:out(<<"h\x{e9}llo"/utf8>>)]).

t127() ->
    io:put_chars("#t queue.out.1.6\n"),
    try queue:out(<<"h\x{e9}llo"/utf8>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c128() ->
    io:put_chars("#c queue.out_r.1.3\n"),
    io:format("~p~n", [catch queue:out_r(x)]).

c129() ->
    io:put_chars("#c queue.out_r.1.7\n"),
    io:format("~p~n", [catch queue:out_r("")]).

t129() ->
    io:put_chars("#t queue.out_r.1.7\n"),
    try queue:out_r("") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c130() ->
    io:put_chars("#c queue.peek.1.4\n"),
    io:format("~p~n", [catch queue:peek(0)]).

c131() ->
    io:put_chars("#c queue.peek_r.1.1\n"),
    io:format("~p~n", [catch queue:peek_r({[a,42,[1,2]],[a,42,[1,2]]})]).

t131() ->
    io:put_chars("#t queue.peek_r.1.1\n"),
    try queue:peek_r({[a,42,[1,2]],[a,42,[1,2]]}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c132() ->
    io:put_chars("#c queue.peek_r.1.5\n"),
    io:format("~p~n", [catch queue:peek_r("")]).

c133() ->
    io:put_chars("#c queue.reverse.1.2\n"),
    io:format("~p~n", [catch queue:reverse(100000000000000000000.0)]).

t133() ->
    io:put_chars("#t queue.reverse.1.2\n"),
    try queue:reverse(100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c134() ->
    io:put_chars("#c queue.reverse.1.6\n"),
    io:format("~p~n", [catch queue:reverse(<<1:3>>)]).

c135() ->
    io:put_chars("#c queue.snoc.2.3\n"),
    io:format("~p~n", [catch queue:snoc({[a,42,[1,2]],[a,42,[1,2]]}, a)]).

t135() ->
    io:put_chars("#t queue.snoc.2.3\n"),
    try queue:snoc({[a,42,[1,2]],[a,42,[1,2]]}, a) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c136() ->
    io:put_chars("#c queue.snoc.2.7\n"),
    io:format("~p~n", [catch queue:snoc([1,[2,<<3>>]], 42)]).

c137() ->
    io:put_chars("#c queue.snoc.2.11\n"),
    io:format("~p~n", [catch queue:snoc({[a,42,[1,2]],[a,42,[1,2]]}, [-1])]).

t137() ->
    io:put_chars("#t queue.snoc.2.11\n"),
    try queue:snoc({[a,42,[1,2]],[a,42,[1,2]]}, [-1]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c138() ->
    io:put_chars("#c queue.snoc.2.15\n"),
    io:format("~p~n", [catch queue:snoc({[a,42,[1,2]],[a,42,[1,2]]}, {a,b})]).

c139() ->
    io:put_chars("#c queue.split.2.4\n"),
    io:format("~p~n", [catch queue:split(fun(X) -> X end, {[a,42,[1,2]],[a,42,[1,2]]})]).

t139() ->
    io:put_chars("#t queue.split.2.4\n"),
    try queue:split(fun(X) -> X end, {[a,42,[1,2]],[a,42,[1,2]]}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c140() ->
    io:put_chars("#c queue.split.2.8\n"),
    io:format("~p~n", [catch queue:split("h\x{e9}llo", {[a,42,[1,2]],[a,42,[1,2]]})]).

c141() ->
    io:put_chars("#c queue.split.2.12\n"),
    io:format("~p~n", [catch queue:split(0, "")]).

t141() ->
    io:put_chars("#t queue.split.2.12\n"),
    try queue:split(0, "") of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c142() ->
    io:put_chars("#c queue.tail.1.2\n"),
    io:format("~p~n", [catch queue:tail({a,b})]).

c143() ->
    io:put_chars("#c queue.tail.1.6\n"),
    io:format("~p~n", [catch queue:tail(1180591620717411303424)]).

t143() ->
    io:put_chars("#t queue.tail.1.6\n"),
    try queue:tail(1180591620717411303424) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c144() ->
    io:put_chars("#c queue.to_list.1.3\n"),
    io:format("~p~n", [catch queue:to_list([])]).

c145() ->
    io:put_chars("#c queue.to_list.1.7\n"),
    io:format("~p~n", [catch queue:to_list(fun(X) -> X end)]).

t145() ->
    io:put_chars("#t queue.to_list.1.7\n"),
    try queue:to_list(fun(X) -> X end) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c146() ->
    io:put_chars("#c sets.add_element.2.4\n"),
    io:format("~p~n", [catch sets:add_element([1,2], #{})]).

c147() ->
    io:put_chars("#c sets.add_element.2.8\n"),
    io:format("~p~n", [catch sets:add_element(a, a)]).

t147() ->
    io:put_chars("#t sets.add_element.2.8\n"),
    try sets:add_element(a, a) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c148() ->
    io:put_chars("#c sets.add_element.2.12\n"),
    io:format("~p~n", [catch sets:add_element([-1], #{})]).

c149() ->
    io:put_chars("#c sets.add_element.2.16\n"),
    io:format("~p~n", [catch sets:add_element(42, x)]).

t149() ->
    io:put_chars("#t sets.add_element.2.16\n"),
    try sets:add_element(42, x) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c150() ->
    io:put_chars("#c sets.add_element.2.20\n"),
    io:format("~p~n", [catch sets:add_element(42, "")]).

c151() ->
    io:put_chars("#c sets.del_element.2.4\n"),
    io:format("~p~n", [catch sets:del_element([1,2], #{})]).

t151() ->
    io:put_chars("#t sets.del_element.2.4\n"),
    try sets:del_element([1,2], #{}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c152() ->
    io:put_chars("#c sets.del_element.2.8\n"),
    io:format("~p~n", [catch sets:del_element(a, a)]).

c153() ->
    io:put_chars("#c sets.del_element.2.12\n"),
    io:format("~p~n", [catch sets:del_element('\x{e9}t\x{e9}', #{})]).

t153() ->
    io:put_chars("#t sets.del_element.2.12\n"),
    try sets:del_element('\x{e9}t\x{e9}', #{}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c154() ->
    io:put_chars("#c sets.del_element.2.16\n"),
    io:format("~p~n", [catch sets:del_element(42, [])]).

c155() ->
    io:put_chars("#c sets.del_element.2.20\n"),
    io:format("~p~n", [catch sets:del_element(42, fun(X) -> X end)]).

t155() ->
    io:put_chars("#t sets.del_element.2.20\n"),
    try sets:del_element(42, fun(X) -> X end) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c156() ->
    io:put_chars("#c sets.filter.2.4\n"),
    io:format("~p~n", [catch sets:filter(fun(X) -> X + 1 end, #{})]).

c157() ->
    io:put_chars("#c sets.filter.2.8\n"),
    io:format("~p~n", [catch sets:filter(-1.5, #{})]).

t157() ->
    io:put_chars("#t sets.filter.2.8\n"),
    try sets:filter(-1.5, #{}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c158() ->
    io:put_chars("#c sets.filter.2.12\n"),
    io:format("~p~n", [catch sets:filter(<<"h\x{e9}llo"/utf8>>, #{})]).

c159() ->
    io:put_chars("#c sets.filter.2.16\n"),
    io:format("~p~n", [catch sets:filter(fun(X) -> X > 1 end, <<"h\x{e9}llo"/utf8>>)]).

t159() ->
    io:put_chars("#t sets.filter.2.16\n"),
    try sets:filter(fun(X) -> X > 1 end, <<"h\x{e9}llo"/utf8>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c160() ->
    io:put_chars("#c sets.fold.3.2\n"),
    io:format("~p~n", [catch sets:fold(fun(X, Y) -> [X|Y] end, 42, a)]).

c161() ->
    io:put_chars("#c sets.fold.3.6\n"),
    io:format("~p~n", [catch sets:fold(fun(X, _Y) -> X + 1 end, [1,2], #{})]).

t161() ->
    io:put_chars("#t sets.fold.3.6\n"),
    try sets:fold(fun(X, _Y) -> X + 1 end, [1,2], #{}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c162() ->
    io:put_chars("#c sets.fold.3.10\n"),
    io:format("~p~n", [catch sets:fold([], 42, #{})]).

c163() ->
    io:put_chars("#c sets.fold.3.14\n"),
    io:format("~p~n", [catch sets:fold(fun(X) -> X end, 42, #{})]).

t163() ->
    io:put_chars("#t sets.fold.3.14\n"),
    try sets:fold(fun(X) -> X end, 42, #{}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c164() ->
    io:put_chars("#c sets.fold.3.18\n"),
    io:format("~p~n", [catch sets:fold(fun(X, Y) -> [X|Y] end, <<1,2>>, #{})]).

c165() ->
    io:put_chars("#c sets.fold.3.22\n"),
    io:format("~p~n", [catch sets:fold(fun(X, Y) -> [X|Y] end, 42, <<"h\x{e9}llo"/utf8>>)]).

t165() ->
    io:put_chars("#t sets.fold.3.22\n"),
    try sets:fold(fun(X, Y) -> [X|Y] end, 42, <<"h\x{e9}llo"/utf8>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c166() ->
    io:put_chars("#c sets.fold.3.26\n"),
    io:format("~p~n", [catch sets:fold(fun(X, Y) -> [X|Y] end, 42, x)]).

c167() ->
    io:put_chars("#c sets.from_list.1.4\n"),
    io:format("~p~n", [catch sets:from_list(#{a => 1})]).

t167() ->
    io:put_chars("#t sets.from_list.1.4\n"),
    try sets:from_list(#{a => 1}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c168() ->
    io:put_chars("#c sets.from_list.1.8\n"),
    io:format("~p~n", [catch sets:from_list([a|b])]).

c169() ->
    io:put_chars("#c sets.from_list.2.4\n"),
    io:format("~p~n", [catch sets:from_list([a], [])]).

t169() ->
    io:put_chars("#t sets.from_list.2.4\n"),
    try sets:from_list([a], []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c170() ->
    io:put_chars("#c sets.from_list.2.8\n"),
    io:format("~p~n", [catch sets:from_list([a,42,[1,2]], [{version,1}])]).

c171() ->
    io:put_chars("#c sets.from_list.2.12\n"),
    io:format("~p~n", [catch sets:from_list(-1.5, [])]).

t171() ->
    io:put_chars("#t sets.from_list.2.12\n"),
    try sets:from_list(-1.5, []) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c172() ->
    io:put_chars("#c sets.from_list.2.16\n"),
    io:format("~p~n", [catch sets:from_list([], 100000000000000000000.0)]).

c173() ->
    io:put_chars("#c sets.intersection.1.2\n"),
    io:format("~p~n", [catch sets:intersection([a,#{},42])]).

t173() ->
    io:put_chars("#t sets.intersection.1.2\n"),
    try sets:intersection([a,#{},42]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c174() ->
    io:put_chars("#c sets.intersection.1.6\n"),
    io:format("~p~n", [catch sets:intersection([-1])]).

c175() ->
    io:put_chars("#c sets.intersection.2.2\n"),
    io:format("~p~n", [catch sets:intersection(#{}, 42)]).

t175() ->
    io:put_chars("#t sets.intersection.2.2\n"),
    try sets:intersection(#{}, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c176() ->
    io:put_chars("#c sets.intersection.2.6\n"),
    io:format("~p~n", [catch sets:intersection(42, a)]).

c177() ->
    io:put_chars("#c sets.intersection.2.10\n"),
    io:format("~p~n", [catch sets:intersection(fun(X) -> X end, #{})]).

t177() ->
    io:put_chars("#t sets.intersection.2.10\n"),
    try sets:intersection(fun(X) -> X end, #{}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c178() ->
    io:put_chars("#c sets.intersection.2.14\n"),
    io:format("~p~n", [catch sets:intersection("h\x{e9}llo", #{})]).

c179() ->
    io:put_chars("#c sets.intersection.2.18\n"),
    io:format("~p~n", [catch sets:intersection(#{}, <<1,2>>)]).

t179() ->
    io:put_chars("#t sets.intersection.2.18\n"),
    try sets:intersection(#{}, <<1,2>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c180() ->
    io:put_chars("#c sets.is_disjoint.2.2\n"),
    io:format("~p~n", [catch sets:is_disjoint(#{}, 42)]).

c181() ->
    io:put_chars("#c sets.is_disjoint.2.6\n"),
    io:format("~p~n", [catch sets:is_disjoint(42, a)]).

t181() ->
    io:put_chars("#t sets.is_disjoint.2.6\n"),
    try sets:is_disjoint(42, a) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c182() ->
    io:put_chars("#c sets.is_disjoint.2.10\n"),
    io:format("~p~n", [catch sets:is_disjoint(<<1,2>>, #{})]).

c183() ->
    io:put_chars("#c sets.is_disjoint.2.14\n"),
    io:format("~p~n", [catch sets:is_disjoint([], #{})]).

t183() ->
    io:put_chars("#t sets.is_disjoint.2.14\n"),
    try sets:is_disjoint([], #{}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c184() ->
    io:put_chars("#c sets.is_disjoint.2.18\n"),
    io:format("~p~n", [catch sets:is_disjoint(#{}, "h\x{e9}llo")]).

c185() ->
    io:put_chars("#c sets.is_element.2.2\n"),
    io:format("~p~n", [catch sets:is_element(42, 42)]).

t185() ->
    io:put_chars("#t sets.is_element.2.2\n"),
    try sets:is_element(42, 42) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c186() ->
    io:put_chars("#c sets.is_element.2.6\n"),
    io:format("~p~n", [catch sets:is_element([1,2], a)]).

c187() ->
    io:put_chars("#c sets.is_element.2.10\n"),
    io:format("~p~n", [catch sets:is_element("", #{})]).

t187() ->
    io:put_chars("#t sets.is_element.2.10\n"),
    try sets:is_element("", #{}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c188() ->
    io:put_chars("#c sets.is_element.2.14\n"),
    io:format("~p~n", [catch sets:is_element(#{a => 1}, #{})]).

c189() ->
    io:put_chars("#c sets.is_element.2.18\n"),
    io:format("~p~n", [catch sets:is_element(42, 100000000000000000000.0)]).

t189() ->
    io:put_chars("#t sets.is_element.2.18\n"),
    try sets:is_element(42, 100000000000000000000.0) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c190() ->
    io:put_chars("#c sets.is_empty.1.2\n"),
    io:format("~p~n", [catch sets:is_empty(42)]).

c191() ->
    io:put_chars("#c sets.is_empty.1.6\n"),
    io:format("~p~n", [catch sets:is_empty([])]).

t191() ->
    io:put_chars("#t sets.is_empty.1.6\n"),
    try sets:is_empty([]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c192() ->
    io:put_chars("#c sets.is_set.1.1\n"),
    io:format("~p~n", [catch sets:is_set(42)]).

c193() ->
    io:put_chars("#c sets.is_set.1.5\n"),
    io:format("~p~n", [catch sets:is_set(-1)]).

t193() ->
    io:put_chars("#t sets.is_set.1.5\n"),
    try sets:is_set(-1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c194() ->
    io:put_chars("#c sets.is_set.1.9\n"),
    io:format("~p~n", [catch sets:is_set([1,[2,<<3>>]])]).

c195() ->
    io:put_chars("#c sets.is_subset.2.4\n"),
    io:format("~p~n", [catch sets:is_subset(42, #{})]).

t195() ->
    io:put_chars("#t sets.is_subset.2.4\n"),
    try sets:is_subset(42, #{}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c196() ->
    io:put_chars("#c sets.is_subset.2.8\n"),
    io:format("~p~n", [catch sets:is_subset(a, a)]).

c197() ->
    io:put_chars("#c sets.is_subset.2.12\n"),
    io:format("~p~n", [catch sets:is_subset(<<"h\x{e9}llo"/utf8>>, #{})]).

t197() ->
    io:put_chars("#t sets.is_subset.2.12\n"),
    try sets:is_subset(<<"h\x{e9}llo"/utf8>>, #{}) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c198() ->
    io:put_chars("#c sets.is_subset.2.16\n"),
    io:format("~p~n", [catch sets:is_subset(#{}, '\x{e9}t\x{e9}')]).

c199() ->
    io:put_chars("#c sets.is_subset.2.20\n"),
    io:format("~p~n", [catch sets:is_subset(#{}, <<1,2>>)]).

t199() ->
    io:put_chars("#t sets.is_subset.2.20\n"),
    try sets:is_subset(#{}, <<1,2>>) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c200() ->
    io:put_chars("#c sets.new.1.3\n"),
    io:format("~p~n", [catch sets:new([{version,1}])]).


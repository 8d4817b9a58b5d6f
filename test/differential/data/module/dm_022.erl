-module(dm_022).
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
    c84().

c1() ->
    io:put_chars("#c op.--.nil.fun\n"),
    io:format("~p~n", [catch [] -- fun erlang:abs/1]).

t1() ->
    io:put_chars("#t op.--.nil.fun\n"),
    try [] -- fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c2() ->
    io:put_chars("#c op.--.list.big\n"),
    io:format("~p~n", [catch [1,2] -- 1180591620717411303424]).

c3() ->
    io:put_chars("#c op.--.list.nil\n"),
    io:format("~p~n", [catch [1,2] -- []]).

t3() ->
    io:put_chars("#t op.--.list.nil\n"),
    try [1,2] -- [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c4() ->
    io:put_chars("#c op.--.list.tuple\n"),
    io:format("~p~n", [catch [1,2] -- {1,2}]).

c5() ->
    io:put_chars("#c op.--.list.fun\n"),
    io:format("~p~n", [catch [1,2] -- fun erlang:abs/1]).

t5() ->
    io:put_chars("#t op.--.list.fun\n"),
    try [1,2] -- fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c6() ->
    io:put_chars("#c op.--.string.big\n"),
    io:format("~p~n", [catch "ab" -- 1180591620717411303424]).

c7() ->
    io:put_chars("#c op.--.string.nil\n"),
    io:format("~p~n", [catch "ab" -- []]).

t7() ->
    io:put_chars("#t op.--.string.nil\n"),
    try "ab" -- [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c8() ->
    io:put_chars("#c op.--.string.tuple\n"),
    io:format("~p~n", [catch "ab" -- {1,2}]).

c9() ->
    io:put_chars("#c op.--.string.fun\n"),
    io:format("~p~n", [catch "ab" -- fun erlang:abs/1]).

t9() ->
    io:put_chars("#t op.--.string.fun\n"),
    try "ab" -- fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c10() ->
    io:put_chars("#c op.--.improper.big\n"),
    io:format("~p~n", [catch [a|b] -- 1180591620717411303424]).

c11() ->
    io:put_chars("#c op.--.improper.nil\n"),
    io:format("~p~n", [catch [a|b] -- []]).

t11() ->
    io:put_chars("#t op.--.improper.nil\n"),
    try [a|b] -- [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c12() ->
    io:put_chars("#c op.--.improper.tuple\n"),
    io:format("~p~n", [catch [a|b] -- {1,2}]).

c13() ->
    io:put_chars("#c op.--.improper.fun\n"),
    io:format("~p~n", [catch [a|b] -- fun erlang:abs/1]).

t13() ->
    io:put_chars("#t op.--.improper.fun\n"),
    try [a|b] -- fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c14() ->
    io:put_chars("#c op.--.tuple.big\n"),
    io:format("~p~n", [catch {1,2} -- 1180591620717411303424]).

c15() ->
    io:put_chars("#c op.--.tuple.nil\n"),
    io:format("~p~n", [catch {1,2} -- []]).

t15() ->
    io:put_chars("#t op.--.tuple.nil\n"),
    try {1,2} -- [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c16() ->
    io:put_chars("#c op.--.tuple.tuple\n"),
    io:format("~p~n", [catch {1,2} -- {1,2}]).

c17() ->
    io:put_chars("#c op.--.tuple.fun\n"),
    io:format("~p~n", [catch {1,2} -- fun erlang:abs/1]).

t17() ->
    io:put_chars("#t op.--.tuple.fun\n"),
    try {1,2} -- fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c18() ->
    io:put_chars("#c op.--.map.big\n"),
    io:format("~p~n", [catch #{a => 1} -- 1180591620717411303424]).

c19() ->
    io:put_chars("#c op.--.map.nil\n"),
    io:format("~p~n", [catch #{a => 1} -- []]).

t19() ->
    io:put_chars("#t op.--.map.nil\n"),
    try #{a => 1} -- [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c20() ->
    io:put_chars("#c op.--.map.tuple\n"),
    io:format("~p~n", [catch #{a => 1} -- {1,2}]).

c21() ->
    io:put_chars("#c op.--.map.fun\n"),
    io:format("~p~n", [catch #{a => 1} -- fun erlang:abs/1]).

t21() ->
    io:put_chars("#t op.--.map.fun\n"),
    try #{a => 1} -- fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c22() ->
    io:put_chars("#c op.--.bin.big\n"),
    io:format("~p~n", [catch <<1,2>> -- 1180591620717411303424]).

c23() ->
    io:put_chars("#c op.--.bin.nil\n"),
    io:format("~p~n", [catch <<1,2>> -- []]).

t23() ->
    io:put_chars("#t op.--.bin.nil\n"),
    try <<1,2>> -- [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c24() ->
    io:put_chars("#c op.--.bin.tuple\n"),
    io:format("~p~n", [catch <<1,2>> -- {1,2}]).

c25() ->
    io:put_chars("#c op.--.bin.fun\n"),
    io:format("~p~n", [catch <<1,2>> -- fun erlang:abs/1]).

t25() ->
    io:put_chars("#t op.--.bin.fun\n"),
    try <<1,2>> -- fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c26() ->
    io:put_chars("#c op.--.bits.big\n"),
    io:format("~p~n", [catch <<1:3>> -- 1180591620717411303424]).

c27() ->
    io:put_chars("#c op.--.bits.nil\n"),
    io:format("~p~n", [catch <<1:3>> -- []]).

t27() ->
    io:put_chars("#t op.--.bits.nil\n"),
    try <<1:3>> -- [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c28() ->
    io:put_chars("#c op.--.bits.tuple\n"),
    io:format("~p~n", [catch <<1:3>> -- {1,2}]).

c29() ->
    io:put_chars("#c op.--.bits.fun\n"),
    io:format("~p~n", [catch <<1:3>> -- fun erlang:abs/1]).

t29() ->
    io:put_chars("#t op.--.bits.fun\n"),
    try <<1:3>> -- fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c30() ->
    io:put_chars("#c op.--.fun.big\n"),
    io:format("~p~n", [catch fun erlang:abs/1 -- 1180591620717411303424]).

c31() ->
    io:put_chars("#c op.--.fun.nil\n"),
    io:format("~p~n", [catch fun erlang:abs/1 -- []]).

t31() ->
    io:put_chars("#t op.--.fun.nil\n"),
    try fun erlang:abs/1 -- [] of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c32() ->
    io:put_chars("#c op.--.fun.tuple\n"),
    io:format("~p~n", [catch fun erlang:abs/1 -- {1,2}]).

c33() ->
    io:put_chars("#c op.--.fun.fun\n"),
    io:format("~p~n", [catch fun erlang:abs/1 -- fun erlang:abs/1]).

t33() ->
    io:put_chars("#t op.--.fun.fun\n"),
    try fun erlang:abs/1 -- fun erlang:abs/1 of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c34() ->
    io:put_chars("#c op.-.big\n"),
    io:format("~p~n", [catch - (1180591620717411303424)]).

c35() ->
    io:put_chars("#c op.-.nil\n"),
    io:format("~p~n", [catch - ([])]).

t35() ->
    io:put_chars("#t op.-.nil\n"),
    try - ([]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c36() ->
    io:put_chars("#c op.-.tuple\n"),
    io:format("~p~n", [catch - ({1,2})]).

c37() ->
    io:put_chars("#c op.-.fun\n"),
    io:format("~p~n", [catch - (fun erlang:abs/1)]).

t37() ->
    io:put_chars("#t op.-.fun\n"),
    try - (fun erlang:abs/1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c38() ->
    io:put_chars("#c op.+.big\n"),
    io:format("~p~n", [catch + (1180591620717411303424)]).

c39() ->
    io:put_chars("#c op.+.nil\n"),
    io:format("~p~n", [catch + ([])]).

t39() ->
    io:put_chars("#t op.+.nil\n"),
    try + ([]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c40() ->
    io:put_chars("#c op.+.tuple\n"),
    io:format("~p~n", [catch + ({1,2})]).

c41() ->
    io:put_chars("#c op.+.fun\n"),
    io:format("~p~n", [catch + (fun erlang:abs/1)]).

t41() ->
    io:put_chars("#t op.+.fun\n"),
    try + (fun erlang:abs/1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c42() ->
    io:put_chars("#c op.bnot.big\n"),
    io:format("~p~n", [catch bnot (1180591620717411303424)]).

c43() ->
    io:put_chars("#c op.bnot.nil\n"),
    io:format("~p~n", [catch bnot ([])]).

t43() ->
    io:put_chars("#t op.bnot.nil\n"),
    try bnot ([]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c44() ->
    io:put_chars("#c op.bnot.tuple\n"),
    io:format("~p~n", [catch bnot ({1,2})]).

c45() ->
    io:put_chars("#c op.bnot.fun\n"),
    io:format("~p~n", [catch bnot (fun erlang:abs/1)]).

t45() ->
    io:put_chars("#t op.bnot.fun\n"),
    try bnot (fun erlang:abs/1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c46() ->
    io:put_chars("#c op.not.big\n"),
    io:format("~p~n", [catch not (1180591620717411303424)]).

c47() ->
    io:put_chars("#c op.not.nil\n"),
    io:format("~p~n", [catch not ([])]).

t47() ->
    io:put_chars("#t op.not.nil\n"),
    try not ([]) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c48() ->
    io:put_chars("#c op.not.tuple\n"),
    io:format("~p~n", [catch not ({1,2})]).

c49() ->
    io:put_chars("#c op.not.fun\n"),
    io:format("~p~n", [catch not (fun erlang:abs/1)]).

t49() ->
    io:put_chars("#t op.not.fun\n"),
    try not (fun erlang:abs/1) of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c50() ->
    io:put_chars("#c op.!.big.atom\n"),
    io:format("~p~n", [catch 1180591620717411303424 ! hello]).

c51() ->
    io:put_chars("#c op.!.nil.atom\n"),
    io:format("~p~n", [catch [] ! hello]).

t51() ->
    io:put_chars("#t op.!.nil.atom\n"),
    try [] ! hello of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c52() ->
    io:put_chars("#c op.!.tuple.atom\n"),
    io:format("~p~n", [catch {1,2} ! hello]).

c53() ->
    io:put_chars("#c ets.tab.set.1\n"),
    io:format("~p~n", [catch begin T1_1 = ets:new(t, [set]), ets:insert(T1_1, [{a,1},{b,2},{a,3}]), R1_1 = ets:lookup(T1_1, a), ets:delete(T1_1), R1_1 end]).

t53() ->
    io:put_chars("#t ets.tab.set.1\n"),
    try begin T1_1 = ets:new(t, [set]), ets:insert(T1_1, [{a,1},{b,2},{a,3}]), R1_1 = ets:lookup(T1_1, a), ets:delete(T1_1), R1_1 end of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c54() ->
    io:put_chars("#c ets.tab.set.6\n"),
    io:format("~p~n", [catch begin T1_6 = ets:new(t, [set]), ets:insert(T1_6, [{a,1},{b,2},{a,3}]), R1_6 = ets:insert_new(T1_6, {a,0}), ets:delete(T1_6), R1_6 end]).

c55() ->
    io:put_chars("#c ets.tab.set.12\n"),
    io:format("~p~n", [catch begin T1_12 = ets:new(t, [set]), ets:insert(T1_12, [{a,1},{b,2},{a,3}]), R1_12 = ets:delete_object(T1_12, {a,1}), ets:delete(T1_12), R1_12 end]).

t55() ->
    io:put_chars("#t ets.tab.set.12\n"),
    try begin T1_12 = ets:new(t, [set]), ets:insert(T1_12, [{a,1},{b,2},{a,3}]), R1_12 = ets:delete_object(T1_12, {a,1}), ets:delete(T1_12), R1_12 end of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c56() ->
    io:put_chars("#c ets.tab.set.16\n"),
    io:format("~p~n", [catch begin T1_16 = ets:new(t, [set]), ets:insert(T1_16, [{a,1},{b,2},{a,3}]), R1_16 = ets:prev(T1_16, b), ets:delete(T1_16), R1_16 end]).

c57() ->
    io:put_chars("#c ets.tab.set.23\n"),
    io:format("~p~n", [catch begin T1_23 = ets:new(t, [set]), ets:insert(T1_23, [{a,1},{b,2},{a,3}]), R1_23 = ets:match(T1_23, {'$1','_'}), ets:delete(T1_23), R1_23 end]).

t57() ->
    io:put_chars("#t ets.tab.set.23\n"),
    try begin T1_23 = ets:new(t, [set]), ets:insert(T1_23, [{a,1},{b,2},{a,3}]), R1_23 = ets:match(T1_23, {'$1','_'}), ets:delete(T1_23), R1_23 end of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c58() ->
    io:put_chars("#c ets.tab.set.27\n"),
    io:format("~p~n", [catch begin T1_27 = ets:new(t, [set]), ets:insert(T1_27, [{a,1},{b,2},{a,3}]), R1_27 = ets:match_delete(T1_27, {a,'_'}), ets:delete(T1_27), R1_27 end]).

c59() ->
    io:put_chars("#c ets.tab.set.31\n"),
    io:format("~p~n", [catch begin T1_31 = ets:new(t, [set]), ets:insert(T1_31, [{a,1},{b,2},{a,3}]), R1_31 = ets:info(T1_31, keypos), ets:delete(T1_31), R1_31 end]).

t59() ->
    io:put_chars("#t ets.tab.set.31\n"),
    try begin T1_31 = ets:new(t, [set]), ets:insert(T1_31, [{a,1},{b,2},{a,3}]), R1_31 = ets:info(T1_31, keypos), ets:delete(T1_31), R1_31 end of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c60() ->
    io:put_chars("#c ets.tab.set.36\n"),
    io:format("~p~n", [catch begin T1_36 = ets:new(t, [set]), ets:insert(T1_36, [{a,1},{b,2},{a,3}]), R1_36 = ets:slot(T1_36, 0), ets:delete(T1_36), R1_36 end]).

c61() ->
    io:put_chars("#c ets.tab.set.43\n"),
    io:format("~p~n", [catch begin T1_43 = ets:new(t, [set]), ets:insert(T1_43, [{a,1},{b,2},{a,3}]), R1_43 = ets:delete_all_objects(T1_43), ets:delete(T1_43), R1_43 end]).

t61() ->
    io:put_chars("#t ets.tab.set.43\n"),
    try begin T1_43 = ets:new(t, [set]), ets:insert(T1_43, [{a,1},{b,2},{a,3}]), R1_43 = ets:delete_all_objects(T1_43), ets:delete(T1_43), R1_43 end of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c62() ->
    io:put_chars("#c ets.tab.ordered_set.4\n"),
    io:format("~p~n", [catch begin T2_4 = ets:new(t, [ordered_set]), ets:insert(T2_4, [{a,1},{b,2},{a,3}]), R2_4 = ets:insert(T2_4, [{c,3},{a,9}]), ets:delete(T2_4), R2_4 end]).

c63() ->
    io:put_chars("#c ets.tab.ordered_set.11\n"),
    io:format("~p~n", [catch begin T2_11 = ets:new(t, [ordered_set]), ets:insert(T2_11, [{a,1},{b,2},{a,3}]), R2_11 = ets:delete(T2_11, a), ets:delete(T2_11), R2_11 end]).

t63() ->
    io:put_chars("#t ets.tab.ordered_set.11\n"),
    try begin T2_11 = ets:new(t, [ordered_set]), ets:insert(T2_11, [{a,1},{b,2},{a,3}]), R2_11 = ets:delete(T2_11, a), ets:delete(T2_11), R2_11 end of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c64() ->
    io:put_chars("#c ets.tab.ordered_set.15\n"),
    io:format("~p~n", [catch begin T2_15 = ets:new(t, [ordered_set]), ets:insert(T2_15, [{a,1},{b,2},{a,3}]), R2_15 = ets:next(T2_15, a), ets:delete(T2_15), R2_15 end]).

c65() ->
    io:put_chars("#c ets.tab.ordered_set.20\n"),
    io:format("~p~n", [catch begin T2_20 = ets:new(t, [ordered_set]), ets:insert(T2_20, [{a,1},{b,2},{a,3}]), R2_20 = ets:update_counter(T2_20, zz, 1, {zz,0}), ets:delete(T2_20), R2_20 end]).

t65() ->
    io:put_chars("#t ets.tab.ordered_set.20\n"),
    try begin T2_20 = ets:new(t, [ordered_set]), ets:insert(T2_20, [{a,1},{b,2},{a,3}]), R2_20 = ets:update_counter(T2_20, zz, 1, {zz,0}), ets:delete(T2_20), R2_20 end of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c66() ->
    io:put_chars("#c ets.tab.ordered_set.25\n"),
    io:format("~p~n", [catch begin T2_25 = ets:new(t, [ordered_set]), ets:insert(T2_25, [{a,1},{b,2},{a,3}]), R2_25 = ets:select(T2_25, [{{'$1','$2'},[{'>','$2',1}],['$1']}]), ets:delete(T2_25), R2_25 end]).

c67() ->
    io:put_chars("#c ets.tab.ordered_set.29\n"),
    io:format("~p~n", [catch begin T2_29 = ets:new(t, [ordered_set]), ets:insert(T2_29, [{a,1},{b,2},{a,3}]), R2_29 = ets:info(T2_29, size), ets:delete(T2_29), R2_29 end]).

t67() ->
    io:put_chars("#t ets.tab.ordered_set.29\n"),
    try begin T2_29 = ets:new(t, [ordered_set]), ets:insert(T2_29, [{a,1},{b,2},{a,3}]), R2_29 = ets:info(T2_29, size), ets:delete(T2_29), R2_29 end of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c68() ->
    io:put_chars("#c ets.tab.ordered_set.34\n"),
    io:format("~p~n", [catch begin T2_34 = ets:new(t, [ordered_set]), ets:insert(T2_34, [{a,1},{b,2},{a,3}]), R2_34 = ets:select_delete(T2_34, [{{'_',2},[],[true]}]), ets:delete(T2_34), R2_34 end]).

c69() ->
    io:put_chars("#c ets.tab.ordered_set.39\n"),
    io:format("~p~n", [catch begin T2_39 = ets:new(t, [ordered_set]), ets:insert(T2_39, [{a,1},{b,2},{a,3}]), R2_39 = ets:update_counter(T2_39, a, {2, 5}), ets:delete(T2_39), R2_39 end]).

t69() ->
    io:put_chars("#t ets.tab.ordered_set.39\n"),
    try begin T2_39 = ets:new(t, [ordered_set]), ets:insert(T2_39, [{a,1},{b,2},{a,3}]), R2_39 = ets:update_counter(T2_39, a, {2, 5}), ets:delete(T2_39), R2_39 end of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c70() ->
    io:put_chars("#c ets.tab.bag.2\n"),
    io:format("~p~n", [catch begin T3_2 = ets:new(t, [bag]), ets:insert(T3_2, [{a,1},{b,2},{a,3}]), R3_2 = ets:lookup(T3_2, zz), ets:delete(T3_2), R3_2 end]).

c71() ->
    io:put_chars("#c ets.tab.bag.7\n"),
    io:format("~p~n", [catch begin T3_7 = ets:new(t, [bag]), ets:insert(T3_7, [{a,1},{b,2},{a,3}]), R3_7 = ets:member(T3_7, b), ets:delete(T3_7), R3_7 end]).

t71() ->
    io:put_chars("#t ets.tab.bag.7\n"),
    try begin T3_7 = ets:new(t, [bag]), ets:insert(T3_7, [{a,1},{b,2},{a,3}]), R3_7 = ets:member(T3_7, b), ets:delete(T3_7), R3_7 end of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c72() ->
    io:put_chars("#c ets.tab.bag.13\n"),
    io:format("~p~n", [catch begin T3_13 = ets:new(t, [bag]), ets:insert(T3_13, [{a,1},{b,2},{a,3}]), R3_13 = ets:first(T3_13), ets:delete(T3_13), R3_13 end]).

c73() ->
    io:put_chars("#c ets.tab.bag.23\n"),
    io:format("~p~n", [catch begin T3_23 = ets:new(t, [bag]), ets:insert(T3_23, [{a,1},{b,2},{a,3}]), R3_23 = ets:match(T3_23, {'$1','_'}), ets:delete(T3_23), R3_23 end]).

t73() ->
    io:put_chars("#t ets.tab.bag.23\n"),
    try begin T3_23 = ets:new(t, [bag]), ets:insert(T3_23, [{a,1},{b,2},{a,3}]), R3_23 = ets:match(T3_23, {'$1','_'}), ets:delete(T3_23), R3_23 end of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c74() ->
    io:put_chars("#c ets.tab.bag.27\n"),
    io:format("~p~n", [catch begin T3_27 = ets:new(t, [bag]), ets:insert(T3_27, [{a,1},{b,2},{a,3}]), R3_27 = ets:match_delete(T3_27, {a,'_'}), ets:delete(T3_27), R3_27 end]).

c75() ->
    io:put_chars("#c ets.tab.bag.31\n"),
    io:format("~p~n", [catch begin T3_31 = ets:new(t, [bag]), ets:insert(T3_31, [{a,1},{b,2},{a,3}]), R3_31 = ets:info(T3_31, keypos), ets:delete(T3_31), R3_31 end]).

t75() ->
    io:put_chars("#t ets.tab.bag.31\n"),
    try begin T3_31 = ets:new(t, [bag]), ets:insert(T3_31, [{a,1},{b,2},{a,3}]), R3_31 = ets:info(T3_31, keypos), ets:delete(T3_31), R3_31 end of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c76() ->
    io:put_chars("#c ets.tab.bag.36\n"),
    io:format("~p~n", [catch begin T3_36 = ets:new(t, [bag]), ets:insert(T3_36, [{a,1},{b,2},{a,3}]), R3_36 = ets:slot(T3_36, 0), ets:delete(T3_36), R3_36 end]).

c77() ->
    io:put_chars("#c ets.tab.duplicate_bag.1\n"),
    io:format("~p~n", [catch begin T4_1 = ets:new(t, [duplicate_bag]), ets:insert(T4_1, [{a,1},{b,2},{a,3}]), R4_1 = ets:lookup(T4_1, a), ets:delete(T4_1), R4_1 end]).

t77() ->
    io:put_chars("#t ets.tab.duplicate_bag.1\n"),
    try begin T4_1 = ets:new(t, [duplicate_bag]), ets:insert(T4_1, [{a,1},{b,2},{a,3}]), R4_1 = ets:lookup(T4_1, a), ets:delete(T4_1), R4_1 end of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c78() ->
    io:put_chars("#c ets.tab.duplicate_bag.6\n"),
    io:format("~p~n", [catch begin T4_6 = ets:new(t, [duplicate_bag]), ets:insert(T4_6, [{a,1},{b,2},{a,3}]), R4_6 = ets:insert_new(T4_6, {a,0}), ets:delete(T4_6), R4_6 end]).

c79() ->
    io:put_chars("#c ets.tab.duplicate_bag.12\n"),
    io:format("~p~n", [catch begin T4_12 = ets:new(t, [duplicate_bag]), ets:insert(T4_12, [{a,1},{b,2},{a,3}]), R4_12 = ets:delete_object(T4_12, {a,1}), ets:delete(T4_12), R4_12 end]).

t79() ->
    io:put_chars("#t ets.tab.duplicate_bag.12\n"),
    try begin T4_12 = ets:new(t, [duplicate_bag]), ets:insert(T4_12, [{a,1},{b,2},{a,3}]), R4_12 = ets:delete_object(T4_12, {a,1}), ets:delete(T4_12), R4_12 end of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c80() ->
    io:put_chars("#c ets.tab.duplicate_bag.16\n"),
    io:format("~p~n", [catch begin T4_16 = ets:new(t, [duplicate_bag]), ets:insert(T4_16, [{a,1},{b,2},{a,3}]), R4_16 = ets:prev(T4_16, b), ets:delete(T4_16), R4_16 end]).

c81() ->
    io:put_chars("#c ets.tab.duplicate_bag.26\n"),
    io:format("~p~n", [catch begin T4_26 = ets:new(t, [duplicate_bag]), ets:insert(T4_26, [{a,1},{b,2},{a,3}]), R4_26 = ets:select_count(T4_26, [{{'_','$2'},[],[true]}]), ets:delete(T4_26), R4_26 end]).

t81() ->
    io:put_chars("#t ets.tab.duplicate_bag.26\n"),
    try begin T4_26 = ets:new(t, [duplicate_bag]), ets:insert(T4_26, [{a,1},{b,2},{a,3}]), R4_26 = ets:select_count(T4_26, [{{'_','$2'},[],[true]}]), ets:delete(T4_26), R4_26 end of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c82() ->
    io:put_chars("#c ets.tab.duplicate_bag.30\n"),
    io:format("~p~n", [catch begin T4_30 = ets:new(t, [duplicate_bag]), ets:insert(T4_30, [{a,1},{b,2},{a,3}]), R4_30 = ets:info(T4_30, type), ets:delete(T4_30), R4_30 end]).

c83() ->
    io:put_chars("#c ets.tab.duplicate_bag.35\n"),
    io:format("~p~n", [catch begin T4_35 = ets:new(t, [duplicate_bag]), ets:insert(T4_35, [{a,1},{b,2},{a,3}]), R4_35 = ets:tab2list(T4_35), ets:delete(T4_35), R4_35 end]).

t83() ->
    io:put_chars("#t ets.tab.duplicate_bag.35\n"),
    try begin T4_35 = ets:new(t, [duplicate_bag]), ets:insert(T4_35, [{a,1},{b,2},{a,3}]), R4_35 = ets:tab2list(T4_35), ets:delete(T4_35), R4_35 end of
        V -> io:format("~p~n", [{ok, V}])
    catch
        C:R:St -> io:format("~p~n", [{C, R, St}])
    end.

c84() ->
    io:put_chars("#c ets.tab.duplicate_bag.43\n"),
    io:format("~p~n", [catch begin T4_43 = ets:new(t, [duplicate_bag]), ets:insert(T4_43, [{a,1},{b,2},{a,3}]), R4_43 = ets:delete_all_objects(T4_43), ets:delete(T4_43), R4_43 end]).


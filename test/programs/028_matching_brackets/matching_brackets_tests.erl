-module(matching_brackets_tests).
-include_lib("eunit/include/eunit.hrl").

paired_test_() ->
    [?_assert(matching_brackets:is_paired(S)) ||
        S <- ["[]", "", "{}[]", "{[]}", "{ }", "([{}({}[])])", "\\left(\\begin{array}{cc} \\frac{1}{3} & x\\\\ \\mathrm{e}^{x} &... x^2 \\end{array}\\right)"]].
unpaired_test_() ->
    [?_assertNot(matching_brackets:is_paired(S)) || S <- ["[[", "}{", "{]", "[({]})", "{}[", ")()"]].

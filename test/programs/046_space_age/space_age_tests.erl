-module(space_age_tests).
-include_lib("eunit/include/eunit.hrl").

-define(CLOSE(E, V), ?assert(abs((E) - (V)) < 0.01)).

earth_test() -> ?CLOSE(31.69, space_age:age(earth, 1000000000)).
mercury_test() -> ?CLOSE(280.88, space_age:age(mercury, 2134835688)).
venus_test() -> ?CLOSE(9.78, space_age:age(venus, 189839836)).
mars_test() -> ?CLOSE(35.88, space_age:age(mars, 2129871239)).
jupiter_test() -> ?CLOSE(2.41, space_age:age(jupiter, 901876382)).
neptune_test() -> ?CLOSE(1.58, space_age:age(neptune, 8210123456)).
pluto_test() -> ?assertError(function_clause, space_age:age(pluto, 1)).

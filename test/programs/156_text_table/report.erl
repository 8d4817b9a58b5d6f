-module(report).
-export([main/0]).

-record(sale, {region, product, units, price}).

sales() ->
    [#sale{region = north, product = "widget", units = 120, price = 2.5},
     #sale{region = south, product = "gadget", units = 15, price = 19.99},
     #sale{region = north, product = "gadget", units = 40, price = 19.99},
     #sale{region = east, product = "widget", units = 300, price = 2.25},
     #sale{region = south, product = "doohickey", units = 7, price = 120.0}].

main() ->
    io:format("~-8s ~-10s ~6s ~9s~n", ["Region", "Product", "Units", "Revenue"]),
    io:format("~s~n", [lists:duplicate(36, $-)]),
    [io:format("~-8w ~-10s ~6w ~9.2f~n", [R, P, U, U * Pr]) ||
        #sale{region = R, product = P, units = U, price = Pr} <- sales()],
    io:format("~s~n", [lists:duplicate(36, $-)]),
    Total = lists:sum([U * P || #sale{units = U, price = P} <- sales()]),
    io:format("~-26s ~9.2f~n", ["Total", Total]),
    ByRegion = lists:foldl(fun(#sale{region = R, units = U, price = P}, M) ->
                                   maps:update_with(R, fun(V) -> V + U * P end, U * P, M)
                           end, #{}, sales()),
    [io:format("~8w: ~10.3f~n", [R, V]) || {R, V} <- lists:sort(maps:to_list(ByRegion))],
    ok.

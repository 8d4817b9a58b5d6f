-module(client).
-export([main/0]).

main() -> gen_server:call(no_such_server, hello).

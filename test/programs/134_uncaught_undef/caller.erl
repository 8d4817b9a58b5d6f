-module(caller).
-export([main/0]).

main() -> helper:do_work(42).

-module(quitter).
-export([main/0]).

main() -> exit({shutdown, "configuration missing"}).

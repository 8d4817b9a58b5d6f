-module(strings).
-export([f/0]).
f() -> "abc

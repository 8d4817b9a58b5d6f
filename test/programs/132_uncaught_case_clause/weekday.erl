-module(weekday).
-export([main/0, kind/1]).

kind(Day) ->
    case Day of
        saturday -> weekend;
        sunday -> weekend;
        monday -> weekday;
        tuesday -> weekday
    end.

main() -> kind(friday).

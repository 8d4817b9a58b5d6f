-module(gigasecond).
-export([from/1]).

from({{_, _, _}, {_, _, _}} = DT) ->
    calendar:gregorian_seconds_to_datetime(calendar:datetime_to_gregorian_seconds(DT) + 1000000000);
from({_, _, _} = Date) -> from({Date, {0, 0, 0}}).

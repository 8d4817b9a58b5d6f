-module(opts).
-export([mode/0, level/0, inc/0]).
-include("defs.hrl").

-ifdef(DEBUG).
mode() -> debug.
-else.
mode() -> release.
-endif.

-ifdef(LEVEL).
level() -> ?LEVEL.
-else.
level() -> none.
-endif.

inc() -> ?INCVAL.

helper() -> helped.

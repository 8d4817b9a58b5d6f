-module(space_age).
-export([age/2]).

-define(EARTH_YEAR, 31557600).

age(Planet, Seconds) -> Seconds / ?EARTH_YEAR / ratio(Planet).

ratio(mercury) -> 0.2408467;
ratio(venus) -> 0.61519726;
ratio(earth) -> 1.0;
ratio(mars) -> 1.8808158;
ratio(jupiter) -> 11.862615;
ratio(saturn) -> 29.447498;
ratio(uranus) -> 84.016846;
ratio(neptune) -> 164.79132.

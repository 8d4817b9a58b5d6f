{application, demo,
 [{description, "demo"}, {vsn, "1.0"}, {modules, [demo_app, demo_sup]},
  {registered, [demo_sup]}, {applications, [kernel, stdlib]},
  {mod, {demo_app, []}}, {start_phases, [{init, [a]}, {go, [b]}]},
  {env, [{k, 1}]}]}.

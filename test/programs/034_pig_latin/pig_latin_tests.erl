-module(pig_latin_tests).
-include_lib("eunit/include/eunit.hrl").

translate_test_() ->
    [?_assertEqual(Out, pig_latin:translate(In)) ||
        {In, Out} <- [{"apple", "appleay"}, {"ear", "earay"}, {"pig", "igpay"}, {"koala", "oalakay"},
                      {"chair", "airchay"}, {"queen", "eenquay"}, {"square", "aresquay"},
                      {"therapy", "erapythay"}, {"thrush", "ushthray"}, {"school", "oolschay"},
                      {"yttria", "yttriaay"}, {"xray", "xrayay"}, {"rhythm", "ythmrhay"},
                      {"my", "ymay"}, {"quick fast run", "ickquay astfay unray"}]].

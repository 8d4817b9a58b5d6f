%% io_lib_format's format lists: scan/2 turns a format and its arguments into
%% a list of characters and directive maps (io_lib:scan_format/2), unscan/1
%% turns such a list back (io_lib:unscan_format/1), build/1,2 formats it.
%% Formatting itself is native (io_lib:format/2); build goes through unscan.
%% Bad lists fail where OTP 25's do: unscan in print/1, scan in collect/2 and
%% its helpers (io_lib:scan_format/2 reports every such failure as badarg).

-module(io_lib_format).

-export([scan/2, unscan/1, build/1, build/2]).

-file("io_lib_format.erl", 62).
build(Cs) ->
    {Format, Args} = unscan(Cs),
    io_lib:format(Format, Args).

-file("io_lib_format.erl", 71).
build(Cs, Options) ->
    {Format, Args} = unscan(Cs),
    io_lib:format(Format, Args, Options).

-file("io_lib_format.erl", 90).
scan(Format, Args) when is_atom(Format) ->
    scan(atom_to_list(Format), Args);
scan(Format, Args) when is_binary(Format) ->
    scan(binary_to_list(Format), Args);
scan(Format, Args) ->
    collect(Format, Args).

-file("io_lib_format.erl", 105).
unscan(Cs) ->
    {print(Cs), args(Cs)}.

-file("io_lib_format.erl", 108).
args([#{args := As} | Cs]) -> As ++ args(Cs);
args([_ | Cs]) -> args(Cs);
args([]) -> [].

%% A directive map back to its text: ~, width, precision, pad, t, l, char.
-file("io_lib_format.erl", 115).
print([#{control_char := C, width := F, adjust := Ad, precision := P,
         pad_char := Pad, encoding := Enc, strings := Strings} | Cs]) ->
    directive(C, F, Ad, P, Pad, Enc, Strings) ++ print(Cs);
print([C | Cs]) ->
    [C | print(Cs)];
print([]) ->
    [].

directive(C, F, Ad, P, Pad, Enc, Strings) ->
    Width = case {F, Ad} of
                {none, _} -> "";
                {_, left} -> integer_to_list(-F);
                {_, right} -> integer_to_list(F)
            end,
    %% A pad character needs the precision's dot even without a precision.
    Precision = case {P, Pad} of
                    {none, $\s} -> "";
                    {none, _} -> ".";
                    _ -> [$. | integer_to_list(P)]
                end,
    PadText = case Pad of
                  $\s -> "";
                  _ -> [$., Pad]
              end,
    EncText = case Enc of
                  unicode -> "t";
                  latin1 -> ""
              end,
    StringsText = case Strings of
                      false -> "l";
                      true -> ""
                  end,
    [$~] ++ Width ++ Precision ++ PadText ++ EncText ++ StringsText ++ [C].

-file("io_lib_format.erl", 145).
collect([$~ | Fmt0], Args0) ->
    {C, Fmt1, Args1} = collect_cseq(Fmt0, Args0),
    [C | collect(Fmt1, Args1)];
collect([C | Fmt], Args) ->
    [C | collect(Fmt, Args)];
collect([], []) -> [].

-file("io_lib_format.erl", 152).
collect_cseq(Fmt0, Args0) ->
    {F, Ad, Fmt1, Args1} = field_width(Fmt0, Args0),
    {P, Fmt2, Args2} = precision(Fmt1, Args1),
    {Pad, Fmt3, Args3} = pad_char(Fmt2, Args2),
    Spec0 = #{width => F, adjust => Ad, precision => P, pad_char => Pad,
              encoding => latin1, strings => true},
    {Spec1, Fmt4} = modifiers(Fmt3, Spec0),
    {C, As, Fmt5, Args4} = collect_cc(Fmt4, Args3),
    {Spec1#{control_char => C, args => As}, Fmt5, Args4}.

-file("io_lib_format.erl", 167).
modifiers([$t | Fmt], Spec) -> modifiers(Fmt, Spec#{encoding => unicode});
modifiers([$l | Fmt], Spec) -> modifiers(Fmt, Spec#{strings => false});
modifiers(Fmt, Spec) -> {Spec, Fmt}.

-file("io_lib_format.erl", 174).
field_width([$- | Fmt0], Args0) ->
    {F, Fmt, Args} = field_value(Fmt0, Args0),
    field_width(-F, Fmt, Args);
field_width(Fmt0, Args0) ->
    {F, Fmt, Args} = field_value(Fmt0, Args0),
    field_width(F, Fmt, Args).

%% (`none` compares above every number: no width is a right adjustment.)
-file("io_lib_format.erl", 181).
field_width(F, Fmt, Args) when F < 0 -> {-F, left, Fmt, Args};
field_width(F, Fmt, Args) when F >= 0 -> {F, right, Fmt, Args}.

-file("io_lib_format.erl", 186).
precision([$. | Fmt], Args) -> field_value(Fmt, Args);
precision(Fmt, Args) -> {none, Fmt, Args}.

-file("io_lib_format.erl", 191).
field_value([$* | Fmt], [A | Args]) when is_integer(A) -> {A, Fmt, Args};
field_value([C | Fmt], Args) when is_integer(C), C >= $0, C =< $9 ->
    field_value([C | Fmt], Args, 0);
field_value(Fmt, Args) -> {none, Fmt, Args}.

field_value([C | Fmt], Args, F) when is_integer(C), C >= $0, C =< $9 ->
    field_value(Fmt, Args, 10 * F + (C - $0));
field_value(Fmt, Args, F) -> {F, Fmt, Args}.

pad_char([$., $* | Fmt], [Pad | Args]) -> {Pad, Fmt, Args};
pad_char([$., Pad | Fmt], Args) -> {Pad, Fmt, Args};
pad_char(Fmt, Args) -> {$\s, Fmt, Args}.

%% The control character and the arguments it takes.
-file("io_lib_format.erl", 212).
collect_cc([$w | Fmt], [A | Args]) -> {$w, [A], Fmt, Args};
collect_cc([$p | Fmt], [A | Args]) -> {$p, [A], Fmt, Args};
collect_cc([$W | Fmt], [A, Depth | Args]) -> {$W, [A, Depth], Fmt, Args};
collect_cc([$P | Fmt], [A, Depth | Args]) -> {$P, [A, Depth], Fmt, Args};
collect_cc([$s | Fmt], [A | Args]) -> {$s, [A], Fmt, Args};
collect_cc([$e | Fmt], [A | Args]) -> {$e, [A], Fmt, Args};
collect_cc([$f | Fmt], [A | Args]) -> {$f, [A], Fmt, Args};
collect_cc([$g | Fmt], [A | Args]) -> {$g, [A], Fmt, Args};
collect_cc([$b | Fmt], [A | Args]) -> {$b, [A], Fmt, Args};
collect_cc([$B | Fmt], [A | Args]) -> {$B, [A], Fmt, Args};
collect_cc([$x | Fmt], [A, Prefix | Args]) -> {$x, [A, Prefix], Fmt, Args};
collect_cc([$X | Fmt], [A, Prefix | Args]) -> {$X, [A, Prefix], Fmt, Args};
collect_cc([$+ | Fmt], [A | Args]) -> {$+, [A], Fmt, Args};
collect_cc([$# | Fmt], [A | Args]) -> {$#, [A], Fmt, Args};
collect_cc([$c | Fmt], [A | Args]) -> {$c, [A], Fmt, Args};
collect_cc([$~ | Fmt], Args) when is_list(Args) -> {$~, [], Fmt, Args};
collect_cc([$n | Fmt], Args) when is_list(Args) -> {$n, [], Fmt, Args};
collect_cc([$i | Fmt], [A | Args]) -> {$i, [A], Fmt, Args}.

-module(rna_transcription).
-export([to_rna/1]).

to_rna(Strand) -> lists:map(fun complement/1, Strand).

complement($G) -> $C;
complement($C) -> $G;
complement($T) -> $A;
complement($A) -> $U.

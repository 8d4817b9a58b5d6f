-module(nucleotide_count).
-export([count/2, nucleotide_counts/1]).

count(Strand, [N]) ->
    case lists:member(N, "ACGT") of
        true -> length([C || C <- Strand, C =:= N]);
        false -> erlang:error(invalid_nucleotide)
    end.

nucleotide_counts(Strand) -> [{[N], count(Strand, [N])} || N <- "ACGT"].

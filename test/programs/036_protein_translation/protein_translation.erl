-module(protein_translation).
-export([proteins/1]).

proteins(Strand) -> proteins(Strand, []).

proteins([], Acc) -> {ok, lists:reverse(Acc)};
proteins([A, B, C | Rest], Acc) ->
    case codon([A, B, C]) of
        stop -> {ok, lists:reverse(Acc)};
        error -> {error, badarg};
        P -> proteins(Rest, [P | Acc])
    end;
proteins(_, _) -> {error, badarg}.

codon("AUG") -> methionine;
codon(C) when C =:= "UUU"; C =:= "UUC" -> phenylalanine;
codon(C) when C =:= "UUA"; C =:= "UUG" -> leucine;
codon([$U, $C, _]) -> serine;
codon(C) when C =:= "UAU"; C =:= "UAC" -> tyrosine;
codon(C) when C =:= "UGU"; C =:= "UGC" -> cysteine;
codon("UGG") -> tryptophan;
codon(C) when C =:= "UAA"; C =:= "UAG"; C =:= "UGA" -> stop;
codon(_) -> error.

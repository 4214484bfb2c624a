"""Polish."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="pl",
    labels=table(
        title="tytuł",
        original_title="tytuł oryginalny|tytuł oryginału",
        year="rok|rok produkcji",
        release="premiera|data premiery",
        directors="reżyseria|reżyser|reż",
        writers="scenariusz",
        cast="obsada|występują|aktorzy|w rolach głównych",
        cinematography="zdjęcia",
        editing="montaż",
        music="muzyka",
        sound="dźwięk",
        production_design="scenografia",
        costume_design="kostiumy",
        producers="produkcja|producent",
        countries="kraj|kraje|kraj produkcji",
        genres="gatunek",
        runtime="czas trwania|długość",
        languages="język|wersja językowa",
        synopsis="opis|fabuła|opis filmu",
        awards="nagrody",
        ignore="dystrybucja|napisy",
    ),
    directed_by=split("w reżyserii|reż.|wyreżyserowany przez"),
    written_by=split("scenariusz"),
    starring=split("aktor|aktorka|aktorzy|w rolach głównych|występują|z udziałem"),
    plays=split("jako|w roli|gra"),
    director_nouns=split("reżyser|reżyserka|reżyserki|reżysera"),
    minutes=split("min|minut|minuty"),
    hours=split("godz|h"),
    months=split(
        "styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień|wrzesień|"
        "październik|listopad|grudzień|stycznia|lutego|marca|kwietnia|maja|czerwca|"
        "lipca|sierpnia|września|października|listopada|grudnia"
    ),
    genres=genre_table(
        Drama="dramat",
        Comedy="komedia",
        Documentary="dokument|film dokumentalny",
        Horror="horror",
        Animation="animacja",
    ),
    conjunctions=split("i|oraz"),
    film_words=split("film|filmu|filmie"),
    titled=split("tytułem|zatytułowany|zatytułowanym"),
    review_words=split("recenzja"),
    by=split("reż|reż."),
)

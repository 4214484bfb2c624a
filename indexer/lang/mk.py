"""Macedonian."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="mk",
    labels=table(
        title="наслов",
        original_title="оригинален наслов",
        year="година",
        release="премиера",
        directors="режија|режисер",
        writers="сценарио",
        cast="улоги|актери",
        cinematography="кинематографер|фотографија",
        editing="монтажа",
        music="музика",
        sound="звук",
        production_design="сценографија",
        producers="продуцент",
        companies="продукција",
        countries="држава",
        genres="жанр",
        runtime="времетраење",
        languages="јазик",
        synopsis="содржина|синопсис",
        awards="награди",
        ignore="фестивали|други фестивали",
    ),
    directed_by=split("во режија на|режија"),
    starring=split("во улогите"),
    director_nouns=split("режисерот|режисер"),
    minutes=split("мин|минути"),
    hours=split("ч|часа"),
    months=split(
        "јануари|февруари|март|април|мај|јуни|јули|август|септември|октомври|ноември|декември"
    ),
    genres=genre_table(Drama="драма", Comedy="комедија"),
    conjunctions=split("и"),
    film_words=split("филм|филмот"),
)

"""Afrikaans."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="af",
    quote_pronouns=split("hy|sy"),
    labels=table(
        title="titel",
        original_title="oorspronklike titel",
        year="jaar",
        release="vrystelling|vrystellingsdatum",
        directors="regisseur|regisseurs|regie",
        writers="draaiboek|draaiboekskrywer|skrywer",
        cast="rolverdeling|spelers|akteurs",
        music="musiek",
        producers="vervaardiger|vervaardigers|produsent",
        countries="land",
        genres="genre|genres",
        runtime="lengte|speeltyd|duur",
        languages="taal",
        synopsis="opsomming|storielyn|intrige",
        ignore="begroting|verspreider|loket",
    ),
    directed_by=split("geregisseer deur|'n film deur|onder regie van"),
    written_by=split("geskryf deur"),
    starring=split("met in die hoofrolle|in die hoofrolle|akteurs|akteur|aktrise"),
    director_nouns=split("regisseur"),
    first_person=split("ek|ons"),
    minutes=split("min|minute"),
    hours=split("uur"),
    months=cldr_months("af", skip="des"),
    colour_words=split("kleur|swart-en-wit"),
    genres=genre_table(
        Drama="drama",
        Comedy="komedie",
        Documentary="dokumentêr",
        Horror="gruwel|gruwelfilm|rilprent",
        Thriller="riller",
        Animation="animasie",
        Romance="romanse|romanties",
        Action="aksie",
        Crime="misdaad",
        War="oorlog",
        Fantasy="fantasie",
        Science_Fiction="wetenskapfiksie",
        Adventure="avontuur",
        Music="musiekblyspel",
        Family="gesinsfilm",
        Biography="biografie",
        History="geskiedkundig|historiese",
        Short="kortfilm|kortprent",
        Melodrama="melodrama",
        Road_Movie="road movie",
        Black_Comedy="swart komedie",
        Tragicomedy="tragikomedie|tragikomies",
        Romantic_Comedy="romantiese komedie",
        Historical_Drama="historiese drama",
        Psychological_Thriller="sielkundige riller",
    ),
    conjunctions=split("en"),
    film_words=split("film|rolprent"),
    is_a=split("is 'n"),
    review_words=split("resensie"),
    by=split("deur"),
    event_words=split(
        "première*|vertoning*|feesviering*|rolprentfees*|feesvier*|in teaters|bioskoop*|"
        "kaartjies|vandag|vanaand|kompetisie*|program*"
    ),
    story_words=split(
        "storie*|verhaal|vertel|volg|lewe|leef|jong|vrou*|meisie*|seun*|gesin*|familie*|"
        "broer*|suster*|man|liefde|vriend*|ontdek|besluit|moet|dorp*|stad"
    ),
    notice_words=split("argief|covid*|korona*|pandemie|alle regte voorbehou"),
    quote_in=split("in|vir"),
    critic_roles=split("resensent|filmresensent|kritikus"),
    genre_endings=split("s|e"),
    acting_words=split("speel|vertolk|in die rol|beste aktrise|beste akteur"),
    release_verbs=split("vrygestel|uitgereik"),
    year_words=split("jaar"),
    comment_headings=split("kommentaar|kommentare|lewer kommentaar"),
)

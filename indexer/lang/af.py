"""Afrikaans."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    function_words=split("die|nie|vir|hierdie|baie|hulle|deur|ons|sy|jy|ek|wat"),
    function_words_block=True,
    code="af",
    quote_pronouns=split("hy|sy"),
    labels=table(
        title="titel",
        original_title="oorspronklike titel",
        year="produksiejaar|vrystellingsjaar|jaar",
        release="vrystelling|vrystellingsdatum",
        directors="regisseur|regisseurs|regie",
        writers="draaiboek|draaiboekskrywer|skrywer",
        cast="hoofrolle|hoofrolspelers|rolverdeling|spelers|akteurs",
        music="musiek",
        producers="vervaardiger|vervaardigers|produsent",
        countries="lande|land",
        genres="genre|genres",
        runtime="looptyd|lengte|speeltyd|duur",
        languages="taal",
        synopsis="sinopsis|oor die film|inhoud|die storie|opsomming|storielyn|intrige",
        ignore="begroting|verspreider|loket",
    ),
    directed_by=split(
        "’n film deur|n film deur|regie deur|onder die regie van|geregisseer en geskryf deur|"
        "'n rolprent deur|’n rolprent deur|geregisseer deur|'n film deur|onder regie van"
    ),
    written_by=split("geskryf deur"),
    starring=split(
        "met in die hoofrol|in die hoofrol|hoofrolspelers|met in die hoofrolle|in die hoofrolle|"
        "akteurs|akteur|aktrise"
    ),
    director_nouns=split("regisseuse|regisseur|debuutregisseur"),
    first_person=split("ek|ons"),
    minutes=split("min|minute"),
    hours=split("uur"),
    months=cldr_months("af", skip="des"),
    colour_words=split("kleur|swart-en-wit"),
    genres=genre_table(
        **{"Children's Film": "kinderfilm"},
        Feature_Film="speelfilm",
        Drama="drama",
        Comedy="komedie|komiese",
        Documentary="dokumentêre|dokumentêr",
        Horror="gruwel|gruwelfilm|rilprent",
        Thriller="spanningsfilm|spanningsriller|riller",
        Animation="geanimeerde|tekenprent|animasie",
        Romance="romantiese|romanse|romanties",
        Action="aksiefilm|aksie",
        Crime="misdaadfilm|misdaad",
        War="oorlogsfilm|oorlog",
        Fantasy="fantasiefilm|fantasie",
        Science_Fiction="wetenskapsfiksie|wetenskapfiksie",
        Adventure="avontuurfilm|avontuur",
        Music="musiekfilm|musiekblyspel",
        Family="familiefilm|gesinsfilm",
        Biography="biografiese|biografie|biografies",
        History="geskiedkundige|geskiedkundig|historiese",
        Short="kortfilm|kortprent",
        Melodrama="melodrama",
        Road_Movie="road movie",
        Black_Comedy="swart komedie",
        Tragicomedy="tragikomedie|tragikomies",
        Romantic_Comedy="romantiese komedie",
        Historical_Drama="historiese drama",
        Psychological_Thriller="sielkundige riller",
        Western="western|wildewesfilm",
        War_Drama="oorlogsdrama",
        Family_Drama="gesinsdrama",
        Detective="speurverhaal|speurfilm",
    ),
    conjunctions=split("en"),
    film_plurals=split("films|rolprente|flieks"),
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
    speech_verbs=split("skryf|het geskryf|sê|het gesê|noem|beskryf"),
    critic_roles=split("resensent|filmresensent|kritikus"),
    genre_endings=split("s|e"),
    acting_words=split("speel|vertolk|in die rol|beste aktrise|beste akteur"),
    release_verbs=split("uitgebring|verskyn|vrygestel|uitgereik"),
    year_words=split("jaar"),
    comment_headings=split("kommentaar|kommentare|lewer kommentaar"),
    unstemmed_genres=split("romanse"),
    genre_everyday_words=split("fantasie"),
    plays=split("in die rol van|speel die rol van|vertolk die rol van"),
    role_of=split("gespeel deur|vertolk deur"),
    lead_words=split("in die hoofrol|die hoofrol|hoofrolspeler"),
    year_from=split("uit|van"),
)

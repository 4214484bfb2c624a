"""Turkmen (Latin)."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="tk",
    cldr_countries=False,
    labels=table(
        title="filmiň ady",
        year="ýyly|çykan ýyly|surata düşürilen ýyly",
        directors="režissýor|režissyor|režissýory|režissory",
        writers="ssenariý|ssenariýa awtory|ssenariý awtory",
        cast="rollarda|baş rollarda|aktýorlar|artistler",
        music="saz|kompozitor",
        producers="prodýuser",
        countries="ýurt|ýurdy|döwlet",
        genres="žanr|žanry",
        runtime="dowamlylygy|wagty",
        languages="dili",
        synopsis="gysgaça mazmuny|mazmuny",
    ),
    starring=split("baş rollarda|rollarda"),
    director_nouns=split("režissýor|režissyor|režissýory|režissory"),
    # "Sahysalyh Baýramowyň režissýorlygynda": under the direction of A (A in the genitive)
    directed_after=split("režissýorlygynda|režissyorlygynda"),
    minutes=split("minut|minutlyk"),
    hours=split("sagat"),
    months=cldr_months("tk"),
    genres=genre_table(
        Drama="drama",
        Comedy="komediýa",
        Documentary="dokumental",
        Thriller="triller",
        Animation="multfilm",
        History="taryhy",
        War="uruş",
        Family="maşgala",
        Horror="gorkunç",
        Science_Fiction="ylmy fantastika",
        Adventure="başdan geçirme",
        Romance="romantik",
        Melodrama="melodrama",
        Crime="kriminal",
        Western="vestern",
        Music="mýuzikl",
        Fantasy="fentezi",
        Biography="biografik",
        Short="gysga metražly",
    ),
    conjunctions=split("we|hem-de"),
    film_words=split("film|filmi|filminiň"),
    #: the genitive of the possessor before the word for film: "Hojaguly Narlyýewiň filmi"
    genitive_endings=split("yň|iň|uň|üň|nyň|niň|nuň|nüň"),
    event_words=split(
        "prem'era*|premýera*|görkezilýär|görkeziliş*|görkeziler|festiwal*|kinoteatr*|bilet*|"
        "şu gün|şu agşam|bäsleşik*|maksatnama*"
    ),
    story_words=split(
        "hekaýa*|ýaşaýyş*|ýaşlar*|ýaş|aýal|gyz|gyzy|oglan*|maşgala*|kakasy|ejesi|söýgi*|dostlar*|"
        "şäher*|tapýar|karar berýär|hökman"
    ),
    notice_words=split("koronawirus*|pandemiýa*|ähli hukuklar goralan"),
    release_verbs=split("surata düşürilen|surata düşürildi|ekrana çykdy"),
    year_words=split("ýylda|ýyly"),
    unstemmed_genres=split("vestern"),
)

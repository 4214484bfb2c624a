"""Punjabi (Gurmukhi)."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, coded, genre_table, split, table

DATA = Language(
    critic_roles=split("ਆਲੋਚਕ|ਫ਼ਿਲਮ ਆਲੋਚਕ"),
    code="pa",
    country_names=coded(HK="ਹਾਂਗ ਕਾਂਗ"),
    verb_final=True,
    starring=split("ਅਦਾਕਾਰਾ|ਅਭਿਨੇਤਰੀ|ਅਭਿਨੇਤਾ"),
    starring_after=split("ਅਭਿਨੀਤ"),
    labels=table(
        title="ਸਿਰਲੇਖ",
        year="ਸਾਲ",
        release="ਰਿਲੀਜ਼",
        directors="ਨਿਰਦੇਸ਼ਕ|ਨਿਰਦੇਸ਼ਨ|ਡਾਇਰੈਕਟਰ",
        writers="ਲੇਖਕ",
        cast="ਕਲਾਕਾਰ|ਅਦਾਕਾਰ",
        music="ਸੰਗੀਤ",
        producers="ਨਿਰਮਾਤਾ",
        countries="ਦੇਸ਼",
        runtime="ਸਮਾਂ|ਮਿਆਦ",
        languages="ਭਾਸ਼ਾ",
        ignore="ਬਜਟ",
        genres="ਸ਼ੈਲੀ|ਵਿਧਾ",
        # language coverage audit: a field the module had no label for
        synopsis="ਕਹਾਣੀ|ਸਾਰ|ਸੰਖੇਪ",
    ),
    directed_after=split(
        "ਦੁਆਰਾ ਨਿਰਦੇਸ਼ਤ|ਦੁਆਰਾ ਨਿਰਦੇਸ਼ਿਤ|ਵੱਲੋਂ ਨਿਰਦੇਸ਼ਤ|ਵੱਲੋਂ ਨਿਰਦੇਸ਼ਿਤ|ਦੇ ਨਿਰਦੇਸ਼ਨ ਹੇਠ|ਨਿਰਦੇਸ਼ਤ|ਨਿਰਦੇਸ਼ਿਤ|"
        # the English loanword "direct", as pages spell it ("… ਡਾਇਰੈਕਟ ਕਰ ਰਹੇ ਹਨ": are directing)
        "ਡਾਇਰੈਕਟ ਕਰ|ਡਾਇਰੈਕਟ ਕੀਤੀ|ਡਾਇਰਕੈਟ ਕਰ"
    ),
    directed_framed=split("ਨਿਰਦੇਸ਼ਨ … ਨੇ ਕੀਤ|ਡਾਇਰੈਕਸ਼ਨ … ਨੇ ਕੀਤ"),
    director_nouns=split("ਨਿਰਦੇਸ਼ਕ|ਡਾਇਰੈਕਟਰ"),
    first_person=split("ਮੈਂ|ਅਸੀਂ"),
    minutes=split("ਮਿੰਟ"),
    hours=split("ਘੰਟੇ|ਘੰਟਾ"),
    months=cldr_months("pa"),
    genres=genre_table(
        Drama="ਡਰਾਮਾ|ਨਾਟਕ",
        Comedy="ਕਾਮੇਡੀ|ਹਾਸਰਸ",
        Romance="ਰੋਮਾਂਟਿਕ",
        Action="ਐਕਸ਼ਨ",
        Horror="ਡਰਾਉਣੀ|ਹੌਰਰ",
        Documentary="ਦਸਤਾਵੇਜ਼ੀ",
        Thriller="ਥ੍ਰਿਲਰ",
        Family="ਪਰਿਵਾਰਕ",
        Animation="ਐਨੀਮੇਸ਼ਨ",
        Science_Fiction="ਸਾਇੰਸ ਫਿਕਸ਼ਨ",
        Fantasy="ਫੈਂਟਸੀ",
        Adventure="ਐਡਵੈਂਚਰ",
        Crime="ਕ੍ਰਾਈਮ|ਅਪਰਾਧ",
        War="ਯੁੱਧ|ਜੰਗ",
        Music="ਸੰਗੀਤ|ਸੰਗੀਤਕ",
        Biography="ਜੀਵਨੀ|ਬਾਇਓਪਿਕ",
        History="ਇਤਿਹਾਸਕ",
        Short="ਲਘੂ ਫ਼ਿਲਮ|ਲਘੂ ਫਿਲਮ",
        Mystery="ਰਹੱਸ ਫ਼ਿਲਮ|ਰਹੱਸ ਫਿਲਮ",
        Sports="ਖੇਡ|ਖੇਡਾਂ",
        Western="ਵੈਸਟਰਨ",
    ),
    conjunctions=split("ਅਤੇ"),
    postpositions=split("ਦੀ|ਦਾ|ਦੇ|ਨੇ|ਨੂੰ|ਤੋਂ|ਵਿੱਚ"),
    film_plurals=split("ਫ਼ਿਲਮਾਂ|ਫਿਲਮਾਂ"),
    film_words=split("ਫ਼ਿਲਮ|ਫਿਲਮ"),
    event_words=split("ਪ੍ਰੀਮੀਅਰ*|ਪ੍ਰਦਰਸ਼ਨ*|ਮੇਲਾ*|ਫੈਸਟੀਵਲ*|ਸਿਨੇਮਾ*|ਟਿਕਟ*|ਅੱਜ|ਮੁਕਾਬਲ*|ਪ੍ਰੋਗਰਾਮ*|ਰਿਲੀਜ਼*"),
    story_words=split(
        "ਕਹਾਣੀ*|ਜ਼ਿੰਦਗੀ*|ਜੀਵਨ*|ਨੌਜਵਾਨ*|ਔਰਤ*|ਕੁੜੀ*|ਮੁੰਡਾ*|ਪਰਿਵਾਰ*|ਪਿਤਾ*|ਮਾਂ*|ਪੁੱਤਰ*|ਧੀ*|ਭਰਾ*|"
        "ਭੈਣ*|ਪਤੀ*|ਪਤਨੀ*|ਪਿਆਰ*|ਦੋਸਤ*|ਪਿੰਡ*|ਸ਼ਹਿਰ*"
    ),
    notice_words=split("ਕੋਵਿਡ*|ਕੋਰੋਨਾ*"),
    #: words of acting beside an actor's name: acting, role, character
    acting_words=split("ਅਦਾਕਾਰੀ|ਭੂਮਿਕਾ|ਕਿਰਦਾਰ"),
    release_verbs=split("ਰਿਲੀਜ਼"),
    year_words=split("ਸਾਲ"),
    comment_headings=split("ਟਿੱਪਣੀਆਂ"),
)

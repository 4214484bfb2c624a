"""Punjabi (Gurmukhi)."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, coded, genre_table, split, table

DATA = Language(
    critic_roles=split("ਆਲੋਚਕ|ਫ਼ਿਲਮ ਆਲੋਚਕ"),
    code="pa",
    country_names=coded(HK="ਹਾਂਗ ਕਾਂਗ"),
    verb_final=True,
    starring=split("ਅਦਾਕਾਰਾ|ਅਦਾਕਾਰ|ਅਭਿਨੇਤਰੀ|ਅਭਿਨੇਤਾ"),
    #: starred, "-starrer", "in the lead role(s)"
    starring_after=split("ਅਭਿਨੀਤ|ਸਟਾਰਰ|ਮੁੱਖ ਭੂਮਿਕਾ ਵਿੱਚ|ਮੁੱਖ ਭੂਮਿਕਾਵਾਂ ਵਿੱਚ|ਮੁੱਖ ਭੂਮਿਕਾ ਵਿਚ"),
    #: "in the role of": "ਜੱਗੀ ਦੇ ਕਿਰਦਾਰ ਵਿੱਚ ਗਿੱਪੀ ਗਰੇਵਾਲ"
    role_of=split("ਦੇ ਕਿਰਦਾਰ ਵਿੱਚ|ਦੀ ਭੂਮਿਕਾ ਵਿੱਚ|ਦੇ ਰੋਲ ਵਿੱਚ|ਦੇ ਕਿਰਦਾਰ ਵਿਚ|ਦੀ ਭੂਮਿਕਾ ਵਿਚ"),
    labels=table(
        title="ਸਿਰਲੇਖ",
        year="ਸਾਲ|ਰਿਲੀਜ਼ ਸਾਲ",
        release="ਰਿਲੀਜ਼",
        directors="ਨਿਰਦੇਸ਼ਕ|ਨਿਰਦੇਸ਼ਨ|ਡਾਇਰੈਕਟਰ|ਡਾਇਰੈਕਸ਼ਨ",
        writers="ਲੇਖਕ",
        cast="ਕਲਾਕਾਰ|ਅਦਾਕਾਰ|ਸਟਾਰ ਕਾਸਟ|ਸਟਾਰਕਾਸਟ|ਮੁੱਖ ਕਲਾਕਾਰ",
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
        # "under the direction of"
        "ਦੇ ਨਿਰਦੇਸ਼ਨ ਵਿੱਚ|ਦੇ ਨਿਰਦੇਸ਼ਨ ਵਿਚ|"
        # the English loanword "direct", as pages spell it ("… ਡਾਇਰੈਕਟ ਕਰ ਰਹੇ ਹਨ": are directing)
        "ਡਾਇਰੈਕਟ ਕਰ|ਡਾਇਰੈਕਟ ਕੀਤੀ|ਡਾਇਰਕੈਟ ਕਰ"
    ),
    # "ਫ਼ਿਲਮ ਨੂੰ ਨਿਰਦੇਸ਼ਿਤ … ਨੇ ਕੀਤਾ ਹੈ": the film was directed by …
    directed_framed=split(
        "ਨਿਰਦੇਸ਼ਨ … ਨੇ ਕੀਤ|ਡਾਇਰੈਕਸ਼ਨ … ਨੇ ਕੀਤ|ਨਿਰਦੇਸ਼ਿਤ … ਨੇ ਕੀਤ|ਨਿਰਦੇਸ਼ਤ … ਨੇ ਕੀਤ|ਡਾਇਰੈਕਟ … ਨੇ ਕੀਤ"
    ),
    director_nouns=split("ਨਿਰਦੇਸ਼ਕ|ਡਾਇਰੈਕਟਰ"),
    first_person=split("ਮੈਂ|ਅਸੀਂ"),
    minutes=split("ਮਿੰਟ"),
    hours=split("ਘੰਟੇ|ਘੰਟਾ"),
    months=cldr_months("pa"),
    genres=genre_table(
        Drama="ਡਰਾਮਾ|ਨਾਟਕ",
        Comedy="ਕਾਮੇਡੀ|ਹਾਸਰਸ",
        Romance="ਰੋਮਾਂਟਿਕ|ਰੋਮਾਂਸ",
        Action="ਐਕਸ਼ਨ",
        Horror="ਡਰਾਉਣੀ|ਹੌਰਰ|ਹਾਰਰ",
        Documentary="ਦਸਤਾਵੇਜ਼ੀ|ਡਾਕੂਮੈਂਟਰੀ",
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
    year_words=split("ਸਾਲ|ਸੰਨ"),
    comment_headings=split("ਟਿੱਪਣੀਆਂ"),
)

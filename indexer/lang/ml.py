"""Malayalam."""

from __future__ import annotations

from indexer.lang.base import Language, split, table

DATA = Language(
    code="ml",
    labels=table(
        title="ചിത്രം",
        year="വർഷം",
        directors="സംവിധാനം|സംവിധായകൻ",
        writers="തിരക്കഥ|രചന",
        cast="അഭിനേതാക്കൾ|താരങ്ങൾ",
        music="സംഗീതം",
        producers="നിർമ്മാണം|നിർമ്മാതാവ്",
        runtime="ദൈർഘ്യം",
        languages="ഭാഷ",
        synopsis="കഥ",
    ),
    directed_by=split("സംവിധാനം"),
    directed_after=split("സംവിധാനം ചെയ്ത|സംവിധാനത്തിൽ"),
    starring_after=split("എന്നിവർ"),
    director_nouns=split("സംവിധായകൻ"),
    minutes=split("മിനിറ്റ്"),
    conjunctions=split("ഒപ്പം"),
    film_words=split("സിനിമ|ചിത്രം"),
)

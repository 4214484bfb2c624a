"""Yoruba."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="yo",
    cldr_countries=False,
    labels=table(
        title="àkọlé|akole",
        directors="olùdarí|oludari|adarí",
        writers="òǹkọ̀wé|onkowe",
        cast="àwọn òṣèré|awon osere|òṣèré|osere",
        producers="olùgbéjáde|olugbejade",
        countries="orílẹ̀-èdè|orile-ede",
        languages="èdè",
        synopsis="àkópọ̀|akopo|ìtàn",
    ),
    director_nouns=split("olùdarí|oludari"),
    minutes=split("ìṣẹ́jú|iseju"),
    hours=split("wákàtí|wakati"),
    months=cldr_months("yo"),
    genres=genre_table(
        Drama="dírámà|eré oníṣe",
        Documentary="fíìmù àkọsílẹ̀",
        Horror="fíìmù ìbẹ̀rù|eré ìbẹ̀rù",
        Animation="àwòrán ẹ̀fẹ̀",
        Comedy="aláwàdà|awada",
    ),
    conjunctions=split("àti"),
    film_words=split("fíìmù|fiimu|sinimá"),
    event_words=split("ìfihàn|ifihan|àjọ̀dún|ayẹyẹ|sinimá|tíkẹ́ẹ̀tì|òní|alẹ́ òní|ìdíje|idije"),
    story_words=split(
        "ìtàn|ìgbésí ayé|ayé|ọ̀dọ́|obìnrin|obinrin|ọmọbìnrin|ọmọkùnrin|ìdílé|bàbá|ìyá|ìfẹ́|ọ̀rẹ́|"
        "abúlé|ìlú|ṣàwárí|gbọ́dọ̀"
    ),
    notice_words=split("covid*|kòrónà|àjàkálẹ̀ àrùn"),
)

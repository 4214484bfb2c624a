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
        year="ọdún|odun",
    ),
    # "olùdarí rẹ̀ ni X" (its director is X), "lábẹ́ ìdarí X" (under X's direction), as pages
    # write them with their tone marks and without
    directed_by=split(
        "olùdarí rẹ̀ ni|oludari re ni|olùdarí fíìmù náà ni|oludari fiimu naa ni|"
        "olùdarí eré náà ni|oludari ere naa ni|lábẹ́ ìdarí|labe idari"
    ),
    written_by=split("òǹkọ̀wé rẹ̀ ni|onkowe re ni|ẹni tó kọ ọ́ ni|eni to ko o ni"),
    # "àwọn òṣèré bíi X, Y àti Z" (actors such as), "àwọn tó kópa nínú rẹ̀ ni" (those who took
    # part in it are)
    starring=split(
        "àwọn òṣèré bíi|awon osere bii|àwọn òṣèré tó kópa nínú rẹ̀ ni|"
        "awon osere to kopa ninu re ni|àwọn tó kópa nínú rẹ̀ ni|awon to kopa ninu re ni|"
        "àwọn òṣèré tó kópa nínú fíìmù náà ni|awon osere to kopa ninu fiimu naa ni"
    ),
    # "X kó ipa Y" (X played the part of Y)
    plays=split("kó ipa|ko ipa|ṣe ipa|se ipa"),
    director_nouns=split("olùdarí|oludari"),
    minutes=split("ìṣẹ́jú|iseju"),
    hours=split("wákàtí|wakati"),
    months=cldr_months("yo"),
    genres=genre_table(
        Drama="dírámà|eré oníṣe",
        Documentary="fíìmù àkọsílẹ̀",
        Horror="fíìmù ìbẹ̀rù|eré ìbẹ̀rù",
        Animation="àwòrán ẹ̀fẹ̀",
        Comedy="aláwàdà|awada|eré aláwàdà|ere alawada",
        Action="fíìmù ìjà|eré ìjà|fiimu ija|ere ija",
        Romance="fíìmù ìfẹ́|eré ìfẹ́|fiimu ife|ere ife",
        War="fíìmù ogun|eré ogun|fiimu ogun|ere ogun",
        Crime="fíìmù ọ̀daràn|eré ọ̀daràn|fiimu odaran",
        Music="fíìmù orin|eré orin|fiimu orin",
        Short="fíìmù kúkúrú|fiimu kukuru",
    ),
    conjunctions=split("àti"),
    #: "in the year 2019": "ní ọdún 2019"
    year_words=split("ọdún|odun|ní ọdún|ni odun"),
    #: "fíìmù ọdún 2019", "fíìmù ti ọdún 2019": a film of the year 2019
    year_from=split("ọdún|odun|ti ọdún|ti odun"),
    film_words=split("fíìmù|fiimu|sinimá"),
    event_words=split("ìfihàn|ifihan|àjọ̀dún|ayẹyẹ|sinimá|tíkẹ́ẹ̀tì|òní|alẹ́ òní|ìdíje|idije"),
    story_words=split(
        "ìtàn|ìgbésí ayé|ayé|ọ̀dọ́|obìnrin|obinrin|ọmọbìnrin|ọmọkùnrin|ìdílé|bàbá|ìyá|ìfẹ́|ọ̀rẹ́|"
        "abúlé|ìlú|ṣàwárí|gbọ́dọ̀"
    ),
    notice_words=split("covid*|kòrónà|àjàkálẹ̀ àrùn"),
)

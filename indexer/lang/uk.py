"""Ukrainian."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="uk",
    labels=table(
        title="назва",
        original_title="оригінальна назва",
        year="рік|рік виробництва",
        release="прем єра|прем'єра|прем’єра",
        directors="режисер|режисерка|режисура",
        writers="сценарій|сценарист",
        cast="у ролях|в ролях|актори|у головних ролях",
        cinematography="оператор",
        editing="монтаж",
        music="музика|композитор",
        producers="продюсер",
        countries="країна|країни",
        genres="жанр",
        runtime="тривалість|хронометраж",
        languages="мова",
        synopsis="сюжет|опис",
    ),
    directed_by=split("режисер|режисера|режисерки|режисерка"),
    starring=split("актор|акторка|актриса|актори|у головних ролях|у ролях|в ролях"),
    plays=split("в ролі|у ролі|грає"),
    director_nouns=split("режисер|режисерка|режисера|режисерки"),
    minutes=split("хв|хвилин"),
    hours=split("год"),
    months=split(
        "січень|лютий|березень|квітень|травень|червень|липень|серпень|вересень|"
        "жовтень|листопад|грудень|січня|лютого|березня|квітня|травня|червня|липня|"
        "серпня|вересня|жовтня|листопада|грудня"
    ),
    genres=genre_table(Drama="драма", Comedy="комедія", Documentary="документальний"),
    conjunctions=split("і|й|та"),
    film_words=split("фільм|фільму|стрічка"),
    titled=split("назвою"),
    review_words=split("рецензія|огляд"),
    by=split("реж."),
)

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
        awards="нагороди",
    ),
    directed_by=split("режисер|режисера|режисерки|режисерка|зняв|зняла|знятий|знята|реж."),
    starring=split(
        "актор|акторка|актриса|актори|у головних ролях|у ролях|в ролях|у головній ролі|"
        "в головній ролі|в головних ролях|знялися|знявся|знялася|за участю"
    ),
    plays=split("в ролі|у ролі|грає"),
    role_of=split("якого грає|яку грає|якого зіграв|яку зіграла"),
    director_nouns=split("режисер|режисерка|режисера|режисерки|кінорежисер|документаліст"),
    minutes=split("хв|хвилин|хвилини|хвилина"),
    hours=split("год|години|годин|година"),
    months=split(
        "січень|лютий|березень|квітень|травень|червень|липень|серпень|вересень|жовтень|"
        "листопад|грудень|січня|лютого|березня|квітня|травня|червня|липня|серпня|"
        "вересня|жовтня|листопада|грудня|січ|лют|квіт|трав|черв|серп|жовт|груд"
    ),
    genres=genre_table(
        Drama="драма",
        Comedy="комедія",
        Documentary="документальний",
        Horror="жахи|фільм жахів",
        Thriller="трилер",
        Animation="анімація|анімаційний|мультфільм",
        Romance="мелодрама|романтичний",
        Action="бойовик",
        Crime="кримінальний",
        Science_Fiction="наукова фантастика|фантастика",
        Fantasy="фентезі",
        War="воєнний",
        Western="вестерн",
        Music="мюзикл|музичний",
        Biography="біографічний|біографія",
        History="історичний",
        Family="сімейний",
        Adventure="пригоди|пригодницький",
        Mystery="детектив",
    ),
    conjunctions=split("і|й|та"),
    film_words=split("фільм|фільму|стрічка"),
    titled=split("назвою"),
    review_words=split("рецензія|огляд"),
    by=split("реж."),
    written_by=split("за сценарієм"),
    press_headings=split("рецензії"),
    quote_in=split("в|для"),
    speech_verbs=split("пише|називає|вважає|зазначає"),
    comment_headings=split("коментарі"),
    tagline_headings=split("слоган"),
    first_person=split("я"),
)

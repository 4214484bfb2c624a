"""Bulgarian."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="bg",
    labels=table(
        title="заглавие",
        original_title="оригинално заглавие",
        year="година",
        release="премиера",
        directors="режисьор|режисьори|режисура",
        writers="сценарий|сценарист",
        cast="в ролите|актьори|участват|актьорски състав",
        cinematography="оператор",
        editing="монтаж",
        music="музика",
        producers="продуцент",
        countries="държава|страна",
        genres="жанр",
        runtime="времетраене|продължителност",
        languages="език",
        synopsis="синопсис|резюме|сюжет",
    ),
    directed_by=split("режисьор е|режисьор|на режисьора"),
    starring=split("актьор|актриса|актьорите|в главните роли са|в главните роли|в ролите"),
    director_nouns=split("режисьор|режисьорът|режисьорката"),
    minutes=split("мин|минути"),
    hours=split("ч|часа"),
    months=split(
        "януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември"
    ),
    genres=genre_table(Drama="драма", Comedy="комедия", Documentary="документален"),
    conjunctions=split("и"),
    film_words=split("филм|филма|филмът"),
    titled=split("заглавие"),
)

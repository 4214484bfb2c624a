"""Directors named as the possessor of the word for film, in the genitive of the page's
language (:mod:`indexer.extract.pages.possessive`)."""

from __future__ import annotations

import pytest

from indexer.extract.pages.cues import name_at
from indexer.extract.pages.possessive import (
    before_other_title,
    beside_bare_title,
    beside_title,
    film_of,
    film_possessors,
)
from indexer.normalize import key
from tests.page_support import BLURB
from tests.page_support import film_of as film_of_page


@pytest.mark.parametrize(
    ("text", "code", "found"),
    [
        ("Lisa Langseths film är en perfekt liten kickoff.", "sv", ["Lisa Langseths"]),
        ("Ändå är Bo Widerbergs thriller oöverträffad.", None, ["Bo Widerbergs"]),
        ("Kenneth Branagh’s film is a memoir.", "en", ["Kenneth Branagh"]),
        # lower-case words between; a compound of the word for film
        ("i Celine Songs vackert melankoliska debutfilm ”Past lives”.", "sv", ["Celine Songs"]),
        ("Nuri Bilge Ceylan’ın filmi Cannes'da.", "tr", ["Nuri Bilge Ceylan"]),
        ("Aki Kaurismäen elokuva alkaa.", "fi", ["Aki Kaurismäen"]),
        # Basque declines the word for film too: "of the film", "the films"
        ("Iker Larraren azken filmaren estreinaldia da.", "eu", ["Iker Larraren"]),
        ("Miren Etxeberriaren pelikulak sariak irabazi ditu.", "eu", ["Miren Etxeberriaren"]),
        ("რეჟისორის, ლევან თუთბერიძის ფილმი გამოვა.", None, ["ლევან თუთბერიძის"]),
        ("մասին Նատալյա Բելյաուսկենեի «Եթե բոլորը…» ֆիլմը դարձել", None,
         ["Նատալյա Բելյաուսկենեի"]),
        ("FILM ROBERTA ZEMECKISA", "hr", ["ROBERTA ZEMECKISA"]),
        ("Это фильм Андрея Кончаловского, удостоенный приза.", "ru", ["Андрея Кончаловского"]),
        # a foreign surname that does not decline after the given name in the genitive
        ("Фільм Олександра Шапіро «Вісім» збирає", "uk", ["Олександра Шапіро"]),
        # a word between the possessor and the word for film ("new") that is no genitive
        ("საჩხერის კინოთეატრში ელდარ შენგელაიას ახალი ფილმის ჩვენება", "ka", ["ელდარ შენგელაიას"]),
        # no genitive: an actor's film, the title after the word for film, a festival
        ("It is a Tom Hanks film.", "en", []),
        ("Gledali smo film Forrest Gump.", "hr", []),
        ("Altın Portakal Film Festivali’nde yarışan filmi", "tr", []),
        ("Başrollerini Yılmaz Erdoğan ve Taner Birsel’in paylaştığı film", "tr", []),
        # a language told wrongly (no word for film of its own on the page): any language
        ("რეჟისორის, ლევან თუთბერიძის ფილმი გამოვა.", "et", ["ლევან თუთბერიძის"]),
    ],
)  # fmt: skip
def test_film_possessors(text: str, code: str | None, found: list[str]) -> None:
    assert [m.name for m in film_possessors(text, code)] == found


def test_a_possessor_directs_the_film_of_a_page() -> None:
    text = (
        "Hotell\n\nAlla kommer inte att köpa blandningen, men den är rolig. "
        "Men Lisa Langseths film är en perfekt liten kickoff för funderingarna kring livet "
        "och dess mening, och den handlar om en kvinna som förlorar allt.\n\n" + BLURB
    )
    assert film_of_page(text).directors == ("Lisa Langseths",)


def test_the_word_for_film_ends_a_name_without_capitals() -> None:
    text = "ცნობილი ქართველი რეჟისორის, ლევან თუთბერიძის ფილმი გამოვა."
    assert name_at(text, text.index("ლევან")) == "ლევან თუთბერიძის"


@pytest.mark.parametrize(
    ("text", "title", "code", "found"),
    [
        ("մասին Նատալյա Բելյաուսկենեի «Եթե բոլորը…» ֆիլմը", "Եթե բոլորը…", None,
         ["Նատալյա Բելյաուսկենեի"]),
        ("Вышел фильм «Дорогие товарищи!» Андрея Кончаловского.", "Дорогие товарищи!", "ru",
         ["Андрея Кончаловского"]),
        # "Festivali" ends like a Slavic genitive, but a Turkish page writes its genitive so: ’in
        ("Altın Portakal Film Festivali “Savrulan Zaman” ile açıldı.", "Savrulan Zaman", "tr",
         []),
        ("Altın Portakal Film Festivali “Savrulan Zaman” ile açıldı.", "Başka", "tr", []),
    ],
)  # fmt: skip
def test_a_genitive_beside_the_quoted_title(
    text: str, title: str, code: str | None, found: list[str]
) -> None:
    assert [m.name for m in beside_title(text, title, code)] == found


@pytest.mark.parametrize(
    ("text", "title", "code", "found"),
    [
        ("Tonight: Wong Kar Wai’s Chungking Express film, restored.", "Chungking Express", "en",
         ["Wong Kar Wai"]),
        ("В прокате фильм Тихая река Андрея Петрова, снятый в Карелии.",
         "Тихая река", "ru", ["Андрея Петрова"]),
        # a language without a genitive: "Próximos Eventos" only looks like a Swedish one
        ("Próximos Eventos Rif 1921 película", "Rif 1921", "es", []),
        # one word, as written with its capital: a common word in lower case is no title
        ("Akira Kurosawa's Ikiru\n7:00pm. A film print.", "Ikiru", "en", ["Akira Kurosawa"]),
        ("Tonight at Anna Berg’s home, a party", "Home", "en", []),
        ("Anna Berg’s HOME", "HOME", "en", []),
        # the heading writes the title in capitals, the prose in title case
        ("EVIL DOES NOT EXIST\n\nRyusuke Hamaguchi’s Evil Does Not Exist is a film of the woods.",
         "EVIL DOES NOT EXIST", "en", ["Ryusuke Hamaguchi"]),
    ],
)  # fmt: skip
def test_a_genitive_beside_the_title_without_quotes(
    text: str, title: str, code: str | None, found: list[str]
) -> None:
    assert [m.name for m in beside_bare_title(text, title, code)] == found


def test_a_name_before_another_films_title_is_that_films_director() -> None:
    text = (
        "Նատալյա Բելյաուսկենեի «Եթե բոլորը…» ֆիլմը. Մրցակիցներն են ռեժիսոր Գեորգի Փարաջանովի "
        "«Բոլորը հեռացան»-ը (Վրաստան)"
    )
    own = frozenset({key("Եթե բոլորը…")})
    assert before_other_title(text, "Գեորգի Փարաջանովի", own)
    assert not before_other_title(text, "Նատալյա Բելյաուսկենեի", own)
    # the film's own title nowhere in quotes: the title found may be wrong, no penalty
    assert not before_other_title(text, "Գեորգի Փարաջանովի", frozenset({"ette bolory"}))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("nos llega la quinta película de Dagur Kári, que", ["Dagur Kári"]),
        ("c'est un film d’Agnès Varda", ["Agnès Varda"]),
        ("Ini film karya Joko Anwar.", ["Joko Anwar"]),
        ("Det är en film av Roy Andersson.", ["Roy Andersson"]),
        ("el segundo largometraje, la película de terror de Juan Pérez", ["Juan Pérez"]),
        ("un film de Manoel de Oliveira.", ["Manoel de Oliveira"]),
        ("una película de terror", []),
        ("un film di Natale", []),
        # the film's title in quotes (and its year) between the word for film and "of"
        ('Filmul "Vara" al lui Ion Popescu rulează la Roma', ["Ion Popescu"]),
        ("ang pelikulang “Ulan” ni Jose Reyes ay", ["Jose Reyes"]),
        ("on revoit le film « Le Pont » d’Agnès Morel ce soir", ["Agnès Morel"]),
        ("la película «La isla» (2017) de Ana Ruiz llega", ["Ana Ruiz"]),
        ('the film "Rain" and Tom Lind', []),
        ('un film "Natale" di Natale', []),
    ],
)
def test_the_director_after_the_word_for_film_and_of(text: str, found: list[str]) -> None:
    assert [m.name for m in film_of(text)] == found


def test_a_thai_director_after_the_latest_film_of() -> None:
    text = (
        "February\n\nจีเอ็มเอ็ม พิคเจอร์ส เปิดแถลงข่าวภาพยนตร์เรื่อง February "
        "ซึ่งเป็นภาพยนตร์เรื่องล่าสุดของ ยุทธเลิศ สิปปภาค ผู้กำกับฯ ร้อยล้าน\n\n" + BLURB
    )
    assert film_of_page(text).directors == ("ยุทธเลิศ สิปปภาค",)

"""Language data swept from grammar (session 47): the words for the director, the cast, the
year and the genres that Arabic, Hebrew, Urdu, Kazakh, Kyrgyz, Belarusian, Armenian,
Albanian, Basque, Galician, Irish, Welsh, Afrikaans, Maltese and Georgian pages write, read
on small pages of our own sentences."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page
from indexer.extract.pages.genres import _sentence_genres
from indexer.extract.pages.numbers import _any_year


def _film(body: str, title: str):
    page = f"Source: https://example.org/film/1\n{title}\n\n{body}\n"
    films = extract_page(page, "page.txt").films
    assert films
    return films[0]


@pytest.mark.parametrize(
    ("title", "body", "directors", "cast"),
    [
        (
            # Welsh: "directed by" with a curly apostrophe; "in the lead role"
            "Y Swn",
            "Mae Y Swn yn ffilm ddrama o 2023 wedi’w gyfarwyddo gan Lee Haven Jones. Yn y "
            "brif ran mae Rhodri Evan ac Eve Myles.",
            ("Lee Haven Jones",),
            ("Rhodri Evan", "Eve Myles"),
        ),
        (
            # Irish: "directed by" (arna stiúradh ag)
            "Amhrán na Mara",
            "Is scannán drámaíochta ó 2019 é Amhrán na Mara, arna stiúradh ag Tomm Moore.",
            ("Tomm Moore",),
            (),
        ),
        (
            # Afrikaans: "under the direction of", "in the lead role"
            "Die Lied van die See",
            "Die Lied van die See is 'n Suid-Afrikaanse oorlogsdrama uit 2019, onder die regie "
            "van Katinka Heyns. In die hoofrol is Sandra Prinsloo.",
            ("Katinka Heyns",),
            ("Sandra Prinsloo",),
        ),
        (
            # Albanian: "directed by" as a participle agreeing with the film
            "Kënga e detit",
            "Kënga e detit është një film dramë shqiptar i vitit 2019, i regjisuar nga Gjergj "
            "Xhuvani. Në rolet kryesore luajnë Bujar Lako dhe Luiza Xhuvani.",
            ("Gjergj Xhuvani",),
            ("Bujar Lako", "Luiza Xhuvani"),
        ),
        (
            # Galician: "they star" (protagonizan)
            "A canción do mar",
            "A canción do mar é un filme galego de 2019 dirixido por Oliver Laxe. Protagonizan "
            "Amador Arias e Benedicta Sánchez.",
            ("Oliver Laxe",),
            ("Amador Arias", "Benedicta Sánchez"),
        ),
        (
            # Maltese: "in the lead role"
            "Il-Kanzunetta tal-Baħar",
            "Il-Kanzunetta tal-Baħar hija film drammatiku Malti li ħareġ fl-2019, dirett minn "
            "Joe Borg. Fir-rwol prinċipali hemm Mario Camilleri.",
            ("Joe Borg",),
            ("Mario Camilleri",),
        ),
        (
            # Arabic: "script and direction", "starring"
            "أغنية البحر",
            "أغنية البحر فيلم دراما مصري إنتاج 2019، سيناريو وإخراج محمد خان، ومن بطولة أحمد "
            "زكي ويسرا.",
            ("محمد خان",),
            ("أحمد زكي", "يسرا"),
        ),
        (
            # Georgian: the director noun and the name in the ergative before "shot"
            "საპოვნელა",
            "საპოვნელა ქართული დოკუმენტური ფილმია. ფილმი რეჟისორმა ოთარ იოსელიანმა გადაიღო.",
            ("ოთარ იოსელიანმა",),
            (),
        ),
    ],
)
def test_credits_in_the_languages_prose(
    title: str, body: str, directors: tuple[str, ...], cast: tuple[str, ...]
) -> None:
    film = _film(body, title)
    assert film.directors == directors
    assert film.cast[: len(cast)] == cast


def test_an_armenian_year_with_its_glued_mark_and_a_title_in_doubled_marks() -> None:
    # "In 1968 Sergei Parajanov's ‹‹The Color of Pomegranates›› was released in Armenia"
    film = _film(
        "1968թ. Հայաստանում թողարկվեց Սերգեյ Փարաջանովի ‹‹Նռան գույնը›› ֆիլմը, որը մեծ "
        "իրարանցում ստեղծեց։",
        "Նռան գույնը",
    )
    assert film.year == 1968
    assert film.directors == ("Սերգեյ Փարաջանովի",)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("ħareġ fl-2019", ["2019"]),  # Maltese: came out in 2019
        ("film tal-1968", ["1968"]),  # Maltese: a film of 1968
        ("יצא לאקרנים ב-2019", ["2019"]),  # Hebrew: released in 2019
        ("2019-ko filma", ["2019"]),  # Basque: the film of 2019
        ("film-2019", []),  # an address's words
        ("1980-an", []),  # Indonesian: the 1980s
        ("1980-1985", []),
    ],
)
def test_a_year_after_a_hyphenated_preposition(text: str, years: list[str]) -> None:
    assert _any_year().findall(text) == years


@pytest.mark.parametrize(
    ("sentence", "genres"),
    [
        ("Die Lied van die See is 'n Suid-Afrikaanse oorlogsdrama.", ["War Drama"]),
        ("«Песня мора» — беларуская ваенная драма.", ["War Drama"]),
        ("«Նռան գույնը» խորհրդային պատմական դրամա է։", ["Historical Drama"]),
        ("Is scannán drámaíochta é Amhrán na Mara.", ["Drama"]),
        ("Il-Kanzunetta tal-Baħar hija film drammatiku Malti.", ["Drama"]),
        ("Itsasoaren kantua 2019ko euskal film distopikoa da.", ["Science Fiction"]),
    ],
)
def test_genre_words_of_the_languages(sentence: str, genres: list[str]) -> None:
    assert _sentence_genres(sentence, prose=True)[: len(genres)] == genres

"""Countries named by nationalities of more languages (Arabic and Persian nisbas, a name less
its "-ia"), beside the noun for a production, listed with the ideographic comma; genre words
of more forms (tragicomic adjectives, "detektívky", "ромком", "dramatic" beside a genre)."""

import pytest

from indexer.extract.pages.facts import line_facts
from indexer.extract.pages.genres import _sentence_genres, labelled_genres, word_genres
from indexer.extract.pages.values import entered, film_nationalities
from indexer.normalize import nationality_country


@pytest.mark.parametrize(
    ("word", "want"),
    [
        ("szlovák", "Slovakia"),  # Hungarian: "Szlovákia" less "-ia"
        ("slovac", "Slovakia"),  # Romanian: "Slovacia"
        ("سعودي", "Saudi Arabia"),  # the short name "السعودية"
        ("فرنسي", "France"),  # "فرنسا": the name's final alef
        ("إيطالي", "Italy"),  # "إيطاليا"
        ("ياباني", "Japan"),  # "اليابان": the article
        ("نمساوي", "Austria"),  # "النمسا": the nisba's "و" after an alef
        ("أمريكي", "United States"),
        ("آمریکایی", "United States"),  # Persian: "آمریکا" and "یی"
        ("سعودی", "Saudi Arabia"),
        ("عربي", None),  # Arabic, no country
        ("جنوبي", None),  # southern
        ("طويل", None),
    ],
)
def test_nationalities(word: str, want: str | None) -> None:
    assert nationality_country(word) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Filmi “Shqiptari”, një prodhim gjermano-shqiptar, ka marë çmimin e parë",
            ["gjermano", "shqiptar"],
        ),
        (
            '"باب" فيلم روائي طويل من إنتاج الإمارات العربية المتحدة، ناطق',
            ["الإمارات العربية المتحدة"],
        ),
        ("افتتح الفيلم السعودي الجديد للمخرجة", ["السعودي"]),
        ("Une production française signée par une jeune réalisatrice.", ["française"]),
    ],
)
def test_production_nationalities(text: str, want: list[str]) -> None:
    assert film_nationalities(text) == want


def test_countries_parted_by_ideographic_comma() -> None:
    facts = line_facts("コロンビア、ルーマニア、フランス、ドイツ/2022/75分")
    assert facts is not None
    assert facts.countries == ["コロンビア", "ルーマニア", "フランス", "ドイツ"]
    assert facts.years == [2022] and facts.runtimes == [75]


@pytest.mark.parametrize(
    ("word", "want"),
    [
        ("tragikomiška", "Tragicomedy"),  # Lithuanian adjective, an inflected form
        ("tragikomický", "Tragicomedy"),
        ("трагикомичной", "Tragicomedy"),
        ("tragicomico", "Tragicomedy"),
        ("detektívky", "Detective"),  # Slovak plural
        ("ромком", "Romantic Comedy"),
    ],
)
def test_genre_word_forms(word: str, want: str) -> None:
    assert word_genres(word)[:1] == [want]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Pif brings to London his dramatic comedy with a historical setting.", ["Drama"]),
        ("a dramatic turn of events in the last act", []),
        ("en uhyre vellykket dramatisk film, der tør", ["Drama"]),
    ],
)
def test_dramatic_beside_a_genre_or_film(sentence: str, want: list[str]) -> None:
    found = _sentence_genres(sentence)
    assert all(g in found for g in want) and (want or not found)


def test_labelled_film_dramatic() -> None:
    assert labelled_genres(["film dramatic"])[0] == ["Drama"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Review: ‘BEAUTIFUL BEINGS,’ Iceland’s submission for THE 95TH ACADEMY AWARDS",
            ["Iceland"],
        ),
        ("“The Good Road” has been chosen as India’s entry for the best foreign film", ["India"]),
        (
            "This grim but worthwhile documentary – the UK’s Oscar Academy hopeful – greets",
            ["the UK"],
        ),
        ("Laal Kabootar became Pakistan’s official entry to Oscars this year.", ["Pakistan"]),
        ("She read John’s entry in the diary.", []),
    ],
)
def test_award_entries(text: str, want: list[str]) -> None:
    assert entered(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A love story, and somehow, a joyous one. Must-see Australian cinema", ["Australian"]),
        ("un classique du cinéma français des années soixante", ["français"]),
        ("W polskich kinach premiera odbędzie się w grudniu", []),  # in cinemas: a release
    ],
)
def test_national_cinema(text: str, want: list[str]) -> None:
    assert film_nationalities(text) == want

"""The language data swept from grammar (session 46): per language, a small page in its own
words whose director, cast, year, genres or runtime the added forms give (the director's case
forms, the verbs and phrases of the cast, a year's case ending, a genre's inflected, definite
and compound forms, the runtime's units)."""

from __future__ import annotations

import pytest

from indexer.normalize import genre_names
from tests.page_support import film_of

#: (language, page text, field, expected value)
PAGES = [
    (
        "sr",
        "Tihi grad\n\nFilm Tihi grad. Režiju je potpisao Marko Petrović.",
        "directors",
        ("Marko Petrović",),
    ),
    ("sr", "Tihi grad\n\nTihi grad je ratna drama iz 1980. godine.", "year", 1980),
    (
        "hr",
        "Tiha rijeka\nRedatelj: Ivan Horvat\nŽanr: znanstvenofantastični, triler",
        "genres",
        ("Science Fiction", "Thriller"),
    ),
    (
        "bs",
        "Tiha rijeka\n\nFilm Tiha rijeka je drama. Režiju je potpisao Adis Hodžić.",
        "directors",
        ("Adis Hodžić",),
    ),
    (
        "sl",
        "Tiha reka\n\nFilm je režiral Janez Novak. Igrata Ana Kovač in Peter Zupan.",
        "cast",
        ("Ana Kovač", "Peter Zupan"),
    ),
    (
        "sl",
        "Tiha reka\nRežija: Janez Novak\nŽanr: vojna drama",
        "genres",
        ("War Drama", "War", "Drama"),
    ),
    (
        "pl",
        "Cicha rzeka\nReżyseria: Jan Nowak\nGatunek: Sensacyjny, Dystopia",
        "genres",
        ("Action", "Science Fiction"),
    ),
    ("pl", "Cicha rzeka\n\nCicha rzeka to polski dramat wojenny z 1980 roku.", "year", 1980),
    ("cs", "Tichá řeka\nRežie: Jan Novák\nŽánr: Drama / Dystopie\nRok výroby: 1980", "year", 1980),
    (
        "sk",
        "Tichá rieka\nRéžia: Ján Novák\nŽáner: Dráma, Vedeckofantastický",
        "genres",
        ("Drama", "Science Fiction"),
    ),
    ("ru", "Тихая река\n\n«Тихая река» — советская антиутопия 1980 года.", "year", 1980),
    ("ru", "Тихая река\n\nФильм вышел в 1980-м году. Режиссёр Иван Петров.", "year", 1980),
    (
        "uk",
        "Тиха ріка\nРежисер: Іван Петренко\nЖанр: горор, науково-фантастичний",
        "genres",
        ("Horror", "Science Fiction"),
    ),
    (
        "bg",
        "Тиха река\nРежисьор: Иван Петров\nЖанр: военна драма",
        "genres",
        ("War Drama", "War", "Drama"),
    ),
    (
        "hu",
        "Csendes folyó\n\nA Csendes folyó egy 1980-as magyar dráma Kovács János rendezésében.",
        "year",
        1980,
    ),
    ("hu", "Csendes folyó\n\nA Csendes folyó 1980-ban készült magyar háborús film.", "year", 1980),
    (
        "ro",
        "Râul liniștit\nRegia: Ion Popescu\nGen: distopie, dramă de război",
        "genres",
        ("Science Fiction", "War Drama", "War", "Drama"),
    ),
    (
        "el",
        "Ήσυχο ποτάμι\nΣκηνοθεσία: Γιώργος Παπαδόπουλος\nΕίδος: Πολεμικό δράμα, Δράσης",
        "genres",
        ("War Drama", "War", "Drama", "Action"),
    ),
    (
        "tr",
        "Sessiz Nehir\nYönetmen: Ahmet Yılmaz\nTür: Korku filmi, Polisiye",
        "genres",
        ("Horror", "Crime"),
    ),
    ("az", "Sakit çay\n\nSakit çay 1968-ci ildə çəkilmiş Azərbaycan bədii filmidir.", "year", 1968),
    (
        "az",
        "Sakit çay\n\nSakit çay filmdir. Baş rolun ifaçısı Leyla Həsənova.",
        "cast",
        ("Leyla Həsənova",),
    ),
    (
        "lv",
        "Klusā upe\nRežisors: Jānis Bērziņš\nŽanrs: vēsturiskā drāma, romantiskā",
        "genres",
        ("Historical Drama", "Drama", "History", "Romance"),
    ),
    (
        "lt",
        "Tyli upė\nRežisierius: Jonas Petraitis\nŽanras: karo drama",
        "genres",
        ("War Drama", "War", "Drama"),
    ),
    (
        "sv",
        "Tyst flod\n\nI dramat Tyst flod från 1980 spelar Anna Svensson en ung mor.",
        "genres",
        ("Drama",),
    ),
    (
        "da",
        "Stille flod\nInstr.: Erik Lund\nMedvirkende: Anna Hansen, Peter Jensen",
        "directors",
        ("Erik Lund",),
    ),
    (
        "ca",
        "El riu\n\nEl riu és una pel·lícula d'Agustí Vila del 1980.",
        "directors",
        ("Agustí Vila",),
    ),
]


@pytest.mark.parametrize(("code", "text", "field", "value"), PAGES)
def test_swept_language_data(code: str, text: str, field: str, value: object) -> None:
    film = film_of(text)
    assert getattr(film, field) == value, code


@pytest.mark.parametrize(
    ("word", "genres"),
    [
        ("Rechtbankdrama", ["Drama"]),
        ("Gerichtsdrama", ["Drama"]),
        ("Misdaadthriller", ["Thriller"]),
        ("Beziehungskomödie", ["Comedy"]),
        ("Panorama", []),
        ("Adrama", []),
    ],
)
def test_a_one_word_compound_is_of_its_head_genre(word: str, genres: list[str]) -> None:
    assert genre_names(word) == genres


@pytest.mark.parametrize(
    "text",
    [
        "Тихая река\n\nДействие происходит в 1980-х годах. Режиссёр Иван Петров.",
        "Hiljainen joki\n\nElokuva sijoittuu 1980-luvulle. Ohjaaja Matti Virtanen.",
        "Quiet River\n\nThe war from 1980 to 1988 is the story. Directed by Ann Lee.",
    ],
)
def test_a_decade_or_an_everyday_genre_word_gives_no_year(text: str) -> None:
    assert film_of(text).year is None

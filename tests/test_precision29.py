"""Precision of countries and genres read from prose: the plural of the word for film and an
institution's name (a festival, a prize, an institute) hold a nationality or a genre word that
is no fact of the film; a genre word beside the plural of the word for film names a class."""

from __future__ import annotations

import pytest

from indexer.extract.pages.genres import prose_genres
from indexer.extract.pages.institutions import institution_near, is_institution
from indexer.extract.pages.values import film_nationalities


@pytest.mark.parametrize(
    ("word", "holds"),
    [
        ("Festival", True),
        ("festivalu", True),  # a stem and its ending
        ("Filmfestival", True),  # a compound's tail
        ("영화제에서", True),  # a script's noun inside a word
        ("film", False),
        ("Polish", False),
    ],
)
def test_is_institution(word: str, holds: bool) -> None:
    assert is_institution(word) is holds


def test_institution_near_heads_a_name() -> None:
    nation = {"slovenského", "South", "African"}.__contains__
    assert institution_near("filmu", ["Týždeň", "slovenského"], [], nation)
    assert institution_near("Film", ["Polish"], ["Institute"], nation)
    # a prize's noun that heads no name: "award winning" is praise
    assert not institution_near("film", ["award", "winning", "South", "African"], [], nation)


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # the plural: films of a country in general
        ("Las películas argentinas llenan las salas este verano.\n", []),
        ("Indian films have a long history of song.\n", []),
        # after the word for "best", the plural says the film is one of them
        ("Det är en av Sveriges bästa filmer genom tiderna.\n", ["Sveriges"]),
        # a singular that folds to another language's plural ("filmų")
        ("Premiéra nového slovenského filmu v kinách.\n", ["slovenského"]),
        # an institution's name
        ("The film won at the Polish Film Institute awards.\n", []),
        ("Premiere at the Nederlands Film Festival tonight.\n", []),
        ("Zlatni lav na Festivalu hrvatskog filma u Puli.\n", []),
        # still read: the singular beside a nationality
        ("Una película argentina sobre la memoria.\n", ["argentina"]),
        ("the South African award-winning film about a boxer\n", ["South African"]),
    ],
)
def test_film_nationalities_not_of_this_film(text: str, countries: list[str]) -> None:
    assert film_nationalities(text) == countries


@pytest.mark.parametrize(
    ("text", "genres"),
    [
        ("The film screened at the Kids Film Festival in May.", []),
        ("The film won the Grand Prix du documentaire in Paris.", []),
        # a prize's category: the film the page is about often won it
        ("The film won the Prix du Meilleur Documentaire.", ["Documentary"]),
        ("山形国際ドキュメンタリー映画祭2023 主な上映作品", []),
        ("The film is one of the best horror films of the year.", []),
        ("Es una de esas películas de terror que asustan.", []),
        # still read
        ("This film is a documentary about bees.", ["Documentary"]),
        ("A horror film about a house.", ["Horror"]),
        ("It is the best documentary film of the year.", ["Documentary"]),
    ],
)
def test_prose_genres_not_of_institutions_or_classes(text: str, genres: list[str]) -> None:
    assert prose_genres(text, "X") == genres

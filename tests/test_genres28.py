"""Road-movie genre words of the language modules."""

from __future__ import annotations

import pytest

from indexer.extract.pages import genres as g


@pytest.mark.parametrize(
    "block",
    [
        # Slovenian, Croatian and Bosnian "film ceste"
        'Sledi "nepredvidljiv" film ceste, postavljen v bosansko divjino.',
        # Polish "kino drogi" in the instrumental
        "Film jest klasycznym kinem drogi o dwóch braciach.",
        # German, Danish and Norwegian write the loan as one word
        "Der Film ist ein melancholisches Roadmovie durch Ostdeutschland.",
        "Filmen er en roadmovie om to brødre.",
        "הסרט הוא סרט דרכים על שני אחים.",
        "Η ταινία είναι μια ταινία δρόμου για δύο αδέλφια.",
        "این فیلم یک فیلم جاده‌ای درباره دو برادر است.",
        "A film egy szívszorító útifilm két testvérről.",
    ],
)
def test_road_movie_in_prose(block: str) -> None:
    assert g.prose_genres(block, "")[:1] == ["Road Movie"]

"""Narrower genres pages name ("julefilm", "Jugendfilm, Literaturverfilmung", "Gangster"),
and their everyday words kept out of prose unless beside the word for film."""

import pytest

from indexer.extract.pages.genres import labelled_genres, prose_genres
from indexer.normalize import genre_names


@pytest.mark.parametrize(
    ("label", "want"),
    [
        ("Jugendfilm, Literaturverfilmung", ["Youth Film", "Teen", "Literary Adaptation"]),
        ("Drammatico, Gangster", ["Drama", "Gangster Film", "Crime"]),
        ("Chronique", ["Chronicle"]),
        ("Comedia | Cine dentro del cine", ["Comedy", "Films about Filmmaking"]),
        ("Spy thriller", ["Spy", "Thriller"]),
    ],
)
def test_labelled_narrow_genres(label: str, want: list[str]) -> None:
    assert labelled_genres([label])[0] == want


def test_everyday_words_name_no_catalogue_genre() -> None:
    assert genre_names("Christmas") == []
    assert genre_names("political drama") == ["Drama"]
    assert genre_names("political drama", narrow=True) == ["Political Drama", "Drama"]
    assert genre_names("gangster") == ["Crime"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Anmelderne roser Paprika Steens morsomme og rørende julefilm om familien i "
            "den hyggelige højtid.",
            ["Christmas Film"],
        ),
        (
            "Timbuktu is a political film in the way that The Bicycle Thief is a political film.",
            ["Political Film"],
        ),
        (
            "Ang movie na ito ay isang 2015 Filipino Historical Biopic Film na ipinakikita ang "
            "pagiging isang magaling na heneral.",
            ["Historical Biopic", "Biography", "History", "Biopic"],
        ),
        # everyday words in prose about the story: no genre
        ("The film follows a family at Christmas, when a political disaster strikes the town.", []),
        ("Her stint in Hollywood, trying her hand at producing, was a disaster for the film.", []),
    ],
)
def test_prose_narrow_genres(text: str, want: list[str]) -> None:
    assert prose_genres(text, "") == want

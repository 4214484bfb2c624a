"""Credits in prose (:func:`indexer.extract.prose.prose_credits`), one row per cue and language."""

from __future__ import annotations

import pytest

from indexer.extract import cleaning
from indexer.extract.pages.textlang import function_word_language
from indexer.extract.prose import ProseCredits, prose_credits
from indexer.records import Film

GODFATHER = (
    "The Godfather is a 1972 American crime film directed by Francis Ford Coppola, who "
    "co-wrote the screenplay with Mario Puzo. It stars Marlon Brando, Al Pacino, James Caan, "
    "Richard Castellano, Robert Duvall and Diane Keaton."
)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            GODFATHER,
            "en",
            ProseCredits(
                ["Francis Ford Coppola"],
                ["Mario Puzo"],
                [
                    "Marlon Brando",
                    "Al Pacino",
                    "James Caan",
                    "Richard Castellano",
                    "Robert Duvall",
                    "Diane Keaton",
                ],
            ),
        ),
        (
            "Written and directed by Joanna Hogg, starring Honor Swinton Byrne and Tom Burke.",
            None,
            ProseCredits(["Joanna Hogg"], ["Joanna Hogg"], ["Honor Swinton Byrne", "Tom Burke"]),
        ),
        (
            "Un film de Céline Sciamma avec Joséphine Sanz, Gabrielle Sanz et Nina Meurisse.",
            "fr",
            ProseCredits(
                ["Céline Sciamma"], [], ["Joséphine Sanz", "Gabrielle Sanz", "Nina Meurisse"]
            ),
        ),
        (
            "Una película dirigida por Achero Mañas, protagonizada por Ernesto Alterio y Ruth Díaz",
            "es",
            ProseCredits(["Achero Mañas"], [], ["Ernesto Alterio", "Ruth Díaz"]),
        ),
        (
            "Режиссёр Андрей Звягинцев, в главных ролях Алексей Серебряков и Елена Лядова.",
            "ru",
            ProseCredits(["Андрей Звягинцев"], [], ["Алексей Серебряков", "Елена Лядова"]),
        ),
        (
            "Nowy film w reżyserii Agnieszki Holland pokazano w Wenecji.",
            "pl",
            ProseCredits(["Agnieszki Holland"], [], []),  # names stay as written (genitive)
        ),
        (
            "芥川賞作家の小説を、石川慶さんが監督・編集を務め、映画化。",
            "ja",
            ProseCredits(["石川慶"], [], []),
        ),
        ("윤종빈감독의 전작", "ko", ProseCredits(["윤종빈"], [], [])),
        ("A quiet film about two sisters.", "en", ProseCredits()),
        ("", None, ProseCredits()),
    ],
)
def test_prose_credits(text: str, language: str | None, expected: ProseCredits) -> None:
    assert prose_credits(text, language) == expected


def test_a_language_restricts_the_cues() -> None:
    sentence = "Un film de Céline Sciamma."
    assert prose_credits(sentence, "fr").directors == ["Céline Sciamma"]
    assert prose_credits(sentence, "ja").directors == []


def test_anything_that_is_not_text_gives_nothing() -> None:
    assert prose_credits(None) == ProseCredits()  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            GODFATHER + " The film is the first in a trilogy, and it was the story of his family.",
            "en",
        ),
        (GODFATHER, None),  # the votes of function words are too few to tell
        (
            "El padre de la familia vive con los hijos en una casa que es de su madre "
            "y por eso se va.",
            "es",
        ),
        (
            "Le père de la famille vit avec les enfants dans une maison qui est à sa mère "
            "et pour le reste.",
            "fr",
        ),
        ("Mara Quinlan, 2019", None),  # too few words to tell
    ],
)
def test_the_language_of_a_synopsis_by_its_function_words(text: str, code: str | None) -> None:
    assert function_word_language(text) == code


def test_a_catalogue_synopsis_in_english_is_read_with_english_cues(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str | None] = []

    def spy(text: str, language: str | None = None, title: str = "") -> ProseCredits:
        asked.append(language)
        return prose_credits(text, language, title)

    monkeypatch.setattr(cleaning, "prose_credits", spy)
    film = Film(title="Fair Harbour", synopsis=(
        "Fair Harbour is a 1931 drama film directed by Mara Quinlan and starring Tom Reyes and "
        "Ada Lund. It is based on the novel by Oskar Brandt, which was a success in its day. "
        "The story of a man and his daughter is told with care in this film."
    ))  # fmt: skip
    read = cleaning.with_prose_credits(film)
    assert asked == ["en"]  # not every language's cue words: the function words tell English
    assert read.directors == ("Mara Quinlan",)
    assert read.prose_fields and "directors" in read.prose_fields

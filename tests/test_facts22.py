"""Genre words of whole languages: inflected forms (Arabic, Hebrew, Persian, Armenian), genre
words glued before the noun for a film in scripts without spaces, a paragraph opened by a
sentence of genre words only."""

from __future__ import annotations

import pytest

from indexer.extract.pages import genres as g


@pytest.mark.parametrize(
    ("sentence", "genres"),
    [
        # the Arabic nisba adjective's feminine after the article: "documentary directing steps"
        ("دعم ابنته في أولى خطواتها الإخراجية الوثائقية، لمشاهدة الفيلم.", ["Documentary"]),
        ("من أهم الأفلام الوثائقيات العربية في الفيلم", ["Documentary"]),
        # Hebrew feminine adjective with the article
        ("הסרט הוא יצירה תיעודית מרגשת", ["Documentary"]),
        # Persian indefinite "ی"
        ("این فیلم مستندی درباره جنگ است", ["Documentary"]),
        # Armenian "-ություն" in the genitive, after the adjective for love
        ("«Փորձաշրջան» սիրային կատակերգության պրեմիերան", ["Romantic Comedy", "Romance", "Comedy"]),
        # an everyday genre word glued before the noun for a film or a work
        ("史実に基づいて描いた戦争大作。", ["War"]),
        ("這樣講信仰的戰爭大片。", ["War"]),
        ("家族の物語を描いた。", []),
        # a narrower genre of two words: the supernatural
        ("Merupakan film horor supranatural perdana Joko Anwar", ["Supernatural Horror"]),
        (
            "O filme é um terror sobrenatural passado no interior.",
            ["Supernatural Horror"],
        ),
    ],
)
def test_inflected_and_headed_genre_words(sentence: str, genres: list[str]) -> None:
    assert g._sentence_genres(sentence) == genres


def test_a_plural_of_a_story_noun_is_no_genre_in_hebrew() -> None:
    assert g._sentence_genres("וחיות בתוך הפנטזיות שלה") == []


@pytest.mark.parametrize(
    ("sentence", "genres"),
    [
        ("דרמה-קומדיה.", ["Drama", "Comedy"]),
        ("Comedy-drama.", ["Comedy", "Drama"]),
        ("War.", []),  # an everyday word alone
        ("A drama.", []),  # another word
        ("Drama", []),  # no sentence's stop
    ],
)
def test_a_sentence_of_genre_words_only(sentence: str, genres: list[str]) -> None:
    assert g._genre_fragment(sentence) == genres


#: two paragraphs of prose that name no genre: what follows is no lead sentence
_BEFORE = (
    "The evening opened with a speech by the mayor, who thanked every volunteer by name.\n"
    "Then the lights went down and the hall fell silent for a long while before it began.\n"
)


def test_a_paragraph_opened_by_genre_words() -> None:
    block = (
        "דרמה-קומדיה. סרטו של צחי גראד. באחד הימים, מוקדם בבוקר, אוסף נפתלי, שחקן "
        "במקצועו, את פאהד, פועל ערבי אקראי, מנקודת איסוף פועלים."
    )
    assert g.prose_genres(_BEFORE * 2 + block, "Unrelated") == ["Drama", "Comedy"]
    heading = "Drama.\nWe met the cast in a small hotel by the sea, far from the festival crowds."
    assert g.prose_genres(_BEFORE * 2 + heading, "Unrelated") == []

"""The prose genre reader's prefilter (:func:`may_name_genre`) passes every sentence in which a
genre reader finds a genre, and turns away sentences whose words reach none."""

from __future__ import annotations

import pytest

from indexer import lang
from indexer.extract.pages import genres
from indexer.extract.pages.genres import may_name_genre, prose_genres
from indexer.normalize import GENRE_ADJECTIVES, GENRE_ALIASES, GENRES

#: sentences about the film around a word, so that every reader of prose may read it
_FRAMES = (
    "This film is a {} about two brothers who leave their village.",
    "{} about two brothers who leave their village and never return.",
    "The {} film follows two brothers who leave their village.",
    "It is a {} {} of the year, the director says in an interview.",
)


def _vocabulary() -> list[str]:
    """Every genre word of the vocabulary and of every language module, their forms and the
    genre adjectives, as written, in lower case and capitalised."""
    words = {w for ws in GENRES.values() for w in ws} | set(GENRES)
    words |= {*GENRE_ALIASES, *lang.genres(), *genres._forms(), *GENRE_ADJECTIVES}
    return sorted({v for w in words for v in (w, w.lower(), w.capitalize())})


def _read(sentence: str) -> list[str]:
    """What the readers of one sentence find, read as the page's first sentence and as any."""
    return [
        *genres._sentence_genres(sentence, prose=True),
        *genres._sentence_genres(sentence),
        *genres._opening_genres(sentence),
        *genres._this_genres(sentence),
        *genres._defined(sentence),
        *genres._genre_fragment(sentence),
        *genres._beside_title(sentence, "Harvest"),
        *prose_genres(sentence, "Harvest"),
        *prose_genres(f"{sentence} {sentence}", "Harvest"),
    ]


def test_prefilter_passes_every_genre_word_a_reader_reads() -> None:
    missed = []
    for word in _vocabulary():
        for frame in _FRAMES:
            sentence = frame.format(word, word)
            if not may_name_genre(sentence, "Harvest") and _read(sentence):
                missed.append(sentence)
    assert missed == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A gripping psychological thriller about two sisters.",
        "Ein Gerichtsdrama über zwei Schwestern und ihre Mutter.",
        "Une comédie dramatique sur deux sœurs et leur mère.",
        "Two sisters in a film noir set in the old harbour.",
        "O filme é uma ficção científica sobre duas irmãs.",
        "الخيال العلمي في هذا الفيلم عن أختين.",
        "It was a psihološkom trileru about two sisters.",
        "Two sisters in the film “Harvest” at the old harbour.",
        "两姐妹的故事，一部感人的剧情片。",
    ],
)
def test_prefilter_passes_a_sentence_naming_a_genre(sentence: str) -> None:
    assert may_name_genre(sentence, "Harvest")


@pytest.mark.parametrize(
    "sentence",
    [
        "We walked to the station in the rain yesterday.",
        "Tickets are available at the box office from noon.",
        "Nous sommes allés à la gare sous la pluie hier.",
    ],
)
def test_prefilter_turns_away_a_sentence_without_genre_words(sentence: str) -> None:
    assert not may_name_genre(sentence, "Harvest")
    assert _read(sentence) == []


@pytest.mark.parametrize("size", range(1, 40))
def test_masked_letters_reach_no_genre(size: int) -> None:
    # the readers' masks write "x" for each letter: such a word names nothing
    token = "x" * size
    assert not genres._may_reach(token)
    assert not genres._may_open(token)
    assert genres.word_genres(token) == []

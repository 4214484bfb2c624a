"""Genre words that prose writes as everyday words (Chinese "剧情", a plot), the word for
"this" a few words before its genre noun, genre words of the language modules in the forms
their pages write them, and names among fact lines that hold a genre word."""

from __future__ import annotations

import pytest

from indexer.extract.pages import genres as g
from indexer.extract.pages.facts import line_facts

_LEAD = (
    "The festival opens its doors next week with a strong programme of new works from many "
    "places. Tickets are on sale now at the box office and online for all our members.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "genres"),
    [
        # "剧情" alone is a story's plot: a synopsis's heading, the plot of the film
        ("这部电影的剧情简介如下,一个女孩回到了她出生的小村庄,寻找失踪多年的父亲。", []),
        ("这部电影的剧情非常精彩,一个女孩回到了她出生的小村庄,寻找失踪多年的父亲。", []),
        # with the noun for film glued after it, or in a longer genre word: a drama
        ("这部电影是一部剧情片,讲述一个女孩回到小村庄寻找父亲的故事。", ["Drama"]),
        ("这部电影是导演的第一部劇情長片,讲述一个女孩回到小村庄寻找父亲的故事。", ["Drama"]),
    ],
)  # fmt: skip
def test_a_label_only_genre_word_counts_in_prose_only_before_the_film_noun(
    sentence: str, genres: list[str]
) -> None:
    assert g.prose_genres(_LEAD + sentence, "X") == genres


@pytest.mark.parametrize(
    ("sentence", "genres"),
    [
        ("Smith dishes out praise in this darkly witty period thriller about a critic.",
         ["Thriller"]),
        ("As this was a satire on the subject of power, the humour was on the darker side.",
         ["Satire", "Comedy"]),
        # a mark closes the phrase after "this"; four words at most between
        ("Smith returned this year, a thriller writer with a new book about a village.", []),
        ("Smith saw this quiet Danish village and its comedy club on a trip last year.", []),
    ],
)  # fmt: skip
def test_the_word_for_this_a_few_words_before_its_genre_noun(
    sentence: str, genres: list[str]
) -> None:
    assert g.prose_genres(_LEAD + sentence, "X") == genres


@pytest.mark.parametrize(
    ("word", "genres"),
    [
        ("تسجيلي", ["Documentary"]),  # Arabic: the older word for a documentary
        ("تسجيلية", ["Documentary"]),  # its feminine
        ("بوليسي", ["Crime"]),  # a detective film
        ("நகைச்சுவைப்", ["Comedy"]),  # Tamil: the consonant doubled before "படம்"
        ("குடும்பத்", ["Family"]),
    ],
)
def test_genre_words_of_the_modules_as_their_pages_write_them(word: str, genres: list[str]) -> None:
    assert g.word_genres(word) == genres


def test_a_khmer_film_of_a_kind_with_the_other_letter_for_d() -> None:
    # "ភាពយន្ដបែបប្រវត្តិសាស្ត្រ": a film of the historical kind
    sentence = "ភាពយន្ដបែបប្រវត្តិសាស្ត្រ «ក» ជាភាពយន្តកំពុងល្បីបំផុតនៅពេលបច្ចុប្បន្ននេះ ហើយទទួលបានជោគជ័យយ៉ាងខ្លាំង។"
    assert g.prose_genres(sentence, "ក") == ["History"]


@pytest.mark.parametrize(
    ("line", "genres"),
    [
        ('"War and Peace" (1966-67), USSR, 431 min', []),  # another film's quoted name
        ("La Rose du crime, USA, 1947, 82 min", []),  # a name's words after "du"
        ("Película de terror, España, 2019, 95 min", ["Película de terror"]),
        ("Drama, France, 2021, 98 min", ["Drama"]),
    ],
)
def test_names_among_fact_lines_hold_no_genre(line: str, genres: list[str]) -> None:
    facts = line_facts(line)
    assert (facts.genres if facts else []) == genres


@pytest.mark.parametrize(
    ("sentence", "genres"),
    [
        # a genre word as a manner: a suffix after a hyphen, a noun of manner after it
        ("The film shows their days in a documentary-like fashion, bleak and quiet.", []),
        ("The film mixes real nomads with actors to give it a documentary feel.", []),
        # the genre word as the film's kind
        ("The film is a documentary about homeless men in the inner city.", ["Documentary"]),
    ],
)
def test_a_genre_word_written_as_a_manner_is_no_genre(sentence: str, genres: list[str]) -> None:
    assert g.prose_genres(_LEAD + sentence, "X") == genres

"""Cast of session 43, where nothing else names an actor: a pair of full names joined by the
page's word for "and" in the sentence that names the film (:func:`.castpairs.titled_lists`), an
actor a few words before the word for "as" a character (:func:`.roles.gapped_role_pairs`)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import castpairs, people, roles


@pytest.mark.parametrize(
    ("block", "title", "lists"),
    [
        # French: the film, then the pair after "avec"
        ("On a vu Les Nuits de Sable, avec Julie Marchand et Pierre Dufour, hier soir.",
         "Les Nuits de Sable", [["Julie Marchand", "Pierre Dufour"]]),
        # Tagalog: "nina" before the pair, "at" between them
        ("Ito ang review ko sa pelikulang Ulan sa Tag-araw nina Maria Santos at Jose Reyes.",
         "Ulan sa Tag-araw", [["Maria Santos", "Jose Reyes"]]),
        # a list with commas before the pair
        ("In Harbour Lights the leads Anna Keller, Tom Berg and Eva Smit share one flat.",
         "Harbour Lights", [["Anna Keller", "Tom Berg", "Eva Smit"]]),
        # the film named in another sentence: none
        ("Harbour Lights opens today. Anna Keller and Tom Berg were in town.",
         "Harbour Lights", []),
        # no name opens with a known given name: prizes, places, none
        ("Harbour Lights won Best Picture and Best Original Screenplay.", "Harbour Lights", []),
        # the pair is the title itself: none
        ("Julie Marchand et Pierre Dufour sort en salles.", "Julie Marchand et Pierre Dufour", []),
    ],
)  # fmt: skip
def test_full_names_joined_by_and_in_the_sentence_that_names_the_film(
    block: str, title: str, lists: list[list[str]]
) -> None:
    assert castpairs.titled_lists(block, title) == lists


_BLOCK = (
    "Harbour Lights\n\n"
    "A quiet drama about two neighbours in a port town.\n\n"
    "Harbour Lights gives Anna Keller and Tom Berg the parts of their lives.\n"
)


def test_the_pair_named_with_the_film_is_the_cast_only_where_nothing_else_names_any() -> None:
    assert people.cast("", "", _BLOCK, "", None, "Harbour Lights") == ["Anna Keller", "Tom Berg"]
    labelled = "Mara Velt, Ilse Doran"
    assert people.cast(labelled, "", _BLOCK, "", None, "Harbour Lights") == [
        "Mara Velt",
        "Ilse Doran",
    ]
    # the film's director named in the pair: no cast
    assert people.cast("", "", _BLOCK, "", None, "Harbour Lights", ["Tom Berg"]) == []


@pytest.mark.parametrize(
    ("text", "code", "found"),
    [
        # English: a few words in lower case between the actor and "as"
        ("Ralph Fiennes is glorious as Monsieur Gustave, the concierge.", "en",
         ["Ralph Fiennes"]),
        # Spanish: "como"
        ("Mercedes Luna está inmensa como Irene, la madre.", "es", ["Mercedes Luna"]),
        # the character in lower case: a job, no role
        ("Ralph Fiennes was hired as director of the hotel.", "en", []),
        # the word of another language ("as" is "from" in Irish): none
        ("Tá Pat Collins ar an bpéinteir as Co Thír Eoghain.", "ga", []),
        # a name that opens with no known given name: a place, none
        ("Grand Budapest reopens today as Hotel Europa.", "en", []),
    ],
)  # fmt: skip
def test_actors_a_few_words_before_the_word_for_as_a_character(
    text: str, code: str, found: list[str]
) -> None:
    assert [m.name for m in roles.gapped_role_pairs(text, code)] == found


def test_the_actor_before_as_a_character_is_the_cast_only_where_nothing_else_names_any() -> None:
    block = (
        "Harbour Lights\n\nA quiet drama.\n\nAnna Keller is superb as Mira, the ferry's pilot.\n"
    )
    assert people.cast("", "", block, "", None, "Harbour Lights") == ["Anna Keller"]
    assert people.cast("Mara Velt", "", block, "", None, "Harbour Lights") == ["Mara Velt"]
    assert people.cast("", "", block, "", None, "Harbour Lights", ["Anna Keller"]) == []

"""Directors: two names joined by a particle that is also the word for "and" are two people;
a director's role noun is read as the last part of a compound whose first part is a word for
film or for the cinema; in scripts without spaces the word for "is" may stand between the role
noun and the name."""

from __future__ import annotations

import pytest

from indexer.extract.pages import cues
from indexer.extract.pages.sentences import name_after


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # two names of two words: the first person only
        ("Ana Lopez y Rosa Marin rodaron", "Ana Lopez"),
        ("Joan Puig i Maria Soler van rodar", "Joan Puig"),
        # one word after the particle: a double surname, one person
        ("José Ortega y Gasset escribió", "José Ortega y Gasset"),
    ],
)
def test_a_particle_that_is_and_parts_two_people(text: str, name: str) -> None:
    assert name_after(text, 0) == name


def test_a_plural_role_noun_credits_both_names_of_the_pair() -> None:
    text = "Las directoras Ana Lopez y Rosa Marin decidieron filmar."
    found = cues.mentions(text, "director_nouns")
    assert [m.name for m in found] == ["Ana Lopez"]
    assert cues.co_credited(text, found[0]) == ["Rosa Marin"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("den debuterende spillefilmsinstruktør Mads Holm.", "Mads Holm"),  # Danish
        ("Kinorežisors Jānis Bērziņš iepazīstinās ar filmu.", "Jānis Bērziņš"),  # Latvian
        ("Tanınmış kinorejissor Rauf Əliyev filmini təqdim edib.", "Rauf Əliyev"),  # Azerbaijani
        ("Der Dokumentarfilmregisseur Jonas Weber zeigt ihn.", "Jonas Weber"),  # German
    ],
)
def test_a_role_noun_after_the_word_for_film_in_a_compound(text: str, name: str) -> None:
    assert [m.name for m in cues.mentions(text, "director_nouns")] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Der Tonregisseur Jonas Weber mischt den Ton.",  # the sound's director: no film before
        "Die Filmkritikerin Jonas Weber schreibt.",  # a critic: no role noun after the film
    ],
)
def test_other_compounds_credit_no_director(text: str) -> None:
    assert cues.mentions(text, "director_nouns") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("这部电影的导演是王小明,主演是李红。", ["王小明"]),  # Chinese "is"
        ("映画の監督は山田太郎、主演は佐藤花子。", ["山田太郎"]),  # Japanese topic particle
        ("監督は、自らの体験を撮った。", []),  # a comma after the particle: no name
        ("导演是一位年轻人。", []),  # "a young man": no name of one to four letters
    ],
)
def test_the_word_for_is_between_role_noun_and_name(text: str, names: list[str]) -> None:
    assert [m.name for m in cues.mentions(text, "director_nouns")] == names


@pytest.mark.parametrize(
    "text",
    [
        "यो फिल्म हिट भयो। राम थापाको निर्देशनमा बनेको यो फिल्म।",  # the postposition glued
        "यो फिल्म हिट भयो। राम थापा को निर्देशनमा बनेको यो फिल्म।",  # written apart
    ],
)
def test_a_cue_opening_with_a_postposition_glued_to_the_name(text: str) -> None:
    assert [m.name for m in cues.director_before(text)] == ["राम थापा"]

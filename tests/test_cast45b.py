"""Cast of session 45: actors beside a word of acting the language data lacked, a declined
form or a bare word for the role ("Laura Birnin roolisuoritusta", "Rola Jamesa Franco", "лучшая
роль Джуди Денч"); an actor before the Icelandic word for "as" a character ("Melina Hagberg er
flott sem Anmai Mus"); a long name in parentheses after a character."""

from __future__ import annotations

import pytest

from indexer.extract.pages import roles, sentences
from indexer.extract.pages.cues import acting_subjects


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Finnish: the partitive of the word for a performance, after the name
        ("Heleneä kehuttiin muun muassa \" uskomattoman hienoksi \" ( TV4 ) ja Laura Birnin "
         "roolisuoritusta \" valovoimaiseksi \" ( Tara ) .", ["Laura Birnin"]),
        # Polish: the word for the role, the actor after it in the genitive
        ("(wiele tu zawdzięczamy faktowi, że grają ich bracia). Rola Jamesa Franco wchodzi z "
         "automatu do wąskiego panteonu postaci", ["Jamesa Franco"]),
        # Russian: the same, after an adjective
        ("это однозначно лучшая роль Джуди Денч (при её-то обширной и капитальной "
         "фильмографии)", ["Джуди Денч"]),
        # Irish: the pair, then "took the role"
        ("Is iad Carrie Crowley agus Andrew Bennet a ghlac ról na dtuismitheoirí altrama agus "
         "tá moladh mór tuillte acu.", ["Carrie Crowley", "Andrew Bennet"]),
        # Polish: the accusative after a verb of playing names the character: none
        ("Recenzenci są zgodni, że grający rolę Phila Benedict Cumberbatch jest jednym z "
         "pretendentów.", []),
        # Irish: "i ról" names the character after it, no actor
        ("Agus é i ról Cholmáin Sharkey, tá an aisteoireacht is fearr atá déanta aige fós.", []),
    ],
)  # fmt: skip
def test_actors_beside_a_word_of_acting_for_the_role(text: str, found: list[str]) -> None:
    assert [m.name for m in acting_subjects(text)] == found


@pytest.mark.parametrize(
    ("text", "code", "found"),
    [
        # Icelandic: the actor, a few words, "sem", the character
        ("Átti ekki von á því að Ingvar Sigurðsson mundi virka sem Erlendur(ég hafði hugsað "
         "hann nokkuð eldri)", "is", ["Ingvar Sigurðsson"]),
        ("Melina Hagberg er flott sem Anmai Mus.", "is", ["Melina Hagberg"]),
        # the relative pronoun before a word in lower case: none
        ("Ulrich Thomsen sem hinn hlédrægi bróðir, kominn til að gera upp sakirnar.", "is", []),
    ],
)  # fmt: skip
def test_the_actor_before_the_word_for_as_a_character(
    text: str, code: str, found: list[str]
) -> None:
    names = [m.name for m in roles.role_pairs(text, code)]
    names += [m.name for m in roles.gapped_role_pairs(text, code)]
    assert list(dict.fromkeys(names)) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # four words that a known given name opens: an actor's long name
        ("Not typical of where he’s from, Ulises (Juan Daniel Garcia Treviño) leads Los Terkos.",
         ["Juan Daniel Garcia Treviño"]),
        # four words of a prize after a title: none
        ("Leave No Trace (Narrative Feature Audience Award) opens on Friday.", []),
    ],
)  # fmt: skip
def test_a_long_name_in_parentheses_after_a_character(text: str, found: list[str]) -> None:
    assert sentences.character_cast(text) == found

"""Person identity: keys across spellings, the display form, and list artefacts."""

from __future__ import annotations

from collections import Counter

import pytest

from indexer.people import (
    artefact,
    display_name,
    display_names,
    person_key,
    person_slug,
    unique_people,
)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # the spelling groups found in the full data
        ("Pedro Almodovar", "Pedro Almodóvar", True),
        ("PARK CHAN-wook", "Park Chan-wook", True),
        ("K V Anand", "K. V. Anand", True),
        ("K.V. Anand", "KV Anand", True),
        ("Guillermo del Toro", "Guillermo Del Toro", True),
        ("Érik Canuel", "Erik Canuel", True),
        ("Chan-wook Park", "Chanwook Park", True),
        ("Conan O'Brien", "Conan OBrien", True),
        # never on a surname alone, never expanding initials
        ("Jake Gyllenhaal", "Maggie Gyllenhaal", False),
        ("J. Stuart Blackton", "James Stuart Blackton", False),
        ("Kim Ki-duk", "Kim Ki-young", False),
        # word order is no evidence by itself
        ("Hai Qing", "Qing Hai", False),
    ],
)
def test_person_key(a: str, b: str, same: bool) -> None:
    assert (person_key(a) == person_key(b)) is same


@pytest.mark.parametrize(
    ("spellings", "best"),
    [
        ({"Pedro Almodovar": 5, "Pedro Almodóvar": 1}, "Pedro Almodóvar"),
        ({"PARK CHAN-wook": 3, "Park Chan-wook": 1}, "Park Chan-wook"),
        ({"K V Anand": 4, "K. V. Anand": 1}, "K. V. Anand"),
        ({"Guillermo Del Toro": 1, "Guillermo del Toro": 3}, "Guillermo del Toro"),
        ({"erik canuel": 9, "Érik Canuel": 1, "Erik Canuel": 2}, "Érik Canuel"),
        ({"李睿珺": 1}, "李睿珺"),
    ],
)
def test_display_name_is_the_best_written(spellings: dict[str, int], best: str) -> None:
    assert display_name(Counter(spellings)) == best


def test_display_names_maps_every_spelling() -> None:
    names = ["Pedro Almodovar", "Pedro Almodóvar", "Pedro Almodovar", "Ang Lee"]
    assert display_names(names) == {
        "Pedro Almodovar": "Pedro Almodóvar",
        "Pedro Almodóvar": "Pedro Almodóvar",
        "Ang Lee": "Ang Lee",
    }
    assert unique_people(["K V Anand", "K. V. Anand", "Ang Lee"]) == ("K V Anand", "Ang Lee")


@pytest.mark.parametrize(
    ("item", "why"),
    [
        ("writer", "role word"),
        ("Screenplay", "role word"),
        ("1", "no letters"),
        ("&", "no letters"),
        ("[a]", "footnote mark"),
        ("LB", "initials only"),
        ("JP", "initials only"),
        # stage names and mononyms are people
        ("RZA", None),
        ("Cher", None),
        ("Champion", None),  # Gene Autry's horse, credited
        ("Li", None),
        ("Wu", None),
    ],
)
def test_artefacts_in_people_lists(item: str, why: str | None) -> None:
    assert artefact(item) == why


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("K. V. Anand", "k-v-anand"),
        ("Pedro Almodóvar", "pedro-almodovar"),
        ("Conan O’Brien", "conan-obrien"),
        ("Park Chan-wook", "park-chan-wook"),
        ("李睿珺", "李睿珺"),
        ("snake_case Person", "snake-case-person"),
        ("?", "person"),
    ],
)
def test_person_slug_gives_the_key_back(name: str, slug: str) -> None:
    assert person_slug(name) == slug
    assert slug.replace("-", "") == (person_key(name) or "person")

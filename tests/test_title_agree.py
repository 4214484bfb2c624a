"""Table tests for the title evidence read from how cues agree: cues of two kinds on one
candidate, a part of a longer candidate that has cues of its own, the site's host words
(snippets and addresses written for these tests)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import titleagree, titlevote
from indexer.extract.pages.titlemodel import FeatureBallot


def _ballot(*candidates: tuple[str, tuple[str, ...]]) -> FeatureBallot:
    ballot = FeatureBallot()
    for value, features in candidates:
        for feature in features:
            ballot.add(value, feature)
    return ballot


def _agreed(url: str | None, *candidates: tuple[str, tuple[str, ...]]) -> dict[str, set[str]]:
    ballot = _ballot(*candidates)
    titleagree.agreement(ballot, url)
    return {c.value: set(c.features) for c in ballot.candidates.values()}


@pytest.mark.parametrize(
    ("features", "kinds"),
    [
        (("heading", "slug_whole"), 2),  # a heading the address spells
        (("heading", "heading_part", "review_name"), 1),  # one kind said three times
        (("quoted", "above_facts", "named_after_film_word"), 3),
        (("mentions", "early", "one_word"), 0),  # measures, no cue
    ],
)  # fmt: skip
def test_kinds_of_cue(features: tuple[str, ...], kinds: int) -> None:
    ballot = _ballot(("Name", features))
    assert titleagree.families(ballot.candidates["name"]) == kinds


@pytest.mark.parametrize(
    ("candidates", "agree"),
    [
        ((("Wake in Fright", ("heading", "above_credits")), ("FILM", ("heading", "review_name"))),
         {"Wake in Fright"}),
        ((("Kes", ("quoted", "slug_whole")), ("Latest", ("heading",))), {"Kes"}),
    ],
)  # fmt: skip
def test_cues_of_two_kinds_agree(
    candidates: tuple[tuple[str, tuple[str, ...]], ...], agree: set[str]
) -> None:
    features = _agreed(None, *candidates)
    assert {v for v, f in features.items() if "cues_agree" in f} == agree


@pytest.mark.parametrize(
    ("candidates", "part", "whole"),
    [
        # a heading's part inside a quoted name (Afrikaans)
        ((("Anna", ("heading_part", "mentions")), ("Dis ek, Anna", ("quoted",))),
         "Anna", "Dis ek, Anna"),
        # a word the page repeats, inside the heading (Portuguese)
        ((("Vento", ("before_year",)), ("O Menino e o Vento", ("heading_part",))),
         "Vento", "O Menino e o Vento"),
    ],
)  # fmt: skip
def test_a_part_of_a_supported_name(
    candidates: tuple[tuple[str, tuple[str, ...]], ...], part: str, whole: str
) -> None:
    features = _agreed(None, *candidates)
    assert "part_of_supported" in features[part]
    assert "part_of_supported" not in features[whole]


def test_a_part_of_an_unsupported_line_is_no_part_of_a_name() -> None:
    features = _agreed(
        None, ("Anna", ("heading",)), ("Anna and her sisters at home", ("mentions", "late_line"))
    )
    assert "part_of_supported" not in features["Anna"]
    assert "holds_supported_part" in features["Anna and her sisters at home"]


def test_support_a_part_shares_with_its_whole_is_one_cue() -> None:
    """A fragment read by the same cue as the whole ("phim Bên …": the word for film gives both
    "Bên" and the full name) is no independent support for either."""
    features = _agreed(
        None,
        ("Bên", ("named_after_film_word", "one_word")),
        ("Bên trong vỏ kén vàng", ("named_after_film_word",)),
    )
    assert not {"part_of_supported", "holds_supported_part"} & (
        features["Bên"] | features["Bên trong vỏ kén vàng"]
    )


def test_a_word_inside_another_is_no_part() -> None:
    features = _agreed(None, ("Ann", ("heading",)), ("Annabelle", ("quoted",)))
    assert not {"part_of_supported", "holds_supported_part"} & (
        features["Ann"] | features["Annabelle"]
    )


@pytest.mark.parametrize(
    ("value", "host", "expected"),
    [
        ("La Cineteca di Bologna", "cinetecabologna.it", True),
        ("CINEMA", "www.cinemaneustadt.de", True),
        ("Empire of Light", "chapter.org", False),
        ("Il di", "ildi.org", False),  # words of three letters or fewer say nothing
    ],
)
def test_the_host_s_words(value: str, host: str, expected: bool) -> None:
    assert titleagree.host_word(value, host) is expected


def test_a_name_the_address_spells_is_not_the_host_s() -> None:
    url = "https://www.kinolight.de/film/light"
    features = _agreed(url, ("Light", ("heading", "slug_whole")), ("Kino Light", ("heading",)))
    assert "host_word" not in features["Light"]
    assert "host_word" in features["Kino Light"]


def test_the_page_s_candidates_are_read_for_agreement() -> None:
    text = "Latest\n\nWake in Fright\n\nDirector: Ted Kotcheff\n"
    lines = tuple(text.split("\n"))
    ballot, _ = titlevote.collect(lines, set(), 4, set(), "https://example.org/wake-in-fright")
    features = {c.value: set(c.features) for c in ballot.candidates.values()}
    assert "cues_agree" in features["Wake in Fright"]
    assert "cues_agree" not in features["Latest"]


@pytest.mark.parametrize(
    ("part", "whole", "glued"),
    [
        ("药神", "我不是药神", True),  # the tail of a Chinese title (read page, s43)
        ("ซามูไร", "สวยซามูไร", True),  # Thai, written without spaces
        ("聶隱娘", "刺客聶隱娘", True),
        ("Ann", "Annabelle", False),  # a spaced script: a word's end is a space
        ("Mùi", "Mùi Đu Đủ Xanh", False),
        ("찬실", "찬실이는 복도 많지", False),  # Hangul spaces its words
        ("药神", "药神", False),
    ],
)  # fmt: skip
def test_a_part_glued_in_a_script_without_spaces(part: str, whole: str, glued: bool) -> None:
    assert titleagree.glued_part(part, whole) is glued


def test_a_glued_part_of_a_quoted_name_is_marked_though_both_are_quoted() -> None:
    """The title in title marks and the hero's nickname in quotes ("《我不是药神》", "“药神”")
    are both quoted: the tail is marked a part, the title is not."""
    features = _agreed(
        None,
        ("我不是药神", ("quoted", "title_marks", "first_quoted")),
        ("药神", ("quoted", "mentions")),
    )
    assert "part_unspaced" in features["药神"]
    assert "part_unspaced" not in features["我不是药神"]


def test_a_glued_part_of_a_paragraph_is_no_part_of_a_name() -> None:
    """A paragraph read as a heading writes the title glued to the word for review ("複身犯影評",
    read page, s22): no name holds it."""
    paragraph = (
        "影評評價《複身犯》是一部2021上映的台灣懸疑驚悚電影,複身犯影評看似新鮮卻沒有妥善發揮"
    )
    features = _agreed(None, (paragraph, ("heading",)), ("複身犯", ("quoted",)))
    assert "part_unspaced" not in features["複身犯"]

"""Table tests of the genre and fact readers added by the facts26 work: genre adjectives joined
by a hyphen ("историко-биографический")."""

from __future__ import annotations

import pytest

from indexer import normalize as n
from indexer.extract.pages import genres as g


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # the first part is the stem of a genre adjective and a linking vowel
        ("выходит украинский историко-биографический фильм", ["History", "Biography"]),
        ("це історико-біографічна драма про гетьмана", ["History", "Biography", "Drama"]),
        ("kriminalno-psihološki triler o policajcu", ["Crime", "Psychological Thriller"]),
        # a first part that is a form already pairs its everyday genre with the second
        ("военно-историческая драма о войне", ["War", "Historical Drama"]),
        # no genre word after the hyphen: nothing
        ("научно-популярный фильм о природе", []),
        ("чёрно-белый фильм о природе", []),
    ],
)
def test_hyphened_genre_adjectives(sentence: str, want: list[str]) -> None:
    assert g._sentence_genres(sentence) == want


@pytest.mark.parametrize(
    ("token", "want"),
    [
        ("историко", ["History"]),
        ("historyczno", ["History"]),
        ("historicko", ["History"]),
        ("истор", []),  # too short a stem
        ("historyczny", ["History"]),
        ("blabla", []),
    ],
)
def test_joined_first(token: str, want: list[str]) -> None:
    assert g._joined_first(token) == want


@pytest.mark.parametrize(
    ("written", "want"),
    [
        ("BRD", ["West Germany", "Germany"]),
        ("BR Deutschland", ["West Germany", "Germany"]),
        ("DDR", ["East Germany", "Germany"]),
        ("ФРГ", ["West Germany", "Germany"]),
        (
            "Československo/Nemecká spolková republika",
            ["Czechoslovakia", "West Germany", "Germany"],
        ),
        ("ČSSR", ["Czechoslovakia"]),
        ("Deutschland", ["Germany"]),
    ],
)
def test_divided_germany(written: str, want: list[str]) -> None:
    assert n.normalize_countries([written])[0] == want


@pytest.mark.parametrize(
    ("label", "want"),
    [
        ("War drama", ["War Drama", "War", "Drama"]),
        ("Krigsdrama", ["War Drama", "War", "Drama"]),
        ("period drama", ["Period Drama", "Drama", "History"]),
        ("時代劇", ["Period Drama", "Drama", "History"]),
        ("Drama social", ["Social Drama", "Drama"]),
        ("Sozialdrama", ["Social Drama", "Drama"]),
        # two genres side by side still name the first narrower genre of the two
        ("historical drama", ["Historical Drama", "Drama", "History"]),
    ],
)
def test_war_period_social_drama(label: str, want: list[str]) -> None:
    assert n.genre_names(label, narrow=True) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Вир (1983) | Воєнна драма", ["War Drama"]),
        (
            "goes to the outback for this emotive period drama based on true events",
            ["Period Drama"],
        ),
        ("це історична драма про гетьмана", ["Historical Drama"]),
    ],
)
def test_paired_drama_in_prose(sentence: str, want: list[str]) -> None:
    assert g._sentence_genres(sentence) == want


@pytest.mark.parametrize(
    ("labelled", "on_lines", "block", "want"),
    [
        # a genre label that says only "feature film" names the kind of work, after any genre
        # (a fiction film)
        (["Speelfilm"], [], "", ["Feature Film", "Fiction"]),
        (
            ["Spillefilm"],
            [],
            "Filmen er en skæv komedie om Helene.",
            ["Comedy", "Feature Film", "Fiction"],
        ),
        # the word for fiction as a cell of a fact line ("France — fiction — 1961 — 1h30")
        ([], ["fiction"], "", ["Fiction"]),
        ([], ["fiktio"], "", ["Fiction"]),
    ],
)
def test_kind_of_work(
    labelled: list[str], on_lines: list[str], block: str, want: list[str]
) -> None:
    assert g.decide(labelled, [], on_lines, block, "")[0] == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # in prose the word for fiction names no genre and begins science fiction's words
        ("Um drama de ficção científica do realizador inglês", ["Drama", "Science Fiction"]),
        ("una película de ciencia ficción", ["Science Fiction"]),
        ("a work of fiction", []),
    ],
)
def test_fiction_in_prose(sentence: str, want: list[str]) -> None:
    assert g._sentence_genres(sentence) == want


def test_black_and_white_is_no_noir() -> None:
    from indexer.extract.pages import facts

    found = facts.line_facts("Fiction, France, 1995, 95 min, Noir et blanc, 35mm optique")
    assert found is not None and "noir" not in [x.casefold() for x in found.genres]


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        # a country's name of two or three words, each word in another case
        ("Maqedonisë së Veriut", "MK"),
        ("Korei Południowej", "KR"),
        ("Stanów Zjednoczonych", "US"),
        ("Južne Koreje", "KR"),
        ("the tree house", None),
        ("Bullgarisë", None),  # one word: a nationality's reader reads it
    ],
)
def test_inflected_name_code(phrase: str, want: str | None) -> None:
    assert n.inflected_name_code(phrase) == want


def test_coproduced_inflected_names() -> None:
    from indexer.extract.pages import values

    block = (
        "Filmi është një bashkëprodhim i Shqipërisë, Maqedonisë së Veriut, dhe Bullgarisë. "
        "Ai vjen nën produksionin e një shtëpie."
    )
    found = values.coproduced(block)
    assert [values._country_english(w) for w in found] == ["Albania", "North Macedonia", "Bulgaria"]

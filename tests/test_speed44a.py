"""The title's shortcuts give what the longer way gives: the story's first line as the synopsis
ranking has it, the runs of a line indexed only where a candidate can look them up, and no
fact reader asked of a text without a digit (it reads no year nor runtime there)."""

from __future__ import annotations

from collections import defaultdict

import pytest

from indexer.extract.pages import synopsis, titlespans, titlestory
from indexer.extract.pages.facts import line_facts
from indexer.extract.pages.synopsismodel import scored
from indexer.extract.pages.titlesources import may_hold_run_facts
from indexer.normalize import key

_STORY = (
    "Marta keert na twintig jaar terug naar het dorp van haar grootmoeder, waar een oude "
    "boomgaard verkocht moet worden. Tussen de bomen vindt ze brieven die niemand heeft "
    "gelezen, en langzaam ontdekt ze waarom haar moeder nooit meer terugkwam."
)
_OTHER = (
    "Een tweede alinea vertelt over de opnames in de winter, over de acteurs die het dorp "
    "leerden kennen en over de muziek die later werd geschreven voor de film."
)
_PAGES = (
    ("Home | Agenda", "", "De Boomgaard (2021)", "", _STORY, "", _OTHER),
    ("De Boomgaard", _OTHER, "", _OTHER),
    ("Home", "Menu"),
)


@pytest.mark.parametrize("lines", _PAGES)
def test_the_story_starts_on_the_line_the_ranking_puts_first(lines: tuple[str, ...]) -> None:
    ballot = synopsis.collect("", lines, set(), "")
    ranked = scored(ballot).ranked()
    expected = ballot.candidates[key(ranked[0].value)].line if ranked else None
    assert titlestory.story_start(lines, set()) == expected


def _every_run(lines: tuple[str, ...]) -> dict[tuple[str, ...], list[tuple[int, int]]]:
    index: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    for i, line in enumerate(lines):
        folded = [m.group().casefold() for m in titlespans._tokens(line)]
        for n in range(1, 7):
            for at in range(len(folded) - n + 1):
                index[tuple(folded[at : at + n])].append((i, at))
    return index


def test_the_span_index_holds_every_run_of_the_wanted_words_and_no_other() -> None:
    lines = (
        "Sepet makes me cry, says the critic",
        "In Sepet, a boy meets a girl; Sepet is a love story.",
        "sepet makes ME laugh too",
    )
    wanted = {"sepet", "makes", "me", "cry"}
    index = titlespans._index(lines, wanted)
    every = _every_run(lines)
    assert dict(index) == {k: v for k, v in every.items() if set(k) <= wanted}


@pytest.mark.parametrize(
    "text",
    ["France, Drama, Comédie", "Italia / Francia, drammatico", "deux heures, France", "Kes"],
)
def test_a_text_without_a_digit_holds_no_year_nor_runtime(text: str) -> None:
    assert not may_hold_run_facts(text)
    found = line_facts(text, strict=False)
    assert found is None or not (found.years or found.runtimes)


@pytest.mark.parametrize("text", ["۲۰۲۱ / ایران", "２０１９年 日本 ９０分", "France, 2016, 90 min"])
def test_digits_of_any_script_let_the_facts_be_read(text: str) -> None:
    assert may_hold_run_facts(text)
    found = line_facts(text, strict=False)
    assert found is not None and (found.years or found.runtimes)

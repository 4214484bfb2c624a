"""Table tests for the head of an early line that the page writes again inside a sentence
(:mod:`indexer.extract.pages.titleheads`; snippets written for these tests)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import titlevote
from indexer.extract.pages.titleheads import heads_written_again
from indexer.extract.pages.titlemodel import FeatureBallot

_FEATURE = "head_written_again"


def _heads(text: str) -> dict[str, int | None]:
    ballot = FeatureBallot()
    heads_written_again(ballot, tuple(text.split("\n")))
    return {c.value: c.line for c in ballot.candidates.values() if _FEATURE in c.features}


@pytest.mark.parametrize(
    ("text", "head", "line"),
    [
        # a headline opening with the name, the name again inside a sentence (Afrikaans)
        (
            "\nNoem my Skollie vertel een van ons stories\n\nDie rolprent wys dat Noem my "
            "Skollie ongelooflik goeie vermaak is.\n",
            "Noem my Skollie",
            1,
        ),
        # one word, never written in lower case, then a comma (French)
        (
            "\nIncendies a clôturé la 14e édition\nPour adapter Incendies, la pièce de Wajdi "
            "Mouawad, il a fallu du temps.\n",
            "Incendies",
            1,
        ),
        # the name ends at the full stop of the headline
        (
            "\nStorm Harbour. Reviews and Quotes\nCritics agree that Storm Harbour is a triumph.\n",
            "Storm Harbour",
            1,
        ),
    ],
)
def test_the_head_the_page_writes_again(text: str, head: str, line: int) -> None:
    assert _heads(text) == {head: line}


@pytest.mark.parametrize(
    "text",
    [
        # written again only at the start of a sentence: its capital proves nothing
        "\nThe river rises in spring\nIt was cold. The river was high.\n",
        # a common word the page also writes in lower case
        "\nCinema tonight in the hall\nWe love the cinema, and Cinema lovers come too.\n",
        # the same words followed by the same word: the whole headline repeated, no name's end
        "\nRed Sky Over Lagos opens the festival\nThe post Red Sky Over Lagos opens the "
        "festival appeared first.\n",
        # a label's value: the head ends at a colon
        "\nRegia: Ana Ruiz, Spain 2020\nThe film by Regia: Ana Ruiz, who else.\n",
        # a head ending in lower case stops short of no name
        "\nBlue moon over the bay tonight\nThey said blue moon over the hills.\n",
        # an initial ends no name
        "\nIngvar E. Sigurðsson leikur aðalhlutverkið\nÍ myndinni er Ingvar E. frábær.\n",
        # a paragraph of prose opens with a person as often as with a film
        "\nTandi Mbeki was born in Durban in 1961 and studied film in Johannesburg before "
        "she moved to Paris, where she lives.\nA portrait of Tandi Mbeki, who made it.\n",
    ],
)
def test_no_head_without_a_name_written_again(text: str) -> None:
    assert _heads(text) == {}


def test_the_head_is_a_title_candidate() -> None:
    text = "\nIncendies a clôturé la 14e édition\nPour adapter Incendies, il a fallu du temps.\n"
    lines = tuple(text.split("\n"))
    ballot, _ = titlevote.collect(lines, set(), len(lines), set(), None)
    found = {c.value: c.features for c in ballot.candidates.values()}
    assert _FEATURE in found["Incendies"]

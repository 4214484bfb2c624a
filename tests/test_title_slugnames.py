"""Table tests for a run of a news address's words that the page writes on its own as a name
(:mod:`indexer.extract.pages.titleslugnames`; snippets written for these tests)."""

from __future__ import annotations

import pytest

from indexer.extract.pages.titlemodel import FeatureBallot
from indexer.extract.pages.titleslugnames import slug_names

_FEATURE = "slug_name"


def _names(slug: str, text: str, ballot: FeatureBallot | None = None) -> dict[str, int | None]:
    ballot = ballot or FeatureBallot()
    slug_names(ballot, slug.split("-"), text)
    return {c.value: c.line for c in ballot.candidates.values() if _FEATURE in c.features}


@pytest.mark.parametrize(
    ("slug", "text", "name", "line"),
    [
        # one word at the end of the headline's address, written twice inside sentences
        (
            "la-premiere-tant-attendue-de-brumevent",
            "\nHier soir, la première de Brumevent a rempli les salles.\n"
            "À Lyon aussi, Brumevent a attiré un public nombreux.\n",
            "Brumevent",
            1,
        ),
        # two words in the middle of the address, accents the address leaves out
        (
            "gala-malam-ombak-sepi-penuh-meriah",
            "\nMalam itu Ombak Sepi ditayangkan.\nPenonton memuji Ombak Sepi sebagai karya.\n",
            "Ombak Sepi",
            1,
        ),
    ],
)
def test_a_run_of_the_address_written_as_a_name(slug: str, text: str, name: str, line: int) -> None:
    assert _names(slug, text) == {name: line}


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        # written once only
        (
            "la-premiere-tant-attendue-de-brumevent",
            "\nHier soir, la première de Brumevent a rempli les salles.\n",
        ),
        # a word the page writes in lower case as often: a common word, not a name
        (
            "the-harbour-festival-opens-tonight",
            "\nThe Harbour lights. We walked to the harbour.\nThe Harbour again, by the "
            "harbour, near the harbour.\n",
        ),
        # the headline written whole: the address's next word follows the run
        (
            "storm-harbour-wins-big",
            "\nStorm Harbour wins big\nStorm Harbour wins big, says the jury.\n",
        ),
        # an address of two words: the address's own cues read it
        ("storm-harbour", "\nWe saw Storm Harbour. Then Storm Harbour again.\n"),
    ],
)
def test_no_run(slug: str, text: str) -> None:
    assert _names(slug, text) == {}


def test_a_name_another_cue_found_keeps_its_own_features() -> None:
    ballot = FeatureBallot()
    ballot.add("Brumevent", "quoted", 1.0, 1)
    text = "\nLa première de Brumevent.\nÀ Lyon, Brumevent a attiré du monde.\n"
    assert _names("la-premiere-tant-attendue-de-brumevent", text, ballot) == {}

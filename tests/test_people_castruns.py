"""Cast lists of a script without capitals written between commas in a sentence
(:mod:`indexer.extract.pages.castruns`)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import people
from indexer.extract.pages.castruns import uncased_runs

#: five names listed in a Hindi sentence that ends with an inflected word for the cast
LISTED = "फिल्म में राम सिंह, सीता देवी, मोहन लाल, गीता राव, अमर नाथ आदि कलाकारों की भूमिकाएं हैं।"


@pytest.mark.parametrize(
    ("block", "found"),
    [
        # the names between two commas; the first and last parts hold other words too
        (LISTED, [["सीता देवी", "मोहन लाल", "गीता राव"]]),
        # Tamil one-word names, a verb of acting glued to its ending
        ("இப்படத்தில் ராமு, சீதா, கண்ணன், முருகன், லதா உள்ளிட்ட பலர் நடித்திருக்கின்றனர்.",
         [["சீதா", "கண்ணன்", "முருகன்"]]),
        # one sentence each: the list of the sentence with the word of the cast
        ("राम, सीता, मोहन, गीता, अमर घर गए। " + LISTED, [["सीता देवी", "मोहन लाल", "गीता राव"]]),
        # no word of the cast in the sentence: clauses, not names
        ("राम सिंह, सीता देवी, मोहन लाल, गीता राव, अमर नाथ घर गए।", []),
        # two names only between commas
        ("फिल्म में राम सिंह, सीता देवी, मोहन लाल, गीता राव आदि कलाकार हैं।", []),
        # a long clause between the commas breaks the run
        ("फिल्म में राम सिंह, सीता देवी, जो बहुत अच्छी अभिनेत्री हैं और गाती हैं, गीता राव, अमर "
         "नाथ, लता आदि कलाकार हैं।", []),
        # capitalised names are the cased readers' (name runs)
        ("Il cast: Anna Berg, Tom Ito, Ken Lee, Ana Ruiz, Eva Sol e altri attori.", []),
    ],
)  # fmt: skip
def test_names_of_a_script_without_capitals_between_commas(
    block: str, found: list[list[str]]
) -> None:
    assert uncased_runs(block) == found


def test_a_run_beside_a_word_of_the_cast_outweighs_a_run_of_clauses() -> None:
    clauses = "संगीत राम ने दिया, संपादन श्याम ने किया, गीत मोहन ने लिखे, और सब अच्छा है।\n"
    # the first name too: the last words of the part before the first comma
    assert people.cast("", "", clauses + LISTED + "\n", "", None) == [
        "राम सिंह", "सीता देवी", "मोहन लाल", "गीता राव"
    ]  # fmt: skip

"""Cast lists of scripts without capitals read back from the word that ends the list, where
the words after it say the list is the cast (:func:`castruns.before_list_end`)."""

from __future__ import annotations

import pytest

from indexer.extract.pages.castruns import before_list_end
from indexer.extract.pages.headfinal import with_initials


@pytest.mark.parametrize(
    ("block", "found"),
    [
        # Malayalam: "A, B are in the main roles"; a sentence's last word ("this") before the
        # first name is no initial of it
        ("ചിത്രമാണ് ഇത്. രാജു മേനോൻ, ലത നായർ എന്നിവരാണ് പ്രധാന വേഷത്തിൽ.",
         [["രാജു മേനോൻ", "ലത നായർ"]]),
        # Malayalam: "A, B, C all acted well" (an adverb between)
        ("കഥ നല്ലതാണ്. രാജു, ലത, ബിനു മോഹൻ എല്ലാവരും നന്നായി അഭിനയിച്ചു.",
         [["രാജു", "ലത", "ബിനു മോഹൻ"]]),
        # Tamil: "many, A and B among them, acted well", one name with its initials
        ("படம் நன்று. கண்ணன், எம்.வி. ராமு உள்பட பலரும் சிறப்பான நடிப்பைக் கொடுத்துள்ளனர்.",
         [["கண்ணன்", "எம்.வி. ராமு"]]),
        # the words after the list say what else it is: producers, not the cast
        ("രാജു, ലത, ബിനു എന്നിവർ ചേർന്ന് നിർമിച്ച ചിത്രം.", []),
        # the word of the cast too far after the list's end
        ("രാജു, ലത എന്നിവരാണ് ഈ വർഷം ഇറങ്ങിയ ചിത്രത്തിലെ പ്രധാന വേഷത്തിൽ.", []),
    ],
)  # fmt: skip
def test_names_before_a_list_end_with_the_cast_said_after_it(
    block: str, found: list[list[str]]
) -> None:
    assert before_list_end(block) == found


def test_a_known_word_alone_before_a_full_stop_is_no_initial() -> None:
    assert with_initials("ചിത്രമാണ് ഇത്. രാജു മേനോൻ", "രാജു മേനോൻ") == "രാജു മേനോൻ"
    assert with_initials("നിർമ്മിച്ച എസ്. രാജു മേനോൻ", "രാജു മേനോൻ") == "എസ്. രാജു മേനോൻ"

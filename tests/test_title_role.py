"""Table tests for a title candidate written after a crew role's cue (:mod:`.titlerole`):
names and pages written for these tests."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page, titlerole


@pytest.mark.parametrize(
    ("value", "text", "expected"),
    [
        ("Anna Berg", "Stille / regie Anna Berg ; scenario Anna Berg", True),  # Dutch, inline
        ("Anna Berg", "Réalisation : Anna Berg\n", True),  # French label and colon
        ("Anna Berg", "Scénario : Anna Berg, Paul Roux\n", True),  # a writer, not a director
        ("Anna Berg", "directed by Anna Berg.", True),  # an English cue in prose
        ("Anna Berg", "Anna Berg\nDrama, 2020\n", False),  # never after a cue
        ("Anna Berg", "With Anna Berg, the town wakes.", False),  # the cast's word: left out
        ("Stille", "regie Stille", False),  # one word: not a person's shape
        ("Anna Berg", "Theregie Anna Berg", False),  # a cue's word must stand alone
    ],
)
def test_after_crew_cue(value: str, text: str, expected: bool) -> None:
    assert titlerole.after_crew_cue(value, text) is expected


#: a programme's film over its facts, its maker named alone under it and after the crew's labels
#: (no director's label: the people readers credit no one before the title is weighed again)
_PAGE = """Source: https://festival.example.fr/programme/2024/965-la-mer-du-nord.html
Vagabondages Cinématographiques - Longs métrages
Avant première. Sortie le 30 octobre 2024.
La Mer du Nord
Anna Berg
France, Belgique. 2024. Drame. 1h24
Scénario : Anna Berg, Paul Roux
Montage : Anna Berg
Musique : Anna Berg, Jean Petit
Deux sœurs se retrouvent sur l'île où elles ont grandi et découvrent ce que leur famille a tu \
pendant trente ans. Un hiver entier sur la côte, entre silences et tempêtes, jusqu'au jour où la \
mer rend ce qu'elle avait pris.
"""


def test_a_name_after_a_crew_cue_does_not_win_the_title() -> None:
    film = extract_page(_PAGE, "mer.txt").films[0]
    assert film.title == "La Mer du Nord"

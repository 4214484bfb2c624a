"""Genre words of the languages whose data named few genres, and their mutated forms."""

from __future__ import annotations

import pytest

from indexer.extract.pages import genres as g
from indexer.normalize import genre_names


@pytest.mark.parametrize(
    ("label", "genres"),
    [
        # labelled values ("ប្រភេទ: ឧក្រិដ្ឋកម្ម", "ປະເພດ: ຜະຈົນໄພ") of the languages' film vocabulary
        ("ឧក្រិដ្ឋកម្ម", ["Crime"]),
        ("ຜະຈົນໄພ", ["Adventure"]),
        ("ရာဇဝတ်", ["Crime"]),
        ("ወንጀል", ["Crime"]),
        ("අපරාධ", ["Crime"]),
        ("ಸೈನ್ಸ್ ಫಿಕ್ಷನ್", ["Science Fiction"]),
        ("वेस्टर्न", ["Western"]),
        ("misteru", ["Mystery"]),
        # Welsh and Irish mutate a first letter ("ei gomedi", "scannán grinn")
        ("gomedi", ["Comedy"]),
        ("ddrama", ["Drama"]),
        ("grinn", ["Comedy"]),
        ("dhráma", ["Drama"]),
    ],
)
def test_genre_words_of_more_languages(label: str, genres: list[str]) -> None:
    assert genre_names(label) == genres


def test_an_unspaced_run_holds_the_new_words() -> None:
    block = "ភាពយន្តនេះជារឿងឧក្រិដ្ឋកម្មដ៏គួរឱ្យរំភើបមួយ ដែលនិយាយអំពីក្រុមចោរប្លន់ធនាគារ។"
    assert "Crime" in g.prose_genres(block, "")

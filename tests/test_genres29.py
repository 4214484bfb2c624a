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


def test_the_lead_sentence_names_the_film_before_its_quoted_name() -> None:
    # the title read from the page is another name: the first sentences' quoted film, written
    # again further on, is the page's, when nothing else names a genre
    block = (
        'يُعرض اليوم ضمن عروض الجالا في مهرجان القاهرة السينمائي الدولي، الفيلم الوثائقي "ضايل'
        ' عِنا عرض" (مصر، فلسطين) من إخراج مي سعد وأحمد الدنف، في عرضه العالمي الأول.\n'
        "وتم عرض الماسح الرقمي لاول مرة خلال فيلم ضايل عنا عرض والذي يشارك في المسابقة الرسمية.\n"
    )
    assert g.prose_genres(block, "سيرك غزة الحر") == ["Documentary"]


def test_a_later_sentence_about_the_film_still_wins_over_the_lead_quoted_name() -> None:
    block = (
        "Tonight the festival opens with the comedy “Local Hero” in a new print for everyone.\n"
        "Local Hero plays again on Sunday at noon.\n"
        "Our film of the week, Gregory's Girl, is a tender romance set in a Scottish new town.\n"
    )
    assert g.prose_genres(block, "Gregory's Girl") == ["Romance"]


@pytest.mark.parametrize(
    ("sentence", "genres"),
    [
        # a capitalised name defined by genre words: the film under another spelling of its title
        (
            "Set in 1960, October One is a dark psychological thriller that tells the story of a "
            "Northern Nigerian Police Detective.",
            ["Psychological Thriller"],
        ),
        # a genre word that goes on into a noun, a pronoun, everyday genre words: no definition
        ("Marie is a horror fan who works nights at the cinema.", []),
        ("Waziri is a police detective in the north.", []),
        ("It is a comedy of errors, the mayor says.", []),
    ],
)
def test_a_name_defined_by_genre_words(sentence: str, genres: list[str]) -> None:
    assert g._defined(sentence) == genres

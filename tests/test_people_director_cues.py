"""Director cues as each language writes them (the language modules' ``directed_by``,
``directed_after``, ``by`` and ``postpositions``), read by :mod:`indexer.extract.pages.cues`,
:mod:`indexer.extract.pages.headfinal` and :mod:`indexer.extract.pages.introduced`."""

from __future__ import annotations

import pytest

from indexer.extract.pages.cues import director_before, mentions
from indexer.extract.pages.introduced import quoted_title_by
from indexer.extract.pages.names import person
from indexer.normalize import key


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Irish: "the film that X directed", a relative clause
        ("an scannán a stiúir Síle Ní Bhriain agus ina raibh", ["Síle Ní Bhriain"]),
        ("Scannán é á stiúradh ag Seán Ó Dálaigh.", ["Seán Ó Dálaigh"]),
        # Tagalog: "under the direction of", both spellings
        ("isang pelikula sa direksiyon ni Lino Santos at batay sa", ["Lino Santos"]),
        # Hebrew: "the debut film of"
        ("סרט הבכורה של דנה כהן, שהתקבל לפסטיבל", ["דנה כהן"]),
    ],
)
def test_names_after_a_language_s_cue_for_directing(text: str, found: list[str]) -> None:
    assert [m.name for m in mentions(text, "directed_by")] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Vietnamese: "by X directed", the name before the verb
        ("là một bộ phim năm 2017, do Lan Anh Trần đạo diễn và viết kịch bản", ["Lan Anh Trần"]),
        # Azerbaijani: "under X's direction" (the genitive kept as written), "X staged it"
        ("Anar Məmmədovun rejissorluğu ilə çəkilmiş film", ["Anar Məmmədovun"]),
        ("filmə Anar Məmmədov özü quruluş verdi.", ["Anar Məmmədov"]),
        # Icelandic: the verb after its subject
        ("fyrsta myndin sem leikarinn Jón Jónsson leikstýrir en", ["Jón Jónsson"]),
        # Urdu: "under X's direction"; the Urdu full stop glued to the name ends the clause
        ("عاصم رضا کی ہدایت میں بنی فلم", ["عاصم رضا"]),
        ("شامل ہیں۔عاصم رضا کی ہدایت میں بنی فلم", ["عاصم رضا"]),
        # a role award, not a name, before the Vietnamese verb
        ("Giải đạo diễn xuất sắc nhất", []),
    ],
)
def test_names_before_a_language_s_verb_of_directing(text: str, found: list[str]) -> None:
    assert [m.name for m in director_before(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # closed by a comma as before
        ("فیلم «باغ شب» ساخته مریم احمدی، داستان", ["مریم احمدی"]),
        # "the new work of", the name closed by the cast's cue ("starring")
        ("فیلم «باغ شب» ساخته جدید مریم احمدی با بازی علی رضایی", ["مریم احمدی"]),
        ("فیلم «باغ شب» ساخته مریم احمدی با بازی علی رضایی", ["مریم احمدی"]),
        # a verb after "made": nothing, with a full stop or the word for "and" after it
        ("فیلم «باغ شب» ساخته شده است.", []),
        ("فیلم «باغ شب» ساخته شده است و", []),
    ],
)
def test_a_persian_director_after_the_quoted_title_and_made_by(text: str, found: list[str]) -> None:
    assert quoted_title_by(text, frozenset({key("باغ شب")})) == found


@pytest.mark.parametrize(
    ("name", "tidy"),
    [
        # a prize's winner, written as a compound before the name, is no part of it
        ("Oscar-Preisträger Tom Berg", "Tom Berg"),
        ("Oscar-Preisträgerin Ana Lima", "Ana Lima"),
        ("Oscar-winnaar Jan van Dijk", "Jan van Dijk"),
        ("Oscar-winning Ana Ruiz", "Ana Ruiz"),
        # a hyphenated given name stays whole
        ("Jean-Luc Godard", "Jean-Luc Godard"),
        ("Hans-Christian Schmid", "Hans-Christian Schmid"),
    ],
)
def test_a_prize_winner_before_a_name_is_no_part_of_it(name: str, tidy: str) -> None:
    assert person(name) == tidy

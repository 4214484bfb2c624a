"""Actors named in running text in shapes of session 48: an apposition between "played by"
and the name (:func:`.roles.role_pairs`), a character described after the word for "as"
(:func:`.roles.gapped_role_pairs`), the head-final frame of playing before the actors
(:func:`.roles.framed_role_pairs`), the subject described after a word of acting
(:func:`.cues.acting_subjects`), actors in capitals in parentheses after their characters
(:func:`.roles.capitals_in_parentheses`), and the readers of prose past a candidate that is
only the film's own title (:func:`.people.cast`)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import cues, people, roles


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an apposition after "played by": a description, a comma, then the name
        ("a labourer (played by an amateur, the painter Paul Osipow) and an office worker "
         "(played by a professional, Selina Salo).", ["Paul Osipow", "Selina Salo"]),
        # a credit's word in the apposition: the director, no actor
        ("the cop (played by the director, John Smith) arrives.", []),
    ],
)  # fmt: skip
def test_an_apposition_after_played_by(text: str, found: list[str]) -> None:
    assert [m.name for m in roles.role_pairs(text, "en")] == found


@pytest.mark.parametrize(
    ("text", "code", "found"),
    [
        # Danish: "som den" and the character described in lower case
        ("Peter Schrøder er forrygende som den Tarzan-fikserede far, der", "da",
         ["Peter Schrøder"]),
        ("Emma Stone is heartbreaking as the widowed mother.", "en", ["Emma Stone"]),
        # a credit's word in the description: a job
        ("Ralph Fiennes was hired as the director of the hotel.", "en", []),
        # a verb of judging before "as": a critic's words
        ("Peter Bradshaw described it as the best film of the year.", "en", []),
    ],
)  # fmt: skip
def test_a_character_described_after_the_word_for_as(
    text: str, code: str, found: list[str]
) -> None:
    assert [m.name for m in roles.gapped_role_pairs(text, code)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Chinese: "who play father and daughter", two names, the list ends at the comma
        ("在片中飾演父女的陳文彬、趙祐萱,飾演家鄉好友的林志儒,以及",
         ["陳文彬", "趙祐萱", "林志儒"]),
        ("飾演主角林健一的莫子儀,也在北影拿下最佳男主角", ["莫子儀"]),
        # Japanese: "the one who played … is", the name in corner quotes or in katakana
        ("ケイコを演じたのは「岸井ゆきの」となっています。", ["岸井ゆきの"]),
        ("父親を演じたのはリリー・フランキー。", ["リリー・フランキー"]),
        # the frame ends at a parenthesis: "(played by Wu Nien-jen) is a company's manager"
        ("影片的主角NJ(由吳念真飾演)是一家創意產業公司的總經理,面臨着", []),
        # no frame of playing: none
        ("陳文彬、趙祐萱在台北見面。", []),
    ],
)  # fmt: skip
def test_actors_after_a_head_final_frame_of_playing(text: str, found: list[str]) -> None:
    assert [m.name for m in roles.framed_role_pairs(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Czech: the subject put after the verb, described ("his son")
        ("Mladší verzi ztvárnil jeho syn Josef Trojan.", ["Josef Trojan"]),
        # an award's word before the word of acting: the winner, maybe of another film
        ("Приз за лучшую мужскую роль получил Константин Юшкевич, фильм", []),
        # a critic's noun in the description: no actor
        ("Her performance praised by critic Jane Doe.", []),
    ],
)  # fmt: skip
def test_a_subject_described_after_a_word_of_acting(text: str, found: list[str]) -> None:
    assert [m.name for m in cues.acting_subjects(text)] == found


def test_prose_readers_pass_a_candidate_that_is_only_the_films_title() -> None:
    block = (
        "Gummi Tarzan\n\nFamiliefilm med Gummi Tarzan.\n\n"
        "Peter Schrøder er forrygende som den Tarzan-fikserede far, der vil gøre sin søn til "
        "en rigtig mand.\n"
    )
    assert people.cast("", "", block, "", None, "Gummi Tarzan") == ["Peter Schrøder"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Malay synopsis: two characters, each actor in capitals, a character named again
        ("'Bunga Lalang' atau Adil (ZAHIRIL ADZIM) mengambil bahagian dalam pertandingan. "
         "Pada waktu yang sama, Bakar (PEKIN IBRAHIM) abang sulung Adil juga pulang.",
         ["ZAHIRIL ADZIM", "PEKIN IBRAHIM"]),
        # one pair alone: none
        ("Adil (ZAHIRIL ADZIM) pulang ke kampung. Adil marah.", []),
        # directors and titles in capitals, no one named again: none
        ("Retrospective: Skolimowski (LE DÉPART), Godard (PIERROT LE FOU).", []),
        # places and their initials: none
        ("Em Brasília (CCBB DF) e no Brasil (CCBB RJ) em Brasília.", []),
    ],
)  # fmt: skip
def test_actors_in_capitals_in_parentheses_after_their_characters(
    text: str, found: list[str]
) -> None:
    assert [m.name for m in roles.capitals_in_parentheses(text)] == found

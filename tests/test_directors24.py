"""Directors: the name written beside the film's own title on a heading as a credit tuple,
"Title (Name, Country, Year, runtime)", "Title (Name)", "Name: Title", a tuple on the line
under the title; and the headings whose part beside the title is no credit."""

from __future__ import annotations

import pytest

from indexer.extract.pages.titlecredit import names_beside_title


@pytest.mark.parametrize(
    ("heading", "title", "body", "found"),
    [
        # the tuple in parentheses: the name, then the film's country, year and runtime
        (
            "Alexandra's Project (Rolf de Heer, Australia, 2003, 100 minutes)",
            "Alexandra's Project",
            "This film is having its cable premiere.",
            ["Rolf de Heer"],
        ),
        # a name alone in parentheses, named again by its surname in the text
        (
            "EIFF 2016 – Whisky Galore! (Gillies Mackinnon)",
            "Whisky Galore!",
            "Mackinnon’s film is a nostalgic period piece.",
            ["Gillies Mackinnon"],
        ),
        # a rating after the parentheses
        (
            "Michael (Markus Schleinzer) 9,15",
            "Michael",
            "Wobei Schleinzer alles macht.",
            ["Markus Schleinzer"],
        ),
        # the Hungarian headline: the name, a colon, the title
        ("Fábri Zoltán: Az ötödik pecsét", "Az ötödik pecsét", "", ["Fábri Zoltán"]),
        (
            "Yasujirô Ozu: Abschied in der Dämmerung",
            "Abschied in der Dämmerung",
            "",
            ["Yasujirô Ozu"],
        ),
        # after a dash with a fact of the film
        ("Maroc - Mica - Ismaël Ferroukhi - 2020", "Mica", "", ["Ismaël Ferroukhi"]),
        # the original title in parentheses, never named again: no credit
        ("After Life (Wandafuru Raifu)", "After Life", "Kore-eda's film.", []),
        # a heading's furniture before a colon or after a dash: no credit
        ("Review Film: Marlina si Pembunuh", "Marlina si Pembunuh", "", []),
        (
            "Featured Movie Review: Five Fingers for Marseilles (2017)",
            "Five Fingers for Marseilles",
            "",
            [],
        ),
        ("Nairobi Half Life - KenyaBuzz Movie Review", "Nairobi Half Life", "", []),
        # a labelled credit is the labels' to read
        ("About Love | Dir. Archana Atul Phadke | India | 2019 | 90 min", "About Love", "", []),
    ],
)
def test_names_beside_title(heading: str, title: str, body: str, found: list[str]) -> None:
    lines = (heading, "", body)
    assert names_beside_title(lines, [title], "\n".join(lines)) == found


def test_tuple_under_the_title() -> None:
    lines = ("In the Mood for Love", "", "Wong Kar-Wai, Hong Kong/France 2000, 98 minutes", "")
    assert names_beside_title(lines, ["In the Mood for Love"], "\n".join(lines)) == ["Wong Kar-Wai"]
    # a byline under the title states no fact: no credit
    lines = ("In the Mood for Love", "", "John Smith", "")
    assert names_beside_title(lines, ["In the Mood for Love"], "\n".join(lines)) == []

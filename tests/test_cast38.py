"""Cast readers of session 38: lists whose cue word no language of the data knows, told by their
shape and place (:mod:`indexer.extract.pages.castheads`), and the layouts of a list's line (a
break after a comma, facts after the names, a middle dot between them, a comma ending each
line of a column)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import castheads, castrows, cues, people


@pytest.mark.parametrize(
    ("name", "block", "expected"),
    [
        # a made-up cue capitalised by its place at the line's start: not the name's
        ("Zuvelo Elsie Fisher", "Zuvelo Elsie Fisher, Josh Hamilton", "Elsie Fisher"),
        # after a stop too
        ("Zuvelo Elsie Fisher", "A fine film. Zuvelo Elsie Fisher, Josh Hamilton", "Elsie Fisher"),
        # inside a sentence the three words may be one name
        (
            "Zuvelo Elsie Fisher",
            "and then Zuvelo Elsie Fisher, Josh Hamilton",
            "Zuvelo Elsie Fisher",
        ),
        # a known given name first: the name is whole
        ("Maria Elsie Fisher", "Maria Elsie Fisher, Josh Hamilton", "Maria Elsie Fisher"),
        # the words after it open with no known given name
        ("Mitjili Napanangka Gibson", "Mitjili Napanangka Gibson, Josh Hamilton", None),
    ],
)
def test_a_head_word_glued_to_a_first_name(name: str, block: str, expected: str | None) -> None:
    assert castheads.without_head_word(name, block) == (expected or name)


def test_a_head_word_before_a_list_of_shorter_names() -> None:
    block = "Zikile Nahéma Ricci, Nour Belkhiria, Rachida Oussaada, Antoine Desrochers."
    listed = ["Zikile Nahéma Ricci", "Nour Belkhiria", "Rachida Oussaada", "Antoine Desrochers"]
    assert castheads.headless(listed, block) == ["Nahéma Ricci", *listed[1:]]
    # a known given name first keeps the name whole
    whole = ["Helena Bonham Carter", "Tom Hanks", "Meg Ryan"]
    assert castheads.headless(whole, ", ".join(whole)) == whole
    # a script without capitals: the first word is the name's
    arabic = ["كريم عبد العزيز", "منى زكي", "إياد نصار"]
    assert castheads.headless(arabic, "، ".join(arabic)) == arabic


@pytest.mark.parametrize(
    ("block", "listed", "fills"),
    [
        (
            "Zuvelo Anna Keller, John Marsh, Lee Wong et al.",
            ["Anna Keller", "John Marsh", "Lee Wong"],
            True,
        ),
        ("- pahota Anna Keller e John Marsh", ["Anna Keller", "John Marsh"], True),
        # a sentence goes on after the list
        (
            "Zuvelo Anna Keller, John Marsh, Lee Wong in a story of loss.",
            ["Anna Keller", "John Marsh", "Lee Wong"],
            False,
        ),
        # more than two words before the list
        (
            "The film that we saw had Anna Keller and John Marsh",
            ["Anna Keller", "John Marsh"],
            False,
        ),
    ],
)
def test_a_list_that_fills_its_line(block: str, listed: list[str], fills: bool) -> None:
    assert castheads.fills_line(block, listed) is fills


_CREDITS = (
    "Pod kůží\n"
    "de Jonathan Glazer\n"
    "pahota Scarlett Johansson e Jeremy McWilliams\n"
    "(2014)\n\n"
    "Laura arrives on Earth and drives through the empty roads of Scotland.\n"
)


def test_names_alone_on_a_line_below_the_director_are_the_cast() -> None:
    assert castheads.headed_lines(_CREDITS, ["Jonathan Glazer"]) == [
        ["Scarlett Johansson", "Jeremy McWilliams"]
    ]
    cast = people.cast("", "", _CREDITS, "", None, "Pod kůží", ["Jonathan Glazer"])
    assert cast == ["Scarlett Johansson", "Jeremy McWilliams"]


@pytest.mark.parametrize(
    "block",
    [
        # far from the credits
        "de Jonathan Glazer\n\n\n\n\n\n\npahota Scarlett Johansson e Jeremy McWilliams\n",
        # another field's label before the names
        "de Jonathan Glazer\nMusic Mica Levi and Johnnie Burn\n",
        # a label and its colon: an unknown label's value, read elsewhere
        "de Jonathan Glazer\nBaca juga: Scarlett Johansson e Jeremy McWilliams\n",
    ],
)
def test_no_headed_line(block: str) -> None:
    assert castheads.headed_lines(block, ["Jonathan Glazer"]) == []


def test_a_list_broken_after_its_commas_is_one_run() -> None:
    block = "cajilo Anna Keller, John Marsh,\n\nLee Wong, Tina Zupan,\nPeter Horvat\n"
    assert people.name_runs(block) == [
        ["Anna Keller", "John Marsh", "Lee Wong", "Tina Zupan", "Peter Horvat"]
    ]


def test_facts_after_the_names_leave_the_cast() -> None:
    block = (
        "La Haine\n\nDe Mathieu Kassovitz\n\n"
        "Zikile, Vincent Cassel, Hubert Koundé, Saïd Taghmaoui, Fiction, France, 1995, 95 min\n"
    )
    cast = people.cast("", "", block, "", None, "La Haine", ["Mathieu Kassovitz"])
    assert cast == ["Vincent Cassel", "Hubert Koundé", "Saïd Taghmaoui"]


def test_names_parted_by_middle_dots_are_a_line_of_names() -> None:
    line = "Sheryl Sutton · Tom Dokoupil (Dimitri) · Eva Buchmüller (Matrosin)"
    assert people.name_lines(line) == [["Sheryl Sutton", "Tom Dokoupil", "Eva Buchmüller"]]
    # a dot inside a word parts nothing
    assert people.name_lines("Col·lecció Anna Keller, John Marsh") == []


def test_a_column_whose_lines_end_with_commas() -> None:
    block = "Goruni\n\nNoomi Rapace,\nOla Rapace,\nOuti Mäenpää,\nVille Virtanen\n\nGenre\n"
    assert castrows.name_columns(block) == [
        (["Noomi Rapace", "Ola Rapace", "Outi Mäenpää", "Ville Virtanen"], False)
    ]


def test_a_list_holds_the_names_written_by_initials() -> None:
    block = (
        "Zuvelo Victor Sjöström, Harriet Bosse, Torre Svennberg et Hildur Carlberg au film.\n"
        "Le fermier Ingmar (V. Sjöström) monte au ciel voir son père (T. Svennberg). Il devait "
        "épouser Brita (H. Bosse), mais la récolte fut mauvaise.\n"
    )
    cast = people.cast("", "", block, "", None)
    assert cast == ["Victor Sjöström", "Harriet Bosse", "Torre Svennberg", "Hildur Carlberg"]


def test_a_line_of_names_that_opens_with_the_director_is_the_crew() -> None:
    assert castheads.crew_first(
        ["Gábor Altorjay", "János Marton", "Randi Hoffman"], {"gabor altorjay"}
    )
    assert not castheads.crew_first(["Gábor Altorjay", "János Marton"], {"gabor altorjay"})
    block = (
        "Tscherwonez\n\nRegie: Gábor Altorjay\n\n"
        "Gábor Altorjay · János Marton · Randi Hoffman\n\n"
        "Sheryl Sutton · Tom Dokoupil (Dimitri) · Eva Buchmüller (Matrosin)\n"
    )
    cast = people.cast("", "", block, "", None, "Tscherwonez", ["Gábor Altorjay"])
    assert cast == ["Sheryl Sutton", "Tom Dokoupil", "Eva Buchmüller"]


def test_a_cast_cue_with_another_ending_reads_a_list_only() -> None:
    # "estrelados por" of "estrelado por" / "estrelada por"
    listed = cues.cast_lists("Dois filmes estrelados por Ana Keller e João Marsh chegam hoje.")
    assert [m.name for m in listed] == ["Ana Keller; João Marsh"]
    # one name after another ending: as likely a word that merely looks like the cue
    assert cues.cast_lists("Dois filmes estrelados por Ana Keller chegam hoje.") == []

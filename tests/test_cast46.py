"""Cast of session 46: the page's language reaches the reader of actors paired with their
characters, so that a word for "as" that is a common word elsewhere counts on its own
language's pages only (Scandinavian "som", also "who" and "that": "Alan Rickman som Reagan");
pairs "Character: Actor" in a run after the cast's label on its line ("Attori: Totò: Salvatore
Abruzzese, Simone: Simone Sacchettino, …")."""

from __future__ import annotations

import pytest

from indexer.extract.pages import colonrows, people, roles


@pytest.mark.parametrize(
    ("text", "code", "found"),
    [
        # Swedish: "som" between the actor and the character on a Swedish page
        ("Vissa är bara med som hastigast men likheterna (främst för presidenterna) är "
         "klockrena, speciellt Alan Rickman som Reagan.", "sv", ["Alan Rickman"]),
        # Danish: the same word after an adjective in lower case
        ("Det gælder bl.a. i måden nogle actionscener er konstrueret og i form af en "
         "underspillet Ving Rhames som Luther.", "da", ["Ving Rhames"]),
        # the page's language unknown, or another: "som" is no word for "as" there
        ("Vissa är bara med som hastigast men likheterna är klockrena, speciellt Alan Rickman "
         "som Reagan.", None, []),
        ("Vissa är bara med som hastigast men likheterna är klockrena, speciellt Alan Rickman "
         "som Reagan.", "en", []),
        # the words of every language count on any page, as before
        ("Belép a kompozícióba a Sault alakító Röhrig Géza. Kísérjük őt.", "sv",
         ["Röhrig Géza"]),
    ],
)  # fmt: skip
def test_a_word_for_as_of_the_pages_own_language_pairs_an_actor(
    text: str, code: str | None, found: list[str]
) -> None:
    assert [m.name for m in roles.role_pairs(text, code)] == found


def test_the_cast_reader_passes_the_pages_language_to_the_pairs() -> None:
    text = (
        "Att nämna skådespelarna är väl ett måste för denna. En hel drös, och utan att "
        "komplicera ett omdöme och så vidare så kan jag snabbt säga att det är utmärkt "
        "skådespeleri. Vissa är bara med som hastigast men likheterna (främst för "
        "presidenterna) är klockrena, speciellt Alan Rickman som Reagan.\n"
    )
    assert people.paired_with_characters(text, code="sv") == ["Alan Rickman"]
    assert people.paired_with_characters(text) == []


@pytest.mark.parametrize(
    ("block", "found"),
    [
        # Italian: a heading before the first pair, then "Character: Actor" parted by commas
        ("Regia di: Matteo Garrone\nAttori: Storia di Totò: Totò: Salvatore Abruzzese, Simone: "
         "Simone Sacchettino, Boxer: Salvatore Ruocco, Pitbull: Vincenzo Fabricino, Gaetano: "
         "Gaetano Altamura e Italo: Italo Renda.\n",
         [["Salvatore Abruzzese", "Simone Sacchettino", "Salvatore Ruocco", "Vincenzo Fabricino",
           "Gaetano Altamura", "Italo Renda"]]),
        # French: a double slash after the label, pairs parted by slashes, an aside closing
        ("Fiche artistique // L’enseignante Anne Gueguen : Ariane Ascaride / Malik : Ahmed "
         "Dramé / Mélanie : Noémie Merlant / Yvette : Geneviève Mnich (…)\n",
         [["Ariane Ascaride", "Ahmed Dramé", "Noémie Merlant", "Geneviève Mnich"]]),
        # a plain list after the label: no pairs, the label reader's
        ("Attori: Salvatore Abruzzese, Simone Sacchettino, Salvatore Ruocco\n", []),
        # the credits of a line of facts: no cast's label before them
        ("Regia: Matteo Garrone / Fotografia: Marco Onorato / Montaggio: Marco Spoletini / "
         "Musica: Robert Del Naja\n", []),
    ],
)  # fmt: skip
def test_pairs_character_actor_after_the_cast_label_on_its_line(
    block: str, found: list[list[str]]
) -> None:
    assert colonrows.colon_pairs_after_label(block) == found

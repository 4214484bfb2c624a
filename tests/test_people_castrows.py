"""Cast tables flattened into lines of actor and character
(:mod:`indexer.extract.pages.castrows`)."""

from __future__ import annotations

import pytest

from indexer.extract.pages.castrows import (
    below_director,
    cast_rows,
    column_under_header,
    dash_role_lists,
    dash_rows,
    parted_as_read,
    unglued,
)
from tests.page_support import BLURB, film_of


@pytest.mark.parametrize(
    ("block", "found"),
    [
        # the roles first: a crew row opens with its label
        ("Cast & Crew\n\nJulie Honor Swinton-Byrne\nAnthony Tom Burke\nJulie's mother Tilda "
         "Swinton\nGarance Ariane Labed\nDirector Joanna Hogg\nsee more",
         [["Honor Swinton-Byrne", "Tom Burke", "Tilda Swinton", "Ariane Labed"]]),
        # the actors first: a header row opens with the word for actor
        ("Szereplők:\n\nSzínész Alakított személy\nLili Bordán Irene\nFerenc Lengyel Michael "
         "Curtiz\nKata Sarbó Casting Assistant\n",
         [["Lili Bordán", "Ferenc Lengyel", "Kata Sarbó"]]),
        # a table that tells neither is left alone
        ("Julie Honor Swinton-Byrne\nAnthony Tom Burke\nGarance Ariane Labed\n", []),
    ],
)  # fmt: skip
def test_cast_rows(block: str, found: list[list[str]]) -> None:
    assert cast_rows(block) == found


def test_a_cast_table_on_a_page() -> None:
    page = (
        "The Souvenir\n\n" + BLURB + "\n\nCast & Crew\n\nJulie Honor Swinton-Byrne\n"
        "Anthony Tom Burke\nGarance Ariane Labed\nDirector Joanna Hogg\n"
    )
    film = film_of(page)
    assert film.cast == ("Honor Swinton-Byrne", "Tom Burke", "Ariane Labed")
    assert film.directors == ("Joanna Hogg",)


@pytest.mark.parametrize(
    ("block", "found"),
    [
        # the crew rows after the cast put the role first: the actor is the second cell
        ("캐스트\n이구영 - 하시연\n수미 - 석희\n상윤 - 홍지석\n스태프\n각본/감독 - 홍석준\n"
         "촬영 - 김종근\n", [["하시연", "석희", "홍지석"]]),
        ("Cast\nTom Hanks - Forrest\nRobin Wright - Jenny\nCrew\nRobert Zemeckis - Director\n",
         [["Tom Hanks", "Robin Wright"]]),
        # no crew row tells the side: left alone
        ("Cast\nTom Hanks - Forrest\nRobin Wright - Jenny\n\nA quiet film.\n", []),
        # table cells closed by bars, the crew rows above the cast telling the side
        ("Filmstab\nRegie | Maria Blom |\nKamera | Peter Mokrosinski |\nDarsteller\n"
         "Mia | Sofia Helin |\nEivor | Kajsa Ernst |\nGunilla | Ann Petrén |\n",
         [["Sofia Helin", "Kajsa Ernst", "Ann Petrén"]]),
        # an empty cast cell then the crew's rows: no cast rows
        ("导演 | 鍾孟宏 |\n主演 | |\n配乐 | 林生祥 |\n摄影 | 中島長雄 |\n", []),
    ],
)  # fmt: skip
def test_dash_rows_under_the_cast_label(block: str, found: list[list[str]]) -> None:
    assert dash_rows(block) == found


@pytest.mark.parametrize(
    ("block", "found"),
    [
        # the header names the actors' column, first or second; empty cells are kept as rows
        ("Attore | Ruolo |\n---|---|\nLaura Neri | speleologa |\nPaolo Berti | |\n"
         "Marco Riva | pastore |\nLeggi anche", [["Laura Neri", "Paolo Berti", "Marco Riva"]]),
        ("| Personaje | Actor |\n| :--- | --- |\n| Ana | Laia Costa |\n| Pedro | Luis Tosar |\n",
         [["Laia Costa", "Luis Tosar"]]),
        # a header that names no actors' column, or a single row: no cast
        ("Regie | Land |\n---|---|\nMaria Blom | Schweden |\nPeter Lund | Dänemark |\n", []),
        ("Actor | Role |\n---|---|\nTom Hanks | Forrest |\n", []),
        ("Film | With |\n---|---|\nTom Hanks | Meg Ryan |\nAnna Berg | Lee Wong |\n", []),
    ],
)  # fmt: skip
def test_a_column_under_the_cast_header(block: str, found: list[list[str]]) -> None:
    assert column_under_header(block) == found


def test_a_cast_column_on_a_page() -> None:
    page = "Il buco\n\n" + BLURB + "\n\nAttore | Ruolo |\n---|---|\nLaura Neri | speleologa |\n"
    page += "Paolo Berti | |\nMarco Riva | pastore |\n"
    assert film_of(page).cast == ("Laura Neri", "Paolo Berti", "Marco Riva")


@pytest.mark.parametrize(
    ("block", "found"),
    [
        # the actor first, each part a name; blank lines between the rows
        (
            "Quiet River\n\nAnna Keller - Mary,\n\nJohn Marsh - Sergeant Wells\n\n"
            "Lee Wong - Tom\n\nDirector - Ken Ito\n",
            [["Anna Keller", "John Marsh", "Lee Wong"]],
        ),
        # a crew row before the cast rows ends no list
        (
            "Script – Ken Ito\nAnna Keller – Mary\nJohn Marsh – Tom\nLee Wong – Ada\n",
            [["Anna Keller", "John Marsh", "Lee Wong"]],
        ),
        # two rows are too few
        ("Anna Keller – Mary\nJohn Marsh – Tom\n", []),
        # a programme's films and their directors: every cell a full name, no part
        ("Quiet River – Ken Ito\nBlue Hills – Ada Marsh\nLong Road – Lee Wong\n", []),
        # crew rows, the role first or last
        ("Director – Ken Ito\nEditor – Ada Marsh\nMusic – Lee Wong\n", []),
        ("Ken Ito – Director\nAda Marsh – Editor\nLee Wong – Music\n", []),
        # rows of places are no cast
        ("Anna Keller – France\nJohn Marsh – Italy\nLee Wong – Spain\n", []),
    ],
)
def test_rows_actor_dash_character_without_a_heading(block: str, found: list[list[str]]) -> None:
    assert dash_role_lists(block) == found


@pytest.mark.parametrize(
    ("value", "parted"),
    [
        # a list's items glued together: a comma at each seam
        ("Tomas BergAnna LindEvan Lee", "Tomas Berg, Anna Lind, Evan Lee"),
        ("Ana Kerr-BellTomas BergEvan Lee\nOther", "Ana Kerr-Bell, Tomas Berg, Evan Lee\nOther"),
        # a part between commas with one seam: a space left out inside a name, kept as written
        ("Ann Lee, ZethuDlomo, Tom Berg", "Ann Lee, ZethuDlomo, Tom Berg"),
        # the capitals of names ("McKay", "DiCaprio", "LaBeouf") are no seams
        ("Leonardo DiCaprio, Shia LaBeouf, George MacKay, Ann McKayLee",
         "Leonardo DiCaprio, Shia LaBeouf, George MacKay, Ann McKayLee"),
        ("Ann FitzGerald", "Ann FitzGerald"),
    ],
)  # fmt: skip
def test_names_glued_together_are_parted(value: str, parted: str) -> None:
    assert unglued(value) == parted


def test_a_labelled_cast_of_glued_names_gives_each_actor() -> None:
    from indexer.extract.pages import people

    labelled = "Tomas BergAnna LindEvan Lee"
    assert people.cast(labelled, "", "", "", None) == ["Tomas Berg", "Anna Lind", "Evan Lee"]


@pytest.mark.parametrize(
    ("block", "found"),
    [
        # names alone on their lines below the director's line, a writers' line between
        ("Cast and crew\n\nKen Loach\nBarry Hines, Tony Garnett, Ken Loach\nDavid Bradley\n"
         "Lynne Perrie\nFreddie Fletcher\n\nSynopsis", [["David Bradley", "Lynne Perrie",
                                                        "Freddie Fletcher"]]),
        ("Ida (2013)\nKen Loach\nAgata Kulesza\nAgata Trzebuchowska\n\nIda, mon amour",
         [["Agata Kulesza", "Agata Trzebuchowska"]]),
        # one name below is no column; the column ends at a sentence or a label
        ("Ken Loach\nAgata Kulesza\n\nMore", []),
        ("Ken Loach\nAgata Kulesza\nThe film follows a nun.\nAnna Lind", []),
        ("Ken Loach\nAgata Kulesza\nDirector\nAnna Lind", []),
        # the director inside a sentence, or not alone on the line, opens no column
        ("Directed by Ken Loach\nAgata Kulesza\nAnna Lind\n", []),
        ("Ken Loach, 1969\nAgata Kulesza\nAnna Lind\n", []),
    ],
)  # fmt: skip
def test_names_alone_on_the_lines_below_the_directors(block: str, found: list[list[str]]) -> None:
    assert below_director(block, ["Ken Loach"]) == found


def test_names_below_the_directors_line_are_the_cast_over_the_writers_line() -> None:
    from indexer.extract.pages import people

    block = (
        "Kes\n\nKen Loach\nBarry Hines, Tony Garnett, Ken Loach\nDavid Bradley\n"
        "Lynne Perrie\nFreddie Fletcher\n\nA boy trains a kestrel.\n"
    )
    cast = people.cast("", "", block, "", None, "Kes", ["Ken Loach"])
    assert cast == ["David Bradley", "Lynne Perrie", "Freddie Fletcher"]


@pytest.mark.parametrize(
    ("value", "lists", "parted"),
    [
        # two names joined by a one-character "and", the prose reader naming the same two
        ("張震和楊靜怡", [["張震", "楊靜怡"]], "張震, 楊靜怡"),
        ("三船敏郎と志村喬、千秋実", [["三船敏郎", "志村喬"]], "三船敏郎, 志村喬、千秋実"),
        # no reader parts it there: a name that holds the character stays whole
        ("二宮和也", [], "二宮和也"),
        ("二宮和也", [["宮和", "也"]], "二宮和也"),
        ("張震和楊靜怡", [["楊靜怡", "張震"]], "張震和楊靜怡"),
    ],
)  # fmt: skip
def test_a_labelled_cast_joined_by_a_cjk_and_is_parted_as_the_prose_reads_it(
    value: str, lists: list[list[str]], parted: str
) -> None:
    assert parted_as_read(value, lists) == parted


def test_a_labelled_cast_joined_by_a_cjk_and_gives_each_actor() -> None:
    from indexer.extract.pages import people

    block = "牯嶺街少年殺人事件\n\n主演:張震和楊靜怡\n"
    assert people.cast("張震和楊靜怡", "", block, "", None) == ["張震", "楊靜怡"]

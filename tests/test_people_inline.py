"""People credited inside a line: labels that open a part of a line with or without a colon,
credit lists that end where the film's facts begin (:mod:`indexer.extract.pages.linelabels`,
:mod:`indexer.extract.pages.names`)."""

from __future__ import annotations

import pytest

from indexer.extract.pages.cues import citations
from indexer.extract.pages.linelabels import segment_lists
from indexer.extract.pages.names import names
from indexer.extract.pages.scripts import unmixed
from tests.page_support import BLURB, film_of


@pytest.mark.parametrize(
    ("value", "found"),
    [
        ("Davy Chou, S Korea, 2022, 119m, 15, subtitles ,", ["Davy Chou"]),
        ("Jean-Luc Godard, France, 1965", ["Jean-Luc Godard"]),
        ("Olivia Colman, Toby Jones, Colin Firth", ["Olivia Colman", "Toby Jones", "Colin Firth"]),
        ("Aki Kaurismäki, Finland, 81 min", ["Aki Kaurismäki"]),
    ],
)
def test_a_credit_list_ends_at_the_films_facts(value: str, found: list[str]) -> None:
    assert names(value, field="directors") == found


@pytest.mark.parametrize(
    ("value", "found"),
    [
        # the word for "and" of any language before the last name of a labelled list
        ("Ola Nordmann, Kari Berg og Per Lien", ["Ola Nordmann", "Kari Berg", "Per Lien"]),
        ("Ivan Horvat i Marko Kovač", ["Ivan Horvat", "Marko Kovač"]),
        ("Jaana Virtanen ja Mikko Laine", ["Jaana Virtanen", "Mikko Laine"]),
        ("আব্দুল করিম ও রাজেশ দাস", ["আব্দুল করিম", "রাজেশ দাস"]),
        # one name whose words hold no "and" stays whole; a piece that is no name splits nothing
        ("Jan i Anna Kowalski", ["Jan i Anna Kowalski"]),
        ("Ana Lopes da Silva", ["Ana Lopes da Silva"]),
    ],
)
def test_the_word_for_and_of_any_language_parts_names(value: str, found: list[str]) -> None:
    assert names(value, field="directors") == found


@pytest.mark.parametrize(
    ("line", "field", "found"),
    [
        ("Regie Clark Johnson Cast Michael Douglas, Kim Basinger Speelduur 108 minuten",
         "directors", ["Clark Johnson"]),
        ("Regie Clark Johnson Cast Michael Douglas, Kim Basinger Speelduur 108 minuten",
         "cast", ["Michael Douglas; Kim Basinger"]),
        ("Título: Sol // De: Ana Beatriz Lima // Com: Rui Costa, Sara Reis // Género: Drama",
         "directors", ["Ana Beatriz Lima"]),
        ("Título: Sol // De: Ana Beatriz Lima // Com: Rui Costa, Sara Reis // Género: Drama",
         "cast", ["Rui Costa; Sara Reis"]),
        ("Brasil, 2006. Direção e Roteiro de Carlos Diegues. Produção de Renata Lima.",
         "directors", ["Carlos Diegues"]),
        ("Sat 24th Sept 7.30pm: BELFAST (12A) 2022, UK, 98min, dir Kenneth Branagh.",
         "directors", ["Kenneth Branagh"]),
        # "de" without a colon opens no credit: prose
        ("The film was made in 2001, de Gaulle said, to Anna Karina.", "directors", []),
        # a part that opens with no label names no one
        ("We went, Tom Hanks and Meg Ryan came too.", "cast", []),
    ],
)  # fmt: skip
def test_labels_opening_parts_of_a_line(line: str, field: str, found: list[str]) -> None:
    assert [m.name for m in segment_lists(line, field)] == found


def test_a_credit_line_without_colons_on_a_page() -> None:
    film = film_of(
        "The Sentinel\n\nRegie Clark Johnson Cast Michael Douglas, Kiefer Sutherland & Kim "
        "Basinger Speelduur 108 minuten Jaar 2006\n\n" + BLURB
    )
    assert film.directors == ("Clark Johnson",)
    assert film.cast == ("Michael Douglas", "Kiefer Sutherland", "Kim Basinger")


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("La trinchera infinita (Aitor Arregi, Jon Garaño eta Jose Mari Goenaga, 2019) filmak",
         [("La trinchera infinita", ("Aitor Arregi", "Jon Garaño", "Jose Mari Goenaga"))]),
        ('Film Screening: "Evil Does Not Exist" (Ryusuke Hamaguchi, 2023)',
         [("Evil Does Not Exist", ("Ryusuke Hamaguchi",))]),
        ("«Дылда» (Кантемир Балагов, 2019) — о войне.", [("Дылда", ("Кантемир Балагов",))]),
        # a birthplace and a year, a list of places: no director
        ("Belén Funes (Barcelona, 1984) estudió cine.", []),
        ("the festival (Berlin, Cannes, 2019)", []),
    ],
)  # fmt: skip
def test_films_cited_with_director_and_year(
    text: str, cited: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert [(c.title, c.names) for c in citations(text)] == cited


def test_a_cited_film_credits_all_its_directors() -> None:
    film = film_of(
        "La trinchera infinita\n\nLa trinchera infinita (Aitor Arregi, Jon Garaño eta Jose Mari "
        "Goenaga, 2019) filmak saria irabazi zuen.\n\n" + BLURB
    )
    assert film.directors == ("Aitor Arregi", "Jon Garaño", "Jose Mari Goenaga")


@pytest.mark.parametrize(
    ("word", "readings"),
    [
        ("Rежија", ["Rежија", "Режија"]),  # R transliterates Р
        ("Pежија", ["Режија", "Пежија"]),  # P looks like Р
        ("Σκηνοθεσiα", ["Σκηνοθεσια"]),
        ("Regie", []),
        ("Режија", []),
    ],
)
def test_latin_letters_in_a_cyrillic_or_greek_word(word: str, readings: list[str]) -> None:
    assert unmixed(word) == readings


def test_a_label_with_a_latin_letter_in_a_cyrillic_word() -> None:
    film = film_of("Од рајот\n\nRежија: Срѓан Драгојевиќ\nЖанр: драма\n\n" + BLURB)
    assert film.directors == ("Срѓан Драгојевиќ",)


@pytest.mark.parametrize(
    ("value", "found"),
    [
        # a flattened line: the next label, in capitals, is no part of the name
        ("Barry Gonzalez LEAD CAST: Ella Cruz, Julian Trono", ["Barry Gonzalez"]),
        ("Sergiu Nicolaescu Autorul scenariului: Titus Popovici", ["Sergiu Nicolaescu"]),
        ("Anna Berg, Tom Lind  Music: Jan Ek", ["Anna Berg", "Tom Lind"]),
    ],
)
def test_a_known_label_inside_a_value_ends_it(value: str, found: list[str]) -> None:
    assert names(value, field="directors") == found


def test_names_parted_by_dashes_after_a_label_inside_a_line() -> None:
    line = "INTERPRETES : Colin Firth – Helena Bonham Carter – Geoffrey Rush – Michael"
    assert [m.name for m in segment_lists(line, "cast")] == [
        "Colin Firth; Helena Bonham Carter; Geoffrey Rush"
    ]
    # credits parted by dashes stay parts of their own
    line = "Regie: Jan Ek – Buch: Per Ek – Kamera: Tom Lind"
    assert [m.name for m in segment_lists(line, "directors")] == ["Jan Ek"]


def test_a_labelled_director_written_whole_at_a_lines_end() -> None:
    page = (
        "Interchange\n\nPengarah: Dain Iskandar Said\n\n" + BLURB + "\n\nFilem arahan Dain "
        "Iskandar ini dibintangi Shaheizy Sam. Dain Iskandar berkata filem ini gelap.\n"
    )
    assert film_of(page).directors == ("Dain Iskandar Said",)

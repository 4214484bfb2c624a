"""Labels glued to their values in a flattened table's cells, and the nationality adjectives
of Romance languages whose stem is not the country's name."""

from __future__ import annotations

import pytest

from indexer.extract.pages import facts as fl
from indexer.extract.pages.scan import scan
from indexer.normalize import nationality_country


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # a flattened credit table: each cell's label glued to its value, a ". " between cells
        ("DirecciónNacho Álvarez. PaísEspaña. Año2020. Duración110 minutos. Género: Musical. "
         "Comedia. Guion: Eduardo Navarro.",
         {"directors": "Nacho Álvarez", "countries": "España", "year": "2020",
          "runtime": "110 minutos", "genres": "Musical. Comedia", "writers": "Eduardo Navarro"}),
        # glued cells only, no colon on the line
        ("RegiaMarco Bellocchio. PaeseItalia. Anno1965. Durata105 min.",
         {"directors": "Marco Bellocchio", "countries": "Italia", "year": "1965",
          "runtime": "105 min"}),
    ],
)  # fmt: skip
def test_labels_glued_to_their_values_in_a_flattened_line(line: str, want: dict[str, str]) -> None:
    entries, _ = scan((line,))
    assert {e.field: e.value for e in entries if e.field in want} == want


@pytest.mark.parametrize(
    "line",
    [
        # a word that only begins with a label's letters, a word in capitals, prose
        "Directores y Duraciones de la semana. Reparto en Madrid.",
        "DIRECTORJuan Pérez. DURACIÓN90 minutos.",
        "Regina King dirige. Mitchell Cole actúa. Compañía nueva en la ciudad.",
    ],
)
def test_no_glued_label_in_words_that_begin_with_one(line: str) -> None:
    from indexer.extract.pages.scan import _glued_marks

    assert _glued_marks(line) == []


def test_a_runtime_label_glued_to_its_minutes_inside_a_line() -> None:
    from indexer.extract.pages.numbers import runtimes

    block = "Título. PaísEspaña. Año2020. Duración110 minutos. Género: Musical.\nOtro: sí"
    assert runtimes([], fl.Facts(), fl.Facts(), block, None)[:1] == [110]


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("venezolana", "Venezuela"),
        ("peruanos", "Peru"),
        ("costarricense", "Costa Rica"),
        ("surcoreana", "South Korea"),
        ("dominicana", "Dominican Republic"),
        ("cubano", "Cuba"),
        ("egípcio", "Egypt"),
        ("congolês", "Democratic Republic of the Congo"),
        ("sul-coreano", "South Korea"),
        ("peruviana", "Peru"),
        ("filippini", "Philippines"),
        ("scozzesi", "Scotland"),
        ("vénézuélienne", "Venezuela"),
        ("néo-zélandais", "New Zealand"),
        ("turque", "Turkey"),
        ("grecque", "Greece"),
    ],
)
def test_romance_nationality_adjectives(word: str, country: str) -> None:
    assert nationality_country(word) == country


@pytest.mark.parametrize(
    ("block", "countries"),
    [
        ("Es una película venezolana sobre la familia.", ["venezolana"]),
        ("O documentário cubano estreia amanhã.", ["cubano"]),
        ("un film péruvien de 2019", ["péruvien"]),
        ("una coproducción franco-peruana rodada en Lima", ["France", "Peru"]),
    ],
)
def test_romance_nationalities_beside_the_word_for_film(block: str, countries: list[str]) -> None:
    from indexer.extract.pages.values import Found
    from indexer.extract.pages.values import countries as countries_of

    found = countries_of(Found(), fl.Facts(), block)
    assert found[1] == countries or found[0] == countries

"""Facts of session 43: words written with look-alike letters of two scripts."""

from __future__ import annotations

from tests.page_support import film_of


def test_labels_and_values_with_cyrillic_look_alikes_in_latin_words() -> None:
    # a Latin page whose "о" is Cyrillic here and there: labels and values are read, and the
    # value is kept as the page writes it
    page = (
        "Source: https://kino.example.rs/program/ptica\n\nPtica (The Bird)\n\n"
        "režija: Ana Petrоvić\n\nžanr: dоkumentarni\n\ntrajanje: 81 minuta\n\n"
        "prоizvоdnja: Makedоnija\n\n"
        "Pоslednja ptica u planini mоra da pronađe svoje jato pre nego što zima stigne u dolinu.\n"
    )
    film = film_of(page)
    assert film.countries == ("North Macedonia",)
    assert film.countries_as_written == ("Makedоnija",)
    assert film.genres[:1] == ("Documentary",)

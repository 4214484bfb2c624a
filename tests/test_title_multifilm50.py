"""Table tests for the title on pages that list other films (session 50): lines that are each
only a quoted name are a list whose later lines are other films, lists whose entries vary in
shape are one list, and a name the quote readers know as an outlet is no film's name (short
snippets of read pages: a Norwegian round-up, a French cinema's programme, an English film
club's season, an English news item with quoted section headings, a Bulgarian news item)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import titlelists, titlevote


def _ballot(text: str) -> dict[str, dict[str, float]]:
    lines = tuple(text.split("\n"))
    ballot, _ = titlevote.collect(lines, set(), len(lines), set(), None)
    return {c.value: c.features for c in ballot.candidates.values()}


def _winner(text: str) -> str | None:
    lines = tuple(text.split("\n"))
    ballot, headings = titlevote.vote(lines, set(), len(lines), set(), None)
    chosen = titlevote.decide(ballot, headings, lines)
    return chosen.title if chosen else None


#: a round-up: each film a quoted name on a line of its own over its paragraph (Norwegian)
_ROUND_UP = (
    "Publikum har strømmet tilbake til kinoene etter gjenåpningen, og ifølge "
    "bransjeorganisasjonen Film & Kino ble oktober måned den mest besøkte.\n\n"
    "«Tre Nøtter til Askepott»\n\n"
    "Den norske barnefilmen fra Cecilie Mosli med Astrid Smeplass og Cengiz Al i hovedroller "
    "har førpremiere lørdag 5. november.\n\n"
    "Førpremiere 5. november. Ordinær premiere 12. november..\n\n"
    "«Last Night In Soho»\n\n"
    "En ny psykologisk thriller fra den engelske regissøren Edgar Wright ( «Baby Driver» , "
    "«Shaun of the Dead» , «Scott Piligrim vs. the World»).\n\n"
    "«Det er gjennomgående underholdende, fascinerende og smart, med en lett feministisk touch "
    "på sluttstreken», skriver kulturredaktøren i Dagsavisen Mode Steinkjer.\n\n"
    "«Titane»\n\n"
    "«Titane» av Julia Ducournau – vinner av Gullpalmen på Cannes Film Festival. 2021.\n"
)
#: a programme whose entries stand over a weekday: two shapes, one list (French)
_PROGRAMME = (
    "Tous les articles par cinemolette\n"
    "Animal Totem\n"
    "Vendredi 9 janvier 2026 – 20h30\n"
    "Comédie française de Benoît Delépine avec Samir Guesmi, Olivier Rabourdin\n"
    "Durée : 1h29\n"
    "L’incroyable femme des neiges\n"
    "Dimanche 21 décembre 2025 – 15h\n"
    "Comédie dramatique française de Sébastien Betbeder avec Blanche Gardin\n"
    "Durée : 1h42\n"
    "Le secret des mésanges\n"
    "Dimanche 21 décembre 2025 – 11h\n"
    "Film d’animation français d’Antoine Lanciaux\n"
    "Durée : 1h17 – à partir de 6 ans\n"
    "Dossier 137\n"
    "Vendredi 19 décembre 2025 – 20h30\n"
    "Film policier français de Dominik Moll\n"
)
#: a season's records: a date and name over its facts, two lines apart (English)
_SEASON = (
    "2022-2023 Season\n"
    "Friday 16th June – THE QUIET GIRL\n"
    "(2022: Cert.12: Drama: 95 mins)\n"
    "Doors open 7.30pm / Programme starts 8pm\n"
    "Cáit is a nine year old girl from an over-crowded family.\n"
    "Buy Now button\n"
    "Friday 19th May – A MAN CALLED OTTO\n"
    "(2023: Cert.15: Comedy Drama: 125 mins)\n"
    "Doors open 7.30pm / Programme starts 8pm\n"
    "Otto Anderson is a grumpy retiree.\n"
    "Buy Now button\n"
)
#: a news item's section headings, quoted phrases on lines of their own (English)
_SECTIONS = (
    "Bait, by Cornwall-based filmmaker Mark Jenkin, is wowing and beguiling critics.\n"
    "Tackles common issues\n"
    "Set within the community of a present-day Cornish fishing village, Bait (UK, 2019, "
    "89 mins, Cert 15) tackles issues common to many of the West Country’s scenic areas.\n"
    "‘Bourgeois invasion’\n"
    "It’s a social story of touristification. Or, as Screen Daily puts it: the ‘bourgeois "
    "invasion of a coastal town’.\n"
    "‘Sophistication and scholarship’\n"
    "The film was shot on a vintage Bolex cine-camera on black-and-white 16mm film.\n"
    "Bait was shot entirely in Cornwall.\n"
)


@pytest.mark.parametrize(
    ("text", "value", "feature", "marked"),
    [
        (_ROUND_UP, "Last Night In Soho", "later_entry", True),
        (_ROUND_UP, "Titane", "later_entry", True),
        # the first quoted line gets no mark of its own: quoted headings read the same
        (_ROUND_UP, "Tre Nøtter til Askepott", "first_entry", False),
        (_ROUND_UP, "Tre Nøtter til Askepott", "later_entry", False),
        (_SECTIONS, "Bourgeois invasion", "first_entry", False),
        (_SECTIONS, "Sophistication and scholarship", "later_entry", True),
        # one list whose entries stand over lines of two shapes (Vendredi, Dimanche)
        (_PROGRAMME, "Animal Totem", "first_entry", True),
        (_PROGRAMME, "L’incroyable femme des neiges", "first_entry", False),
        (_PROGRAMME, "L’incroyable femme des neiges", "later_entry", True),
        (_PROGRAMME, "Dossier 137", "later_entry", True),
    ],
)
def test_the_entries_of_lists(text: str, value: str, feature: str, marked: bool) -> None:
    assert (feature in _ballot(text)[value]) is marked


def test_a_round_up_is_about_the_film_it_quotes_first() -> None:
    assert _winner(_ROUND_UP) == "Tre Nøtter til Askepott"


def test_a_programme_is_about_its_first_entry() -> None:
    assert _winner(_PROGRAMME) == "Animal Totem"


@pytest.mark.parametrize(
    ("groups", "joined"),
    [
        # entries of two shapes, interleaved and apart: one list
        (((1, 13), (5, 9)), [(1, 5, 9, 13)]),
        # a record's parts two lines apart: lists side by side, not joined
        (((1, 20), (3, 22), (5, 24)), [(1, 20), (3, 22), (5, 24)]),
        # one list after the other
        (((1, 5), (10, 14)), [(1, 5), (10, 14)]),
    ],
)
def test_interleaved_lists(
    groups: tuple[tuple[int, ...], ...], joined: list[tuple[int, ...]]
) -> None:
    assert titlelists.interleaved(groups) == joined


def test_a_season_s_records_keep_their_first_entry() -> None:
    lines = tuple(_SEASON.split("\n"))
    first = [i for i, is_first in titlelists._entry_lines(lines).items() if is_first]
    assert 1 in first  # "Friday 16th June – THE QUIET GIRL", not only "2022-2023 Season"


@pytest.mark.parametrize(
    ("text", "outlet", "film"),
    [
        # a Bulgarian news item: the outlet's review of the film in its headline
        (
            "„New York Times“ сравни българска актриса с Франсис Макдорманд\n\n"
            "Авторитетният в. „New York Times“ сравни българската актриса Светлана Янчева с "
            "носителката на награди „Оскар“.\n\n"
            "Водещи издания в САЩ публикуваха ласкави рецензии за българския филм „Страх“ на "
            "режисьора Ивайло Христов.\n\n"
            "Българският „Страх“ не влезе в късия списък за „Оскар“-ите\n",
            "New York Times",
            "Страх",
        ),
    ],
)
def test_an_outlet_is_no_film_s_name(text: str, outlet: str, film: str) -> None:
    features = _ballot(text)
    assert "outlet_name" in features[outlet]
    assert "outlet_name" not in features[film]
    assert _winner(text) == film

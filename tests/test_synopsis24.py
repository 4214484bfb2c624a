"""Table tests for the plural of the words for films: a paragraph that speaks of films in the
plural and does not name the film (a programme's, a festival line-up's or a list's
introduction, the week's releases) is not the film's synopsis (snippets adapted from pages)."""

from __future__ import annotations

import pytest

from indexer import lang
from indexer.extract.pages import synopsis, synopsiscues


@pytest.mark.parametrize("code", lang.CODES)
def test_film_plurals_are_well_formed(code: str) -> None:
    words = lang.language(code).film_plurals
    assert all(w == w.strip() and w and "|" not in w for w in words)
    assert all(w == w.lower() for w in words), "words are written in lower case"
    assert all("*" not in w[:-1] for w in words), "a star only ends a stem"


def test_no_plural_is_a_singular_of_another_language() -> None:
    """One pattern serves every language: a form that is a singular elsewhere ("filme" in
    Portuguese, "filmen" in Swedish, "filmit" in Albanian, "filmas" in Lithuanian, "filma" in
    Latvian, "filmi" in Turkish) would mark every blurb of that language."""
    singulars = {"filme", "filmen", "filmit", "filmas", "filma", "filmi", "film", "фильм"}
    assert not singulars & set(lang.cues("film_plurals"))


@pytest.mark.parametrize(
    ("text", "many"),
    [
        ("En attendant, on retrouve toujours 30 films datant de 1939 à 2021.", True),
        ("This year's line-up comprises nine new feature films, plus a restored classic.", True),
        ("Este viernes son seis las películas que protagonizan las carteleras de cine.", True),
        ("Οι ταινίες που ξεχωρίζουν είναι το ρομαντικό δράμα της εβδομάδας.", True),
        ("В программе фестиваля восемь фильмов из пяти стран.", True),
        ("Vanjaar se ses vollengte films wat met mekaar meeding is aangekondig.", True),
        ("Bu hafta vizyona giren filmler arasında iki yerli yapım var.", True),
        ("Il-festival juri films eċċezzjonali mir-reġjun.", True),
        ("O filme conta a história de amor entre Elise e Didier.", False),
        ("Filmen handlar om en ung kvinna som återvänder till sin by.", False),
        ("Filmi “Këtu vallëzohet me hijet” është vlerësuar me dy çmime.", False),
        ("Lucía trabaja bailando en una discoteca de Madrid.", False),
    ],
)
def test_films_in_the_plural(text: str, many: bool) -> None:
    assert synopsiscues.many_films(text) is many


def test_a_programme_introduction_marks_only_when_it_does_not_name_the_film() -> None:
    intro = (
        "En plus du cycle thématique, le cinéma continue de programmer des films des "
        "réalisateurs présentés dans le cadre du prix il y a deux semaines, mis à l'honneur."
    )
    ballot = synopsis.collect("", (intro,), set(), "Le Bal")
    (candidate,) = ballot.candidates.values()
    assert candidate.features.get("many_films") == 1.0
    named = intro.replace("des films", "Le Bal et d'autres films")
    ballot = synopsis.collect("", (named,), set(), "Le Bal")
    (candidate,) = ballot.candidates.values()
    assert "many_films" not in candidate.features


def test_the_blurb_wins_over_a_line_up_introduction_above_it() -> None:
    intro = (
        "The seventh edition of the city's annual celebration of Italian cinema returns next "
        "month, and this year's line-up comprises nine new films and a restored classic."
    )
    blurb = (
        "The year is 1943, and Arturo is in love with Flora, who is promised to the son of a "
        "New York mafia boss; to ask her father in Sicily for her hand he enlists in the army."
    )
    text = f"Five films not to miss\n\n{intro}\n\nAt War with Love\n\n{blurb}\n"
    ballot = synopsis.collect("", tuple(text.splitlines()), set(), "At War with Love")
    scores = {c.value[:20]: c for c in ballot.candidates.values()}
    assert scores[intro[:20]].features.get("many_films") == 1.0
    assert "many_films" not in scores[blurb[:20]].features

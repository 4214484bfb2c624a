"""Prose genre words of the page's own languages (:mod:`indexer.extract.pages.genrelang`)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import genrelang as gl
from indexer.extract.pages import genres as g

_SPANISH = (
    "La película se estrenó en el festival de cine de la ciudad con una gran acogida del "
    "público y de la crítica. Es una de las obras más comentadas del año por su guion y por "
    "la fuerza de sus actores, que sostienen la historia con una gran naturalidad."
)


def test_a_page_in_spanish_is_in_spanish() -> None:
    assert "es" in gl.page_languages(_SPANISH)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Malay and Indonesian "cinta" (love) is Spanish for a film
        ("La cinta propone un viaje por la memoria del país.", "La xxxxx propone"),
        ("El ciclo incluirá 14 cintas de Argentina y de Chile.", "14 xxxxxx de"),
        # the vocabulary's English words count on every page
        ("Un thriller sobre la memoria del país.", "Un thriller sobre"),
    ],
)
def test_other_languages_genre_words_are_masked(sentence: str, expected: str) -> None:
    assert expected in gl.foreign_masked(sentence, gl.page_languages(_SPANISH))


def test_no_language_no_mask() -> None:
    assert gl.foreign_masked("La cinta propone.", frozenset()) == "La cinta propone."


def test_the_page_languages_are_asked_only_for_a_sentence_with_a_genre_word() -> None:
    asked: list[str] = []

    def languages() -> frozenset[str]:
        asked.append("asked")
        return gl.page_languages(_SPANISH)

    # no genre word of any language: the sentence as it is, the languages never asked
    assert (
        gl.foreign_masked("El ciclo propone un viaje.", languages) == "El ciclo propone un viaje."
    )
    assert not asked
    # a genre word of another language: the same mask as with the languages given
    said = gl.foreign_masked("La cinta propone un viaje por la memoria del país.", languages)
    assert said == gl.foreign_masked(
        "La cinta propone un viaje por la memoria del país.", gl.page_languages(_SPANISH)
    )
    assert "La xxxxx propone" in said and asked == ["asked"]


def test_the_prose_of_a_spanish_page_reads_no_love() -> None:
    block = (
        f"{_SPANISH}\nLa cinta propone un viaje íntimo por la memoria de una familia y del país."
    )
    assert "Romance" not in g.prose_genres(block, "El viaje")


def test_a_language_the_detector_does_not_know_is_seen_by_its_words() -> None:
    # Azerbaijani, which a detector takes for Turkish: its genre words for history,
    # adventure and comedy on one page make it one of the page's languages
    block = (
        "Bu gün tarixi macəra komediyası ekranlara çıxdı və tamaşaçılar filmi çox bəyəndilər, "
        "rejissor isə yeni layihəsindən danışdı və premyera böyük maraqla qarşılandı."
    )
    assert "az" in gl.page_languages(block)


def test_malay_is_kin_of_indonesian() -> None:
    assert {"id", "ms"} <= gl._with_kin(["id"])


def test_languages_the_detector_takes_for_croatian_spanish_portuguese_are_kin() -> None:
    assert {"hr", "sr", "bs"} <= gl._with_kin(["hr"])
    assert "gl" in gl._with_kin(["es"])


def test_a_serbian_page_in_latin_letters_is_serbian() -> None:
    block = (
        "Film prati mladu ženu koja se vraća u rodno selo i nalazi bolesnog oca. Reditelj "
        "je pre toga snimio dva dokumentarna filma, a ovo je njegov prvi igrani film."
    )
    assert "sr" in gl.page_languages(block)


@pytest.mark.parametrize(
    "word", ["narrazione", "collaborazione", "rivelazione", "redacción", "redakcija"]
)
def test_a_noun_of_action_is_no_action_compound(word: str) -> None:
    # the word for action is the suffix of many nouns in its language: no compound's tail
    assert g.word_genres(word) == []


def test_a_compound_still_ends_in_a_genre_word() -> None:
    assert "Comedy" in g.word_genres("Liebeskomödie")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the kind of work beside a plural of the word for film is a programme's
        ("Two short films by a young director open the evening.", []),
        ("Festival igranih filmova u Puli.", []),
        # … and beside the singular, the film's
        ("A short film about grief and a long winter.", ["Short"]),
        # a genre beside the plural still counts ("one of the coolest war movies")
        ("One of the coolest war movies ever made.", ["War"]),
    ],
)
def test_kinds_of_work_beside_plural_films(sentence: str, expected: list[str]) -> None:
    assert g._sentence_genres(sentence) == expected

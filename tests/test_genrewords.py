"""Every language module lists the common forms of its core genre words, so that prose on a
page in that language reads them (:mod:`indexer.extract.pages.genrelang` counts a genre word
of prose only on a page in a language whose module lists it)."""

from __future__ import annotations

import pytest

from indexer import lang
from indexer.extract.pages import genrelang as gl
from indexer.extract.pages import genres as g

#: language code -> (a sentence of prose in it, the genres its words name)
_PROSE: list[tuple[str, str, list[str]]] = [
    ("pt", "Uma comédia dramática sobre dois irmãos.", ["Drama", "Comedy"]),
    ("pt", "Um documentário sobre a guerra, entre a comédia e o policial.", ["Documentary"]),
    ("es", "Un documental sobre la memoria.", ["Documentary"]),
    ("ca", "Una comèdia dramàtica sobre la família.", ["Drama", "Comedy"]),
    ("gl", "Unha comedia dramática.", ["Drama", "Comedy"]),
    ("it", "Un documentario animato.", ["Documentary", "Animation"]),
    ("fr", "Un documentaire sur la guerre.", ["Documentary"]),
    ("de", "Ein dokumentarischer Blick auf die Stadt.", ["Documentary"]),
    ("nl", "Een documentairefilm over de stad.", ["Documentary"]),
    ("da", "En dokumentarfilm om byen.", ["Documentary"]),
    ("no", "En dokumentarfilm om byen.", ["Documentary"]),
    ("sv", "En dokumentär om staden.", ["Documentary"]),
    ("sv", "En dokumentärfilm om staden.", ["Documentary"]),
    ("tr", "Dramatik bir aile hikayesi.", ["Drama"]),
    ("lv", "Dokumentālā filma par pilsētu.", ["Documentary"]),
    ("lt", "Dokumentinis filmas apie miestą.", ["Documentary"]),
    ("pl", "Film dokumentalny o mieście.", ["Documentary"]),
    ("cs", "Dokumentární film o městě.", ["Documentary"]),
    ("sk", "Dokumentárny film o meste.", ["Documentary"]),
    ("ro", "O comedie despre familie.", ["Comedy"]),
    ("hr", "Dokumentarac o gradu.", ["Documentary"]),
    ("sl", "Dokumentarni film o mestu.", ["Documentary"]),
    ("hu", "Egy komédia a városról.", ["Comedy"]),
    ("fi", "Komedia kaupungista.", ["Comedy"]),
    ("et", "Komöödia linnast.", ["Comedy"]),
    ("ru", "Комедия о городе.", ["Comedy"]),
    ("uk", "Комедія про місто.", ["Comedy"]),
    ("bg", "Комедия за града.", ["Comedy"]),
    ("el", "Μια κωμωδία για την πόλη.", ["Comedy"]),
    ("id", "Sebuah film dokumenter.", ["Documentary"]),
    ("ms", "Sebuah filem seram.", ["Horror"]),
    ("af", "'n Dokumentêr oor die stad.", ["Documentary"]),
    ("sq", "Një film dokumentar.", ["Documentary"]),
    ("is", "Heimildamynd um borgina.", ["Documentary"]),
]


@pytest.mark.parametrize(("code", "sentence", "expected"), _PROSE)
def test_core_genre_words_are_read_in_their_own_language(
    code: str, sentence: str, expected: list[str]
) -> None:
    said = gl.foreign_masked(sentence, frozenset({code}))
    assert said == sentence  # no word of the page's own genre words is masked
    assert set(expected) <= set(g._sentence_genres(said))


#: the genres every language module names with a word of its own
_CORE = ("Drama", "Comedy", "Documentary", "Horror", "Animation")


@pytest.mark.parametrize("one", lang.languages(), ids=lambda one: one.code)
def test_every_module_reads_its_core_genre_words(one: lang.Language) -> None:
    words = {genre: [w for w, g2 in one.genres.items() if g2 == genre] for genre in _CORE}
    for genre, written in words.items():
        assert written or one.code == "en", f"{one.code}: no word for {genre}"
        for word in written:
            assert gl.foreign_masked(word, frozenset({one.code})) == word
            assert genre in g.word_genres(word), (one.code, word)


@pytest.mark.parametrize(
    ("code", "sentence", "genre"),
    [
        # everyday words of a language stay out of its genre words
        ("pt", "Os policiais chegaram ao bairro de manhã.", "Crime"),
        ("pl", "To był fantastyczny wieczór w kinie.", "Fantasy"),
    ],
)
def test_everyday_words_name_no_genre(code: str, sentence: str, genre: str) -> None:
    said = gl.foreign_masked(sentence, frozenset({code}))
    assert genre not in g._sentence_genres(said)


@pytest.mark.parametrize(
    ("code", "sentence", "genre"),
    [
        # a word of the page's own genre phrase stays a word of it, though other languages'
        # modules list it alone as a genre word of theirs
        ("eo", "Ĝi estas dokumenta filmo pri la urbo.", "Documentary"),
        ("lv", "Tā ir zinātniskā fantastika par pilsētu.", "Science Fiction"),
        ("sr", "Ovo je naučna fantastika o gradu.", "Science Fiction"),
    ],
)
def test_words_of_an_own_genre_phrase_are_not_foreign(code: str, sentence: str, genre: str) -> None:
    said = gl.foreign_masked(sentence, frozenset({code}))
    assert said == sentence
    assert genre in g._sentence_genres(said)


def test_a_foreign_word_alone_is_still_masked() -> None:
    # Latvian lists "fantastika" only inside "zinātniskā fantastika"
    said = gl.foreign_masked("Viņa mīl fantastika grāmatas.", frozenset({"lv"}))
    assert "fantastika" not in said


@pytest.mark.parametrize(
    ("code", "sentence", "genre"),
    [
        ("mi", "He pakipūmeka mō te taone.", "Documentary"),
        ("zu", "Le idokhumentari ikhuluma ngedolobha.", "Documentary"),
        ("mg", "Sarimihetsika mampihoron-koditra ity.", "Horror"),
        ("gd", "Is e film uabhais a th' ann.", "Horror"),
        ("yo", "Eré ìfẹ́ ni fíìmù yìí, ó dùn mọ́ni.", "Romance"),
        ("yo", "Fíìmù ogun tí wọ́n ṣe ní ọdún 1990.", "War"),
    ],
)
def test_added_modules_read_their_genre_words_in_prose(
    code: str, sentence: str, genre: str
) -> None:
    said = gl.foreign_masked(sentence, frozenset({code}))
    assert genre in g._sentence_genres(said)
